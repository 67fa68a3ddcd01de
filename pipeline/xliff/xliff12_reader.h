// Reads the body of an XLIFF 1.2 document; ReadXliff (xliff_reader.h) has
// already checked size, UTF-8, DTD and well-formedness and picked this
// reader from the root's namespace. The counterpart of xliff2_reader.h, for
// files from 1.2-only tools (OmegaT, Trados, memoQ, Okapi, Xcode, ...).
#ifndef FOLIO_XLIFF_XLIFF12_READER_H_
#define FOLIO_XLIFF_XLIFF12_READER_H_

#include <pugixml.hpp>

#include "base/status.h"
#include "xliff/xliff_file.h"
#include "xliff/xml_util.h"

namespace folio::xliff {

// Fills *out (path, version and where are already set) from `root`, an
// <xliff> element in the XLIFF 1.2 namespace. Tolerant like ReadXliff2: any
// prefix, attribute order and whitespace; elements and attributes of other
// namespaces (sdl:, mq:, okp:, iws:, ...) are skipped.
//
// Mapping:
// - src_lang / trg_lang / original: source-language, target-language and
//   original of the first <file>; when that <file> has no target-language,
//   the xml:lang of the first <target> in the file.
// - Units: a <group> that holds <trans-unit>s directly is one unit (unit id =
//   group id, where = the group); its nested groups are units of their own.
//   A <trans-unit> outside any group with an id -- directly in <body>, or in
//   a group without id -- is a unit of its own (unit id = trans-unit id).
//   <bin-unit>s are skipped.
// - Segments: one per <trans-unit> (id, where = the trans-unit), read from
//   its own <source> and first <target> (never from <alt-trans> or
//   <seg-source>: a trans-unit segmented with <mrk mtype="seg"> is one
//   segment whose text joins the marks).
// - State, from the target's state attribute: new, needs-translation,
//   needs-adaptation, needs-l10n, x-... or none -> initial; translated and
//   needs-review-* -> translated; signed-off -> reviewed; final -> final.
//   approved="yes" on the trans-unit makes it at least reviewed. Any other
//   value is refused as damage.
// - An untranslated target is no target (target absent, state initial): an
//   empty <target> (the Okapi convention), or one equal to its source (same
//   text and codes) whose state is new or needs-translation and that is not
//   approved (OmegaT and Okapi's "copy source to target"; WriteXliff12
//   writes these).
// - Inline content: text -> text (NFC, whitespace kept as written, whatever
//   xml:space says); <g> -> kOpen + content + kClose; <x/> -> kPlaceholder;
//   <bx/> / <ex/> -> kOpen / kClose with id = rid when present, else id (an
//   <ex> takes its <bx>'s type); <bpt>/<ept> likewise; <it pos="open|close">
//   -> kOpen / kClose; <ph> -> kPlaceholder. The native code inside <bpt>,
//   <ept>, <it>, <ph> (and any <sub> in it) is not text and is dropped.
//   <mrk> -> its content. type = CodeTypeFromCtype(ctype) (xliff12_names.h);
//   can_delete is always true (1.2 cannot say otherwise). Any other element
//   in inline content (another namespace's, or a name 1.2 does not define,
//   such as <script>) is an error: the strict schema forbids it.
// Errors (then *out must be discarded): no <file>; a <trans-unit> without id
// or <source>; an inline code without id (and, for <bx>/<ex>/<bpt>/<ept>/<it>,
// without rid); an unknown state; an element that is not inline content;
// nesting deeper than kMaxXliffNesting.
Status ReadXliff12(const pugi::xml_node& root, const XmlLocator& locator, XliffFile* out);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF12_READER_H_
