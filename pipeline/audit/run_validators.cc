#include "audit/run_validators.h"

#include <cstdlib>

#include "audit/validators.h"
#include "base/file_io.h"
#include "base/process.h"

namespace folio::audit {

namespace {

constexpr char kInstallHint[] = "install it with ../shared/tools/install-validators";

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

// The last lines of a validator's output, for an error message.
std::string Tail(const std::string& log_path) {
  std::string text;
  if (!ReadFile(log_path, &text).ok()) return "(no output)";
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  size_t start = text.size();
  for (int lines = 0; lines < 5 && start > 0; ++lines) {
    size_t nl = text.rfind('\n', start - 1);
    start = nl == std::string::npos ? 0 : nl + 1;
    if (nl == std::string::npos) break;
  }
  std::string tail = text.substr(start);
  return tail.empty() ? "(no output)" : tail;
}

// Runs `argv` + `env`; the report it must leave at `report_path` goes to
// *report. A validator that exits non-zero because it found problems still
// leaves its report; one that leaves none could not run.
Status RunForReport(const std::string& name, const std::string& epub_path, const std::vector<std::string>& argv,
                    const std::vector<std::string>& env, const std::string& log_path, const std::string& report_path,
                    std::string* report) {
  int exit_code = 0;
  FOLIO_RETURN_IF_ERROR(RunProcess(argv, env, log_path, &exit_code));
  Status st = ReadFile(report_path, report);
  if (st.code() == Status::Code::kNotFound)
    return Status::IoError(epub_path + ": " + name + " could not check it (exit code " + std::to_string(exit_code) +
                           ", no report): " + Tail(log_path) + "\nrun it by hand, or audit with --validators=off");
  return st;
}

Status RunEpubCheck(const ValidatorTools& tools, const std::string& epub_path, const std::string& work,
                    ValidatorRun* run, std::vector<Finding>* findings) {
  std::string json_path = JoinPath(work, "epubcheck.json");
  std::vector<std::string> argv = tools.epubcheck;
  for (const std::string& a : {epub_path, std::string("--json"), json_path, std::string("--locale"), std::string("en")})
    argv.push_back(a);
  std::string json;
  FOLIO_RETURN_IF_ERROR(
      RunForReport(kEpubCheckName, epub_path, argv, {}, JoinPath(work, "epubcheck.log"), json_path, &json));
  run->status = "ran";
  return FoldEpubCheckJson(json, BaseName(epub_path) + " (EPUBCheck report)", BaseName(epub_path) + "/", findings,
                           &run->version);
}

Status RunAce(const ValidatorTools& tools, const std::string& epub_path, const std::string& work, ValidatorRun* run,
              std::vector<Finding>* findings) {
  std::string out_dir = JoinPath(work, "ace"), xdg = JoinPath(work, "xdg");
  FOLIO_RETURN_IF_ERROR(MakeDirs(xdg));
  std::vector<std::string> argv = tools.ace;
  for (const std::string& a : {std::string("-f"), std::string("-s"), std::string("-l"), std::string("en"),
                               std::string("-o"), out_dir, epub_path})
    argv.push_back(a);
  // Ace's configuration and logs stay in the temporary directory; puppeteer
  // drives the installed Chromium and never downloads one.
  std::vector<std::string> env = {"PUPPETEER_EXECUTABLE_PATH=" + tools.chromium,
                                  "PUPPETEER_SKIP_DOWNLOAD=1",
                                  "XDG_CONFIG_HOME=" + xdg,
                                  "XDG_DATA_HOME=" + xdg,
                                  "XDG_STATE_HOME=" + xdg,
                                  "XDG_CACHE_HOME=" + xdg,
                                  "NO_COLOR=1",
                                  "FORCE_COLOR=0"};
  std::string json;
  FOLIO_RETURN_IF_ERROR(
      RunForReport(kAceName, epub_path, argv, env, JoinPath(work, "ace.log"), JoinPath(out_dir, "report.json"), &json));
  run->status = "ran";
  return FoldAceJson(json, BaseName(epub_path) + " (Ace report)", BaseName(epub_path) + "/", findings, &run->version);
}

}  // namespace

ValidatorSearch ValidatorSearch::FromEnvironment() {
  ValidatorSearch s;
  s.path = Env("PATH");
  s.validators_home = Env("VALIDATORS_HOME");
  if (s.validators_home.empty()) {
    std::string cache = Env("XDG_CACHE_HOME");
    if (cache.empty() && !Env("HOME").empty()) cache = JoinPath(Env("HOME"), ".cache");
    if (!cache.empty()) s.validators_home = JoinPath(cache, "content-validators");
  }
  s.chromium = Env("PUPPETEER_EXECUTABLE_PATH");
  if (s.chromium.empty()) s.chromium = Env("CHROMIUM");
  return s;
}

ValidatorTools FindValidatorTools(const ValidatorSearch& search) {
  ValidatorTools t;
  std::string java = FindExecutable("java", search.path);
  if (!java.empty() && FileExists(search.epubcheck_jar)) {
    t.epubcheck = {java, "-jar", search.epubcheck_jar};
  } else if (std::string cmd = FindExecutable("epubcheck", search.path); !cmd.empty()) {
    t.epubcheck = {cmd};
  } else {
    t.epubcheck_missing = "no java with " + search.epubcheck_jar + " and no epubcheck on PATH; " + kInstallHint;
  }

  std::string ace;
  if (!search.validators_home.empty())
    ace = FindExecutable(JoinPath(search.validators_home, "npm/node_modules/.bin/ace-cli"), "");
  if (ace.empty()) ace = FindExecutable("ace", search.path);
  if (ace.empty()) ace = FindExecutable("ace-cli", search.path);
  std::string chromium = search.chromium.empty() ? "" : FindExecutable(search.chromium, search.path);
  if (search.chromium.empty()) {
    for (const char* name : {"chromium", "chromium-browser"})
      if (chromium.empty()) chromium = FindExecutable(name, search.path);
    if (chromium.empty()) chromium = FindExecutable("/usr/bin/chromium", "");
  }
  if (ace.empty()) {
    t.ace_missing = "no ace-cli in " +
                    (search.validators_home.empty() ? std::string("$VALIDATORS_HOME") : search.validators_home) +
                    "/npm and no ace on PATH; " + kInstallHint;
  } else if (chromium.empty()) {
    t.ace_missing = "Ace is installed but no Chromium was found for it to drive (" +
                    (search.chromium.empty() ? std::string("chromium") : search.chromium) + "); " + kInstallHint;
  } else {
    t.ace = {ace};
    t.chromium = chromium;
  }
  return t;
}

std::vector<ValidatorRun> ValidatorsNotRun(const ValidatorTools& tools, const std::string& status,
                                           const std::string& detail) {
  std::vector<ValidatorRun> runs(2);
  runs[0].name = kEpubCheckName;
  runs[1].name = kAceName;
  for (auto [run, missing] : {std::pair{&runs[0], &tools.epubcheck_missing}, std::pair{&runs[1], &tools.ace_missing}}) {
    bool installed = missing->empty();
    run->status = installed ? status : "not installed";
    run->detail = installed ? detail : *missing;
  }
  return runs;
}

Status RunValidators(const ValidatorTools& tools, const std::string& epub_path, std::vector<ValidatorRun>* runs,
                     std::vector<Finding>* findings) {
  std::vector<ValidatorRun> out = ValidatorsNotRun(tools, "ran", "");
  std::vector<Finding> found;
  std::string work;
  FOLIO_RETURN_IF_ERROR(MakeTempDir("folio-validators.", &work));
  Status st;
  if (!tools.epubcheck.empty()) st = RunEpubCheck(tools, epub_path, work, &out[0], &found);
  if (st.ok() && !tools.ace.empty()) st = RunAce(tools, epub_path, work, &out[1], &found);
  RemoveTree(work);
  FOLIO_RETURN_IF_ERROR(st);
  SortFindings(found.begin(), found.end());
  *runs = std::move(out);
  for (Finding& f : found) findings->push_back(std::move(f));
  return Status::Ok();
}

}  // namespace folio::audit
