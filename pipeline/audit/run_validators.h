// Running EPUBCheck and DAISY Ace on a built EPUB from folio audit, when they
// are installed, and folding what they report into the audit (validators.h).
//
// Where they are looked for (the places ../shared/tools/install-validators
// puts them, then PATH):
//   EPUBCheck: java on PATH with /usr/share/java/epubcheck.jar (Debian's
//              epubcheck package), else an `epubcheck` command on PATH;
//   Ace:       $VALIDATORS_HOME/npm/node_modules/.bin/ace-cli (default
//              VALIDATORS_HOME: ${XDG_CACHE_HOME:-$HOME/.cache}/content-validators),
//              else `ace` or `ace-cli` on PATH; and a Chromium for it to
//              drive: $PUPPETEER_EXECUTABLE_PATH, else $CHROMIUM, else
//              chromium or chromium-browser on PATH, else /usr/bin/chromium.
#ifndef FOLIO_AUDIT_RUN_VALIDATORS_H_
#define FOLIO_AUDIT_RUN_VALIDATORS_H_

#include <string>
#include <vector>

#include "audit/report.h"
#include "base/status.h"

namespace folio::audit {

inline constexpr char kEpubCheckName[] = "EPUBCheck";
inline constexpr char kAceName[] = "DAISY Ace";

// The facts of the environment the search reads (tests set their own).
struct ValidatorSearch {
  std::string path;  // $PATH
  std::string epubcheck_jar = "/usr/share/java/epubcheck.jar";
  std::string validators_home;  // see above
  std::string chromium;         // $PUPPETEER_EXECUTABLE_PATH or $CHROMIUM; "" to search
  // The search of this process's environment.
  static ValidatorSearch FromEnvironment();
};

struct ValidatorTools {
  std::vector<std::string> epubcheck;  // the command to run it; empty: not installed
  std::string epubcheck_missing;       // then: what is missing and what to do
  std::vector<std::string> ace;
  std::string chromium;  // the browser Ace drives
  std::string ace_missing;
};

ValidatorTools FindValidatorTools(const ValidatorSearch& search);

// One ValidatorRun per validator (EPUBCheck, then Ace) with status "not
// installed" or `status` when installed, and no version: what a report says
// when the validators did not run ("off", "not run").
std::vector<ValidatorRun> ValidatorsNotRun(const ValidatorTools& tools, const std::string& status,
                                           const std::string& detail);

// Runs the installed validators on the EPUB at `epub_path`, each in a
// temporary directory removed afterwards, with English messages:
//   epubcheck EPUB --json OUT --locale en
//   ace -f -s -l en -o OUT EPUB   (PUPPETEER_EXECUTABLE_PATH=the Chromium,
//                                  its own XDG directories, no colours)
// *runs gets EPUBCheck then Ace: "ran" with the version their report states,
// or "not installed" with what to do. Their messages are appended to
// *findings (validators.h: codes epubcheck.<ID> and ace.<rule>, locations
// "<epub file name>/<path inside the EPUB>"), sorted (SortFindings), without
// any time, duration or temporary path, so that equal EPUBs give equal
// findings. Returns an error when an installed validator fails to leave a
// report (it could not run): its exit code and the end of its output.
Status RunValidators(const ValidatorTools& tools, const std::string& epub_path, std::vector<ValidatorRun>* runs,
                     std::vector<Finding>* findings);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_RUN_VALIDATORS_H_
