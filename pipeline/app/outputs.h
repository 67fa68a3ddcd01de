// Outputs by table (pandoc's Writers.hs): every file `folio build` writes
// for one edition of one article, in the order it writes them. Adding an
// output is adding its writer (render/, epub/ or a new stage) and one row in
// outputs.cc.
#ifndef FOLIO_APP_OUTPUTS_H_
#define FOLIO_APP_OUTPUTS_H_

#include <map>
#include <string>
#include <vector>

#include "app/config.h"
#include "audit/report.h"
#include "base/status.h"
#include "doc/document.h"
#include "render/speech_text.h"

namespace folio::app {

// One edition as its outputs see it. Build fills everything above
// `written`; each output adds its bytes to `written`, so a later output may
// package an earlier one (the EPUB holds the XHTML).
struct Edition {
  const Project* project = nullptr;
  const ArticleConfig* article = nullptr;
  std::string tag;                                     // the edition's locale
  bool is_source = false;                              // the source-language edition
  const doc::Document* doc = nullptr;                  // localized (or the source)
  const audit::AuditResult* own_checks = nullptr;      // folio's checks of this edition
  render::SpeechStrings speech_strings;                // locales/<tag>/speech.ini
  std::map<std::string, std::string> edition_strings;  // locales/<tag>/edition.ini
  std::map<std::string, std::string> written;          // extension ("xhtml") -> bytes
  int untranslated = 0;                                // set by the XHTML output
  // Set by the EPUB output: did it claim conformance, and if not why.
  bool conformance_verified = true;
  int conformance_problems = 0;
  std::string conformance_criteria;
};

struct Output {
  const char* extension;    // "xhtml": the file is outputs/<tag>/<article>.<extension>
  const char* description;  // one line, for --help and the README
  // Writes the output of `edition` into *bytes; may read edition->written.
  Status (*write)(Edition* edition, std::string* bytes);
};

// Every output, in the order build writes them (dependencies first).
const std::vector<Output>& Outputs();

}  // namespace folio::app

#endif  // FOLIO_APP_OUTPUTS_H_
