#include "tm/memory.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>
#include <thread>
#include <unordered_map>
#include <utility>

#include "base/clock.h"
#include "base/file_io.h"
#include "tm/coded_text.h"
#include "tm/similarity.h"

namespace folio::tm {

namespace {

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries(
  id INTEGER PRIMARY KEY,
  src_lang TEXT NOT NULL,
  trg_lang TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_coded TEXT NOT NULL,
  target_coded TEXT NOT NULL,
  prev_source TEXT NOT NULL DEFAULT '',
  next_source TEXT NOT NULL DEFAULT '',
  unit_id TEXT NOT NULL DEFAULT '',
  segment_id TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  created INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  UNIQUE(src_lang, trg_lang, source_coded, prev_source, next_source));
CREATE VIRTUAL TABLE IF NOT EXISTS entry_words USING fts5(
  words, content='', detail=none, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS word_docs(word TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS history(
  id INTEGER PRIMARY KEY,
  entry_id INTEGER NOT NULL,
  target_coded TEXT NOT NULL,
  unit_id TEXT NOT NULL DEFAULT '',
  segment_id TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  changed INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS history_by_entry ON history(entry_id);
INSERT OR IGNORE INTO meta(key, value) VALUES('schema', '2');
UPDATE meta SET value='2' WHERE key='schema' AND value='1';
)sql";

#define FOLIO_ENTRY_COLUMNS                                                                 \
  "id, src_lang, trg_lang, source_coded, target_coded, prev_source, next_source, unit_id, " \
  "segment_id, origin, created, changed"

// Resets a cached statement when the scope ends, whatever path returns.
class StmtScope {
 public:
  explicit StmtScope(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~StmtScope() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

 private:
  sqlite3_stmt* stmt_;
};

void BindText(sqlite3_stmt* stmt, int index, const std::string& s) {
  sqlite3_bind_text(stmt, index, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

std::string ColumnText(sqlite3_stmt* stmt, int column) {
  const unsigned char* p = sqlite3_column_text(stmt, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt, column)))
           : std::string();
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) {
    if (!s.empty()) s += ' ';
    s += w;
  }
  return s;
}

// Best first; ties by id so that results are reproducible.
void SortMatches(std::vector<Match>* matches, size_t max_results) {
  std::sort(matches->begin(), matches->end(),
            [](const Match& a, const Match& b) { return a.score != b.score ? a.score > b.score : a.id < b.id; });
  if (matches->size() > max_results) matches->resize(max_results);
}

int ExactScore(const Query& query, const Entry& entry) {
  return entry.prev_source == query.prev_source && entry.next_source == query.next_source ? 101 : 100;
}

// A fuzzy score never claims exactness: codes that differ only in id, type or
// can_delete leave the token similarity at 100.
int FuzzyScore(const std::vector<std::string>& query_tokens, const Entry& entry) {
  return std::min(99, TokenSimilarity(query_tokens, SimilarityTokens(entry.source)));
}

// A file path as the path of a SQLite URI ("file:PATH?..."): '%', '?' and
// '#' percent-encoded.
std::string UriPath(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '%')
      out += "%25";
    else if (c == '?')
      out += "%3f";
    else if (c == '#')
      out += "%23";
    else
      out += c;
  }
  return out;
}

}  // namespace

Memory::Memory(std::string path, sqlite3* db, Clock clock)
    : path_(std::move(path)), db_(db), clock_(std::move(clock)) {}

Memory::~Memory() {
  for (sqlite3_stmt* s : {find_key_, insert_, update_, keep_history_, insert_words_, exact_, by_id_, word_docs_,
                          count_word_, postings_, max_id_})
    sqlite3_finalize(s);
  sqlite3_close(db_);
}

Status Memory::Open(const std::string& path, std::unique_ptr<Memory>* out) { return Open(path, MemoryOptions(), out); }

Status Memory::Open(const std::string& path, const MemoryOptions& options, std::unique_ptr<Memory>* out) {
  out->reset();
  sqlite3* db = nullptr;
  if (options.read_only && path != ":memory:" && !FileExists(path))
    return Status::NotFound(path + ": no translation memory yet (folio import creates it)");
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  std::string name = path;
  if (options.read_only && path != ":memory:" && !FileExists(path + "-wal")) {
    // A cleanly closed memory, opened only to read: "immutable" tells SQLite
    // not to create the -wal and -shm files a WAL reader otherwise leaves
    // behind, so folio extract changes no file. (With a -wal left by a
    // crash, the normal read-only open below sees its committed data.)
    name = "file:" + UriPath(path) + "?immutable=1";
    flags |= SQLITE_OPEN_URI;
  }
  int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open the translation memory (" + msg +
                           "); check that the directory exists and is writable");
  }
  Clock clock = options.clock ? options.clock : Clock([] { return BuildEpoch(0); });
  std::unique_ptr<Memory> memory(new Memory(path, db, std::move(clock)));
  FOLIO_RETURN_IF_ERROR(memory->Init(options.read_only));
  *out = std::move(memory);
  return Status::Ok();
}

