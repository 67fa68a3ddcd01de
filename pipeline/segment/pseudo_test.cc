#include "segment/pseudo.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <sstream>

#include "base/file_io.h"
#include "base/text.h"
#include "doc/dump.h"
#include "segment/segmenter.h"
#include "segment/test_braces.h"

namespace folio::segment {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) DecodeUtf8(s, &i);
  return n;
}

std::vector<std::string> ArticleLines() {
  std::string text;
  EXPECT_TRUE(ReadFile(FOLIO_SOURCE_DIR "/source-text/article.txt", &text).ok());
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line.rfind("- ", 0) == 0 ? line.substr(2) : line);
  return lines;
}

TEST(Pseudo, RecognizesOnlyFoliosPseudoLocales) {
  EXPECT_TRUE(IsPseudoLocale("qps-ploc"));
  EXPECT_TRUE(IsPseudoLocale("qps-plocm"));
  EXPECT_TRUE(IsPseudoLocale("QPS-PLOC"));
  EXPECT_FALSE(IsPseudoLocale("qps-ploca"));
  EXPECT_FALSE(IsPseudoLocale("fr"));
}

TEST(Pseudo, MapsEveryAsciiLetterToOneAccentedLookAlike) {
  EXPECT_EQ(PseudolocalizeText("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ", "qps-ploc"),
            "[åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ ········ ·······]");
}

TEST(Pseudo, WrapsInBracketsAndPadsWithDotsToAThirdLonger) {
  // 12 code points grow by ceil(12 * 0.35) = 5: two brackets, " ··".
  EXPECT_EQ(PseudolocalizeText("Hello world.", "qps-ploc"), "[Ĥéļļö ŵöŕļð. ··]");
  EXPECT_EQ(PseudolocalizeText("OK", "qps-ploc"), "[ÖĶ]");
}

TEST(Pseudo, KeepsCodesInPlaceAndPseudolocalizesTheTermInside) {
  doc::Fragment f = FragmentFromBraces("{1}Tears of awe{/1}: The intimacy is so profound.");
  EXPECT_EQ(doc::FragmentToBraces(Pseudolocalize(f, "qps-ploc")),
            "[{1}Ţéåŕš öƒ åŵé{/1}: Ţĥé îñţîɱåçý îš šö þŕöƒöûñð. ········ ···]");
  doc::Fragment out = Pseudolocalize(FragmentFromBraces("A {2/}b {1}c{/1}."), "qps-ploc");
  ASSERT_EQ(out.items.size(), 7u);
  EXPECT_EQ(out.items[1].kind, doc::Inline::Kind::kPlaceholder);
  EXPECT_EQ(out.items[3].kind, doc::Inline::Kind::kOpen);
  EXPECT_EQ(out.items[3].type, "term");
  EXPECT_FALSE(out.items[3].can_delete);
  EXPECT_EQ(out.items[5].kind, doc::Inline::Kind::kClose);
  EXPECT_EQ(out.items[6].text, ".·]");
}

TEST(Pseudo, LeavesOtherLocalesAndEmptyTextAlone) {
  doc::Fragment f = FragmentFromBraces("{1}Term{/1}: text");
  EXPECT_EQ(Pseudolocalize(f, "fr"), f);
  EXPECT_EQ(PseudolocalizeText("Text", "de"), "Text");
  EXPECT_EQ(PseudolocalizeText("", "qps-ploc"), "");
}

TEST(Pseudo, ExpandsTheArticleByThirtyToFortyPercent) {
  std::unique_ptr<Segmenter> segmenter;
  ASSERT_TRUE(Segmenter::Create("en", &segmenter).ok());
  size_t in_lines = 0, out_lines = 0, in_sentences = 0, out_sentences = 0;
  for (const std::string& line : ArticleLines()) {
    in_lines += CodePoints(line);
    out_lines += CodePoints(PseudolocalizeText(line, "qps-ploc"));
    for (const Sentence& s : segmenter->Split(doc::TextFragment(line))) {
      std::string plain = s.text.PlainText();
      in_sentences += CodePoints(plain);
      out_sentences += CodePoints(Pseudolocalize(s.text, "qps-ploc").PlainText());
    }
  }
  double by_line = static_cast<double>(out_lines) / in_lines - 1;
  double by_sentence = static_cast<double>(out_sentences) / in_sentences - 1;
  EXPECT_GE(by_line, 0.30);
  EXPECT_LE(by_line, 0.40);
  EXPECT_GE(by_sentence, 0.30);
  EXPECT_LE(by_sentence, 0.40);
}

TEST(Pseudo, LeavesNoAsciiLetterAndWritesNfc) {
  for (const char* tag : {"qps-ploc", "qps-plocm"}) {
    for (const std::string& line : ArticleLines()) {
      std::string out = PseudolocalizeText(line, tag);
      for (char c : out) ASSERT_FALSE(std::isalpha(static_cast<unsigned char>(c))) << out;
      EXPECT_EQ(ToNfc(out), out);
    }
  }
}

TEST(Pseudo, MirroredTextHasNoBidiOrOtherInvisibleControls) {
  for (const std::string& line : ArticleLines()) {
    std::string out = PseudolocalizeText(line, "qps-plocm");
    for (size_t i = 0; i < out.size();) {
      char32_t c = DecodeUtf8(out, &i);
      EXPECT_NE(u_charType(c), U_FORMAT_CHAR) << "U+" << std::hex << static_cast<uint32_t>(c);
      EXPECT_NE(u_charType(c), U_CONTROL_CHAR) << "U+" << std::hex << static_cast<uint32_t>(c);
      EXPECT_FALSE(u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL));
    }
  }
}

TEST(Pseudo, IsDeterministic) {
  doc::Fragment f = FragmentFromBraces("{1}Chakra shifts{/1}: Sex lights up the sacral chakra.");
  EXPECT_EQ(Pseudolocalize(f, "qps-ploc"), Pseudolocalize(f, "qps-ploc"));
  EXPECT_EQ(Pseudolocalize(f, "qps-ploc"), Pseudolocalize(f, "qps-plocm"));
}

}  // namespace
}  // namespace folio::segment
