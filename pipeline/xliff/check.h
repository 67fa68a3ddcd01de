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
Status CheckAgainstSource(const XliffFile& file, const doc::Document& source,
                          const std::string& expected_trg_lang);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_CHECK_H_
