// Files under faults: folio killed with SIGKILL at random points, two
// imports at once, a full disk and a read-only folder. Every test here is
// named Faults.* (`ctest --test-dir build -R Faults`).
//
// What must hold: every file of the project is either its old bytes or its
// new bytes (never a mix, never a truncated file), the translation memory
// opens and passes PRAGMA integrity_check and holds the old or the new
// entries, temporary files a killed run leaves ("<file>.tmp-XXXXXX", and
// .folio.lock) are removed by the next writing command, and no update of a
// concurrent import is lost.
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <linux/capability.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/file_io.h"
#include "base/project_lock.h"
#include "test_util.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kMemory = "memory/translation-memory.sqlite";

struct ChildOptions {
  long kill_after_us = -1;        // SIGKILL after this long; < 0: let it finish
  long file_size_limit = -1;      // RLIMIT_FSIZE in bytes (SIGXFSZ ignored); < 0: none
  bool obey_permissions = false;  // root: drop the capabilities that bypass file modes
};

struct ChildResult {
  bool killed = false;  // SIGKILL arrived before it exited
  int exit_code = -1;
  std::string err;
  double seconds = 0;
};

// Runs the folio binary on `project` in a child process, directly (no shell,
// so the kill reaches folio itself), with SOURCE_DATE_EPOCH fixed.
ChildResult RunChild(const std::string& project, const std::vector<std::string>& args, const ChildOptions& o) {
  std::vector<std::string> argv_s = {kFolio, "-C", project};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s;
  for (char** e = environ; *e; ++e)
    if (std::string(*e).rfind("SOURCE_DATE_EPOCH=", 0) != 0 && std::string(*e).rfind("FOLIO_LOCK_TIMEOUT=", 0) != 0)
      env_s.push_back(*e);
  env_s.push_back("SOURCE_DATE_EPOCH=1700000000");
  env_s.push_back("FOLIO_LOCK_TIMEOUT=60");
  std::vector<char*> envp;
  for (std::string& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);
  bool root = ::geteuid() == 0;

  // stderr through a pipe: a file would be under the child's size limit.
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return {};
  auto start = Clock::now();
  pid_t pid = ::fork();
  if (pid == 0) {  // only async-signal-safe calls until exec
    int devnull = ::open("/dev/null", O_RDWR);
    ::dup2(devnull, 0);
    ::dup2(devnull, 1);
    ::dup2(pipe_fds[1], 2);
    if (o.file_size_limit >= 0) {
      ::signal(SIGXFSZ, SIG_IGN);
      struct rlimit rl = {static_cast<rlim_t>(o.file_size_limit), static_cast<rlim_t>(o.file_size_limit)};
      if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) ::_exit(125);
    }
    if (o.obey_permissions && root) {
      // Out of the bounding set, so that exec does not give them back.
      for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
        if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) ::_exit(125);
    }
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  ChildResult r;
  ::close(pipe_fds[1]);
  std::thread reader([&] {
    char buf[4096];
    ssize_t n;
    while ((n = ::read(pipe_fds[0], buf, sizeof buf)) > 0) r.err.append(buf, static_cast<size_t>(n));
    ::close(pipe_fds[0]);
  });
  if (pid < 0) {
    reader.join();
    return r;
  }
  int status = 0;
  if (o.kill_after_us >= 0) {
    auto deadline = start + std::chrono::microseconds(o.kill_after_us);
    // Poll so that a child that ends early is not waited for.
    while (true) {
      pid_t w = ::waitpid(pid, &status, WNOHANG);
      if (w == pid) break;
      if (Clock::now() >= deadline) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
  } else {
    ::waitpid(pid, &status, 0);
  }
  r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  r.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  reader.join();
  return r;
}

bool IsLeftover(const std::string& rel) {
  return IsTempFileName(fs::path(rel).filename().string()) || rel == ".folio.lock";
}

// The project's files, byte for byte, without the memory (SQLite's bytes
// depend on when it checkpoints: MemoryRows compares what it holds).
std::map<std::string, std::string> Files(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (auto& [rel, bytes] : SnapshotTree(dir))
    if (rel.rfind("memory/", 0) != 0) out[rel] = bytes;
  return out;
}

std::vector<std::string> Leftovers(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::string rel = fs::relative(e.path(), dir).string();
    if (IsLeftover(rel)) out.push_back(rel);
  }
  return out;
}

