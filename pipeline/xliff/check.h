// Does a returned XLIFF file belong to this project? Checks it against the
// segmented source document before anything is merged.
#ifndef FOLIO_XLIFF_CHECK_H_
#define FOLIO_XLIFF_CHECK_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "doc/document.h"
#include "xliff/xliff_file.h"

namespace folio::xliff {

// Checks `file` against `source` (segmented, ids assigned) for target locale
// `expected_trg_lang`: srcLang and trgLang, every unit and segment id known
// and not duplicated, each segment's source text equal to the project's, and
// each target's inline codes matching the source's (same ids; codes that
// cannot be deleted present; pairs balanced). Returns OK or every problem
// found, one "path:line:col: ..." per line of the message.
//
// Details:
// - srcLang: the primary language subtags must match, case-insensitively
//   ("en-US" passes for "en"); the project's language is
//   source.source_language, or source.meta.language when that is empty.
//   trgLang must equal `expected_trg_lang` (case-insensitively).
// - A segment must be in the same unit as in the source. A segment without
//   an id (some tools drop them) stands for the source segment at the same
//   position, if the unit has as many segments as in the source.
// - Source texts are compared as text plus the sequence of codes (kind and
//   id); code types and canDelete in the file are not trusted, the source
//   document's are.
// - Targets may be missing (untranslated is not an error); a target may drop
//   codes that can be deleted, but not one half of a pair.
// True when two sources are the same for matching purposes: the same text
// and the same sequence of inline codes (kind and id); code attributes and
// how text is split into runs do not matter.
bool SameSource(const doc::Fragment& a, const doc::Fragment& b);

Status CheckAgainstSource(const XliffFile& file, const doc::Document& source, const std::string& expected_trg_lang);

// One problem CheckAgainstSource found, with the unit it concerns: `unit_id`
// is empty for a problem of the whole file (languages), else the id of the
// <unit> (2.x) / unit <group> or lone <trans-unit> (1.2) that holds it.
// `message` is "path:line:col: ...".
struct CheckProblem {
  std::string unit_id;
  std::string message;
};

// The same checks, every problem appended to *problems in file order, so
// that a caller can refuse single units (folio import --accept-valid).
void CheckAgainstSource(const XliffFile& file, const doc::Document& source, const std::string& expected_trg_lang,
                        std::vector<CheckProblem>* problems);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_CHECK_H_
