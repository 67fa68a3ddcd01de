// folio: the command line. The only place that prints, parses the command
// line (Boost.Program_options) and picks exit codes; everything else is a
// library call in app/.
//
// Exit codes:
//   0  success (warnings may have been printed)
//   1  the input was rejected: invalid XLIFF, a check failed, bad project file
//   2  usage error: unknown command or option, missing argument
//   3  the environment failed: a file could not be read or written
//   4  import/validate --accept-valid: some units or files were refused, the
//      rest was merged (validate: would be merged)
#include <boost/program_options.hpp>

#include <malloc.h>
#include <signal.h>

#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "app/analyze.h"
#include "app/audit_command.h"
#include "app/memory.h"
#include "app/commands.h"
#include "app/config.h"
#include "base/exit_codes.h"
#include "app/validate_xliff.h"
#include "base/file_io.h"
#include "base/project_lock.h"

namespace po = boost::program_options;

namespace {

using folio::exit_code::kEnvironment, folio::exit_code::kOk, folio::exit_code::kPartlyRefused,
    folio::exit_code::kRejected, folio::exit_code::kUsage;

const char* kUsageText =
    "usage: folio [-C DIR] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  extract    write the XLIFF handoff for every target locale (locales/<tag>/)\n"
    "  import     check returned XLIFF files and merge their translations\n"
    "  validate   run the import checks without importing; --xliff-only: XLIFF 2.x conformance, no project\n"
    "  build      write outputs/<tag>/ (XHTML, speech text) for every locale\n"
    "  qa         run the QA checks on stored translations or returned files\n"
    "  status     per locale: segments translated, reviewed, final; words and characters\n"
    "  audit      accessibility audit of every edition (outputs/<tag>/audit.json, outputs/audit.html)\n"
    "  analyze    per locale: segments and words by match band (101%, 100%, repetitions, fuzzy, new)\n"
    "  tm         the translation memory: tm import FILE.tmx|FILE.xlf..., tm export --locale TAG -o FILE.tmx,\n"
    "             tm history SEGMENT-ID (every version of one translation)\n"
    "\n"
    "Global options:\n"
    "  -C DIR     the project folder (holding folio.ini); default: .\n"
    "  -h, --help this text; 'folio COMMAND --help' for a command's options\n"
    "  --version  print the version\n"
    "\n"
    "Exit codes: 0 success, 1 input rejected, 2 usage error, 3 file system error (or audit could not run),\n"
    "4 import --accept-valid merged the valid units but refused others.\n";

int ExitCodeFor(const folio::Status& st) {
  switch (st.code()) {
    case folio::Status::Code::kOk:
      return kOk;
    case folio::Status::Code::kInvalidInput:
    case folio::Status::Code::kConflict:
      return kRejected;
    default:
      return kEnvironment;
  }
}

int Finish(const folio::Status& st, const folio::app::Report& report) {
  for (const std::string& line : report.lines) std::cout << line << "\n";
  for (const folio::Diagnostic& d : report.diagnostics) std::cerr << d.ToString() << "\n";
  if (!st.ok()) {
    std::cerr << st.message() << "\n";
    return ExitCodeFor(st);
  }
  return kOk;
}

// Parses a subcommand's options; returns -1 to go on, or an exit code.
int ParseCommand(const std::string& name, const std::string& synopsis, po::options_description& opts,
                 const po::positional_options_description& pos, const std::vector<std::string>& args,
                 po::variables_map* vm) {
  opts.add_options()("help,h", "show this help");
  try {
    po::store(po::command_line_parser(args).options(opts).positional(pos).run(), *vm);
    // --help wins over missing required arguments.
    if (vm->count("help")) {
      std::cout << "usage: folio " << name << " " << synopsis << "\n\n" << opts;
      return kOk;
    }
    po::notify(*vm);
  } catch (const po::error& e) {
    std::cerr << "folio " << name << ": " << e.what() << "\nusage: folio " << name << " " << synopsis << "\n(folio "
              << name << " --help for details)\n";
    return kUsage;
  }
  return -1;
}

// --jobs must be at least 1; returns -1 to go on, or an exit code.
int CheckJobs(const std::string& name, const po::variables_map& vm) {
  if (vm.count("jobs") && vm["jobs"].as<int>() < 1) {
    std::cerr << "folio " << name << ": --jobs " << vm["jobs"].as<int>() << ": give at least 1\n";
    return kUsage;
  }
  return -1;
}

int LoadProjectOrFail(const std::string& dir, folio::app::Project* p) {
  folio::Status st = folio::app::LoadProject(dir, p);
  for (const folio::Diagnostic& d : p->warnings) std::cerr << d.ToString() << "\n";
  if (!st.ok()) {
    std::cerr << st.message() << "\n";
    return ExitCodeFor(st);
  }
  return -1;
}

// Takes the project lock (base/project_lock.h) for a command that writes
// locales/, the memory or outputs/, before it reads anything of the project,
// then removes the temporary files a killed run may have left (only safe
// under the lock). Returns -1 to go on, or an exit code. Without a folio.ini
// there is nothing to protect: LoadProject says what is wrong.
int LockProject(const std::string& dir, const std::string& name, folio::ProjectLock* lock) {
  if (!folio::FileExists(folio::JoinPath(dir, "folio.ini"))) return -1;
  folio::Status st = lock->Acquire(dir, folio::LockTimeoutMs(), [&](long holder) {
    std::cerr << "folio " << name << ": waiting for " << folio::ProjectLock::PathFor(dir) << ": another folio command"
              << (holder > 0 ? " (pid " + std::to_string(holder) + ")" : std::string()) << " is writing this project\n";
  });
  if (!st.ok()) {
    std::cerr << st.message() << "\n";
    return ExitCodeFor(st);
  }
  std::vector<std::string> removed;
  for (const char* sub : {"locales", "outputs", "memory"}) {
    st = folio::RemoveStaleTempFiles(folio::JoinPath(dir, sub), true, &removed);
    if (st.ok()) continue;
    std::cerr << st.message() << "\n";
    return ExitCodeFor(st);
  }
  st = folio::RemoveStaleTempFiles(dir, false, &removed);  // folio.ini's
  if (!st.ok()) {
    std::cerr << st.message() << "\n";
    return ExitCodeFor(st);
  }
  for (const std::string& path : removed)
    std::cerr << "folio " << name << ": removed " << path << ", left by an interrupted run\n";
  return -1;
}

int RunExtract(const std::string& dir, const std::vector<std::string>& args) {
  po::options_description opts(
      "Writes locales/<tag>/<article>.xlf for every target locale. Translations already\n"
      "in those files are kept; translations of removed sentences go to <article>.retired.xlf.\n"
      "Options");
  opts.add_options()("locale", po::value<std::vector<std::string>>(),
                     "only this locale (repeatable); a locale not yet in "
                     "folio.ini is added to it")(
      "xliff", po::value<std::string>(),
      "XLIFF version to write: 2.1 (default for new files) or 1.2 "
      "(older CAT tools: OmegaT, Trados 2009); default: keep each file's version")(
      "jobs,j", po::value<int>(),
      "articles to work on at once (threads); default: FOLIO_JOBS, else the "
      "number of cores. The files written are the same whatever the number");
  po::variables_map vm;
  if (int rc = ParseCommand("extract", "[--locale TAG]... [--xliff 2.1|1.2] [-j N]", opts, {}, args, &vm); rc >= 0)
    return rc;
  if (int rc = CheckJobs("extract", vm); rc >= 0) return rc;
  std::string version = vm.count("xliff") ? vm["xliff"].as<std::string>() : "";
  if (!version.empty() && version != "2.1" && version != "1.2") {
    std::cerr << "folio extract: --xliff " << version << ": folio writes XLIFF 2.1 or 1.2\n";
    return kUsage;
  }
  folio::ProjectLock lock;
  if (int rc = LockProject(dir, "extract", &lock); rc >= 0) return rc;
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  folio::app::ExtractOptions options;
  if (vm.count("locale")) options.locales = vm["locale"].as<std::vector<std::string>>();
  options.xliff_version = version;
  if (vm.count("jobs")) options.jobs = vm["jobs"].as<int>();
  for (const std::string& tag : options.locales) {
    folio::Status st = folio::app::AddTargetLocale(project, tag);
    if (!st.ok()) return Finish(st, {});
  }
  if (!options.locales.empty() && LoadProjectOrFail(dir, &project) >= 0) return kRejected;
  folio::app::Report report;
  return Finish(folio::app::Extract(project, options, &report), report);
}

int RunImport(const std::string& dir, const std::vector<std::string>& args, bool validate_only) {
  const char* name = validate_only ? "validate" : "import";
  po::options_description opts(validate_only
                                   ? "Checks returned XLIFF files as import would, without importing.\n"
                                     "With --xliff-only, checks that any XLIFF 2.x files conform to XLIFF 2.1\n"
                                     "(well-formed XML, the schema rules folio checks itself, the rules of the\n"
                                     "core and modules a schema cannot express) with no project needed: exit 0\n"
                                     "when all are valid, 1 when one is not (each problem file:line:col: ...),\n"
                                     "3 when a file cannot be read.\nOptions"
                                   : "Checks returned XLIFF files against the project and merges their\n"
                                     "translations into locales/. If any unit of any file fails a check,\n"
                                     "nothing changes (exit 1) -- unless --accept-valid.\nOptions");
  opts.add_options()("accept-valid",
                     "merge the units that pass and refuse the others, each listed with its "
                     "file:line:col error (exit 4 when any unit or file was refused; exit 1, nothing "
                     "merged, when every file was refused)")(
      "overwrite-reviewed",
      "take the file's state for reviewed and final segments whose text it returns "
      "unchanged (by default they keep their state; a changed text is always taken)")(
      "format", po::value<std::string>()->default_value("text"),
      "text or json (what was merged, kept, "
      "revised and refused, and the QA findings)")("files", po::value<std::vector<std::string>>(), "XLIFF files");
  if (validate_only)
    opts.add_options()("xliff-only", "check XLIFF 2.x conformance only, against no project (-C is ignored)")(
        "extra-prefixes", po::value<std::string>(),
        "with --xliff-only: a .properties file of namespace=prefix lines registering the fragment-identifier "
        "prefixes of extensions (as the OASIS test suite's extra-prefixes.properties)");
  po::positional_options_description pos;
  pos.add("files", -1);
  po::variables_map vm;
  const char* synopsis =
      validate_only ? "[--accept-valid | --xliff-only [--extra-prefixes FILE]] [--format text|json] FILE.xlf..."
                    : "[--accept-valid] [--overwrite-reviewed] [--format text|json] FILE.xlf...";
  if (int rc = ParseCommand(name, synopsis, opts, pos, args, &vm); rc >= 0) return rc;
  std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    std::cerr << "folio " << name << ": --format must be text or json\n";
    return kUsage;
  }
  if (!vm.count("files")) {
    std::cerr << "folio " << name << ": give at least one FILE.xlf (the translated XLIFF files)\nusage: folio " << name
              << " " << synopsis << "\n";
    return kUsage;
  }
  if (vm.count("extra-prefixes") && !vm.count("xliff-only")) {
    std::cerr << "folio validate: --extra-prefixes applies only with --xliff-only\n";
    return kUsage;
  }
  if (vm.count("xliff-only")) {
    if (vm.count("accept-valid")) {
      std::cerr << "folio validate: --xliff-only checks files against no project; --accept-valid does not apply\n";
      return kUsage;
    }
    folio::xliff::Xliff2ValidationOptions options;
    if (vm.count("extra-prefixes")) {
      std::string properties;
      folio::Status st = folio::ReadFile(vm["extra-prefixes"].as<std::string>(), &properties);
      if (!st.ok()) return Finish(st, {});
      folio::xliff::ParseExtraPrefixes(properties, &options);
    }
    folio::app::Report report;
    return Finish(folio::app::ValidateXliffOnly(vm["files"].as<std::vector<std::string>>(), options, &report), report);
  }
  folio::ProjectLock lock;  // validate writes nothing
  if (int rc = validate_only ? -1 : LockProject(dir, name, &lock); rc >= 0) return rc;
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  folio::app::ImportOptions options;
  options.files = vm["files"].as<std::vector<std::string>>();
  options.dry_run = validate_only;
  options.accept_valid = vm.count("accept-valid") > 0;
  options.overwrite_reviewed = vm.count("overwrite-reviewed") > 0;
  folio::app::Report report;
  folio::Status st = folio::app::Import(project, options, &report);
  if (format == "json" && st.ok()) {
    std::cout << folio::app::FormatImportJson(report, validate_only);
    if (report.refused.empty()) return kOk;
    for (const std::string& line : report.refused) std::cerr << line << "\n";
    return kPartlyRefused;
  }
  int rc = Finish(st, report);
  if (rc != kOk || report.refused.empty()) return rc;
  for (const std::string& line : report.refused) std::cerr << line << "\n";
  std::cerr << "folio " << name << " --accept-valid: the units and files listed above were refused; "
            << (validate_only ? "the others are valid" : "the others were merged") << "\n";
  return kPartlyRefused;
}