Status Memory::SqlError(const std::string& doing) {
  int code = sqlite3_errcode(db_);
  std::string msg = path_ + ": " + doing + ": " + sqlite3_errmsg(db_);
  // "disk I/O error" alone does not say whether the disk is full, the file
  // too large or the folder read-only: the system's error does.
  int sys = sqlite3_system_errno(db_);
  if (sys != 0 && (code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN || code == SQLITE_READONLY))
    msg += std::string(" (") + std::strerror(sys) + ")";
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
    return Status::InvalidInput(msg +
                                "; this file is not a folio translation memory or is "
                                "damaged: restore it from a backup or re-import a TMX export");
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    return Status::Conflict(msg + "; another process is writing the memory: try again");
  return Status::IoError(msg);
}

Status Memory::Exec(const char* sql) {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
    return SqlError(std::string("cannot run ") + std::string(sql).substr(0, 40));
  return Status::Ok();
}

// Several processes may open a new memory at the same moment (two imports
// at once). Switching it to WAL and creating the schema then meet
// SQLITE_BUSY where SQLite does not wait (it returns at once where waiting
// could deadlock), so these are retried for up to about ten seconds.
Status Memory::ExecRetryingBusy(const std::string& sql) {
  for (int attempt = 0;; ++attempt) {
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK) return Status::Ok();
    int code = sqlite3_errcode(db_) & 0xFF;
    if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || attempt >= 400)
      return SqlError("cannot run " + sql.substr(0, 40));
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    std::this_thread::sleep_for(std::chrono::milliseconds(5 + attempt % 40));
  }
}

Status Memory::Prepare(const char* sql, sqlite3_stmt** stmt) {
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
    return SqlError("cannot prepare a statement");
  return Status::Ok();
}

Status Memory::Init(bool read_only) {
  sqlite3_busy_timeout(db_, 5000);
  if (!read_only) {
    FOLIO_RETURN_IF_ERROR(ExecRetryingBusy("PRAGMA journal_mode=WAL"));
    FOLIO_RETURN_IF_ERROR(Exec("PRAGMA synchronous=FULL"));
    FOLIO_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys=ON"));
    // One writer creates the schema; the others wait for its lock (BEGIN
    // IMMEDIATE asks for it first, where the busy timeout applies).
    FOLIO_RETURN_IF_ERROR(ExecRetryingBusy(std::string("BEGIN IMMEDIATE;") + kSchema + "COMMIT;"));
  }
  {
    sqlite3_stmt* schema = nullptr;
    FOLIO_RETURN_IF_ERROR(Prepare("SELECT value FROM meta WHERE key='schema'", &schema));
    std::string version;
    if (sqlite3_step(schema) == SQLITE_ROW) version = ColumnText(schema, 0);
    sqlite3_finalize(schema);
    if (version != "1" && version != "2")
      return Status::InvalidInput(path_ + ": translation memory schema version '" + version +
                                  "' is not supported (folio reads versions 1 and 2); open it with the "
                                  "folio version that wrote it and export TMX");
    has_history_ = version == "2";
  }
  FOLIO_RETURN_IF_ERROR(
      Prepare("SELECT id, created, target_coded FROM entries WHERE src_lang=?1 AND trg_lang=?2 AND source_coded=?3 "
              "AND prev_source=?4 AND next_source=?5",
              &find_key_));
  FOLIO_RETURN_IF_ERROR(
      Prepare("INSERT INTO entries(src_lang, trg_lang, source_text, source_coded, target_coded, "
              "prev_source, next_source, unit_id, segment_id, origin, created, changed) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
              &insert_));
  FOLIO_RETURN_IF_ERROR(
      Prepare("UPDATE entries SET target_coded=?2, unit_id=?3, segment_id=?4, origin=?5, changed=?6 "
              "WHERE id=?1",
              &update_));
  if (!read_only)
    FOLIO_RETURN_IF_ERROR(
        Prepare("INSERT INTO history(entry_id, target_coded, unit_id, segment_id, origin, changed) "
                "SELECT id, target_coded, unit_id, segment_id, origin, changed FROM entries WHERE id=?1",
                &keep_history_));
  FOLIO_RETURN_IF_ERROR(Prepare("INSERT INTO entry_words(rowid, words) VALUES(?1, ?2)", &insert_words_));
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT " FOLIO_ENTRY_COLUMNS " FROM entries WHERE src_lang=?1 AND trg_lang=?2 AND "
                                "source_coded=?3",
                                &exact_));
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT " FOLIO_ENTRY_COLUMNS " FROM entries WHERE id=?1", &by_id_));
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT docs FROM word_docs WHERE word=?1", &word_docs_));
  FOLIO_RETURN_IF_ERROR(Prepare(
      "INSERT INTO word_docs(word, docs) VALUES(?1, 1) ON CONFLICT(word) DO UPDATE SET docs=docs+1", &count_word_));
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT rowid FROM entry_words WHERE entry_words MATCH ?1 LIMIT ?2", &postings_));
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT max(id) FROM entries", &max_id_));
  return Status::Ok();
}

