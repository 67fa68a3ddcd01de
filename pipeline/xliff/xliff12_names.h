// Names folio's XLIFF 1.2 writer and reader agree on: how an inline code's
// type (doc::Inline::type) travels in 1.2's ctype, and the block kinds in
// restype.
//
// Strict 1.2 allows only its own lists or "x-..." values. Pairs (<g>, <bx>)
// take bold, italic, underlined, link; placeholders (<x>) take image, pb,
// lb. Every other folio type travels as "x-folio-<type>".
#ifndef FOLIO_XLIFF_XLIFF12_NAMES_H_
#define FOLIO_XLIFF_XLIFF12_NAMES_H_

#include <string>
#include <string_view>

namespace folio::xliff {

inline constexpr std::string_view kCtypePrefix = "x-folio-";

// The ctype for a folio code type ("" = leave it out):
// ("term", pair) -> "x-folio-term", ("link", pair) -> "link",
// ("image", placeholder) -> "image", ("link", placeholder) -> "x-folio-link",
// "" or a type with whitespace -> "".
std::string CodeTypeToCtype(std::string_view type, bool placeholder);

// The inverse: strips "x-folio-"; any other value is kept ("x-bold" stays).
std::string CodeTypeFromCtype(std::string_view ctype);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF12_NAMES_H_