int RunBuild(const std::string& dir, const std::vector<std::string>& args) {
  po::options_description opts(
      "Writes outputs/<tag>/<article>.xhtml and .txt for the source locale and every\n"
      "target locale. Dates come from SOURCE_DATE_EPOCH or the article metadata.\nOptions");
  opts.add_options()("jobs,j", po::value<int>(),
                     "articles to work on at once (threads); default: FOLIO_JOBS, else the number of cores. The files "
                     "written are the same whatever the number");
  po::variables_map vm;
  if (int rc = ParseCommand("build", "[-j N]", opts, {}, args, &vm); rc >= 0) return rc;
  if (int rc = CheckJobs("build", vm); rc >= 0) return rc;
  folio::ProjectLock lock;
  if (int rc = LockProject(dir, "build", &lock); rc >= 0) return rc;
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  folio::app::Report report;
  return Finish(folio::app::Build(project, &report, vm.count("jobs") ? vm["jobs"].as<int>() : 0), report);
}

int RunQa(const std::string& dir, const std::vector<std::string>& args) {
  po::options_description opts(
      "Runs the QA checks (one function per check, stable codes: qa.numbers, qa.typography...)\n"
      "on the stored translations of every target locale, or on returned XLIFF files.\n"
      "Exits 1 with --strict when a finding has severity error.\nOptions");
  opts.add_options()("locale", po::value<std::vector<std::string>>(), "only this locale (repeatable)")(
      "format", po::value<std::string>()->default_value("text"), "text or json")(
      "strict", "exit 1 when any finding is an error")("files", po::value<std::vector<std::string>>(),
                                                       "returned XLIFF files to check");
  po::positional_options_description pos;
  pos.add("files", -1);
  po::variables_map vm;
  if (int rc =
          ParseCommand("qa", "[--locale TAG]... [--format text|json] [--strict] [FILE.xlf...]", opts, pos, args, &vm);
      rc >= 0)
    return rc;
  std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    std::cerr << "folio qa: --format must be text or json\n";
    return kUsage;
  }
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  folio::app::QaOptions options;
  if (vm.count("locale")) options.locales = vm["locale"].as<std::vector<std::string>>();
  if (vm.count("files")) options.files = vm["files"].as<std::vector<std::string>>();
  folio::app::Report report;
  folio::Status st = folio::app::Qa(project, options, &report);
  if (!st.ok()) return Finish(st, report);
  int errors = 0;
  for (const folio::Diagnostic& d : report.diagnostics) errors += d.severity == folio::Severity::kError;
  if (format == "json") {
    std::cout << folio::app::FormatDiagnosticsJson(report.diagnostics);
  } else {
    for (const folio::Diagnostic& d : report.diagnostics) std::cout << d.ToString() << "\n";
    std::cout << report.diagnostics.size() << " findings, " << errors << " errors\n";
  }
  return vm.count("strict") && errors > 0 ? kRejected : kOk;
}