Status Memory::AddInTransaction(const Entry& entry, AddStats* stats) {
  if (entry.src_lang.empty() || entry.trg_lang.empty())
    return Status::InvalidInput("translation memory entry without source or target language");
  if (entry.source.empty())
    return Status::InvalidInput("translation memory entry with an empty source (language pair " + entry.src_lang +
                                " -> " + entry.trg_lang + ")");
  std::string source_coded = WriteCodedText(entry.source);
  std::string target_coded = WriteCodedText(entry.target);
  int64_t now = clock_();
  int64_t changed = entry.changed != 0 ? entry.changed : now;

  int64_t existing = 0;
  {
    StmtScope scope(find_key_);
    BindText(find_key_, 1, entry.src_lang);
    BindText(find_key_, 2, entry.trg_lang);
    BindText(find_key_, 3, source_coded);
    BindText(find_key_, 4, entry.prev_source);
    BindText(find_key_, 5, entry.next_source);
    int rc = sqlite3_step(find_key_);
    if (rc == SQLITE_ROW) {
      existing = sqlite3_column_int64(find_key_, 0);
      // The same translation again (a re-import, a harvest of a file already
      // in the memory) is not a change: the entry keeps its origin and dates
      // and the file is not written.
      if (ColumnText(find_key_, 2) == target_coded) {
        ++stats->unchanged;
        return Status::Ok();
      }
    } else if (rc != SQLITE_DONE) {
      return SqlError("cannot look up an entry");
    }
  }
  if (existing != 0) {
    {
      StmtScope history(keep_history_);
      sqlite3_bind_int64(keep_history_, 1, existing);
      if (sqlite3_step(keep_history_) != SQLITE_DONE) return SqlError("cannot keep the previous translation");
    }
    ++stats->updated;
    StmtScope scope(update_);
    sqlite3_bind_int64(update_, 1, existing);
    BindText(update_, 2, target_coded);
    BindText(update_, 3, entry.unit_id);
    BindText(update_, 4, entry.segment_id);
    BindText(update_, 5, entry.origin);
    sqlite3_bind_int64(update_, 6, changed);
    if (sqlite3_step(update_) != SQLITE_DONE) return SqlError("cannot update an entry");
    return Status::Ok();
  }
  std::string source_text = entry.source.PlainText();
  {
    StmtScope scope(insert_);
    BindText(insert_, 1, entry.src_lang);
    BindText(insert_, 2, entry.trg_lang);
    BindText(insert_, 3, source_text);
    BindText(insert_, 4, source_coded);
    BindText(insert_, 5, target_coded);
    BindText(insert_, 6, entry.prev_source);
    BindText(insert_, 7, entry.next_source);
    BindText(insert_, 8, entry.unit_id);
    BindText(insert_, 9, entry.segment_id);
    BindText(insert_, 10, entry.origin);
    sqlite3_bind_int64(insert_, 11, entry.created != 0 ? entry.created : now);
    sqlite3_bind_int64(insert_, 12, changed);
    if (sqlite3_step(insert_) != SQLITE_DONE) return SqlError("cannot insert an entry");
  }
  ++stats->added;
  int64_t id = sqlite3_last_insert_rowid(db_);
  std::vector<std::string> words = IndexWords(source_text);
  {
    StmtScope scope(insert_words_);
    sqlite3_bind_int64(insert_words_, 1, id);
    BindText(insert_words_, 2, JoinWords(words));
    if (sqlite3_step(insert_words_) != SQLITE_DONE) return SqlError("cannot index an entry");
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (const std::string& w : words) {
    StmtScope scope(count_word_);
    BindText(count_word_, 1, w);
    if (sqlite3_step(count_word_) != SQLITE_DONE) return SqlError("cannot count a word");
  }
  return Status::Ok();
}

Status Memory::Add(const Entry& entry) { return AddBatch({entry}); }

Status Memory::AddBatch(const std::vector<Entry>& entries, AddStats* stats) {
  AddStats counted;
  FOLIO_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  for (const Entry& entry : entries) {
    Status s = AddInTransaction(entry, &counted);
    if (!s.ok()) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return s;
    }
  }
  Status s = Exec("COMMIT");
  if (!s.ok()) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  }
  if (stats != nullptr) *stats = counted;
  return s;
}

