// Accessibility checks of one rendered edition, QA style: each check is one
// function with one stable code, one severity, the WCAG 2.2 success
// criterion it serves and a sentence saying what it catches. Findings name
// the unit (or segment) id they concern, so they trace back to the XLIFF.
#ifndef FOLIO_AUDIT_CHECKS_H_
#define FOLIO_AUDIT_CHECKS_H_

#include <pugixml.hpp>

#include <string>
#include <vector>

#include "audit/report.h"
#include "base/locale_info.h"
#include "base/status.h"
#include "doc/document.h"

namespace folio::audit {

struct AuditInput {
  const doc::Document* doc = nullptr;  // the localized document (may be null: text checks are skipped)
  std::string xhtml;                   // the rendered content document (render::WriteXhtml)
  std::string css;                     // the stylesheet; may be empty
  std::string locale;                  // the edition's BCP 47 tag: "fr", "qps-plocm"
};

// What a check sees: the input, the parsed XHTML and facts about the locale.
struct AuditContext {
  const AuditInput* input = nullptr;
  pugi::xml_document dom;
  LocaleInfo locale;
  std::string html_lang;  // the lang <html> must carry: "fr", "en-x-plocm" for qps-plocm
};

// Appends findings to *out; may set a note (why the check passed without
// looking) in *note.
using AuditCheckFn = void (*)(const AuditContext& ctx, std::vector<Finding>* out, std::string* note);

struct AuditCheck {
  const char* code;  // "a11y.lang-declared"
  Severity severity;
  const char* wcag;         // "3.1.1"
  const char* description;  // what it catches, one sentence
  AuditCheckFn fn;
};

// Every check, in the order they run (and the rows of the HTML report).
const std::vector<AuditCheck>& AuditChecks();

// Parses input.xhtml (its DOCTYPE is never read, let alone resolved) and runs
// every check. *out gets locale, findings, passed checks, notes, html_lang and
// h2_ids. Returns an error "<locale>.xhtml:line:col: ..." when the XHTML is
// not well-formed, leaving *out unchanged.
Status RunAudit(const AuditInput& input, AuditResult* out);

// Readability (3.1.5). Syllables are counted as groups of vowels (accented
// Latin vowels and y included), at least one per word.
int CountSyllables(const std::string& word);
// The established reading-ease formula of `language` ("en": Flesch, "fr":
// Kandel-Moles, "de": Amstad, "es": Fernández Huerta; all on a 0-100 scale,
// higher is easier). Returns false when the language has none.
bool ReadingEase(const std::string& language, int sentences, int words, int syllables, double* score);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_CHECKS_H_
