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
//
// Exactly: the hashed string is "<BlockKindName>:<text>" for a unit
// ("paragraph:One sentence. Another one.") and "<text>" for a segment, where
// text is the plain text (inline codes left out; a unit's is its sentences
// joined with their space_after), with every run of whitespace (ASCII,
// no-break and other Unicode spaces) folded to one space and none at either
// end. The id carries the low 32 bits of Fnv1a64 as 8 lower-case hex digits.
// Segment ids are numbered across the whole document, so they are unique in
// it; all ids are XML NCNames. Translators' files are keyed on these ids:
// never change the scheme.
#ifndef FOLIO_SEGMENT_UNIT_IDS_H_
#define FOLIO_SEGMENT_UNIT_IDS_H_

#include "doc/document.h"

namespace folio::segment {

// Sets Block::id on every unit and Segment::id on every segment.
void AssignIds(doc::Document* doc);

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_UNIT_IDS_H_
