#include "segment/sentence_prefilter.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "segment/segmenter.h"
#include "segment/sentence_rules.h"

namespace folio::segment {
namespace {

std::string Utf8(const std::u16string& t) {
  std::string s;
  icu::UnicodeString(t.data(), static_cast<int32_t>(t.size())).toUTF8String(s);
  return s;
}

TEST(SentencePrefilter, AsciiTableMatchesIcu) { EXPECT_TRUE(AsciiSentenceKindsMatchIcu()); }

TEST(SentencePrefilter, PassesTextsWhereNoSentenceCanEnd) {
  for (std::u16string t : {u"", u"Chapter One", u"Hello.", u"Why?!\u201D", u"Yes. .", u"Really?\u201D  ",
                           u"\u00ABNon\u00A0!\u00BB", u"本当？", u"(a, b) and c", u"e\u0301t\u00E9."})
    EXPECT_TRUE(HasNoSentenceBoundaryInside(t)) << Utf8(t);
}

TEST(SentencePrefilter, SendsEverythingElseToIcu) {
  for (std::u16string t : {u"One. Two.", u"Hello. \u201D", u"Wait\u2026 Yes", u"well\u2026", u"a\nb", u"a\rb",
                           u"a\u2029b", u"3.14", u"Mr. Smith", u"e.g. this", u"Yes.\u2026", u"Really?) No"})
    EXPECT_FALSE(HasNoSentenceBoundaryInside(t)) << Utf8(t);
}

// Raw ICU root rules plus folio's corrections. The abbreviation filter is
// left out: it only removes boundaries, so "none here" stays true with it.
std::vector<int32_t> IcuBoundaries(icu::BreakIterator* iter, const std::u16string& t) {
  icu::UnicodeString u(t.data(), static_cast<int32_t>(t.size()));
  iter->setText(u);
  std::vector<int32_t> breaks;
  iter->first();
  for (int32_t b = iter->next(); b != icu::BreakIterator::DONE && b < u.length(); b = iter->next()) breaks.push_back(b);
  RefineSentenceBreaks(t, &breaks);
  return breaks;
}

// Every text the prefilter passes has no boundary per ICU, over random
// strings of the characters that matter to the rules: letters of each
// case, digits, terminators (ASCII, CJK, supplementary, U+2026), closing
// and opening punctuation, SContinue, spaces (and no-break ones),
// separators (CR, LF, U+0085, U+2028, U+2029), an Extend and a Format
// character, a supplementary letter.
TEST(SentencePrefilter, NeverPassesATextIcuWouldSplit) {
  const std::vector<std::u16string> pieces = {
      u"a",      u"B",      u"x",      u"3",      u" ",      u"  ",     u"\u00A0", u".",      u"!",      u"?",
      u"...",    u"\u2026", u"\u3002", u"\uFF1F", u"\u201D", u"\u2019", u"\"",     u"'",      u")",      u"(",
      u"\u00BB", u"\u00AB", u"\u300C", u"\u300D", u"\n",     u"\r",     u"\u2029", u"\u0301", u"\u00AD", u"\U0001D400",
      u"Mr",     u"e.g",    u"\u3042", u"\u0416", u"\t",     u"\v",     u"\f",     u"\u0085", u"\u2028", u"\U00011047",
      u",",      u";",      u":",      u"-",      u"\u00E9", u"\u0301."};
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iter(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), err));
  ASSERT_TRUE(U_SUCCESS(err));
  std::mt19937 rng(20261126);
  int passed = 0;
  const int kTexts = 200000;
  for (int k = 0; k < kTexts; ++k) {
    std::u16string t;
    // Short texts, with the terminator-heavy tail the prefilter inspects.
    for (int n = 1 + static_cast<int>(rng() % 12); n > 0; --n) t += pieces[rng() % pieces.size()];
    if (!HasNoSentenceBoundaryInside(t)) continue;
    ++passed;
    std::vector<int32_t> b = IcuBoundaries(iter.get(), t);
    ASSERT_TRUE(b.empty()) << "ICU breaks at " << b[0] << " in \"" << Utf8(t) << "\"";
  }
  EXPECT_GT(passed, kTexts / 20);  // the property was tested, not skipped
}

// Greek's rules end sentences at ";" (its question mark), which the root
// rules do not: the segmenter must not use the prefilter for them.
TEST(SentencePrefilter, IsNotUsedForLocalesWithTheirOwnRules) {
  std::unique_ptr<Segmenter> el;
  ASSERT_TRUE(Segmenter::Create("el", &el).ok());
  doc::Fragment f;
  f.AppendText("Τι είναι αυτό; Τίποτα");
  EXPECT_EQ(el->Split(f).size(), 2u);
}

}  // namespace
}  // namespace folio::segment
