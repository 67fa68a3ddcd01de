// The folio commands as library calls, testable without a shell. Each
// returns a Status (the command failed: nothing was changed) and fills a
// Report (what was done, warnings). Printing and exit codes are main.cc's.
#ifndef FOLIO_APP_COMMANDS_H_
#define FOLIO_APP_COMMANDS_H_

#include <string>
#include <vector>

#include "app/config.h"
#include "base/diagnostic.h"
#include "base/status.h"

namespace folio::app {

// What an import did with one reviewed or final segment of locales/ that a
// returned file also translates (app/merge.h, MergeWithStored).
struct StateDecision {
  std::string file;  // the returned file
  std::string locale;
  std::string segment_id;
  std::string stored;    // its state in locales/: "reviewed", "final"
  std::string returned;  // the state the file gave it
  std::string action;    // "kept" (same text: stored state kept), "revised" (new text:
                         // the file's state), "lowered" (--overwrite-reviewed)
};

struct Report {
  std::vector<std::string> lines;  // one line per thing done, for stdout
  Diagnostics diagnostics;         // warnings, and errors the returned Status does not carry
                                   // (a failed file commit hidden by an article's error)
  // What an import with accept_valid left out although the command succeeded:
  // "path:line:col: ..." lines, each refused unit's problems then one line
  // naming the unit; for a file refused whole, its errors then one line.
  std::vector<std::string> refused;
  // import/validate: every reviewed or final segment a returned file met.
  std::vector<StateDecision> states;
};

struct ExtractOptions {
  std::vector<std::string> locales;  // empty: every target locale
  // "2.1" or "1.2" (for older CAT tools); empty: keep the version of the
  // existing file, 2.1 for a new one.
  std::string xliff_version;
  int jobs = 0;  // threads for articles; 0: FOLIO_JOBS or the number of cores
};

// Writes locales/<tag>/<article>.xlf for every target locale (or those in
// options.locales). Targets already in an existing file are kept; targets
// whose source sentence is gone are kept in <article>.retired.xlf. Pseudo
// locales are filled by folio. Unchanged files are not rewritten. An existing
// file that cannot be read is never overwritten; the error says why. Articles run on options.jobs threads; the
// files and the report are the same whatever the number.
Status Extract(const Project& project, const ExtractOptions& options, Report* report);

struct ImportOptions {
  std::vector<std::string> files;
  bool dry_run = false;  // validate only (folio validate)
  // Take what passes, refuse the rest (folio import --accept-valid): a unit
  // that fails a check is left out, a file that cannot be trusted at all
  // (not XLIFF, wrong language, another project) is left out; both are
  // listed in Report::refused.
  bool accept_valid = false;
  // A reviewed or final segment whose text the file returns unchanged keeps
  // its state unless this is set; then it takes the file's (lower) state.
  bool overwrite_reviewed = false;
};

// Reads each returned XLIFF file, checks it against the project (languages,
// ids, source text, inline codes) and merges its targets into locales/.
// All files are checked before anything is written. Without accept_valid,
// if one unit of one file fails, nothing in locales/ changes and the
// returned Status lists every problem. With accept_valid, the units and
// files that pass are merged, the others are listed in report->refused and
// the Status is OK -- unless every file was refused, then nothing changes
// and the Status lists every problem. Several files for the same locale
// are merged one after the other (a later file's targets win). Each locale
// file is replaced atomically. States never go down by accident: a
// reviewed or final segment keeps its state when the file returns its text
// unchanged (MergeWithStored); report->states lists what was kept, revised
// or (with overwrite_reviewed) lowered. A file given that does not exist is
// NotFound (nothing is read further).
// import/validate --format json: what was merged, the state decisions,
// refused units and the diagnostics.
std::string FormatImportJson(const Report& report, bool dry_run);
Status Import(const Project& project, const ImportOptions& options, Report* report);

// Writes outputs/<tag>/<article>.xhtml, .txt, .ssml and .epub for the source
// locale and every target locale. Untranslated segments fall back to the
// source and are counted in a "build.untranslated" warning. Each EPUB claims
// EPUB Accessibility 1.1 / WCAG 2.2 AA only when folio's own checks of that
// edition (CheckEdition and the regressions against the source edition) find
// no error (SetConformance); otherwise a "build.no-conformance-claim" warning
// says why.
// Articles are built on `jobs` threads (0: FOLIO_JOBS or the number of
// cores); the files and the report are the same whatever the number.
Status Build(const Project& project, Report* report, int jobs = 0);

struct QaOptions {
  std::vector<std::string> locales;  // empty: every target locale
  std::vector<std::string> files;    // check these returned files instead of locales/
};

// Runs the QA checks (qa/checks.h) on the stored translations of every
// target locale, or on the given returned files (which must pass the import
// checks first). Findings go to report->diagnostics.
Status Qa(const Project& project, const QaOptions& options, Report* report);

struct LocaleStatus {
  std::string locale;
  int segments = 0, initial = 0, translated = 0, reviewed = 0, final = 0;
  int source_words = 0, source_characters = 0;
  int target_words = 0, target_characters = 0;  // counted with the target language's rules
  int words_left = 0;                           // source words of untranslated segments
  int comments = 0;                             // translators' comments kept in locales/ (folio qa lists them)
};

// Per target locale: segment states and word/character counts.
Status GetStatus(const Project& project, std::vector<LocaleStatus>* out);

std::string FormatStatusTable(const std::vector<LocaleStatus>& rows);
std::string FormatStatusJson(const std::vector<LocaleStatus>& rows);
std::string FormatDiagnosticsJson(const Diagnostics& diagnostics);

}  // namespace folio::app

#endif  // FOLIO_APP_COMMANDS_H_