// Opens the memory as the next folio run would (recovering its WAL), runs
// PRAGMA integrity_check and returns every entry as text; "" when there is
// no memory. Fails the test when it does not open or is not intact.
std::string MemoryRows(const std::string& project) {
  std::string path = project + "/" + kMemory;
  if (!fs::exists(path)) return "";
  sqlite3* db = nullptr;
  std::string rows;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << path << ": does not open: " << sqlite3_errmsg(db);
    sqlite3_close(db);
    return "<unreadable>";
  }
  auto query = [&](const char* sql) {
    std::string text;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << path << ": " << sql << ": " << sqlite3_errmsg(db);
      return std::string("<error>");
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* v = sqlite3_column_text(st, c);
        text += v ? reinterpret_cast<const char*>(v) : "NULL";
        text += '\t';
      }
      text += '\n';
    }
    if (rc != SQLITE_DONE) ADD_FAILURE() << path << ": " << sql << ": " << sqlite3_errmsg(db);
    sqlite3_finalize(st);
    return text;
  };
  EXPECT_EQ(query("PRAGMA integrity_check"), "ok\t\n") << path;
  rows = query("SELECT * FROM entries ORDER BY id");
  sqlite3_close(db);
  return rows;
}

void CopyTree(const std::string& from, const std::string& to) {
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
}

// Every file is its old bytes or its new bytes; a file that did not exist
// before either does not exist or is whole.
void ExpectOldOrNew(const std::map<std::string, std::string>& old_files,
                    const std::map<std::string, std::string>& new_files, const std::map<std::string, std::string>& now,
                    const std::string& what) {
  std::set<std::string> paths;
  for (auto* m : {&old_files, &new_files, &now})
    for (auto& [rel, bytes] : *m) paths.insert(rel);
  for (const std::string& rel : paths) {
    if (IsLeftover(rel)) continue;
    auto o = old_files.find(rel), n = new_files.find(rel), c = now.find(rel);
    bool is_old = o == old_files.end() ? c == now.end() : c != now.end() && c->second == o->second;
    bool is_new = n == new_files.end() ? c == now.end() : c != now.end() && c->second == n->second;
    EXPECT_TRUE(is_old || is_new) << what << ": " << rel << " is neither its old nor its new bytes ("
                                  << (c == now.end() ? std::string("missing")
                                                     : std::to_string(c->second.size()) + " bytes")
                                  << ")";
  }
}

// A French-looking target for the segments tests give targets to.
std::string Target(const std::string& tag, int n) {
  static const char* kNumbers[] = {"une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"};
  return "Voici la phrase " + std::string(kNumbers[n % 10]) + ", traduite par " + tag + ".";
}

