#include "xliff/xliff12_names.h"

namespace folio::xliff {

std::string CodeTypeToCtype(std::string_view type, bool placeholder) {
  if (type.empty() || type.find_first_of(" \t\r\n") != std::string_view::npos) return "";
  static constexpr std::string_view kPairs[] = {"bold", "italic", "underlined", "link"};
  static constexpr std::string_view kPlaceholders[] = {"image", "pb", "lb"};
  if (placeholder) {
    for (std::string_view v : kPlaceholders)
      if (type == v) return std::string(type);
  } else {
    for (std::string_view v : kPairs)
      if (type == v) return std::string(type);
  }
  return std::string(kCtypePrefix) + std::string(type);
}

std::string CodeTypeFromCtype(std::string_view ctype) {
  if (ctype.starts_with(kCtypePrefix) && ctype.size() > kCtypePrefix.size())
    return std::string(ctype.substr(kCtypePrefix.size()));
  return std::string(ctype);
}

}  // namespace folio::xliff