int RunStatus(const std::string& dir, const std::vector<std::string>& args) {
  po::options_description opts(
      "Shows, per target locale, what is translated, reviewed, final and left\n"
      "to do, with words and characters counted by each language's rules.\nOptions");
  opts.add_options()("format", po::value<std::string>()->default_value("text"), "text or json");
  po::variables_map vm;
  if (int rc = ParseCommand("status", "[--format text|json]", opts, {}, args, &vm); rc >= 0) return rc;
  if (vm["format"].as<std::string>() != "text" && vm["format"].as<std::string>() != "json") {
    std::cerr << "folio status: --format must be text or json\n";
    return kUsage;
  }
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  std::vector<folio::app::LocaleStatus> rows;
  folio::Status st = folio::app::GetStatus(project, &rows);
  if (!st.ok()) return Finish(st, {});
  std::cout << (vm["format"].as<std::string>() == "json" ? folio::app::FormatStatusJson(rows)
                                                         : folio::app::FormatStatusTable(rows));
  return kOk;
}

// Exit codes made for CI (documented in README): 0 clean, 1 findings at or
// above --fail-on (or a bad project file), 2 usage, 3 the audit itself could
// not run (no built edition, a validator required but missing).
int RunAudit(const std::string& dir, const std::vector<std::string>& args) {
  po::options_description opts(
      "Audits every edition for accessibility (WCAG 2.2 checks, each with a stable code and the\n"
      "unit id it concerns), compares each edition with the source edition, and writes\n"
      "outputs/<tag>/audit.json and outputs/audit.html. EPUBCheck and DAISY Ace, when installed,\n"
      "check each outputs/<tag>/<article>.epub; the report says which ran (and their versions)\n"
      "and which are not installed, and an EPUB's conformance claim must hold up against them.\n"
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error, 3 the audit could not\n"
      "run (no built edition: run folio build; a required validator missing).\nOptions");
  opts.add_options()("locale", po::value<std::vector<std::string>>(), "only this locale (repeatable)")(
      "fail-on", po::value<std::string>()->default_value("error"), "info, warning or error")(
      "validators", po::value<std::string>()->default_value("auto"),
      "auto: run EPUBCheck and Ace when installed; required: fail (exit 3) when one is missing; off")(
      "validator-reports", po::value<std::string>(),
      "folder with <tag>/epubcheck.json and <tag>/ace/report.json to fold in");
  po::variables_map vm;
  if (int rc = ParseCommand(
          "audit", "[--locale TAG]... [--fail-on SEVERITY] [--validators auto|off|required] [--validator-reports DIR]",
          opts, {}, args, &vm);
      rc >= 0)
    return rc;
  folio::app::AuditOptions options;
  if (!folio::ParseSeverity(vm["fail-on"].as<std::string>(), &options.fail_on)) {
    std::cerr << "folio audit: --fail-on must be info, warning or error\n";
    return kUsage;
  }
  std::string validators = vm["validators"].as<std::string>();
  if (validators == "auto") {
    options.validators = folio::app::ValidatorMode::kAuto;
  } else if (validators == "required") {
    options.validators = folio::app::ValidatorMode::kRequired;
  } else if (validators == "off") {
    options.validators = folio::app::ValidatorMode::kOff;
  } else {
    std::cerr << "folio audit: --validators must be auto, off or required\n";
    return kUsage;
  }
  if (vm.count("locale")) options.locales = vm["locale"].as<std::vector<std::string>>();
  if (vm.count("validator-reports")) options.validator_reports_dir = vm["validator-reports"].as<std::string>();
  folio::ProjectLock lock;  // audit writes outputs/
  if (int rc = LockProject(dir, "audit", &lock); rc >= 0) return rc;
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  std::vector<folio::audit::AuditResult> results;
  folio::app::Report report;
  folio::Status st = folio::app::Audit(project, options, &results, &report);
  if (!st.ok()) {
    Finish(st, report);
    return folio::audit::kAuditToolError;
  }
  Finish(st, report);
  return folio::audit::AuditExitCode(results, options.fail_on);
}

