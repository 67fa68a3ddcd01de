// QA checks on translations, Translate Toolkit style: each check is one
// function with one stable code, one severity and a sentence saying what it
// catches. Findings name the segment id, so they trace back to the XLIFF.
#ifndef FOLIO_QA_CHECKS_H_
#define FOLIO_QA_CHECKS_H_

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/locale_info.h"
#include "doc/document.h"

namespace folio::qa {

// One translated segment as the checks see it.
struct Pair {
  std::string segment_id;
  const doc::Fragment* source = nullptr;
  const doc::Fragment* target = nullptr;  // never null when a check runs
  SourceLocation where;                   // the XLIFF file, when known
};

struct CheckContext {
  LocaleInfo source;
  LocaleInfo target;
};

class Emitter;

// Reports findings about one pair through `emit`, which gives them the code
// and severity of the check's row in SegmentChecks(): a check never names
// its own code or severity, so the table is the one place that says them.
using SegmentCheckFn = void (*)(const Pair& pair, const CheckContext& ctx, const Emitter& emit);

struct SegmentCheck {
  const char* code;  // "qa.numbers"
  Severity severity;
  const char* description;  // what it catches, one sentence
  SegmentCheckFn fn;
};

// Findings RunChecks makes about the document rather than one pair's
// content (untranslated, inconsistent, translators' comments).
struct DocumentFinding {
  const char* code;
  Severity severity;
  const char* description;
};
const std::vector<DocumentFinding>& DocumentFindings();

// Appends Diagnostics with one row's code and severity to `out`.
class Emitter {
 public:
  Emitter(const SegmentCheck& check, Diagnostics* out) : code_(check.code), severity_(check.severity), out_(out) {}
  Emitter(const DocumentFinding& f, Diagnostics* out) : code_(f.code), severity_(f.severity), out_(out) {}
  // A finding about `pair` (located at pair.where, unit pair.segment_id).
  void operator()(const Pair& pair, const std::string& message) const;

 private:
  const char* code_;
  Severity severity_;
  Diagnostics* out_;
};

// Every per-segment check, in the order they run.
const std::vector<SegmentCheck>& SegmentChecks();

// Runs every check over the translated segments of `localized` (a document
// whose target_language is set). Untranslated segments get one
// "qa.untranslated" finding each; consistency checks compare segments
// across the document. `xliff_path` is used as the location of findings.
Diagnostics RunChecks(const doc::Document& localized, const std::string& xliff_path);

}  // namespace folio::qa

#endif  // FOLIO_QA_CHECKS_H_
