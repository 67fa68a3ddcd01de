#include "tm/memory.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "base/file_io.h"
#include "tm/test_entries.h"

namespace folio::tm {
namespace {

using testing::MakeEntry;
using testing::MakeQuery;
using testing::TermFragment;

class TmMemory : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("folio-tm-" + std::to_string(getpid()) + "-" +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "memory.sqlite").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Memory> OpenMemory(int64_t now = 1700000000) {
    MemoryOptions options;
    options.clock = [now] { return now; };
    std::unique_ptr<Memory> memory;
    Status s = Memory::Open(path_, options, &memory);
    EXPECT_TRUE(s.ok()) << s.message();
    return memory;
  }

  std::filesystem::path dir_;
  std::string path_;
};

std::string Scores(const std::vector<Match>& matches) {
  std::string s;
  for (const Match& m : matches)
    s += (s.empty() ? "" : " ") + std::to_string(m.score) + ":" + m.entry.target.PlainText();
  return s;
}

TEST_F(TmMemory, ExactMatchWithTheSameContextScores101AndWithoutIt100) {
  auto memory = OpenMemory();
  ASSERT_TRUE(memory->Add(MakeEntry("It hurts.", "Ça fait mal.", "He fell.", "Then he cried.")).ok());
  ASSERT_TRUE(memory->Add(MakeEntry("It hurts.", "Cela fait mal.", "", "")).ok());
  std::vector<Match> out;
  ASSERT_TRUE(memory->Lookup(MakeQuery("It hurts.", "He fell.", "Then he cried."), {}, &out).ok());
  EXPECT_EQ(Scores(out), "101:Ça fait mal. 100:Cela fait mal.");
  ASSERT_TRUE(memory->Lookup(MakeQuery("It hurts.", "She fell.", ""), {}, &out).ok());
  EXPECT_EQ(Scores(out), "100:Ça fait mal. 100:Cela fait mal.");
  EXPECT_EQ(out[0].entry.origin, "import:locales/fr/article.xlf");
}

TEST_F(TmMemory, ExactMatchComparesCodes) {
  auto memory = OpenMemory();
  Entry e = MakeEntry("", "");
  e.source = TermFragment("Clean the ", "wound", " gently.");
  e.target = TermFragment("Nettoyez la ", "plaie", " doucement.");
  ASSERT_TRUE(memory->Add(e).ok());
  std::vector<Match> out;
  Query q{"en", "fr", TermFragment("Clean the ", "wound", " gently."), "", ""};
  ASSERT_TRUE(memory->Lookup(q, {}, &out).ok());
  EXPECT_EQ(Scores(out), "101:Nettoyez la plaie doucement.");
  EXPECT_EQ(out[0].entry.target, e.target);
  // Same words without the term codes: 5 tokens against 7, d=2, a fuzzy 71.
  LookupOptions options;
  options.threshold = 70;
  ASSERT_TRUE(memory->Lookup(MakeQuery("Clean the wound gently."), options, &out).ok());
  EXPECT_EQ(Scores(out), "71:Nettoyez la plaie doucement.");
}

TEST_F(TmMemory, AddingTheSameKeyUpdatesTheTargetAndKeepsCreated) {
  auto memory = OpenMemory(1000);
  ASSERT_TRUE(memory->Add(MakeEntry("It hurts.", "Ça fait mal.")).ok());
  memory.reset();
  memory = OpenMemory(2000);
  Entry e = MakeEntry("It hurts.", "Cela fait mal.");
  e.origin = "tmx:old.tmx";
  ASSERT_TRUE(memory->Add(e).ok());
  std::vector<Entry> all;
  ASSERT_TRUE(memory->ReadAll(&all).ok());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].target.PlainText(), "Cela fait mal.");
  EXPECT_EQ(all[0].origin, "tmx:old.tmx");
  EXPECT_EQ(all[0].created, 1000);
  EXPECT_EQ(all[0].changed, 2000);
}