int RunAnalyze(const std::string& dir, const std::vector<std::string>& args) {
  po::options_description opts(
      "Counts, per target locale, the segments and words of the next handoff in the bands\n"
      "translators are paid by: context match (101%), exact (100%), repetitions, fuzzy\n"
      "95-99%, 85-94%, 75-84%, no match (each segment in the first band that applies),\n"
      "with a weighted word count from the [analysis] weights of folio.ini. Writes nothing.\nOptions");
  opts.add_options()("locale", po::value<std::vector<std::string>>(),
                     "only this locale (repeatable); default: every target "
                     "locale except the pseudo-locales")("format", po::value<std::string>()->default_value("text"),
                                                         "text or json");
  po::variables_map vm;
  if (int rc = ParseCommand("analyze", "[--locale TAG]... [--format text|json]", opts, {}, args, &vm); rc >= 0)
    return rc;
  std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    std::cerr << "folio analyze: --format must be text or json\n";
    return kUsage;
  }
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  folio::app::AnalyzeOptions options;
  if (vm.count("locale")) options.locales = vm["locale"].as<std::vector<std::string>>();
  std::vector<folio::app::LocaleAnalysis> rows;
  folio::app::Report report;
  folio::Status st = folio::app::Analyze(project, options, &rows, &report);
  if (!st.ok()) return Finish(st, report);
  std::cout << (format == "json" ? folio::app::FormatAnalysisJson(rows, project.analysis_weights)
                                 : folio::app::FormatAnalysisTable(rows, project.analysis_weights));
  return Finish(st, report);
}

