// XLIFF 1.2 writer, for CAT tools that do not read XLIFF 2 (OmegaT 3.x,
// Trados Studio 2009, memoQ 4 and older). Valid against the OASIS 1.2
// *strict* schema (so also transitional). Same content as WriteXliff2
// (xliff2_writer.h): one group per unit, one trans-unit per sentence, the same
// context notes and word counts. Deterministic: same document, same bytes.
//
// The shape:
//   <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
//     <file original source-language [target-language] datatype="plaintext"
//           tool-id="folio">
//       <header>
//         <tool tool-id="folio" tool-name="folio"/>
//         <count-group name="file">  total word count
//       <body>
//         <group id=<unit id> restype=...>
//           <count-group name=<unit id>>
//             <count count-type="total" unit="word">N</count>
//           <note from="folio">   what the unit is; list lead-in; term codes
//           <trans-unit id=<segment id> xml:space="preserve" [approved="yes"]>
//             <source/>
//             <target state=.../>
// - Word counts: strict 1.2 has no word-count attribute and count-type has no
//   value "word" (it takes restype/state/datatype values, total, repetition,
//   num-usages or x-...), so a count is count-type="total" unit="word".
//   count-group names must be unique in the <file> (a schema key): the unit
//   id for a unit, "file" for the total.
// - restype: the standard values where 1.2 has one ("heading", "listitem"),
//   otherwise "x-folio-<block kind>" ("x-folio-title", "x-folio-description",
//   "x-folio-paragraph").
// - Every trans-unit has a <target>. OmegaT 3.6's XLIFF filter writes its
//   translation into <target> and, for a segment left untranslated, writes
//   a copy of the source there (see samples/generated-here/
//   article-1.2.omegat-raw.xlf); older OmegaT and some Okapi-based set-ups
//   translate *only* what is in <target>. So a segment without a target in
//   the document gets <target state="new"> holding a copy of its source (the
//   Okapi/Rainbow "copy source to target" convention); ReadXliff treats a
//   target equal to its source whose state is "new" or "needs-translation"
//   as untranslated (as the Okapi OmegaT plugin does).
// - States: no target -> the source copy with state="new"; a target in
//   state initial -> "needs-translation"; translated -> "translated";
//   reviewed -> "signed-off" + approved="yes"; final -> "final" +
//   approved="yes". Document targets are written only when
//   doc.target_language is set; otherwise every target is a source copy.
// - Whitespace: every trans-unit says xml:space="preserve" (Okapi and others
//   unwrap whitespace otherwise). The space between sentences
//   (Segment::space_after) is NOT carried: XLIFF 1.2 has no <ignorable>, and
//   as with Okapi's skeleton, folio rebuilds it from its own source document
//   when it merges targets. Tools see only the sentences.
// - translate="no": folio's model has no untranslatable unit (titles and
//   descriptions are translated too), so none is written today.
// - Inline codes (1.2 has no canDelete: it is not carried; the merge takes
//   code attributes from the source document anyway): a properly nested
//   kOpen/kClose pair -> <g id ctype>; a pair that overlaps another ->
//   <bx id rid ctype/> ... <ex id rid/>; a lone kOpen -> <bx id ctype/>; a
//   lone kClose -> <ex id/> (its type is lost: <ex> has no ctype);
//   kPlaceholder -> <x id ctype/>. ctype as in xliff12_names.h (a term is
//   ctype="x-folio-term").
// - Characters XML 1.0 cannot carry (C0 controls) become U+FFFD (1.2 has no
//   <cp>); CR -> &#13;.
// Preconditions as for WriteXliff2: ids assigned, code ids unique within a
// unit. Units without segments are left out.
#ifndef FOLIO_XLIFF_XLIFF12_WRITER_H_
#define FOLIO_XLIFF_XLIFF12_WRITER_H_

#include <string>

#include "doc/document.h"
#include "xliff/xliff2_writer.h"  // WriteOptions (the writers share it)

namespace folio::xliff {

// Writes `doc` (its source_language -> target_language) as XLIFF 1.2.
std::string WriteXliff12(const doc::Document& doc, const WriteOptions& options);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF12_WRITER_H_
