// What the writers of pipeline/render share: which language an edition is in
// and which text of each segment it shows.
#ifndef FOLIO_RENDER_EDITION_H_
#define FOLIO_RENDER_EDITION_H_

#include <string>

#include "base/locale_info.h"
#include "doc/document.h"

namespace folio::render {

struct Edition {
  std::string language;     // target language, or source language when none
  LocaleInfo locale;        // facts about `language`
  bool translated = false;  // the document has a target language
  // `language` as an HTML lang value. Validators and screen readers know no
  // "qps": a pseudo-locale's text is accented English, so "qps-plocm" is
  // written "en-x-plocm" (English voice, the pseudo-locale kept as a
  // private-use subtag).
  std::string html_lang;
};

Edition GetEdition(const doc::Document& doc);

// The fragment a segment shows in the edition: its target when the edition is
// translated and the target is not empty, else its source. *fell_back (may be
// null) is set when a translated edition shows the source.
const doc::Fragment& ShownFragment(const doc::Segment& segment, const Edition& edition, bool* fell_back);

// What goes between a shown segment and the next one: its space_after, or
// nothing when the segment showed its translation into a language that puts
// no spaces between sentences (ja, zh, th).
std::string SeparatorAfter(const doc::Segment& segment, bool fell_back, const Edition& edition);

}  // namespace folio::render

#endif  // FOLIO_RENDER_EDITION_H_
