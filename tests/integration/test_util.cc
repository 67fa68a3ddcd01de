#include "test_util.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace folio::testing {

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "folio-test-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  if (std::getenv("FOLIO_KEEP_TEMP") == nullptr) {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
}

void CopyProject(const std::string& dest, bool with_locales, bool with_outputs) {
  fs::copy_file(kSourceDir + "/folio.ini", dest + "/folio.ini");
  fs::copy(kSourceDir + "/source-text", dest + "/source-text", fs::copy_options::recursive);
  if (with_locales) fs::copy(kSourceDir + "/locales", dest + "/locales", fs::copy_options::recursive);
  // The translation memory is part of the translators' work, like locales/.
  if (with_locales && fs::exists(kSourceDir + "/memory"))
    fs::copy(kSourceDir + "/memory", dest + "/memory", fs::copy_options::recursive);
  if (with_outputs) fs::copy(kSourceDir + "/outputs", dest + "/outputs", fs::copy_options::recursive);
}

std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'')
      q += "'\\''";
    else
      q += c;
  }
  return q + "'";
}

RunResult RunCommand(const std::string& command_line) {
  TempDir tmp;
  std::string out = tmp / "out", err = tmp / "err";
  int rc = std::system((command_line + " >" + out + " 2>" + err + " </dev/null").c_str());
  RunResult r;
  r.exit_code = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = ReadFileOrEmpty(out);
  r.err = ReadFileOrEmpty(err);
  return r;
}

RunResult RunFolio(const std::string& project, const std::vector<std::string>& args) {
  std::string cmd = ShellQuote(kFolio) + " -C " + ShellQuote(project);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  return RunCommand(cmd);
}

RunResult RunFolioMeasured(const std::string& project, const std::vector<std::string>& args, long* peak_rss_kb) {
  TempDir tmp;
  std::string out = tmp / "out", err = tmp / "err";
  std::vector<std::string> argv_s = {kFolio, "-C", project};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid;
  RunResult r;
  *peak_rss_kb = -1;
  int rc = posix_spawn(&pid, kFolio.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return r;
  int status = 0;
  struct rusage usage {};
  if (::wait4(pid, &status, 0, &usage) != pid) return r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  *peak_rss_kb = usage.ru_maxrss;
  r.out = ReadFileOrEmpty(out);
  r.err = ReadFileOrEmpty(err);
  return r;
}

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFileOrDie(const std::string& path, const std::string& contents) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << contents;
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::map<std::string, std::string> SnapshotTree(const std::string& dir) {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = ReadFileOrEmpty(e.path().string());
  }
  return files;
}

bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

bool MatchesGolden(const std::string& name, const std::string& actual, std::string* expected) {
  std::string path = kSourceDir + "/tests/golden/" + name;
  const char* update = std::getenv("FOLIO_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    WriteFileOrDie(path, actual);
    return true;
  }
  *expected = ReadFileOrEmpty(path);
  return *expected == actual;
}

}  // namespace folio::testing
