#include "tm/similarity.h"

#include <gtest/gtest.h>

#include "tm/coded_text.h"
#include "tm/test_entries.h"

namespace folio::tm {
namespace {

using doc::TextFragment;
using testing::TermFragment;

std::string Joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& t : v) s += (s.empty() ? "" : "|") + t;
  return s;
}

TEST(FuzzySimilarity, TokensAreWordsSymbolsAndCodes) {
  EXPECT_EQ(Joined(SimilarityTokens(TermFragment("Don't read the ", "alt text", ", twice—ok?"))),
            "Don't|read|the|{open}|alt|text|{close}|,|twice|—|ok|?");
}

TEST(FuzzySimilarity, IdenticalFragmentsScore100) {
  EXPECT_EQ(Similarity(TextFragment("The cat sat on the mat."), TextFragment("The cat sat on the mat.")), 100);
  EXPECT_EQ(Similarity(TextFragment(""), TextFragment("")), 100);
}

TEST(FuzzySimilarity, OneWordSubstitutedInSevenTokensScores85) {
  EXPECT_EQ(Similarity(TextFragment("The cat sat on the mat."), TextFragment("The cat sat on a mat.")), 85);
}

TEST(FuzzySimilarity, ThreeMissingTokensOfSevenScore57) {
  EXPECT_EQ(Similarity(TextFragment("The cat sat."), TextFragment("The cat sat on the mat.")), 57);
  EXPECT_EQ(Similarity(TextFragment("The cat sat on the mat."), TextFragment("The cat sat.")), 57);
}

TEST(FuzzySimilarity, SwappedWordsCostTwoEdits) {
  // 7 tokens, "sat on" -> "on sat" = 2 substitutions: floor(100 * 5 / 7) = 71.
  EXPECT_EQ(Similarity(TextFragment("The cat sat on the mat."), TextFragment("The cat on sat the mat.")), 71);
}

TEST(FuzzySimilarity, CaseAndPunctuationCountAsEdits) {
  // 4 tokens each; "The" vs "the" and "." vs "!" differ: floor(100 * 2 / 4) = 50.
  EXPECT_EQ(Similarity(TextFragment("The cat sat."), TextFragment("the cat sat!")), 50);
}

TEST(FuzzySimilarity, AMissingCodePairCostsTwoEdits) {
  // 11 tokens with the codes, 9 without: floor(100 * 9 / 11) = 81.
  EXPECT_EQ(Similarity(TermFragment("Screen readers announce the ", "alternative text", " of images."),
                       TextFragment("Screen readers announce the alternative text of images.")),
            81);
}

TEST(FuzzySimilarity, CodeIdsAndTypesDoNotCount) {
  doc::Fragment a = TermFragment("See ", "this", ".");
  doc::Fragment b = a;
  b.items[1].id = b.items[3].id = "7";
  b.items[1].type = b.items[3].type = "bold";
  EXPECT_EQ(Similarity(a, b), 100);
}

TEST(FuzzySimilarity, NothingInCommonScores0) {
  EXPECT_EQ(Similarity(TextFragment("Alpha beta."), TextFragment("")), 0);
  EXPECT_EQ(Similarity(TextFragment("Alpha beta"), TextFragment("gamma delta")), 0);
}

TEST(FuzzySimilarity, IndexWordsAreFoldedLettersAndDigits) {
  EXPECT_EQ(Joined(IndexWords("Don't STOP — Élan 42, l’été!")), "dont|stop|élan|42|lété");
}

TEST(TmCodedText, WritesCodesWithEscapes) {
  doc::Fragment f = TermFragment("a {b} \\ ", "x|y", "");
  f.items.push_back({doc::Inline::Kind::kPlaceholder, "", "2", "image", true});
  EXPECT_EQ(WriteCodedText(f), "a \\{b\\} \\\\ {o|1|term|!}x|y{c|1|term|!}{x|2|image}");
}

TEST(TmCodedText, ReadsWhatItWrites) {
  doc::Fragment f = TermFragment("a {b} \\ ", "x|y", " end");
  f.items.push_back({doc::Inline::Kind::kPlaceholder, "", "i|d", "ty}pe", true});
  doc::Fragment back;
  ASSERT_TRUE(ReadCodedText(WriteCodedText(f), &back).ok());
  EXPECT_EQ(back, f);
}

TEST(TmCodedText, RejectsAnUnclosedCode) {
  doc::Fragment f;
  Status s = ReadCodedText("abc{o|1|term", &f);
  EXPECT_EQ(s.message(),
            "coded text at byte 3: code without '}' (the memory file is damaged; re-import it "
            "from TMX)");
  EXPECT_TRUE(f.empty());
}

}  // namespace
}  // namespace folio::tm
