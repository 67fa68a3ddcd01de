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
  int applied = 0;  // segments that received a target
  int by_text = 0;  // ... of which were found by source text, not id
};

// For every segment of *doc with no target, takes the target of the segment
// with the same id in `file` when its source text is the same; failing
// that, of a segment whose source text is identical (a sentence that moved
// or whose id gained an occurrence suffix). Never replaces an existing
// target unless `overwrite`. A target whose state is "initial" becomes
// "translated" when `promote_initial` (a translator returned it), and keeps
// its state and subState otherwise (extract: a pre-fill not yet reviewed).
MergeStats ApplyTargets(const xliff::XliffFile& file, bool overwrite, doc::Document* doc, bool promote_initial = true);

// A reviewed or final segment of locales/ that an import met.
struct KeptSegment {
  std::string segment_id;
  doc::State stored = doc::State::kReviewed;      // its state in locales/
  doc::State returned = doc::State::kTranslated;  // the state the returned file gave it
};

// What MergeWithStored did to reviewed and final work.
struct StoredWork {
  // The file returned the stored text with a lower state: the stored state
  // was kept (nothing changed).
  std::vector<KeptSegment> kept;
  // The file changed the text: a revision, its state is the file's.
  std::vector<KeptSegment> revised;
  // --overwrite-reviewed: the file's lower state was taken for the same text.
  std::vector<KeptSegment> lowered;
};

// Merges the work already stored (`stored`: the same source document with
// the stored targets applied) into *merged (that document with the returned
// targets applied). A segment the returned file left without a target takes
// the stored one. A segment both have:
//  - same target text: the higher of the two states (a state never goes
//    down by accident), unless `overwrite_reviewed`, then the file's;
//  - another target text: the file's target and state (a revision); a
//    reviewed or final segment revised is listed in `revised`.
StoredWork MergeWithStored(const doc::Document& stored, bool overwrite_reviewed, doc::Document* merged);

// Segments of `file` that have a target but whose id and source text are
// both gone from `doc`: translations that a plain rewrite would lose.
std::vector<xliff::XSegment> OrphanedTargets(const xliff::XliffFile& file, const doc::Document& doc);

// The QA findings (qa/checks.h) about the segments `returned` translates,
// its targets applied to `source` (checked against it already); findings are
// located in `file`. Defined in qa.cc.
Diagnostics QaOfReturned(const doc::Document& source, const xliff::XliffFile& returned, const std::string& file);

}  // namespace folio::app

#endif  // FOLIO_APP_MERGE_H_
