#include "audit/regression.h"

#include <algorithm>
#include <map>

#include "base/locale_info.h"
#include "base/text.h"

namespace folio::audit {

namespace {

Finding Make(Severity sev, const char* code, const char* wcag, const std::string& unit, const std::string& msg) {
  Finding f;
  f.severity = sev;
  f.code = code;
  f.wcag = wcag;
  f.unit_id = unit;
  f.message = msg;
  return f;
}

int Characters(const std::string& s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); DecodeUtf8(s, &i)) ++n;
  return n;
}

constexpr int kMinSourceCharacters = 20;

}  // namespace

std::vector<Finding> CompareWithSource(const AuditResult& source, const AuditResult& edition, const doc::Document& src,
                                       const doc::Document& loc) {
  std::vector<Finding> out;
  if (source.h2_ids.size() != edition.h2_ids.size()) {
    std::string unit;
    for (const std::string& id : source.h2_ids)
      if (unit.empty() && std::find(edition.h2_ids.begin(), edition.h2_ids.end(), id) == edition.h2_ids.end())
        unit = id;
    for (const std::string& id : edition.h2_ids)
      if (unit.empty() && std::find(source.h2_ids.begin(), source.h2_ids.end(), id) == source.h2_ids.end()) unit = id;
    out.push_back(Make(Severity::kError, "a11y.regression.heading-lost", "1.3.1", unit,
                       "the " + edition.locale + " edition has " + std::to_string(edition.h2_ids.size()) +
                           " section headings (<h2>), the source has " + std::to_string(source.h2_ids.size()) +
                           (unit.empty() ? std::string() : "; first difference: " + unit)));
  }
  if (!source.html_lang.empty() && edition.html_lang.empty())
    out.push_back(Make(Severity::kError, "a11y.regression.lang-missing", "3.1.1", "",
                       "the source edition declares lang=\"" + source.html_lang + "\" on <html>; the " +
                           edition.locale + " edition declares no language"));
  LocaleInfo target = GetLocaleInfo(loc.target_language.empty() ? edition.locale : loc.target_language);
  if (!target.spaces_between_sentences) return out;
  std::map<std::string, const doc::Segment*> source_segments;
  doc::ForEachUnit(src.blocks, [&](const doc::Block& b) {
    for (const doc::Segment& s : b.segments) source_segments[s.id] = &s;
  });
  doc::ForEachUnit(loc.blocks, [&](const doc::Block& b) {
    for (const doc::Segment& s : b.segments) {
      if (!s.target || s.target->empty()) continue;
      auto it = source_segments.find(s.id);
      if (it == source_segments.end()) continue;
      int from = Characters(it->second->source.PlainText()), to = Characters(s.target->PlainText());
      if (from < kMinSourceCharacters || to <= 2 * from) continue;
      out.push_back(Make(Severity::kWarning, "a11y.regression.sentence-longer", "3.1.5", s.id,
                         "segment " + s.id + " has " + std::to_string(to) + " characters in " + edition.locale +
                             ", more than twice its source's " + std::to_string(from) +
                             "; a shorter sentence, or two, would read more easily"));
    }
  });
  return out;
}

}  // namespace folio::audit
