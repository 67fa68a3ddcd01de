#include "render/edition.h"
#include "base/text.h"

namespace folio::render {

Edition GetEdition(const doc::Document& doc) {
  Edition e;
  e.translated = !doc.target_language.empty();
  e.language = e.translated ? doc.target_language : doc.source_language;
  e.locale = GetLocaleInfo(e.language);
  e.html_lang = e.language;
  if (e.locale.pseudo) {
    std::string variant = Lower(e.locale.tag.substr(e.locale.tag.find('-') + 1));
    e.html_lang = e.locale.icu_locale + "-x-" + variant;
  }
  return e;
}

const doc::Fragment& ShownFragment(const doc::Segment& segment, const Edition& edition, bool* fell_back) {
  // An empty <target/> is how XLIFF tools leave a segment they have not
  // translated; showing nothing would silently drop a sentence.
  bool use_target = edition.translated && segment.target && !segment.target->empty();
  if (fell_back) *fell_back = edition.translated && !use_target;
  return use_target ? *segment.target : segment.source;
}

std::string SeparatorAfter(const doc::Segment& segment, bool fell_back, const Edition& edition) {
  if (edition.translated && !fell_back && !edition.locale.spaces_between_sentences) return "";
  return segment.space_after;
}

}  // namespace folio::render
