#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>
#include <string>

#include "render/speech_text.h"

namespace folio::render {
namespace {

TEST(SpeechStrings, ReturnsTheEnglishDefaultForAMissingKey) {
  SpeechStrings s;
  s.values["heading"] = "Partie : {text}.";
  EXPECT_EQ(s.Get("heading"), "Partie : {text}.");
  EXPECT_EQ(s.Get("list_end"), "End of list.");
  EXPECT_EQ(s.Get("and"), "and");
  EXPECT_EQ(s.Get("title"), "{text}");
  EXPECT_EQ(s.Get("item"), "{text}");
  EXPECT_EQ(s.Get("list"), "{n, plural, one {A list of one item.} other {A list of # items.}}");
  EXPECT_EQ(s.Get("no-such-key"), "");
}

class SpeechStringsFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "folio-speech-XXXXXX";
    ASSERT_NE(mkdtemp(dir_.data()), nullptr);
    path_ = dir_ + "/speech.ini";
  }
  Status Load(const std::string& contents, SpeechStrings* out) {
    std::ofstream(path_, std::ios::binary) << contents;
    return LoadSpeechStrings(path_, out);
  }
  std::string dir_, path_;
};

TEST_F(SpeechStringsFile, KeepsTheDefaultsWhenTheFileIsMissing) {
  SpeechStrings s;
  Status status = LoadSpeechStrings(dir_ + "/none.ini", &s);
  EXPECT_TRUE(status.ok()) << status.ToString();
  EXPECT_TRUE(s.values.empty());
}

TEST_F(SpeechStringsFile, ReadsKeysValuesAndSkipsComments) {
  SpeechStrings s;
  Status status = Load(
      "\xEF\xBB\xBF# Speech strings, French\r\n"
      "; also a comment\n"
      "\n"
      "heading = Section : {text}.\r\n"
      "list = {n, plural, one {Une liste d’un élément.} other {Une liste de # éléments.}}\n"
      "  and=et  \n"
      "list_end = Fin de la liste.",
      &s);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(s.values.size(), 4u);
  EXPECT_EQ(s.Get("heading"), "Section : {text}.");
  EXPECT_EQ(s.Get("list"), "{n, plural, one {Une liste d’un élément.} other {Une liste de # éléments.}}");
  EXPECT_EQ(s.Get("and"), "et");
  EXPECT_EQ(s.Get("list_end"), "Fin de la liste.");
  EXPECT_EQ(s.Get("item"), "{text}");
}

TEST_F(SpeechStringsFile, RejectsALineWithoutEquals) {
  SpeechStrings s;
  Status status = Load("and = et\nheading Section\n", &s);
  EXPECT_EQ(status.message(), path_ + ":2:1: expected \"key = value\"; put a '#' in front of comments");
}

TEST_F(SpeechStringsFile, RejectsAnUnknownKeyAndLeavesTheStringsAlone) {
  SpeechStrings s;
  Status status = Load("and = et\nheadng = Section : {text}.\n", &s);
  EXPECT_EQ(status.message(),
            path_ + ":2:1: unknown key \"headng\"; the keys are and, heading, item, list, list_end, title");
  EXPECT_TRUE(s.values.empty());
}

TEST_F(SpeechStringsFile, RejectsAPatternIcuCannotRead) {
  SpeechStrings s;
  Status status = Load("list = {n, plural, other {# éléments}\n", &s);
  EXPECT_EQ(status.message(),
            path_ +
                ":1:8: cannot read the pattern of \"list\": 2 '{' but 1 '}'; write it as in "
                "the English default \"{n, plural, one {A list of one item.} other {A list of # items.}}\"");
}

TEST_F(SpeechStringsFile, PointsAtTheSyntaxErrorIcuFinds) {
  SpeechStrings s;
  Status status = Load("list = {n, plurl, other {# éléments}}\n", &s);
  EXPECT_EQ(status.message(),
            path_ +
                ":1:8: cannot read the pattern of \"list\": ICU says U_ILLEGAL_ARGUMENT_ERROR; write it "
                "as in the English default \"{n, plural, one {A list of one item.} other {A list of # "
                "items.}}\"");
}

TEST_F(SpeechStringsFile, RejectsAnUnknownArgument) {
  SpeechStrings s;
  Status status = Load("heading = Section : {texte}.\n", &s);
  EXPECT_EQ(status.message(), path_ + ":1:11: unknown argument {texte} in \"heading\"; use {text}");
  status = Load("list_end = Fin des {n} éléments.\n", &s);
  EXPECT_EQ(status.message(), path_ + ":1:12: unknown argument {n} in \"list_end\"; it takes no arguments");
}

TEST_F(SpeechStringsFile, RejectsAHeadingWithoutItsText) {
  SpeechStrings s;
  Status status = Load("heading = Section.\n", &s);
  EXPECT_EQ(status.message(), path_ + ":1:11: \"heading\" must contain {text}, where the words being announced go");
}

}  // namespace
}  // namespace folio::render