Status Memory::ReadRow(sqlite3_stmt* stmt, Match* match) {
  match->id = sqlite3_column_int64(stmt, 0);
  Entry& e = match->entry;
  e.src_lang = ColumnText(stmt, 1);
  e.trg_lang = ColumnText(stmt, 2);
  Status s = ReadCodedText(ColumnText(stmt, 3), &e.source);
  if (s.ok()) s = ReadCodedText(ColumnText(stmt, 4), &e.target);
  if (!s.ok()) return Status::InvalidInput(path_ + ": entry " + std::to_string(match->id) + ": " + s.message());
  e.prev_source = ColumnText(stmt, 5);
  e.next_source = ColumnText(stmt, 6);
  e.unit_id = ColumnText(stmt, 7);
  e.segment_id = ColumnText(stmt, 8);
  e.origin = ColumnText(stmt, 9);
  e.created = sqlite3_column_int64(stmt, 10);
  e.changed = sqlite3_column_int64(stmt, 11);
  return Status::Ok();
}

Status Memory::FuzzyCandidates(const Query& query, const LookupOptions& options, std::vector<int64_t>* ids,
                               LookupStats* stats) {
  ids->clear();
  // Distinct words with their number of positions in the query.
  std::map<std::string, int> positions;
  for (std::string& w : IndexWords(query.source.PlainText())) ++positions[w];
  if (positions.empty()) return Status::Ok();

  int64_t total_docs = 1;
  {
    StmtScope scope(max_id_);
    if (sqlite3_step(max_id_) == SQLITE_ROW) total_docs = std::max<int64_t>(1, sqlite3_column_int64(max_id_, 0));
  }
  struct Word {
    const std::string* text;
    int positions;
    int64_t docs;
  };
  std::vector<Word> words;
  for (const auto& [text, count] : positions) {
    StmtScope scope(word_docs_);
    BindText(word_docs_, 1, text);
    int rc = sqlite3_step(word_docs_);
    if (rc == SQLITE_ROW)
      words.push_back({&text, count, sqlite3_column_int64(word_docs_, 0)});
    else if (rc != SQLITE_DONE)
      return SqlError("cannot read the word index");
  }
  std::sort(words.begin(), words.end(),
            [](const Word& a, const Word& b) { return a.docs != b.docs ? a.docs < b.docs : *a.text < *b.text; });

  // Prefix filter: an entry within the allowed edits keeps more than
  // `max_edits` of the query's word positions, so it shares one of the rarest
  // words that together cover max_edits + 1 positions.
  size_t tokens = SimilarityTokens(query.source).size();
  int threshold = std::clamp(options.threshold, 1, 100);
  int64_t max_edits = static_cast<int64_t>(tokens) * (100 - threshold) / threshold;
  int64_t covered = 0;
  size_t budget = options.max_postings;
  std::unordered_map<int64_t, double> weight;
  for (const Word& w : words) {
    bool in_prefix = covered <= max_edits;
    size_t remaining = budget - std::min(budget, stats->postings_read);
    if (remaining == 0) break;
    // Beyond the prefix only whole posting lists are worth reading: a cut
    // list would favour old entries.
    if (!in_prefix && static_cast<size_t>(w.docs) > remaining) break;
    double idf = std::log(1.0 + static_cast<double>(total_docs) / static_cast<double>(w.docs));
    StmtScope scope(postings_);
    BindText(postings_, 1, "\"" + *w.text + "\"");
    sqlite3_bind_int64(postings_, 2, static_cast<int64_t>(remaining));
    int rc;
    while ((rc = sqlite3_step(postings_)) == SQLITE_ROW) {
      weight[sqlite3_column_int64(postings_, 0)] += idf;
      ++stats->postings_read;
    }
    if (rc != SQLITE_DONE) return SqlError("cannot read the word index");
    ++stats->words_read;
    covered += w.positions;
  }
  stats->candidates = weight.size();

  std::vector<std::pair<double, int64_t>> ranked;
  ranked.reserve(weight.size());
  for (const auto& [id, wt] : weight) ranked.emplace_back(wt, id);
  auto better = [](const std::pair<double, int64_t>& a, const std::pair<double, int64_t>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  size_t keep = std::min(options.max_scored, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(keep), ranked.end(), better);
  for (size_t i = 0; i < keep; ++i) ids->push_back(ranked[i].second);
  return Status::Ok();
}

Status Memory::Lookup(const Query& query, const LookupOptions& options, std::vector<Match>* out, LookupStats* stats) {
  out->clear();
  LookupStats local;
  if (stats == nullptr) stats = &local;
  *stats = LookupStats();
  std::string coded = WriteCodedText(query.source);
  std::vector<Match> matches;
  {
    StmtScope scope(exact_);
    BindText(exact_, 1, query.src_lang);
    BindText(exact_, 2, query.trg_lang);
    BindText(exact_, 3, coded);
    int rc;
    while ((rc = sqlite3_step(exact_)) == SQLITE_ROW) {
      Match m;
      FOLIO_RETURN_IF_ERROR(ReadRow(exact_, &m));
      m.score = ExactScore(query, m.entry);
      matches.push_back(std::move(m));
    }
    if (rc != SQLITE_DONE) return SqlError("cannot look up exact matches");
  }
  if (options.threshold <= 99) {
    std::vector<int64_t> ids;
    FOLIO_RETURN_IF_ERROR(FuzzyCandidates(query, options, &ids, stats));
    std::vector<std::string> query_tokens = SimilarityTokens(query.source);
    for (int64_t id : ids) {
      StmtScope scope(by_id_);
      sqlite3_bind_int64(by_id_, 1, id);
      int rc = sqlite3_step(by_id_);
      if (rc == SQLITE_DONE) continue;
      if (rc != SQLITE_ROW) return SqlError("cannot read an entry");
      Match m;
      FOLIO_RETURN_IF_ERROR(ReadRow(by_id_, &m));
      if (m.entry.src_lang != query.src_lang || m.entry.trg_lang != query.trg_lang) continue;
      if (m.entry.source == query.source) continue;  // already an exact match
      ++stats->scored;
      m.score = FuzzyScore(query_tokens, m.entry);
      if (m.score >= options.threshold) matches.push_back(std::move(m));
    }
  }
  SortMatches(&matches, options.max_results);
  *out = std::move(matches);
  return Status::Ok();
}

Status Memory::LookupByScan(const Query& query, const LookupOptions& options, std::vector<Match>* out,
                            LookupStats* stats) {
  out->clear();
  LookupStats local;
  if (stats == nullptr) stats = &local;
  *stats = LookupStats();
  sqlite3_stmt* all = nullptr;
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT " FOLIO_ENTRY_COLUMNS " FROM entries WHERE src_lang=?1 AND trg_lang=?2", &all));
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(all, sqlite3_finalize);
  BindText(all, 1, query.src_lang);
  BindText(all, 2, query.trg_lang);
  std::vector<std::string> query_tokens = SimilarityTokens(query.source);
  std::vector<Match> matches;
  int rc;
  while ((rc = sqlite3_step(all)) == SQLITE_ROW) {
    Match m;
    FOLIO_RETURN_IF_ERROR(ReadRow(all, &m));
    ++stats->scored;
    if (m.entry.source == query.source) {
      m.score = ExactScore(query, m.entry);
    } else {
      if (options.threshold > 99) continue;
      m.score = FuzzyScore(query_tokens, m.entry);
      if (m.score < options.threshold) continue;
    }
    matches.push_back(std::move(m));
  }
  if (rc != SQLITE_DONE) return SqlError("cannot scan the entries");
  SortMatches(&matches, options.max_results);
  *out = std::move(matches);
  return Status::Ok();
}

Status Memory::Count(int64_t* count) {
  *count = 0;
  sqlite3_stmt* stmt = nullptr;
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT count(*) FROM entries", &stmt));
  int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) *count = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return rc == SQLITE_ROW ? Status::Ok() : SqlError("cannot count the entries");
}