int RunTm(const std::string& dir, const std::vector<std::string>& args) {
  const char* synopsis =
      "import FILE.tmx|FILE.xlf... | export [--locale TAG] [--history] -o FILE.tmx | history [--locale TAG] "
      "SEGMENT-ID|SOURCE";
  if (args.empty() || (args[0] != "import" && args[0] != "export" && args[0] != "history")) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
      std::cout << "usage: folio tm " << synopsis << "\n";
      return kOk;
    }
    std::cerr << "folio tm: say import, export or history\nusage: folio tm " << synopsis << "\n";
    return kUsage;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  po::variables_map vm;
  if (args[0] == "import") {
    po::options_description opts(
        "Adds translations to the project's translation memory: TMX 1.4b from any tool (OmegaT,\n"
        "Trados, memoQ, folio) or the translated segments of an XLIFF file. Language tags are\n"
        "mapped onto the project's (EN-US -> en). All files are checked first; then every\n"
        "entry is stored in one transaction, or none is.\nOptions");
    opts.add_options()("files", po::value<std::vector<std::string>>()->required(), "TMX or XLIFF files");
    po::positional_options_description pos;
    pos.add("files", -1);
    if (int rc = ParseCommand("tm import", "FILE.tmx|FILE.xlf...", opts, pos, rest, &vm); rc >= 0) return rc;
    folio::ProjectLock lock;
    if (int rc = LockProject(dir, "tm import", &lock); rc >= 0) return rc;
    folio::app::Project project;
    if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
    folio::app::Report report;
    return Finish(folio::app::TmImport(project, vm["files"].as<std::vector<std::string>>(), &report), report);
  }
  if (args[0] == "history") {
    po::options_description opts(
        "Lists every version the translation memory holds of one segment, oldest first, with\n"
        "its date, origin (the file it came from) and target. SEGMENT-ID is a folio segment id\n"
        "(s-...), or give the source sentence itself.\nOptions");
    opts.add_options()("locale", po::value<std::string>(), "target locale (default: every target locale)")(
        "key", po::value<std::string>()->required(), "segment id or source sentence");
    po::positional_options_description pos;
    pos.add("key", 1);
    if (int rc = ParseCommand("tm history", "[--locale TAG] SEGMENT-ID|SOURCE", opts, pos, rest, &vm); rc >= 0)
      return rc;
    folio::app::Project project;
    if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
    folio::app::Report report;
    std::string tag = vm.count("locale") ? vm["locale"].as<std::string>() : "";
    return Finish(folio::app::TmHistory(project, tag, vm["key"].as<std::string>(), &report), report);
  }
  po::options_description opts(
      "Writes the translation memory's entries for source-locale -> TAG (every pair if no\n"
      "--locale) as TMX 1.4b, inline codes as <bpt>/<ept>/<ph>, context as props.\nOptions");
  opts.add_options()("locale", po::value<std::string>(), "target locale (one the project has)")(
      "history",
      "also write each entry's earlier translations, oldest first, each a <tu> with its own "
      "changedate (tm import of the file rebuilds the history)")("output,o", po::value<std::string>()->required(),
                                                                 "the TMX file to write");
  if (int rc = ParseCommand("tm export", "[--locale TAG] [--history] -o FILE.tmx", opts, {}, rest, &vm); rc >= 0)
    return rc;
  folio::app::Project project;
  if (int rc = LoadProjectOrFail(dir, &project); rc >= 0) return rc;
  folio::app::Report report;
  std::string tag = vm.count("locale") ? vm["locale"].as<std::string>() : "";
  return Finish(folio::app::TmExport(project, tag, vm["output"].as<std::string>(), &report, vm.count("history") > 0),
                report);
}

}  // namespace