// `handoff` with `count` segments from `first` on given targets, counting
// only those whose source holds no inline code and is not repeated (import
// fills repetitions too: two files would then touch the same segments).
std::string WithTargets(const std::string& handoff, const std::string& tag, int first, int count,
                        std::vector<std::string>* ids = nullptr) {
  std::string x = handoff;
  static const std::regex seg(R"re(<segment id="([^"]+)"[^>]*>\s*<source>([^<]*)</source>)re");
  std::map<std::string, int> uses;
  for (auto it = std::sregex_iterator(x.begin(), x.end(), seg); it != std::sregex_iterator(); ++it) ++uses[(*it)[2]];
  std::vector<std::pair<size_t, std::string>> at;  // where to insert, segment id
  int n = 0;
  for (auto it = std::sregex_iterator(x.begin(), x.end(), seg); it != std::sregex_iterator(); ++it) {
    if (uses[(*it)[2]] > 1) continue;
    if (n >= first && n < first + count) at.push_back({it->position(0) + it->length(0), (*it)[1]});
    ++n;
  }
  for (auto i = at.rbegin(); i != at.rend(); ++i) {
    x.insert(i->first, "<target>" + Target(tag, static_cast<int>(at.rend() - i - 1)) + "</target>");
    if (ids) ids->push_back(i->second);
  }
  return x;
}

// `handoff` with the stored targets of its first `count` plain segments
// (no inline code in source or target) rewritten in its own language: a
// reviewer's revision, so import changes the locale file and the memory.
std::string Revised(const std::string& handoff, const std::string& tag, int count) {
  static const std::regex seg(R"re((<source>[^<]*</source>\s*<target>)([^<]*)(</target>))re");
  std::string out;
  size_t last = 0;
  int n = 0;
  for (auto it = std::sregex_iterator(handoff.begin(), handoff.end(), seg); it != std::sregex_iterator() && n < count;
       ++it, ++n) {
    out += handoff.substr(last, it->position(0) - last);
    std::string text = (*it)[2];
    text += tag == "de" ? " Überarbeitet von der Lektorin." : " Revu par la relectrice.";
    out += (*it)[1].str() + text + (*it)[3].str();
    last = it->position(0) + it->length(0);
  }
  return out + handoff.substr(last);
}

// The project as the SIGKILL tests start it for `command`, in `dir`:
// import: the committed project, and returned French and German files
//   whose first ten plain segments get revised targets;
// extract: the committed project with a new revision of the article (one
//   sentence changed, one added), so every handoff is rewritten;
// build: the committed project with some outputs missing and some stale.
std::vector<std::string> PrepareForKill(const std::string& command, const std::string& dir) {
  CopyProject(dir, true, true);
  if (command == "import") {
    std::vector<std::string> files;
    for (const char* tag : {"fr", "de"}) {
      std::string x = ReadFileOrEmpty(dir + "/locales/" + tag + "/article.xlf");
      std::string path = dir + "/returned-" + tag + ".xlf";
      WriteFileOrDie(path, Revised(x, tag, 10));
      files.push_back(path);
    }
    return {"import", files[0], files[1]};
  }
  if (command == "extract") {
    std::string text = ReadFileOrEmpty(dir + "/source-text/article.txt");
    size_t p = text.find("Crying after sex is more common than most people admit.");
    EXPECT_NE(p, std::string::npos);
    text.replace(p, 0, "This sentence is new in the second revision. ");
    p = text.find("heart racing");
    EXPECT_NE(p, std::string::npos);
    text.replace(p, 12, "heart pounding");
    WriteFileOrDie(dir + "/source-text/article.txt", text);
    return {"extract", "-j", "2"};
  }
  fs::remove_all(dir + "/outputs/ja");
  fs::remove_all(dir + "/outputs/qps-plocm");
  WriteFileOrDie(dir + "/outputs/fr/article.xhtml", "stale\n");
  WriteFileOrDie(dir + "/outputs/de/article.epub", "stale\n");
  WriteFileOrDie(dir + "/outputs/en/article.ssml", "stale\n");
  return {"build", "-j", "2"};
}

class FaultsKill : public ::testing::TestWithParam<const char*> {};

// Kills the command at 50 points spread over its own duration (fixed seed),
// each time in a fresh copy of the same starting project.
TEST_P(FaultsKill, LeavesEveryFileOldOrNewAndTheNextRunCleansUp) {
  const std::string command = GetParam();
  constexpr int kRuns = 50;
  TempDir root;
  std::string start = root / "start", expected = root / "expected";
  fs::create_directories(start);
  // Returned files stay in start/, which no run writes.
  const std::vector<std::string> args = PrepareForKill(command, start);
  CopyTree(start, expected);

  const auto old_files = Files(start);
  const std::string old_rows = MemoryRows(start);
  // The new tree, from one uninterrupted run; its time sets the kill points.
  ChildResult full = RunChild(expected, args, {});
  ASSERT_EQ(full.exit_code, 0) << full.err;
  double duration = full.seconds;
  // The machine is shared: the fastest of three runs, so that the kills
  // land inside the command even when another process slowed one run down.
  for (int i = 0; i < 2; ++i) {
    std::string again = root / ("again" + std::to_string(i));
    CopyTree(start, again);
    duration = std::min(duration, RunChild(again, args, {}).seconds);
    fs::remove_all(again);
  }
  const auto new_files = Files(expected);
  const std::string new_rows = MemoryRows(expected);
  ASSERT_NE(old_files, new_files) << "the command changes no file: the test proves nothing";
  if (command == "import") {
    ASSERT_NE(old_rows, new_rows);
  }

  std::mt19937 rng(20261204);
  std::uniform_int_distribution<long> delay(0, static_cast<long>(duration * 1e6));
  constexpr int kCleanupChecks = 5;
  int killed = 0, finished = 0, with_temporaries = 0, with_lock_file = 0, cleanups_checked = 0,
      cleanups_with_temporaries = 0;
  for (int run = 0; run < kRuns; ++run) {
    std::string project = root / ("run" + std::to_string(run));
    CopyTree(start, project);
    long us = delay(rng);
    ChildResult r = RunChild(project, args, {.kill_after_us = us});
    if (r.killed)
      ++killed;
    else
      ++finished;
    std::string what = command + " killed after " + std::to_string(us) + " us";
    ExpectOldOrNew(old_files, new_files, Files(project), what);
    std::string rows = MemoryRows(project);
    EXPECT_TRUE(rows == old_rows || rows == new_rows)
        << what << ": the memory holds neither the old nor the new entries";
    std::vector<std::string> left = Leftovers(project);
    bool temp_left = std::any_of(left.begin(), left.end(), [](const std::string& l) { return l != ".folio.lock"; });
    with_temporaries += temp_left;
    with_lock_file += std::count(left.begin(), left.end(), ".folio.lock") > 0;
    // The next run removes what was left and ends where an uninterrupted
    // run ends: checked after the first kills that left temporary files
    // (each run costs a whole command) and on every tenth run.
    if ((temp_left && cleanups_with_temporaries < kCleanupChecks) || run % 10 == 0) {
      ++cleanups_checked;
      cleanups_with_temporaries += temp_left;
      ChildResult next = RunChild(project, args, {});
      EXPECT_EQ(next.exit_code, 0) << what << ", then run again:\n" << next.err;
      EXPECT_EQ(Leftovers(project), std::vector<std::string>{}) << what << ", then run again";
      EXPECT_TRUE(Files(project) == new_files) << what << ", then run again: not the uninterrupted run's files";
      EXPECT_TRUE(MemoryRows(project) == new_rows) << what << ", then run again: not the uninterrupted run's memory";
      for (const std::string& l : left) {
        if (l != ".folio.lock") {
          EXPECT_NE(next.err.find("removed " + project + "/" + l), std::string::npos) << next.err;
        }
      }
    }
    fs::remove_all(project);
  }
  std::cout << "[ folio    ] " << command << ": " << duration << " s uninterrupted; " << killed << " killed, "
            << finished << " finished first; " << with_temporaries << " left temporary files, " << with_lock_file
            << " the lock file; " << cleanups_checked << " next runs checked, " << cleanups_with_temporaries
            << " of them after temporary files\n";
  EXPECT_GE(killed, kRuns * 2 / 5) << "most kills must land while the command runs";
  // Whether a kill lands in the short moment temporary files exist depends on
  // the machine (import writes them in its last millisecond or so): a run
  // where none did says so, and the cleanup itself is tested deterministically
  // by TempFiles.* and AtomicWriter*. The invariant above (every file old or
  // new) is what must hold for every kill.
  if (cleanups_with_temporaries == 0)
    std::cout << "[ folio    ] " << command << ": no kill left a temporary file this time; the cleanup was not "
              << "exercised by this run\n";
}

INSTANTIATE_TEST_SUITE_P(Faults, FaultsKill, ::testing::Values("import", "extract", "build"));

// Two imports of two returned files for the same locale, each touching its
// own segments, at the same time: both files' targets are in the locale
// file afterwards (the second waits for the project lock), and in the memory.
TEST(Faults, ConcurrentImportsOfOneLocaleLoseNoUpdate) {
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract", "--locale", "fr"}).exit_code, 0);
  std::string handoff = ReadFileOrEmpty(project / "locales/fr/article.xlf");
  std::string a = project / "a.xlf", b = project / "b.xlf";
  WriteFileOrDie(a, WithTargets(handoff, "A", 0, 5));
  WriteFileOrDie(b, WithTargets(handoff, "B", 5, 5));
  for (int round = 0; round < 4; ++round) {
    std::string copy = project / ("round" + std::to_string(round));
    fs::create_directories(copy);
    CopyProject(copy, false, false);
    fs::copy(project / "locales", copy + "/locales", fs::copy_options::recursive);
    ChildResult ra, rb;
    std::thread ta([&] { ra = RunChild(copy, {"import", a}, {}); });
    std::thread tb([&] { rb = RunChild(copy, {"import", b}, {}); });
    ta.join();
    tb.join();
    EXPECT_EQ(ra.exit_code, 0) << ra.err;
    EXPECT_EQ(rb.exit_code, 0) << rb.err;
    std::string merged = ReadFileOrEmpty(copy + "/locales/fr/article.xlf");
    for (const char* who : {"A", "B"})
      for (int n = 0; n < 5; ++n)
        EXPECT_NE(merged.find("<target>" + Target(who, n) + "</target>"), std::string::npos)
            << "round " << round << ": import " << who << "'s target " << n << " was lost";
    std::string rows = MemoryRows(copy);
    for (const char* who : {"A", "B"})
      EXPECT_NE(rows.find(Target(who, 0)), std::string::npos) << "round " << round << ": memory lacks " << who;
    EXPECT_FALSE(fs::exists(copy + "/.folio.lock")) << "the lock file outlives the commands";
  }
}

// While one command holds the lock, another waits, and with too short a
// wait refuses with exit 3, naming the lock file and the holder's pid.
TEST(Faults, ASecondWriterRefusesAfterTheLockTimeoutNamingTheHolder) {
  TempDir project;
  CopyProject(project.path(), true, true);
  std::string lock = project / ".folio.lock";
  // Hold the lock as a folio command would (flock + pid in the file).
  pid_t holder = ::fork();
  if (holder == 0) {
    int fd = ::open(lock.c_str(), O_RDWR | O_CREAT, 0644);
    ::flock(fd, LOCK_EX);
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::write(fd, pid.data(), pid.size()) < 0) ::_exit(1);
    ::pause();
    ::_exit(0);
  }
  while (ProjectLock::ReadHolderPid(lock) != holder) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  RunResult r =
      RunCommand("FOLIO_LOCK_TIMEOUT=0.3 " + ShellQuote(kFolio) + " -C " + ShellQuote(project.path()) + " build");
  ::kill(holder, SIGKILL);
  ::waitpid(holder, nullptr, 0);
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find(lock + ": another folio command (pid " + std::to_string(holder) +
                       ") is writing this project; waited 300 ms"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("folio build: waiting for " + lock), std::string::npos) << r.err;
  // The holder was killed: its lock went with it, and the next command runs.
  RunResult next = RunFolio(project.path(), {"build"});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_FALSE(fs::exists(lock));
}

// After a refused write: exit 3, an error naming a file of the project, and
// the project exactly as it was (files, memory, no temporary files).
void ExpectRefusedUnchanged(const ChildResult& r, const std::string& project,
                            const std::map<std::string, std::string>& old_files, const std::string& old_rows,
                            const std::string& what) {
  EXPECT_EQ(r.exit_code, 3) << what << "\n" << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("(^|\n)" + project + "/[^:]+: ")))
      << what << ": the error names no file of the project:\n"
      << r.err;
  auto now = Files(project);
  for (auto& [rel, bytes] : now) {
    auto o = old_files.find(rel);
    EXPECT_TRUE(o != old_files.end() && o->second == bytes) << what << ": " << rel << " changed";
  }
  for (auto& [rel, bytes] : old_files) EXPECT_TRUE(now.count(rel)) << what << ": " << rel << " is gone";
  EXPECT_TRUE(MemoryRows(project) == old_rows) << what << ": the memory changed";
  EXPECT_EQ(Leftovers(project), std::vector<std::string>{}) << what << ": temporary files left";
}