Status Memory::ReadAll(std::vector<Entry>* out, std::vector<int64_t>* ids) {
  out->clear();
  if (ids != nullptr) ids->clear();
  sqlite3_stmt* stmt = nullptr;
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT " FOLIO_ENTRY_COLUMNS " FROM entries ORDER BY id", &stmt));
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(stmt, sqlite3_finalize);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    Match m;
    FOLIO_RETURN_IF_ERROR(ReadRow(stmt, &m));
    if (ids != nullptr) ids->push_back(m.id);
    out->push_back(std::move(m.entry));
  }
  return rc == SQLITE_DONE ? Status::Ok() : SqlError("cannot read the entries");
}

Status Memory::FindEntries(const std::string& src_lang, const std::string& trg_lang, const std::string& key,
                           std::vector<Match>* out) {
  out->clear();
  sqlite3_stmt* stmt = nullptr;
  FOLIO_RETURN_IF_ERROR(Prepare("SELECT " FOLIO_ENTRY_COLUMNS " FROM entries WHERE src_lang=?1 AND trg_lang=?2 "
                                "AND (segment_id=?3 OR source_text=?3) ORDER BY id",
                                &stmt));
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(stmt, sqlite3_finalize);
  BindText(stmt, 1, src_lang);
  BindText(stmt, 2, trg_lang);
  BindText(stmt, 3, key);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    Match m;
    FOLIO_RETURN_IF_ERROR(ReadRow(stmt, &m));
    out->push_back(std::move(m));
  }
  return rc == SQLITE_DONE ? Status::Ok() : SqlError("cannot look up entries");
}

