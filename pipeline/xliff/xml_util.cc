#include "xliff/xml_util.h"

#include <algorithm>

#include "base/text.h"

namespace folio::xliff {

XmlLocator::XmlLocator(std::string_view bytes, std::string path) : bytes_(bytes), path_(std::move(path)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < bytes_.size(); ++i)
    if (bytes_[i] == '\n') line_starts_.push_back(i + 1);
}

SourceLocation XmlLocator::At(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  // Binary search + LineColAt on one line keeps this cheap for the many
  // locations a large file records.
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line_index];
  int unused_line, col;
  LineColAt(bytes_.substr(start), offset - start, &unused_line, &col);
  return {path_, static_cast<int>(line_index) + 1, col};
}

SourceLocation XmlLocator::At(const pugi::xml_node& node) const {
  ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return {path_, 0, 0};
  // pugixml points at an element's name; the tag starts one byte earlier.
  if (node.type() == pugi::node_element && offset > 0) --offset;
  return At(static_cast<size_t>(offset));
}

SourceLocation XmlLocator::EndOf(const pugi::xml_node& node) const {
  pugi::xml_node n = node;
  while (n && !n.next_sibling()) n = n.parent();
  if (!n || n.type() == pugi::node_document) return At(bytes_.size());
  return At(n.next_sibling());
}

std::string NamespaceOf(const pugi::xml_node& element) {
  std::string_view name = element.name();
  size_t colon = name.find(':');
  std::string prefix = colon == std::string_view::npos ? "" : std::string(name.substr(0, colon));
  if (prefix == "xml") return "http://www.w3.org/XML/1998/namespace";
  std::string decl = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
  for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent()) {
    pugi::xml_attribute a = n.attribute(decl.c_str());
    if (a) return a.value();
  }
  return "";
}

std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool IsElement(const pugi::xml_node& node, std::string_view ns, std::string_view local) {
  return node.type() == pugi::node_element && LocalName(node) == local && NamespaceOf(node) == ns;
}

bool FindDoctype(std::string_view bytes, size_t* offset) {
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size()) {
    char c = bytes[i];
    if (IsXmlSpace(c)) {
      ++i;
      continue;
    }
    std::string_view rest = bytes.substr(i);
    size_t end;
    if (rest.starts_with("<?")) {
      end = rest.find("?>");
      if (end == std::string_view::npos) return false;
      i += end + 2;
    } else if (rest.starts_with("<!--")) {
      end = rest.find("-->", 4);
      if (end == std::string_view::npos) return false;
      i += end + 3;
    } else if (rest.starts_with("<!DOCTYPE") || rest.starts_with("<!ENTITY")) {
      *offset = i;
      return true;
    } else {
      return false;
    }
  }
  return false;
}

}  // namespace folio::xliff
