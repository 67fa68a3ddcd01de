// Helpers for the end-to-end tests: temporary project copies and running
// the real folio binary.
#ifndef FOLIO_TESTS_INTEGRATION_TEST_UTIL_H_
#define FOLIO_TESTS_INTEGRATION_TEST_UTIL_H_

#include <map>
#include <string>
#include <vector>

namespace folio::testing {

inline const std::string kSourceDir = FOLIO_SOURCE_DIR;
inline const std::string kSharedDir = FOLIO_SHARED_DIR;
inline const std::string kFolio = FOLIO_BINARY;

// A new empty directory under $TMPDIR, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& rel) const { return path_ + "/" + rel; }

 private:
  std::string path_;
};

// Copies the project (folio.ini, source-text/, and, if asked, locales/ and
// outputs/) from the repository into `dest`.
void CopyProject(const std::string& dest, bool with_locales, bool with_outputs);

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a shell command line, capturing stdout and stderr.
RunResult RunCommand(const std::string& command_line);

// Runs folio with -C project and the given arguments (shell-quoted here).
RunResult RunFolio(const std::string& project, const std::vector<std::string>& args);

// Runs folio like RunFolio, directly (no shell), and sets *peak_rss_kb to
// the largest resident set folio had (wait4's ru_maxrss, in KiB).
RunResult RunFolioMeasured(const std::string& project, const std::vector<std::string>& args, long* peak_rss_kb);

std::string ReadFileOrEmpty(const std::string& path);
void WriteFileOrDie(const std::string& path, const std::string& contents);

// Every regular file under `dir` (relative path -> contents).
std::map<std::string, std::string> SnapshotTree(const std::string& dir);

std::string ShellQuote(const std::string& s);

// True when CI=true: tools that are missing make tests fail instead of skip.
bool InCi();

// When FOLIO_UPDATE_GOLDEN=1, rewrites tests/golden/<name> with `actual`
// and returns true; otherwise compares. Returns false on mismatch and
// fills *expected.
bool MatchesGolden(const std::string& name, const std::string& actual, std::string* expected);

}  // namespace folio::testing

#endif  // FOLIO_TESTS_INTEGRATION_TEST_UTIL_H_