Status Memory::History(int64_t id, std::vector<Entry>* out) {
  out->clear();
  if (!has_history_) return Status::Ok();  // schema 1, opened read-only: nothing was ever kept
  Match current;
  {
    StmtScope scope(by_id_);
    sqlite3_bind_int64(by_id_, 1, id);
    int rc = sqlite3_step(by_id_);
    if (rc == SQLITE_DONE) return Status::Ok();
    if (rc != SQLITE_ROW) return SqlError("cannot read an entry");
    FOLIO_RETURN_IF_ERROR(ReadRow(by_id_, &current));
  }
  sqlite3_stmt* stmt = nullptr;
  FOLIO_RETURN_IF_ERROR(
      Prepare("SELECT target_coded, unit_id, segment_id, origin, changed FROM history "
              "WHERE entry_id=?1 ORDER BY id",
              &stmt));
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(stmt, sqlite3_finalize);
  sqlite3_bind_int64(stmt, 1, id);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    Entry e = current.entry;
    Status s = ReadCodedText(ColumnText(stmt, 0), &e.target);
    if (!s.ok()) return Status::InvalidInput(path_ + ": history of entry " + std::to_string(id) + ": " + s.message());
    e.unit_id = ColumnText(stmt, 1);
    e.segment_id = ColumnText(stmt, 2);
    e.origin = ColumnText(stmt, 3);
    e.changed = sqlite3_column_int64(stmt, 4);
    out->push_back(std::move(e));
  }
  return rc == SQLITE_DONE ? Status::Ok() : SqlError("cannot read the history");
}

Status Memory::CheckIntegrity() {
  sqlite3_stmt* stmt = nullptr;
  FOLIO_RETURN_IF_ERROR(Prepare("PRAGMA integrity_check", &stmt));
  std::string report;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    if (!report.empty()) report += "; ";
    report += ColumnText(stmt, 0);
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) return SqlError("cannot check integrity");
  if (report != "ok")
    return Status::InvalidInput(path_ + ": the memory is damaged (" + report +
                                "); restore it from a backup or re-import a TMX export");
  if (sqlite3_exec(db_, "INSERT INTO entry_words(entry_words) VALUES('integrity-check')", nullptr, nullptr, nullptr) !=
      SQLITE_OK)
    return Status::InvalidInput(path_ + ": the word index is damaged (" + sqlite3_errmsg(db_) +
                                "); restore the memory from a backup or re-import a TMX export");
  return Status::Ok();
}

}  // namespace folio::tm
