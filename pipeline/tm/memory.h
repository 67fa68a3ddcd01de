// The translation memory: source/target segment pairs in one SQLite file,
// looked up by exact and fuzzy match.
//
// Storage. One SQLite database in WAL mode with synchronous=FULL. Every write
// (Add, AddBatch) is one transaction, so a crash or `kill -9` in the middle of
// a write leaves the memory as it was before that write or after it, never in
// between (SQLite's write-ahead log does this; memory_test.cc kills a writer).
// Schema version 1:
//
//   entries(id INTEGER PRIMARY KEY,
//           src_lang, trg_lang,          -- BCP 47 tags as given ("en", "fr-FR")
//           source_text,                 -- plain text of the source (no codes)
//           source_coded, target_coded,  -- coded text (tm/coded_text.h)
//           prev_source, next_source,    -- plain text of the neighbouring source
//                                        --   segments in document order (across
//                                        --   units), "" at either end
//           unit_id, segment_id,         -- folio ids ("p-1a2b3c4d", "s-...")
//           origin,                      -- "import:locales/fr/article.xlf", "tmx:old.tmx"
//           created, changed,            -- seconds since the epoch (UTC)
//           UNIQUE(src_lang, trg_lang, source_coded, prev_source, next_source))
//   entry_words       FTS5, contentless, detail=none: rowid = entries.id,
//                     the source's IndexWords (tm/similarity.h) -- the
//                     inverted index fuzzy lookup reads
//   word_docs(word PRIMARY KEY, docs)  entries per index word, kept in the
//                     same transaction (fts5vocab computes it by reading the
//                     whole posting list: 13 ms for "the" in 1M entries)
//   history(id INTEGER PRIMARY KEY, entry_id, target_coded, unit_id,
//           segment_id, origin, changed)
//                     the targets an entry had before they were replaced,
//                     with where they came from and when: an edited
//                     translation never loses the one it replaces
//   meta(key, value)  "schema" = "2" (version 1 had no history table; a
//                     memory of version 1 gains it when opened for writing)
//
// Matching. Scores are integers: 101 = exact source (coded text, codes
// included) and the same prev/next context; 100 = exact source; 0..99 =
// fuzzy, Similarity() of tm/similarity.h (a fuzzy candidate whose tokens all
// match but whose codes differ in id/type scores 99).
//
// Fuzzy lookup never scans the entries. It reads the posting lists of the
// query's rarest words from entry_words (rarest first, within a budget of
// postings), ranks the entries found by the summed inverse document frequency
// of the words they share with the query, and computes Similarity() for the
// best `max_scored` of them only. The rarest words read always cover more
// word positions than the edits the threshold allows when the budget permits,
// so an entry at or above the threshold shares at least one of them (prefix
// filtering); the ranking cut-off makes the result approximate for queries
// made only of very common words. LookupByScan is the exact, slow reference.
//
// Dates come from the clock in MemoryOptions, never from the wall clock
// unless the caller passes one. A Memory is used from one thread at a time.
#ifndef FOLIO_TM_MEMORY_H_
#define FOLIO_TM_MEMORY_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

struct sqlite3;
struct sqlite3_stmt;

namespace folio::tm {

struct Entry {
  std::string src_lang;
  std::string trg_lang;
  doc::Fragment source;
  doc::Fragment target;
  std::string prev_source;  // plain text of the previous source segment, "" if none
  std::string next_source;  // plain text of the next source segment, "" if none
  std::string unit_id;
  std::string segment_id;
  std::string origin;
  int64_t created = 0;  // seconds since the epoch; 0 = stamp with the memory's clock
  int64_t changed = 0;  // likewise

  bool operator==(const Entry&) const = default;
};

// What AddBatch did with the entries it was given.
struct AddStats {
  int added = 0;      // new entries
  int updated = 0;    // entries whose target changed (the old one went to history)
  int unchanged = 0;  // the same translation again: nothing written
};

struct Query {
  std::string src_lang;
  std::string trg_lang;
  doc::Fragment source;
  std::string prev_source;
  std::string next_source;
};

struct Match {
  int64_t id = 0;  // entries.id
  int score = 0;   // 101, 100, or the fuzzy similarity
  Entry entry;     // entry.origin says where the translation came from
};

struct LookupOptions {
  int threshold = 75;      // fuzzy matches below this score are not returned
  size_t max_results = 5;  // the best N matches, best first
  // Cost bounds. On 1M entries (bench/tm_bench.cc) 5000/50 gives p99 ~8 ms and
  // finds a match for 97% of edited stored sentences; 20000/100 gives 98.5%
  // at p99 ~20 ms.
  size_t max_scored = 50;      // candidates whose Similarity() is computed
  size_t max_postings = 5000;  // postings read from the index per lookup
};

// What a lookup did: tests check that fuzzy lookup reads the index and scores
// few candidates; the benchmark reports it.
struct LookupStats {
  size_t words_read = 0;     // posting lists read
  size_t postings_read = 0;  // entry ids read from them
  size_t candidates = 0;     // distinct entries found
  size_t scored = 0;         // entries whose Similarity() was computed
};

// Seconds since the epoch.
using Clock = std::function<int64_t()>;

struct MemoryOptions {
  // Stamps `created`/`changed` when an Entry leaves them 0. Default:
  // BuildEpoch(0) (base/clock.h), i.e. SOURCE_DATE_EPOCH or 0.
  Clock clock;
  // Opens an existing memory for lookups only: never creates or writes the
  // file (folio extract and analyze). Open returns NotFound when the file
  // does not exist.
  bool read_only = false;
};

class Memory {
 public:
  // Opens the memory at `path`, creating the file and schema if it does not
  // exist. Stores nullptr in *out and returns a non-OK status on error
  // ("path: ..." saying what to do), e.g. when the file is not a memory.
  static Status Open(const std::string& path, std::unique_ptr<Memory>* out);
  static Status Open(const std::string& path, const MemoryOptions& options, std::unique_ptr<Memory>* out);

