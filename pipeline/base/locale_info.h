// Facts about a BCP 47 language tag that several stages need: writing
// direction, whether sentences are separated by spaces, which ICU locale
// carries its rules, and whether it is a pseudo-locale.
#ifndef FOLIO_BASE_LOCALE_INFO_H_
#define FOLIO_BASE_LOCALE_INFO_H_

#include <string>
#include <string_view>

namespace folio {

struct LocaleInfo {
  std::string tag;                       // as given: "fr", "ar", "qps-ploc"
  std::string language;                  // primary subtag, lower case: "fr"
  std::string icu_locale;                // locale whose ICU rules apply ("en" for qps-ploc)
  bool rtl = false;                      // right-to-left (ar, he, fa, ur, qps-plocm)
  bool spaces_between_sentences = true;  // false for ja, zh, th ...
  bool pseudo = false;                   // qps-ploc, qps-plocm (Windows pseudo-locales)
};

LocaleInfo GetLocaleInfo(std::string_view tag);

// Loose BCP 47 well-formedness: letters/digits in 1-8 char subtags separated
// by '-', first subtag 2-3 letters (or "qps" style private ones).
bool IsWellFormedLanguageTag(std::string_view tag);

// For a well-formed tag whose language subtag no registry knows (ICU's list
// of ISO 639 languages stands in for the IANA subtag registry; private-use
// qaa-qtz, like qps-ploc, always passes): what the user most likely meant,
// "fr" for "french", "Français" or "fra", or "?" when nothing matches. Empty
// when the language subtag is a known one.
std::string LikelyLanguageTag(std::string_view tag);

// The English name of a tag's language ("French" for "fr-CA"), or the tag
// itself when ICU has no name for it.
std::string EnglishLanguageName(std::string_view tag);

}  // namespace folio

#endif  // FOLIO_BASE_LOCALE_INFO_H_
