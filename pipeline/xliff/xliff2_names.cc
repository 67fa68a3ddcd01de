#include "xliff/xliff2_names.h"

namespace folio::xliff {

void CodeTypeToXliff(std::string_view type, std::string* xliff_type, std::string* sub_type) {
  xliff_type->clear();
  sub_type->clear();
  if (type.empty()) return;
  if (type == "term") {
    *xliff_type = "fmt";
    *sub_type = kTermSubType;
    return;
  }
  for (std::string_view core : {"fmt", "ui", "quote", "link", "image", "other"}) {
    if (type == core) {
      *xliff_type = core;
      return;
    }
  }
  *xliff_type = "other";
  // The schema's userDefinedValue is [^\s:]+:[^\s:]+; anything else is dropped
  // rather than written invalid.
  if (type.find_first_of(": \t\r\n") == std::string_view::npos)
    *sub_type = std::string(kSubTypePrefix) + std::string(type);
}

std::string CodeTypeFromXliff(std::string_view xliff_type, std::string_view sub_type) {
  if (sub_type.starts_with(kSubTypePrefix) && sub_type.size() > kSubTypePrefix.size())
    return std::string(sub_type.substr(kSubTypePrefix.size()));
  return std::string(xliff_type);
}

}  // namespace folio::xliff
