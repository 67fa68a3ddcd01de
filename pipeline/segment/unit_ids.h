// Stable ids for units and segments.
//
// An id is derived from the content it names, not from its position, so
// editing, inserting or deleting one block leaves every other id unchanged:
//   unit id    = <kind prefix>-<8 hex of FNV-1a(kind + normalized text)>
//   segment id = s-<8 hex of FNV-1a(normalized sentence text)>
// Prefixes: t (title), d (description), h (heading), p (paragraph),
// li (list item). Normalization folds whitespace runs to one space. When the
// same text occurs more than once, later occurrences get "-2", "-3", ...
// in document order.
#ifndef FOLIO_SEGMENT_UNIT_IDS_H_
#define FOLIO_SEGMENT_UNIT_IDS_H_

#include "doc/document.h"

namespace folio::segment {

// Sets Block::id on every unit and Segment::id on every segment.
void AssignIds(doc::Document* doc);

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_UNIT_IDS_H_
