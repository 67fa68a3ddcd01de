#include "base/text.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace folio {
namespace {

TEST(CheckUtf8, AcceptsWellFormedText) {
  EXPECT_TRUE(CheckUtf8("caf\xC3\xA9 \xE2\x80\x99", "a.txt").ok());
}

TEST(CheckUtf8, PointsAtTheFirstBadByte) {
  Status s = CheckUtf8("ok\nab\xFF", "a.txt");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "a.txt:2:3: invalid UTF-8 byte 0xFF; save the file as UTF-8 (folio reads only UTF-8) "
            "and try again");
}

TEST(CheckUtf8, RejectsOverlongAndSurrogates) {
  EXPECT_FALSE(CheckUtf8("\xC0\xAF", "x").ok());
  EXPECT_FALSE(CheckUtf8("\xED\xA0\x80", "x").ok());
}

TEST(ToNfc, ComposesDecomposedAccents) {
  EXPECT_EQ(ToNfc("e\xCC\x81"), "\xC3\xA9");
}

TEST(IsObviouslyNfc, AnswersFromTheTableAndLeavesTheRestToIcu) {
  EXPECT_TRUE(IsObviouslyNfc(""));
  EXPECT_TRUE(IsObviouslyNfc("Plain ASCII, eight bytes and more."));
  EXPECT_TRUE(IsObviouslyNfc("Caf\u00E9 \u00AB\u00A0ici\u00A0\u00BB \u2019\u201C\u2014 \u0416"));
  EXPECT_FALSE(IsObviouslyNfc("Cafe\u0301"));      // a combining mark: ICU decides
  EXPECT_FALSE(IsObviouslyNfc("\u0301"));           // even alone (it may follow a cut)
  EXPECT_FALSE(IsObviouslyNfc("a\u2000b"));         // a singleton: NFC maps it to U+2002
  EXPECT_FALSE(IsObviouslyNfc("\u65E5\u672C"));     // beyond the table
  EXPECT_FALSE(IsObviouslyNfc("bad \xC3 byte"));
  // Whatever it says yes to, ICU itself (not ToNfc, which asks
  // IsObviouslyNfc first) agrees is NFC, before and after any letter.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  ASSERT_TRUE(U_SUCCESS(err));
  int yes = 0;
  for (char32_t c = 0x80; c < 0x3000; ++c) {
    std::string s = "a";
    AppendUtf8(c, &s);
    s += "e";
    if (!IsObviouslyNfc(s)) continue;
    ++yes;
    EXPECT_TRUE(nfc->isNormalized(icu::UnicodeString::fromUTF8(s), err)) << std::hex << static_cast<uint32_t>(c);
  }
  EXPECT_GT(yes, 8000);
}

TEST(XmlEscape, EscapesMarkupAndQuotesInAttributes) {
  EXPECT_EQ(XmlEscape("<a & \"b\">"), "&lt;a &amp; \"b\"&gt;");
  EXPECT_EQ(XmlEscape("\"x\"", true), "&quot;x&quot;");
}

TEST(Fnv1a64, IsStable) {
  EXPECT_EQ(HexDigits(Fnv1a64("hello"), 64), "a430d84680aabd0b");
}

}  // namespace
}  // namespace folio
