#include "base/text.h"

#include <gtest/gtest.h>

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

TEST(XmlEscape, EscapesMarkupAndQuotesInAttributes) {
  EXPECT_EQ(XmlEscape("<a & \"b\">"), "&lt;a &amp; \"b\"&gt;");
  EXPECT_EQ(XmlEscape("\"x\"", true), "&quot;x&quot;");
}

TEST(Fnv1a64, IsStable) {
  EXPECT_EQ(HexDigits(Fnv1a64("hello"), 64), "a430d84680aabd0b");
}

}  // namespace
}  // namespace folio