int main(int argc, char** argv) {
  // folio never shows local time, and its outputs must not depend on the
  // machine's time zone: libzip turns the EPUB entries' DOS times into a
  // time_t and back through mktime/localtime, which in a zone with summer
  // time can move an hour that does not exist locally. In UTC the round
  // trip is exact. Set before any thread starts (setenv is not thread-safe;
  // with TZ set, glibc also stops re-reading /etc/localtime on every call).
  setenv("TZ", "UTC", 1);
  tzset();
  // A file size limit (ulimit -f) must be a write error folio reports,
  // naming the file, not SIGXFSZ killing it halfway through.
  signal(SIGXFSZ, SIG_IGN);
  // A batch tool that builds a large document per article and frees it:
  // keep freed memory for the next article instead of unmapping it and
  // taking page faults again (about a quarter of extract's page faults).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string dir = ".";
  size_t i = 0;
  while (i < args.size() && !args[i].empty() && args[i][0] == '-') {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << kUsageText;
      return kOk;
    }
    if (a == "--version") {
      std::cout << "folio 0.1.0\n";
      return kOk;
    }
    if (a == "-C" && i + 1 < args.size()) {
      dir = args[i + 1];
      i += 2;
      continue;
    }
    if (a.rfind("-C", 0) == 0 && a.size() > 2) {
      dir = a.substr(2);
      ++i;
      continue;
    }
    std::cerr << "folio: unknown option " << a << "\n" << kUsageText;
    return kUsage;
  }
  if (i == args.size()) {
    std::cerr << kUsageText;
    return kUsage;
  }
  std::string command = args[i];
  std::vector<std::string> rest(args.begin() + static_cast<long>(i) + 1, args.end());
  if (command == "extract") return RunExtract(dir, rest);
  if (command == "import") return RunImport(dir, rest, false);
  if (command == "validate") return RunImport(dir, rest, true);
  if (command == "build") return RunBuild(dir, rest);
  if (command == "qa") return RunQa(dir, rest);
  if (command == "status") return RunStatus(dir, rest);
  if (command == "audit") return RunAudit(dir, rest);
  if (command == "analyze") return RunAnalyze(dir, rest);
  if (command == "tm") return RunTm(dir, rest);
  if (command == "help") {
    std::cout << kUsageText;
    return kOk;
  }
  std::cerr << "folio: unknown command \"" << command << "\"\n" << kUsageText;
  return kUsage;
}
