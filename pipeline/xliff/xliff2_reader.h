// Reads the body of an XLIFF 2.0/2.1 document; ReadXliff (xliff_reader.h)
// has already checked size, UTF-8, DTD and well-formedness and picked this
// reader from the root's namespace and version. A 1.2 reader sits beside it
// (xliff12_reader.h) with the same shape.
#ifndef FOLIO_XLIFF_XLIFF2_READER_H_
#define FOLIO_XLIFF_XLIFF2_READER_H_

#include <pugixml.hpp>

#include "base/status.h"
#include "xliff/xliff_file.h"
#include "xliff/xml_util.h"

namespace folio::xliff {

// Fills *out (path, version and where are already set) from `root`, an
// <xliff> element in the XLIFF 2.0 namespace. Elements of other namespaces
// (modules, extensions) are skipped; <group>s are entered; <ignorable>s are
// skipped (folio owns the whitespace between sentences). Inline content:
// text and <cp> -> text (NFC); <pc> -> kOpen + content + kClose (both halves
// carry id, type, can_delete); <ph> -> kPlaceholder; <sc>/<ec> -> kOpen /
// kClose (an <ec> takes its <sc>'s type); <mrk> -> its content; <sm>/<em>
// -> nothing. Whitespace is kept as written, whatever xml:space says. Any
// other element inside <source>/<target> (another namespace's, or a name
// XLIFF does not define, such as <script>) is refused with its location:
// the schema forbids it, and markup must never pass for text.
Status ReadXliff2(const pugi::xml_node& root, const XmlLocator& locator, XliffFile* out);

// How deep <group>s and inline elements may nest: the reader recurses, and a
// hostile file must not exhaust the stack.
inline constexpr int kMaxXliffNesting = 100;

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF2_READER_H_
