#include "segment/word_count.h"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <memory>

#include "base/locale_info.h"

namespace folio::segment {

namespace {

// Creating break iterators costs far more than counting a sentence, and
// SegmentDocument counts every sentence: keep one pair per thread.
struct Counters {
  std::string locale;
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<icu::BreakIterator> graphemes;
};

Counters* CountersFor(const std::string& icu_locale) {
  thread_local Counters c;
  if (c.words != nullptr && c.locale == icu_locale) return &c;
  UErrorCode err = U_ZERO_ERROR;
  icu::Locale loc(icu_locale.c_str());
  c.words.reset(icu::BreakIterator::createWordInstance(loc, err));
  c.graphemes.reset(icu::BreakIterator::createCharacterInstance(loc, err));
  if (U_FAILURE(err)) {
    c.words.reset();
    c.graphemes.reset();
    return nullptr;
  }
  c.locale = icu_locale;
  return &c;
}

}  // namespace

TextCounts CountText(std::string_view utf8, const std::string& locale) {
  TextCounts counts;
  Counters* c = CountersFor(GetLocaleInfo(locale).icu_locale);
  if (c == nullptr || utf8.empty()) return counts;
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, utf8.data(), static_cast<int64_t>(utf8.size()), &err);
  if (U_FAILURE(err)) return counts;

  c->words->setText(&ut, err);
  c->words->first();
  while (c->words->next() != icu::BreakIterator::DONE) {
    int32_t status = c->words->getRuleStatus();
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_IDEO_LIMIT) ++counts.words;
  }
  c->graphemes->setText(&ut, err);
  for (int32_t start = c->graphemes->first(), end = c->graphemes->next(); end != icu::BreakIterator::DONE;
       start = end, end = c->graphemes->next()) {
    if (!u_isUWhiteSpace(utext_char32At(&ut, start))) ++counts.characters;
  }
  utext_close(&ut);
  return counts;
}

}  // namespace folio::segment
