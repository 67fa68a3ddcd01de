#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "langid/langid.h"

namespace folio::langid {

std::string PrimaryLanguage(std::string_view name_or_tag) {
  std::string lang;
  for (char c : name_or_tag.substr(0, name_or_tag.find_first_of("-_"))) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    lang += c;
  }
  // textcat names its Serbian Latin model "sh" (the retired Serbo-Croatian
  // code); tools still write the ISO 639 codes that BCP 47 deprecated, and
  // "no" for Norwegian, whose written standard textcat has is Bokmål.
  if (lang == "sh") return "sr";
  if (lang == "no") return "nb";
  if (lang == "iw") return "he";
  if (lang == "in") return "id";
  if (lang == "ji") return "yi";
  return lang;
}

std::string LanguageName(std::string_view tag) {
  std::string language;
  for (char c : tag.substr(0, tag.find('-'))) language += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  icu::UnicodeString name;
  icu::Locale(language.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  // ICU echoes a code it has no name for.
  return out.empty() || out == language ? std::string(tag) : out;
}

bool SameLanguageGroup(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // Pairs whose written forms differ by a few spellings, which textcat's
  // models (some made from a few pages of text) tell apart only by chance.
  static const std::vector<std::vector<std::string_view>> kGroups = {
      {"nb", "nn", "da"}, {"sr", "hr", "bs"}, {"ms", "id"}};
  for (const auto& g : kGroups) {
    bool has_a = false, has_b = false;
    for (std::string_view l : g) has_a |= l == a, has_b |= l == b;
    if (has_a && has_b) return true;
  }
  return false;
}

Verdict Decide(const Identification& id, const Thresholds& t) {
  Verdict v;
  v.letters = id.letters;
  if (id.candidates.empty()) return v;
  const Candidate& best = id.candidates[0];
  v.language = best.language;
  const Candidate* next = nullptr;
  for (size_t i = 1; i < id.candidates.size() && next == nullptr; ++i)
    if (!SameLanguageGroup(id.candidates[i].language, best.language)) next = &id.candidates[i];
  v.margin = next == nullptr ? 1.0 : (best.distance > 0 ? next->distance / best.distance - 1 : 1.0);
  v.confident = id.letters >= t.min_letters && best.distance <= t.max_distance && v.margin >= t.min_margin;
  return v;
}

Reading Judge(const Identifier& identifier, std::string_view claimed_tag, const Identification& id, const Thresholds& t,
              Verdict* verdict) {
  *verdict = Decide(id, t);
  if (!identifier.HasModel(claimed_tag) || !verdict->confident) return Reading::kUnknown;
  return SameLanguageGroup(verdict->language, PrimaryLanguage(claimed_tag)) ? Reading::kAsClaimed : Reading::kOther;
}

}  // namespace folio::langid
