#include "segment/word_count.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

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

namespace folio::segment {
namespace {

// The ASCII fast path of CountWords must count exactly what ICU counts.
TEST(CountWords, AsciiFastPathAgreesWithIcuOnEdgeCases) {
  for (const char* s : {"e.g. this",
                        "3.50 and 1,000,000 and 1;2",
                        "a.1 1.a a'1 1'a",
                        "don't 'quoted' x'",
                        "a1b2 9x x9",
                        "end. Start",
                        "a:b c::d",
                        "...",
                        "",
                        "  ",
                        "R&D, AT&T; x-y",
                        "3.",
                        ".5",
                        "a..b",
                        "1..2",
                        "#hash @at $5 100% (x) [y] {z}",
                        "tab\there\nline",
                        "Mr. O'Neil's 2nd car.",
                        "a.b.c.d",
                        "1.2.3",
                        "1,a",
                        "a,1",
                        "x'y'z",
                        "l’été à Combray",
                        "café·bar",
                        "« Oui », dit-il…",
                        "αβγ дом",
                        "Straße 1 000,50 €",
                        "‘quoted’ it’s",
                        "x․y 3․5",
                        "naïve coöperate",
                        "A—B–C"}) {
    EXPECT_EQ(CountWords(s, "en"), CountText(s, "en").words) << "\"" << s << "\"";
  }
}

// Every string of up to six characters over one character of each class
// the fast path handles (letter, digit, ExtendNumLet as "_" and U+202F,
// MidLetter, MidNumLet, MidNum, other), so that every pair and triple of
// classes meets in every position.
TEST(CountWords, FastPathAgreesWithIcuOnEveryShortString) {
  const char* pieces[] = {"a", "1", "_", "\u202F", ":", "\u00B7", ".", "\u2019", ",", " ", "-"};
  const size_t k = sizeof pieces / sizeof pieces[0];
  std::vector<size_t> digits;
  int checked = 0;
  for (size_t len = 0; len <= 5; ++len) {
    digits.assign(len, 0);
    while (true) {
      std::string s;
      for (size_t d : digits) s += pieces[d];
      ASSERT_EQ(CountWords(s, "en"), CountText(s, "en").words) << "\"" << s << "\"";
      ++checked;
      size_t pos = 0;
      while (pos < len && ++digits[pos] == k) digits[pos++] = 0;
      if (pos == len) break;
    }
  }
  EXPECT_GT(checked, 170000);
}

// Long strings over the same pieces, so that runs of ASCII cross the fast
// path's 16-byte chunks at every offset and with every class on either side.
TEST(CountWords, FastPathAgreesWithIcuOnLongRandomStrings) {
  const char* pieces[] = {"a", "Z",      "1", "_", "\u202F", ":", "\u00B7", ".",
                          "'", "\u2019", ",", ";", " ",      "-", "é",      "word"};
  const size_t k = sizeof pieces / sizeof pieces[0];
  std::mt19937 rng(20261126);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    size_t len = 1 + rng() % 60;
    // Mostly letters, digits, spaces and full stops, as in prose; every piece sometimes.
    for (size_t j = 0; j < len; ++j)
      s += pieces[rng() % 4 == 0 ? rng() % k : std::vector<size_t>{0, 1, 2, 7, 12, 15}[rng() % 6]];
    ASSERT_EQ(CountWords(s, "en"), CountText(s, "en").words) << "\"" << s << "\"";
  }
}

TEST(CountWords, AsciiFastPathAgreesWithIcuOnTheCorpus) {
  int lines = 0;
  for (const char* book :
       {"frankenstein.txt", "moby_dick.txt", "pride_and_prejudice.txt", "du_cote_de_chez_swann.txt"}) {
    std::string text;
    FILE* f = std::fopen((std::string(FOLIO_SHARED_DIR) + "/corpus/" + book).c_str(), "rb");
    ASSERT_NE(f, nullptr) << book;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    std::fclose(f);
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      start = end + 1;
      ASSERT_EQ(CountWords(line, "en"), CountText(line, "en").words) << book << ": \"" << line << "\"";
      ASSERT_EQ(CountWords(line, "fr"), CountText(line, "fr").words) << book << ": \"" << line << "\"";
      ++lines;
    }
  }
  EXPECT_GT(lines, 30000);
}

}  // namespace
}  // namespace folio::segment
