#include "segment/word_count.h"

#include <gtest/gtest.h>

namespace folio::segment {
namespace {

TEST(WordCount, CountsEnglishWordsAndNonSpaceCharacters) {
  TextCounts c = CountText(
      "You’re lying there, skin still buzzing, body relaxed, heart racing, and then, suddenly, the "
      "tears come.",
      "en");
  EXPECT_EQ(c.words, 16);
  EXPECT_EQ(c.characters, 88);
}

TEST(WordCount, CountsNumbersAsWordsAndPunctuationAsCharactersOnly) {
  TextCounts c = CountText("It costs 3.50 dollars, 2 times.", "en");
  EXPECT_EQ(c.words, 6);
  EXPECT_EQ(c.characters, 26);
}

TEST(WordCount, CountsGraphemeClustersNotCodePoints) {
  // "é" as e + combining acute, and a family emoji joined with ZWJ.
  TextCounts c = CountText("Cafe\u0301 \U0001F468\u200D\U0001F469\u200D\U0001F467 ok", "en");
  EXPECT_EQ(c.words, 2);
  EXPECT_EQ(c.characters, 7);
}

TEST(WordCount, SplitsJapaneseWithTheDictionary) {
  // 涙 / は / 魂 / の / 言葉 / です: the exact split is ICU's dictionary's
  // business, but it must be several words, not one run of ideographs.
  TextCounts c = CountText("涙は魂の言葉です。", "ja");
  EXPECT_GE(c.words, 5);
  EXPECT_LE(c.words, 7);
  EXPECT_EQ(c.characters, 9);
}

TEST(WordCount, CountsNothingInEmptyOrPunctuationOnlyText) {
  EXPECT_EQ(CountText("", "en").words, 0);
  EXPECT_EQ(CountText("", "en").characters, 0);
  TextCounts dash = CountText(" — ", "en");
  EXPECT_EQ(dash.words, 0);
  EXPECT_EQ(dash.characters, 1);
}

TEST(WordCount, GivesTheSameCountsWhenTheLocaleAlternates) {
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(CountText("Two words", "en").words, 2);
    EXPECT_EQ(CountText("Ţĥé šîñĝ", "qps-ploc").words, 2);
    EXPECT_GE(CountText("涙は魂の言葉です。", "ja").words, 5);
  }
}

}  // namespace
}  // namespace folio::segment
