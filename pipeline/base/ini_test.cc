#include "base/ini.h"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(Ini, KeepsSectionsKeysValuesAndLines) {
  IniFile f;
  ASSERT_TRUE(
      ParseIni("# c\nsource-locale = en\n\n[article]\nsource = a.txt\n[article]\nsource = b.txt\n", "p.ini", &f).ok());
  ASSERT_EQ(f.sections.size(), 2u);
  EXPECT_EQ(f.sections[1].line, 6);
  ASSERT_EQ(f.entries.size(), 3u);
  EXPECT_EQ(f.entries[0].section, "");
  EXPECT_EQ(f.entries[0].key, "source-locale");
  EXPECT_EQ(f.entries[0].value, "en");
  EXPECT_EQ(f.entries[2].section, "article");
  EXPECT_EQ(f.entries[2].section_index, 1);
  EXPECT_EQ(f.entries[2].line, 7);
  EXPECT_EQ(f.entries[2].value_col, 10);
}

TEST(Ini, KeepsAHashInsideAValueUnlessInlineCommentsAreOn) {
  IniFile f;
  ASSERT_TRUE(ParseIni("title = C# in depth # not a comment\r\n", "m.ini", &f).ok());
  EXPECT_EQ(f.entries[0].value, "C# in depth # not a comment");
  ASSERT_TRUE(ParseIni("target-locale = fr   # French\nx = a#b\n", "p.ini", &f, /*inline_comments=*/true).ok());
  EXPECT_EQ(f.entries[0].value, "fr");
  EXPECT_EQ(f.entries[1].value, "a#b");
}

TEST(Ini, SkipsAByteOrderMarkAndCarriageReturns) {
  IniFile f;
  ASSERT_TRUE(ParseIni("\xEF\xBB\xBFkey = value\r\n", "p.ini", &f).ok());
  EXPECT_EQ(f.entries[0].key, "key");
  EXPECT_EQ(f.entries[0].value, "value");
}

TEST(Ini, RefusesALineThatIsNoKeyValueWithItsLine) {
  IniFile f;
  Status st = ParseIni("a = 1\n  just words\n", "p.ini", &f);
  EXPECT_EQ(st.message(), "p.ini:2:3: expected \"key = value\"; put a '#' in front of comments");
  st = ParseIni("[article\n", "p.ini", &f);
  EXPECT_EQ(st.message(), "p.ini:1:1: expected a section header like \"[article]\"");
}

}  // namespace
}  // namespace folio