TEST_F(TmMemory, FuzzyMatchesBelowTheThresholdAreNotReturned) {
  auto memory = OpenMemory();
  ASSERT_TRUE(memory->Add(MakeEntry("The cat sat on the mat.", "Le chat était sur le tapis.")).ok());
  std::vector<Match> out;
  LookupOptions options;
  ASSERT_TRUE(memory->Lookup(MakeQuery("The cat sat on a mat."), options, &out).ok());
  EXPECT_EQ(Scores(out), "85:Le chat était sur le tapis.");
  options.threshold = 86;
  ASSERT_TRUE(memory->Lookup(MakeQuery("The cat sat on a mat."), options, &out).ok());
  EXPECT_EQ(Scores(out), "");
  options.threshold = 75;  // the default; 71 is below it
  ASSERT_TRUE(memory->Lookup(MakeQuery("The cat on sat the mat."), options, &out).ok());
  EXPECT_EQ(Scores(out), "");
  options.threshold = 70;
  ASSERT_TRUE(memory->Lookup(MakeQuery("The cat on sat the mat."), options, &out).ok());
  EXPECT_EQ(Scores(out), "71:Le chat était sur le tapis.");
}

TEST_F(TmMemory, LookupIsPerLanguagePair) {
  auto memory = OpenMemory();
  Entry de = MakeEntry("The cat sat on the mat.", "Die Katze saß auf der Matte.");
  de.trg_lang = "de";
  ASSERT_TRUE(memory->Add(de).ok());
  std::vector<Match> out;
  ASSERT_TRUE(memory->Lookup(MakeQuery("The cat sat on the mat."), {}, &out).ok());
  EXPECT_EQ(Scores(out), "");
}

// Sentences with distinct rare words, many of them, so that the index has
// something to be selective about.
std::vector<Entry> ManyEntries(int n) {
  static const char* kWords[] = {"river", "stone",  "lamp",   "garden", "window", "letter",
                                 "horse", "winter", "candle", "bridge", "forest", "mirror"};
  std::vector<Entry> entries;
  for (int i = 0; i < n; ++i) {
    std::string s = "The " + std::string(kWords[i % 12]) + " near the " + kWords[(i / 12) % 12] + " was number" +
                    std::to_string(i) + " and the day was long.";
    entries.push_back(MakeEntry(s, "fr " + std::to_string(i)));
  }
  return entries;
}

TEST_F(TmMemory, FuzzyLookupFindsEditedSentencesAndScoresFewCandidates) {
  auto memory = OpenMemory();
  ASSERT_TRUE(memory->AddBatch(ManyEntries(5000)).ok());
  std::vector<Match> out;
  LookupStats stats;
  // Entry 1234: "The forest near the horse was number1234 and the day was long."
  // (13 tokens); one substitution, one deletion: d=2, floor(100 * 11 / 13) = 84.
  Query query = MakeQuery("The forest near the horse was number1234 and the night was.");
  ASSERT_TRUE(memory->Lookup(query, {}, &out, &stats).ok());
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].score, 84);
  EXPECT_EQ(out[0].entry.target.PlainText(), "fr 1234");
  EXPECT_EQ(stats.scored, 50u);  // LookupOptions::max_scored of 5000 entries
  EXPECT_GT(stats.candidates, stats.scored);
  std::vector<Match> scanned;
  LookupStats scan_stats;
  ASSERT_TRUE(memory->LookupByScan(query, {}, &scanned, &scan_stats).ok());
  EXPECT_EQ(Scores(scanned), Scores(out));
  EXPECT_EQ(scan_stats.scored, 5000u);
}

TEST_F(TmMemory, ExactLookupUsesTheUniqueIndexAndFuzzyTheWordIndex) {
  { auto memory = OpenMemory(); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  auto plan = [&](const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, (std::string("EXPLAIN QUERY PLAN ") + sql).c_str(), -1, &stmt, nullptr),
              SQLITE_OK);
    std::string s;
    while (sqlite3_step(stmt) == SQLITE_ROW) s += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3));
    sqlite3_finalize(stmt);
    return s;
  };
  EXPECT_EQ(plan("SELECT target_coded FROM entries WHERE src_lang='en' AND trg_lang='fr' AND source_coded='x'"),
            "SEARCH entries USING INDEX sqlite_autoindex_entries_1 (src_lang=? AND trg_lang=? AND "
            "source_coded=?)");
  EXPECT_EQ(plan("SELECT rowid FROM entry_words WHERE entry_words MATCH 'x'"),
            "SCAN entry_words VIRTUAL TABLE INDEX 0:M1");
  sqlite3_close(db);
}