class FaultsFullDisk : public ::testing::TestWithParam<const char*> {};

// RLIMIT_FSIZE stands for a full disk: a write past the limit fails (EFBIG;
// SIGXFSZ is ignored, as folio itself does). Every file these commands
// write is larger than 4 KiB, so no write can succeed.
TEST_P(FaultsFullDisk, IsAClearErrorAndLeavesTheProjectAsItWas) {
  const std::string command = GetParam();
  for (long limit : {0L, 4096L}) {
    TempDir project;
    std::vector<std::string> args = PrepareForKill(command, project.path());
    auto old_files = Files(project.path());
    std::string old_rows = MemoryRows(project.path());
    ChildResult r = RunChild(project.path(), args, {.file_size_limit = limit});
    std::string what = command + " with files limited to " + std::to_string(limit) + " bytes";
    ExpectRefusedUnchanged(r, project.path(), old_files, old_rows, what);
    EXPECT_NE(r.err.find("File too large"), std::string::npos) << what << "\n" << r.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Faults, FaultsFullDisk, ::testing::Values("import", "extract", "build"));

// chmod -R a-w DIR. As root that stops nothing, so RunChild's
// obey_permissions drops the capabilities that bypass file modes.
void MakeReadOnly(const std::string& dir) {
  fs::permissions(dir, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  for (const auto& e : fs::recursive_directory_iterator(dir))
    fs::permissions(e.path(), fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
}

// Whether a child with obey_permissions really cannot write in a read-only
// folder here (it can when root cannot drop capabilities).
bool ReadOnlyHolds(const std::string& dir) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (::geteuid() == 0)
      for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
    // The bounding set only limits what exec grants: drop from the
    // effective set too by exec'ing a shell that tries to create a file.
    std::string probe = dir + "/probe";
    const char* argv[] = {"/bin/sh", "-c", "exec 3>\"$0\"", probe.c_str(), nullptr};
    int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 2);
    ::execv("/bin/sh", const_cast<char**>(argv));
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  bool wrote = fs::exists(dir + "/probe");
  std::error_code ec;
  fs::remove(dir + "/probe", ec);
  return WIFEXITED(status) && WEXITSTATUS(status) != 0 && !wrote;
}

class FaultsReadOnly : public ::testing::TestWithParam<const char*> {};

// import and extract with a read-only locales/, build with a read-only
// outputs/ (build only reads locales/: with it read-only, build works).
TEST_P(FaultsReadOnly, IsAClearErrorAndLeavesTheProjectAsItWas) {
  const std::string command = GetParam();
  TempDir project;
  std::vector<std::string> args = PrepareForKill(command, project.path());
  std::string dir = project / (command == "build" ? "outputs" : "locales");
  auto old_files = Files(project.path());
  std::string old_rows = MemoryRows(project.path());
  MakeReadOnly(dir);
  if (!ReadOnlyHolds(dir)) GTEST_SKIP() << "cannot make " << dir << " read-only for a child process here";
  ChildResult r = RunChild(project.path(), args, {.obey_permissions = true});
  std::string what = command + " with a read-only " + dir;
  ExpectRefusedUnchanged(r, project.path(), old_files, old_rows, what);
  EXPECT_NE(r.err.find("Permission denied"), std::string::npos) << what << "\n" << r.err;
  if (command == "build") {
    TempDir other;
    std::vector<std::string> build = PrepareForKill("build", other.path());
    MakeReadOnly(other / "locales");
    ChildResult ok = RunChild(other.path(), build, {.obey_permissions = true});
    EXPECT_EQ(ok.exit_code, 0) << "build with a read-only locales/:\n" << ok.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Faults, FaultsReadOnly, ::testing::Values("import", "extract", "build"));

// A real full disk: the project on a small tmpfs with a few KiB left, so
// that the disk runs out in the middle of the command (ENOSPC). Needs root
// (mount); skipped, saying so, elsewhere.
class FaultsTmpfs : public ::testing::TestWithParam<const char*> {};

TEST_P(FaultsTmpfs, FullInTheMiddleIsAClearErrorAndLeavesTheProjectAsItWas) {
  const std::string command = GetParam();
  TempDir root;
  std::string mnt = root / "disk";
  fs::create_directories(mnt);
  if (::geteuid() != 0 || ::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=8m") != 0)
    GTEST_SKIP() << "cannot mount a tmpfs here (needs root): the RLIMIT_FSIZE tests stand for a full disk";
  struct Unmount {
    std::string dir;
    ~Unmount() { ::umount2(dir.c_str(), MNT_DETACH); }
  } unmount{mnt};
  std::string project = mnt + "/project";
  fs::create_directories(project);
  std::vector<std::string> args = PrepareForKill(command, project);
  // Returned files off the small disk, so that only the project's writes
  // need space.
  for (std::string& a : args) {
    if (a.rfind(project + "/returned-", 0) != 0) continue;
    std::string moved = root / fs::path(a).filename().string();
    fs::copy_file(a, moved);
    fs::remove(a);
    a = moved;
  }
  auto old_files = Files(project);
  std::string old_rows = MemoryRows(project);
  // Fill the disk, then give back 12 KiB: a few small writes fit, no more.
  std::string filler = mnt + "/filler";
  {
    int fd = ::open(filler.c_str(), O_WRONLY | O_CREAT, 0644);
    std::string block(1 << 16, 'x');
    while (::write(fd, block.data(), block.size()) > 0) {
    }
    std::string small(4096, 'x');
    while (::write(fd, small.data(), small.size()) > 0) {
    }
    off_t size = ::lseek(fd, 0, SEEK_END);
    ASSERT_EQ(::ftruncate(fd, size - 12 * 1024), 0);
    ::close(fd);
  }
  ChildResult r = RunChild(project, args, {});
  std::string what = command + " on a full disk";
  std::cout << "[ folio    ] " << what << ": " << r.err.substr(r.err.rfind("\n", r.err.size() - 2) + 1);
  // Room again before looking: opening the memory needs its -shm file.
  fs::remove(filler);
  ExpectRefusedUnchanged(r, project, old_files, old_rows, what);
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << what << "\n" << r.err;
  // The same command then succeeds.
  ChildResult again = RunChild(project, args, {});
  EXPECT_EQ(again.exit_code, 0) << again.err;
}

INSTANTIATE_TEST_SUITE_P(Faults, FaultsTmpfs, ::testing::Values("import", "extract", "build"));

}  // namespace
}  // namespace folio::testing
