#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "doc/dump.h"
#include "segment/test_braces.h"

namespace folio::segment {
namespace {

using Strings = std::vector<std::string>;

std::unique_ptr<Segmenter> Make(const std::string& locale) {
  std::unique_ptr<Segmenter> s;
  Status st = Segmenter::Create(locale, &s);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return s;
}

Strings Sentences(const Segmenter& s, std::string_view braces) {
  Strings out;
  for (const Sentence& x : s.Split(FragmentFromBraces(braces))) out.push_back(doc::FragmentToBraces(x.text));
  return out;
}

Strings Sentences(std::string_view braces, const std::string& locale = "en") {
  return Sentences(*Make(locale), braces);
}

std::string Rejoined(const std::vector<Sentence>& v) {
  std::string s;
  for (const Sentence& x : v) s += doc::FragmentToBraces(x.text) + x.space_after;
  return s;
}

TEST(Segmenter, SplitsAtFullStopsQuestionAndExclamationMarks) {
  EXPECT_EQ(Sentences("They’re a signal. A release! Why now? Because."),
            (Strings{"They’re a signal.", "A release!", "Why now?", "Because."}));
}

TEST(Segmenter, KeepsEgAndIeInsideTheSentence) {
  EXPECT_EQ(Sentences("Bring fruit, e.g. Apples and pears. Then go."),
            (Strings{"Bring fruit, e.g. Apples and pears.", "Then go."}));
  EXPECT_EQ(Sentences("One fruit, i.e. Apples. Then go."), (Strings{"One fruit, i.e. Apples.", "Then go."}));
}

TEST(Segmenter, KeepsTitlesInsideTheSentence) {
  EXPECT_EQ(Sentences("Mr. Smith met Dr. Jones and Mrs. Brown. They talked."),
            (Strings{"Mr. Smith met Dr. Jones and Mrs. Brown.", "They talked."}));
}

TEST(Segmenter, KeepsInitialsInsideTheSentence) {
  EXPECT_EQ(Sentences("J. R. R. Tolkien wrote it. He was English."),
            (Strings{"J. R. R. Tolkien wrote it.", "He was English."}));
}

TEST(Segmenter, EndsASentenceAfterItsClosingQuote) {
  EXPECT_EQ(Sentences("It doesn’t always mean something’s “wrong.” It means the soul is speaking."),
            (Strings{"It doesn’t always mean something’s “wrong.”", "It means the soul is speaking."}));
}

TEST(Segmenter, ContinuesAfterAQuotedQuestionFollowedByLowerCase) {
  EXPECT_EQ(Sentences("“Is it?” she asked. “Yes.”"), (Strings{"“Is it?” she asked.", "“Yes.”"}));
}

TEST(Segmenter, DoesNotEndASentenceAtAnEllipsisBeforeLowerCase) {
  EXPECT_EQ(Sentences("It isn’t just physical… it’s emotional. Yes."),
            (Strings{"It isn’t just physical… it’s emotional.", "Yes."}));
}

TEST(Segmenter, EndsASentenceAtAnEllipsisBeforeUpperCase) {
  EXPECT_EQ(Sentences("I waited… And then it came."), (Strings{"I waited…", "And then it came."}));
  EXPECT_EQ(Sentences("I waited... And then it came."), (Strings{"I waited...", "And then it came."}));
}

TEST(Segmenter, GivesTrailingWhitespaceToSpaceAfter) {
  auto s = Make("en");
  std::vector<Sentence> v = s->Split(doc::TextFragment("One.  Two.\tThree. "));
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(doc::FragmentToBraces(v[0].text), "One.");
  EXPECT_EQ(v[0].space_after, "  ");
  EXPECT_EQ(v[1].space_after, "\t");
  EXPECT_EQ(doc::FragmentToBraces(v[2].text), "Three.");
  EXPECT_EQ(v[2].space_after, " ");
  EXPECT_EQ(Rejoined(v), "One.  Two.\tThree. ");
}

TEST(Segmenter, KeepsCodesInPlaceAndInOrder) {
  EXPECT_EQ(Sentences("{1}Tears of awe{/1}: The intimacy is so profound. Your {2/}spirit knows."),
            (Strings{"{1}Tears of awe{/1}: The intimacy is so profound.", "Your {2/}spirit knows."}));
}

TEST(Segmenter, NeverSplitsInsideACodePair) {
  EXPECT_EQ(Sentences("{1}Stop. Look. Listen.{/1} Then go."), (Strings{"{1}Stop. Look. Listen.{/1}", "Then go."}));
  EXPECT_EQ(Sentences("One. {1}Two. Three{/1} four. Five."), (Strings{"One.", "{1}Two. Three{/1} four.", "Five."}));
}

TEST(Segmenter, ConcatenationGivesTheInputBack) {
  auto s = Make("en");
  for (std::string_view in : {"A. B. C.", "  Lead. Trail.  ", "{1}A.{/1} {2/} B.", "x", " ", "{3/}",
                              "Wait… What? {1}Yes{/1}! No.\n\nNext."}) {
    EXPECT_EQ(Rejoined(s->Split(FragmentFromBraces(in))), in) << in;
  }
}

TEST(Segmenter, GivesNothingForAnEmptyFragment) { EXPECT_TRUE(Make("en")->Split(doc::Fragment()).empty()); }

TEST(Segmenter, SplitsJapaneseAtFullWidthTerminatorsWithoutSpaces) {
  auto s = Make("ja");
  std::vector<Sentence> v =
      s->Split(doc::TextFragment("涙は魂の言葉です。心が話しています！本当？「はい。」と彼は言った。"));
  Strings got;
  for (const Sentence& x : v) {
    got.push_back(doc::FragmentToBraces(x.text));
    EXPECT_EQ(x.space_after, "");
  }
  EXPECT_EQ(got, (Strings{"涙は魂の言葉です。", "心が話しています！", "本当？", "「はい。」と彼は言った。"}));
}

TEST(Segmenter, KeepsFrenchGuillemetsWithTheirSentence) {
  EXPECT_EQ(Sentences("Il a dit\u00A0: «\u00A0Non\u00A0!\u00A0» Puis il est parti. M. Dupont rit.", "fr"),
            (Strings{"Il a dit\u00A0: «\u00A0Non\u00A0!\u00A0»", "Puis il est parti.", "M. Dupont rit."}));
}

TEST(Segmenter, UsesEnglishRulesForPseudoLocales) {
  EXPECT_EQ(Sentences("Mr. Smith left. Then.", "qps-ploc"), (Strings{"Mr. Smith left.", "Then."}));
}

TEST(Segmenter, GivesTheSameAnswerWhenReused) {
  auto s = Make("en");
  Strings first = Sentences(*s, "One. {1}Two{/1}. Three…");
  Sentences(*s, "Something else entirely. With two sentences.");
  EXPECT_EQ(Sentences(*s, "One. {1}Two{/1}. Three…"), first);
}

TEST(Segmenter, MapsOffsetsPastNonBmpCharacters) {
  EXPECT_EQ(Sentences("Emoji 😀 here. {1}𝒜 term{/1}. Done."), (Strings{"Emoji 😀 here.", "{1}𝒜 term{/1}.", "Done."}));
}

// Sentences are found on the UTF-16 text and cut from the UTF-8 one: the
// offsets must map back exactly whatever mix of ASCII runs (long ones go
// sixteen bytes at a time), accents, non-BMP characters and ill-formed
// bytes comes before them.
TEST(Segmenter, MapsOffsetsBackExactlyOnRandomText) {
  const char* words[] = {
      "alpha", "été", "naïve", "😀", "𝒜", "x\xFFy", "seventeen-letters", "a-long-run-of-ascii-characters", "’s", "à"};
  const char* starts[] = {"Then", "Été", "Yes", "À la"};
  std::mt19937 rng(11);
  auto s = Make("en");
  for (int round = 0; round < 3000; ++round) {
    Strings want;
    std::string text;
    for (int k = 1 + static_cast<int>(rng() % 5); k > 0; --k) {
      std::string sentence = starts[rng() % 4];
      for (int w = static_cast<int>(rng() % 8); w > 0; --w) sentence += std::string(" ") + words[rng() % 10];
      // Not one capital before the stop (that is an initial); a closing quote
      // puts the end right after a non-ASCII character.
      const char* ends[] = {" end.", " end?", " end.\u201D", " \u00E9t\u00E9!"};
      sentence += ends[rng() % 4];
      if (!text.empty()) text += ' ';
      text += sentence;
      want.push_back(sentence);
    }
    Strings got;
    for (const Sentence& x : s->Split(doc::TextFragment(text))) got.push_back(x.text.PlainText());
    ASSERT_EQ(got, want) << "round " << round << ": " << text;
  }
}

}  // namespace
}  // namespace folio::segment