TEST_F(TmMemory, AFailedBatchStoresNothing) {
  auto memory = OpenMemory();
  std::vector<Entry> batch = {MakeEntry("One.", "Un."), MakeEntry("", "Vide.")};
  EXPECT_EQ(memory->AddBatch(batch).message(),
            "translation memory entry with an empty source (language pair en -> fr)");
  int64_t count = -1;
  ASSERT_TRUE(memory->Count(&count).ok());
  EXPECT_EQ(count, 0);
}

TEST_F(TmMemory, RefusesAFileThatIsNotAMemory) {
  FILE* f = fopen(path_.c_str(), "w");
  fputs("this is not a database, just some text that is long enough to have a header....", f);
  fclose(f);
  std::unique_ptr<Memory> memory;
  Status s = Memory::Open(path_, &memory);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(memory, nullptr);
  EXPECT_NE(s.message().find("is not a folio translation memory or is damaged"), std::string::npos) << s.message();
}

TEST_F(TmMemory, ConcurrentWritersBothLandCompletely) {
  constexpr int kWriters = 3, kBatches = 20, kBatch = 25;
  std::vector<pid_t> children;
  for (int w = 0; w < kWriters; ++w) {
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      std::unique_ptr<Memory> memory;
      if (!Memory::Open(path_, &memory).ok()) _exit(2);
      for (int round = 0; round < kBatches; ++round) {
        std::vector<Entry> batch;
        for (int i = 0; i < kBatch; ++i)
          batch.push_back(MakeEntry("Writer " + std::to_string(w) + " round " + std::to_string(round) + " sentence " +
                                        std::to_string(i) + ".",
                                    "Phrase " + std::to_string(i)));
        // A writer that finds the memory locked waits (busy timeout) rather
        // than failing; retry once more if it still is.
        Status st = memory->AddBatch(batch);
        if (!st.ok() && st.code() == Status::Code::kConflict) st = memory->AddBatch(batch);
        if (!st.ok()) _exit(3);
      }
      _exit(0);
    }
    children.push_back(child);
  }
  for (pid_t child : children) {
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "writer status " << status;
  }
  auto memory = OpenMemory();
  Status integrity = memory->CheckIntegrity();
  EXPECT_TRUE(integrity.ok()) << integrity.message();
  int64_t count = 0;
  ASSERT_TRUE(memory->Count(&count).ok());
  EXPECT_EQ(count, kWriters * kBatches * kBatch);
}

// Eight processes open the same new memory at the same moment (released
// together through a pipe), so that switching it to WAL and creating its
// schema collide: each must open it and store its entry.
TEST_F(TmMemory, ProcessesCreatingTheMemoryAtOnceAllSucceed) {
  constexpr int kProcesses = 8;
  for (int round = 0; round < 5; ++round) {
    std::remove(path_.c_str());
    std::remove((path_ + "-wal").c_str());
    std::remove((path_ + "-shm").c_str());
    int gate[2];
    ASSERT_EQ(pipe(gate), 0);
    std::vector<pid_t> children;
    for (int w = 0; w < kProcesses; ++w) {
      pid_t child = fork();
      ASSERT_GE(child, 0);
      if (child == 0) {
        close(gate[1]);
        char c;
        while (read(gate[0], &c, 1) > 0) {
        }  // returns 0 when the parent closes its end: everyone starts together
        std::unique_ptr<Memory> memory;
        if (!Memory::Open(path_, &memory).ok()) _exit(2);
        if (!memory->AddBatch({MakeEntry("Process " + std::to_string(w) + ".", "Processus.")}).ok()) _exit(3);
        _exit(0);
      }
      children.push_back(child);
    }
    close(gate[0]);
    close(gate[1]);
    for (pid_t child : children) {
      int status = 0;
      ASSERT_EQ(waitpid(child, &status, 0), child);
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "round " << round << ", status " << status;
    }
    int64_t count = 0;
    ASSERT_TRUE(OpenMemory()->Count(&count).ok());
    EXPECT_EQ(count, kProcesses) << "round " << round;
  }
}

