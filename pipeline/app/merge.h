// Moving targets between XLIFF files and documents.
#ifndef FOLIO_APP_MERGE_H_
#define FOLIO_APP_MERGE_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "doc/document.h"
#include "xliff/xliff_file.h"

namespace folio::app {

struct MergeStats {
  int applied = 0;       // segments that received a target
  int by_text = 0;       // ... of which were found by source text, not id
};

// For every segment of *doc with no target, takes the target of the segment
// with the same id in `file` when its source text is the same; failing
// that, of a segment whose source text is identical (a sentence that moved
// or whose id gained an occurrence suffix). Never replaces an existing
// target unless `overwrite`. A target whose state is "initial" becomes
// "translated" when `promote_initial` (a translator returned it), and keeps
// its state and subState otherwise (extract: a pre-fill not yet reviewed).
MergeStats ApplyTargets(const xliff::XliffFile& file, bool overwrite, doc::Document* doc,
                        bool promote_initial = true);

// Segments of `file` that have a target but whose id and source text are
// both gone from `doc`: translations that a plain rewrite would lose.
std::vector<xliff::XSegment> OrphanedTargets(const xliff::XliffFile& file, const doc::Document& doc);

// The QA findings (qa/checks.h) about the segments `returned` translates,
// its targets applied to `source` (checked against it already); findings are
// located in `file`. Defined in qa.cc.
Diagnostics QaOfReturned(const doc::Document& source, const xliff::XliffFile& returned,
                         const std::string& file);

}  // namespace folio::app

#endif  // FOLIO_APP_MERGE_H_
