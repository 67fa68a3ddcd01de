#include "base/locale_info.h"
#include "base/text.h"

#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstring>

namespace folio {

LocaleInfo GetLocaleInfo(std::string_view tag) {
  LocaleInfo info;
  info.tag = std::string(tag);
  size_t dash = tag.find('-');
  info.language = Lower(tag.substr(0, dash));
  info.icu_locale = info.language;
  std::string lower = Lower(tag);
  if (lower == "qps-ploc" || lower == "qps-plocm" || lower == "qps-ploca") {
    info.pseudo = true;
    info.icu_locale = "en";
    info.rtl = lower == "qps-plocm";
  }
  const std::string& l = info.language;
  if (l == "ar" || l == "he" || l == "fa" || l == "ur" || l == "yi" || l == "ps" || l == "sd" || l == "ug" || l == "dv")
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

namespace {

// ICU's display name of `language` in `display_locale`, in UTF-8 ("" if ICU
// has none: it then echoes the code back).
std::string DisplayLanguage(const char* language, const char* display_locale) {
  UChar buf[128];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = uloc_getDisplayLanguage(language, display_locale, buf, 128, &err);
  if (U_FAILURE(err) || n <= 0) return "";
  std::string out;
  icu::UnicodeString(buf, n).toUTF8String(out);
  return out == language ? "" : out;
}

std::string FoldName(const std::string& utf8) {
  std::string out;
  icu::UnicodeString(icu::UnicodeString::fromUTF8(utf8)).foldCase().toUTF8String(out);
  return out;
}

}  // namespace

std::string EnglishLanguageName(std::string_view tag) {
  std::string lang = Lower(tag.substr(0, tag.find('-')));
  std::string name = DisplayLanguage(lang.c_str(), "en");
  return name.empty() ? std::string(tag) : name;
}

std::string LikelyLanguageTag(std::string_view tag) {
  std::string lang = Lower(tag.substr(0, tag.find('-')));
  if (lang.size() == 3 && lang[0] == 'q' && lang[1] >= 'a' && lang[1] <= 't') return "";  // private use
  const char* const* codes = uloc_getISOLanguages();
  std::string folded = FoldName(std::string(tag.substr(0, tag.find('-'))));
  std::string by_name, by_iso3;
  for (const char* const* c = codes; *c != nullptr; ++c) {
    if (lang == *c) return "";
    if (by_name.empty()) {
      std::string english = DisplayLanguage(*c, "en"), own = DisplayLanguage(*c, *c);
      if ((!english.empty() && FoldName(english) == folded) || (!own.empty() && FoldName(own) == folded)) by_name = *c;
    }
    if (by_iso3.empty() && lang.size() == 3 && std::strlen(*c) == 2 && lang == uloc_getISO3Language(*c)) by_iso3 = *c;
  }
  if (!by_iso3.empty()) return by_iso3;
  return by_name.empty() ? "?" : by_name;
}

}  // namespace folio