  Memory(const Memory&) = delete;
  Memory& operator=(const Memory&) = delete;
  ~Memory();

  // Adds or updates one entry (one transaction). An entry with the same
  // src_lang, trg_lang, source (coded), prev_source and next_source is
  // updated: target, unit_id, segment_id, origin and changed are replaced,
  // created is kept, and the replaced target, ids, origin and date become a
  // history row -- unless the target is the same, when nothing is written.
  // Returns InvalidInput for an empty source or language.
  Status Add(const Entry& entry);

  // Adds all entries in one transaction: all are stored or none. *stats
  // (optional) counts what happened to them.
  Status AddBatch(const std::vector<Entry>& entries, AddStats* stats = nullptr);

  // The entries of the pair src_lang -> trg_lang whose segment_id is `key`,
  // or whose source text (plain) is `key`, in id order.
  Status FindEntries(const std::string& src_lang, const std::string& trg_lang, const std::string& key,
                     std::vector<Match>* out);

  // The earlier versions of entry `id`, oldest first: the entry as it was
  // before each replacement (target, unit_id, segment_id, origin, changed;
  // the rest as the entry has it now). Empty for an entry never changed.
  Status History(int64_t id, std::vector<Entry>* out);

  // The best matches for `query` in its language pair, best first (score
  // descending, then id ascending): exact matches (101, 100), then fuzzy
  // matches with score >= options.threshold. *stats (optional) says what the
  // fuzzy part read and scored.
  Status Lookup(const Query& query, const LookupOptions& options, std::vector<Match>* out,
                LookupStats* stats = nullptr);

  // Same result contract as Lookup, computed by scoring every entry of the
  // language pair: the reference for tests and the benchmark. Slow.
  Status LookupByScan(const Query& query, const LookupOptions& options, std::vector<Match>* out,
                      LookupStats* stats = nullptr);

  // Number of entries.
  Status Count(int64_t* count);

  // All entries in id (insertion) order, e.g. for WriteTmx; *ids
  // (optional) gets their ids, for History.
  Status ReadAll(std::vector<Entry>* out, std::vector<int64_t>* ids = nullptr);

  // Runs SQLite's integrity check and FTS5's on the index. OK when both
  // report no problem; otherwise an error quoting them.
  Status CheckIntegrity();

  const std::string& path() const { return path_; }

 private:
  Memory(std::string path, sqlite3* db, Clock clock);
  Status Init(bool read_only);
  Status Prepare(const char* sql, sqlite3_stmt** stmt);
  Status Exec(const char* sql);
  Status ExecRetryingBusy(const std::string& sql);  // retries SQLITE_BUSY (opening a new memory)
  Status SqlError(const std::string& doing);
  Status AddInTransaction(const Entry& entry, AddStats* stats);
  Status ReadRow(sqlite3_stmt* stmt, Match* match);
  Status FuzzyCandidates(const Query& query, const LookupOptions& options, std::vector<int64_t>* ids,
                         LookupStats* stats);

  std::string path_;
  sqlite3* db_ = nullptr;
  Clock clock_;
  bool has_history_ = true;  // schema 2 (a version-1 memory opened read-only has no history table)
  // Prepared once; finalized in the destructor.
  sqlite3_stmt* find_key_ = nullptr;
  sqlite3_stmt* insert_ = nullptr;
  sqlite3_stmt* update_ = nullptr;
  sqlite3_stmt* keep_history_ = nullptr;
  sqlite3_stmt* insert_words_ = nullptr;
  sqlite3_stmt* exact_ = nullptr;
  sqlite3_stmt* by_id_ = nullptr;
  sqlite3_stmt* word_docs_ = nullptr;
  sqlite3_stmt* count_word_ = nullptr;
  sqlite3_stmt* postings_ = nullptr;
  sqlite3_stmt* max_id_ = nullptr;
};

}  // namespace folio::tm

#endif  // FOLIO_TM_MEMORY_H_
