// XLIFF 2.1 writer (the handoff). Valid against the OASIS 2.1 core and
// module schemas. One <unit> per unit block, one <segment> per sentence,
// inter-sentence whitespace as <ignorable>, term spans as <pc canDelete="no">,
// context <note>s for translators, word counts in the metadata module
// (<mda:metadata>). Deterministic: same document, same bytes.
//
// The shape, for tools and for the reader:
//   <xliff version="2.1" srcLang trgLang>   (xmlns:mda declared here)
//     <file id="f1" original canResegment="no" [trgDir="rtl"]>
//       <mda:metadata>    total word count (module elements come first in
//                         <file> and <unit>, before <notes>, per the schema)
//       <unit id type="folio:<block kind>" xml:space="preserve">
//         <mda:metadata>  word count of the unit (sum of Segment::words)
//         <notes>         what the unit is; list lead-in; term codes
//         <segment id [state]><source/>[<target/>]</segment>
//         <ignorable><source> </source></ignorable>   Segment::space_after
// - xml:space: XLIFF's default is "default", which lets tools collapse or drop
//   whitespace (a <source> holding one space can come back empty), so every
//   unit says "preserve". Indentation is written only between structural
//   elements, never inside <source>/<target>.
// - canResegment="no": folio matches translations by segment id, so tools
//   must not split or join segments.
// - Inline codes: a properly nested kOpen/kClose pair -> <pc>; a pair that
//   overlaps another -> <sc>/<ec startRef>; a lone half -> isolated
//   <sc>/<ec>; kPlaceholder -> <ph/>. Types as in xliff2_names.h. Characters
//   XML cannot carry (C0 controls) -> <cp hex="..."/>, CR -> &#13;.
// - Targets and states are written only when doc.target_language is set
//   (XLIFF requires trgLang whenever a <target> exists); a state other than
//   "initial" only on a segment that has a target (ditto).
// Preconditions: ids assigned (segment::SegmentDocument); code ids unique
// within a unit, as XLIFF requires. Units without segments are left out; a
// document with no unit at all gives a <file> without units, which the
// schema rejects (there is nothing to hand off).
#ifndef FOLIO_XLIFF_XLIFF2_WRITER_H_
#define FOLIO_XLIFF_XLIFF2_WRITER_H_

#include <string>

#include "doc/document.h"

namespace folio::xliff {

struct WriteOptions {
  std::string original;  // <file original="...">: the article's file name
};

// Writes `doc` (its source_language -> target_language) as XLIFF 2.1.
// Targets present in the document are written with their state.
std::string WriteXliff2(const doc::Document& doc, const WriteOptions& options);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF2_WRITER_H_
