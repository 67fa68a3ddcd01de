#include "base/locale_info.h"

#include <cctype>

namespace folio {

LocaleInfo GetLocaleInfo(std::string_view tag) {
  LocaleInfo info;
  info.tag = std::string(tag);
  size_t dash = tag.find('-');
  for (char c : tag.substr(0, dash)) info.language += static_cast<char>(std::tolower(c));
  info.icu_locale = info.language;
  std::string lower;
  for (char c : tag) lower += static_cast<char>(std::tolower(c));
  if (lower == "qps-ploc" || lower == "qps-plocm" || lower == "qps-ploca") {
    info.pseudo = true;
    info.icu_locale = "en";
    info.rtl = lower == "qps-plocm";
  }
  const std::string& l = info.language;
  if (l == "ar" || l == "he" || l == "fa" || l == "ur" || l == "yi" || l == "ps" || l == "sd" ||
      l == "ug" || l == "dv")
    info.rtl = true;
  if (l == "ja" || l == "zh" || l == "th" || l == "lo" || l == "km" || l == "my" || l == "bo")
    info.spaces_between_sentences = false;
  return info;
}

bool IsWellFormedLanguageTag(std::string_view tag) {
  if (tag.empty()) return false;
  size_t start = 0;
  bool first = true;
  while (start <= tag.size()) {
    size_t end = tag.find('-', start);
    if (end == std::string_view::npos) end = tag.size();
    std::string_view sub = tag.substr(start, end - start);
    if (sub.empty() || sub.size() > 8) return false;
    for (char c : sub) {
      if (first ? !std::isalpha(static_cast<unsigned char>(c)) : !std::isalnum(static_cast<unsigned char>(c)))
        return false;
    }
    if (first && (sub.size() < 2 || sub.size() > 8)) return false;
    first = false;
    if (end == tag.size()) break;
    start = end + 1;
  }
  return true;
}

}  // namespace folio
