// pugixml is neither namespace-aware nor line-aware. These helpers resolve
// element names against the xmlns declarations in scope (so any prefix
// works) and turn pugixml's byte offsets into "path:line:col" locations.
#ifndef FOLIO_XLIFF_XML_UTIL_H_
#define FOLIO_XLIFF_XML_UTIL_H_

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace folio::xliff {

// Maps byte offsets in one file to 1-based line:column (columns count code
// points, as base/text.h LineColAt does). `bytes` must outlive the locator.
class XmlLocator {
 public:
  XmlLocator(std::string_view bytes, std::string path);

  SourceLocation At(size_t offset) const;
  // Where `node` starts: the '<' of an element, the first character of text.
  // Valid only for a document parsed from exactly these bytes.
  SourceLocation At(const pugi::xml_node& node) const;
  // Just past `node` and everything in it: where the next node in document
  // order that is not inside `node` starts, or the end of the bytes.
  SourceLocation EndOf(const pugi::xml_node& node) const;
  const std::string& path() const { return path_; }

 private:
  std::string_view bytes_;
  std::string path_;
  std::vector<size_t> line_starts_;  // byte offset of each line's first byte
};

// The namespace URI of an element's name from the xmlns / xmlns:prefix
// declarations on it and its ancestors; "" when none is in scope.
std::string NamespaceOf(const pugi::xml_node& element);

// The name without its prefix: "x:unit" -> "unit".
std::string_view LocalName(const pugi::xml_node& node);

// True when `node` is an element called `local` in namespace `ns`.
bool IsElement(const pugi::xml_node& node, std::string_view ns, std::string_view local);

// Offset of a <!DOCTYPE in the prolog (before the root element), skipping a
// BOM, the XML declaration, comments and processing instructions. Returns
// false when there is none. Scanning ourselves means a DTD is refused even
// when it is malformed or would make the parser do work.
bool FindDoctype(std::string_view bytes, size_t* offset);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XML_UTIL_H_