TEST_F(TmMemory, AWriterKilledMidWriteLeavesAConsistentMemory) {
  constexpr int kBatch = 50;
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::unique_ptr<Memory> memory;
    if (!Memory::Open(path_, &memory).ok()) _exit(2);
    for (int round = 0;; ++round) {
      std::vector<Entry> batch;
      for (int i = 0; i < kBatch; ++i)
        batch.push_back(
            MakeEntry("Sentence " + std::to_string(round) + " number " + std::to_string(i) + " of the killed writer.",
                      "Phrase " + std::to_string(i)));
      if (!memory->AddBatch(batch).ok()) _exit(3);
    }
  }
  // Let the child commit a few batches, then kill it wherever it is.
  int64_t seen = 0;
  for (int wait = 0; wait < 200 && seen < 5 * kBatch; ++wait) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::unique_ptr<Memory> peek;
    if (Memory::Open(path_, &peek).ok()) (void)peek->Count(&seen);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(37));
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself with status " << status;

  auto memory = OpenMemory();
  Status integrity = memory->CheckIntegrity();
  EXPECT_TRUE(integrity.ok()) << integrity.message();
  int64_t count = 0;
  ASSERT_TRUE(memory->Count(&count).ok());
  EXPECT_GE(count, seen);
  EXPECT_EQ(count % kBatch, 0) << "a batch was stored in part";
  // Every stored entry is in the word index, and the memory still takes writes.
  std::vector<Match> out;
  ASSERT_TRUE(memory->Lookup(MakeQuery("Sentence 0 number 7 of the killed writer."), {}, &out).ok());
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].score, 101);
  EXPECT_EQ(out[0].entry.target.PlainText(), "Phrase 7");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM entry_words", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(stmt, 0), count);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  ASSERT_TRUE(memory->Add(MakeEntry("After the crash.", "Après la panne.")).ok());
  ASSERT_TRUE(memory->CheckIntegrity().ok());
}

}  // namespace
}  // namespace folio::tm

namespace folio::tm {
namespace {

class TmMemoryReadOnly : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("folio-tm-ro-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "memory.sqlite").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(TmMemoryReadOnly, ReadsWithoutCreatingOrTouchingAnyFile) {
  MemoryOptions ro;
  ro.read_only = true;
  std::unique_ptr<Memory> m;
  EXPECT_EQ(Memory::Open(path_, ro, &m).code(), Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path_));
  ASSERT_TRUE(Memory::Open(path_, &m).ok());
  ASSERT_TRUE(m->Add(testing::MakeEntry("The cat sat on the mat.", "Le chat.")).ok());
  m.reset();
  std::string before;
  ASSERT_TRUE(ReadFile(path_, &before).ok());
  ASSERT_TRUE(Memory::Open(path_, ro, &m).ok());
  std::vector<Match> found;
  ASSERT_TRUE(m->Lookup(testing::MakeQuery("The cat sat on a mat."), LookupOptions(), &found).ok());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(m->Add(testing::MakeEntry("Another.", "Autre.")).ok());
  m.reset();
  std::string after;
  ASSERT_TRUE(ReadFile(path_, &after).ok());
  EXPECT_EQ(after, before);
  EXPECT_FALSE(std::filesystem::exists(path_ + "-wal"));
  EXPECT_FALSE(std::filesystem::exists(path_ + "-shm"));
}

TEST_F(TmMemoryReadOnly, AddingTheSameTranslationAgainWritesNothing) {
  std::unique_ptr<Memory> m;
  ASSERT_TRUE(Memory::Open(path_, &m).ok());
  Entry e = testing::MakeEntry("The cat sat on the mat.", "Le chat.");
  ASSERT_TRUE(m->Add(e).ok());
  m.reset();
  std::string before;
  ASSERT_TRUE(ReadFile(path_, &before).ok());
  ASSERT_TRUE(Memory::Open(path_, &m).ok());
  e.origin = "import:other.xlf";
  ASSERT_TRUE(m->Add(e).ok());
  std::vector<Entry> all;
  ASSERT_TRUE(m->ReadAll(&all).ok());
  EXPECT_EQ(all[0].origin, "import:locales/fr/article.xlf");  // the first origin is kept
  m.reset();
  std::string after;
  ASSERT_TRUE(ReadFile(path_, &after).ok());
  EXPECT_EQ(after, before);
}

}  // namespace
}  // namespace folio::tm
