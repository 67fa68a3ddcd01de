#include "base/text.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>

namespace folio {
namespace {

TEST(CheckUtf8, AcceptsWellFormedText) { EXPECT_TRUE(CheckUtf8("caf\xC3\xA9 \xE2\x80\x99", "a.txt").ok()); }

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

TEST(ToNfc, ComposesDecomposedAccents) { EXPECT_EQ(ToNfc("e\xCC\x81"), "\xC3\xA9"); }

TEST(IsObviouslyNfc, AnswersFromTheTableAndLeavesTheRestToIcu) {
  EXPECT_TRUE(IsObviouslyNfc(""));
  EXPECT_TRUE(IsObviouslyNfc("Plain ASCII, eight bytes and more."));
  EXPECT_TRUE(IsObviouslyNfc("Caf\u00E9 \u00AB\u00A0ici\u00A0\u00BB \u2019\u201C\u2014 \u0416"));
  EXPECT_FALSE(IsObviouslyNfc("Cafe\u0301"));    // a combining mark: ICU decides
  EXPECT_FALSE(IsObviouslyNfc("\u0301"));        // even alone (it may follow a cut)
  EXPECT_FALSE(IsObviouslyNfc("a\u2000b"));      // a singleton: NFC maps it to U+2002
  EXPECT_FALSE(IsObviouslyNfc("\u65E5\u672C"));  // beyond the table
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

// The one-pass check a reader runs on every file gives IsObviouslyNfc's
// answer, and finds a bad byte wherever it sits against the 16-byte steps.
TEST(CheckUtf8, AnswersIsObviouslyNfcInTheSamePass) {
  for (const char* s : {"", "Plain ASCII, more than sixteen bytes of it, and more.",
                        "Caf\u00E9 \u00AB\u00A0ici\u00A0\u00BB \u2019\u201C\u2014 \u0416", "Cafe\u0301 and more text",
                        "a\u2000b", "\u65E5\u672C", "sixteen bytes ok\u0301"}) {
    bool nfc = !IsObviouslyNfc(s);
    ASSERT_TRUE(CheckUtf8(s, "x", &nfc).ok()) << s;
    EXPECT_EQ(nfc, IsObviouslyNfc(s)) << s;
  }
  for (size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\xFF';
    bool nfc = true;
    Status st = CheckUtf8(text, "x", &nfc);
    ASSERT_FALSE(st.ok());
    std::string where = "x:1:" + std::to_string(at + 1) + ": invalid UTF-8 byte 0xFF";
    EXPECT_EQ(st.message().substr(0, where.size()), where);
    std::string ok(40, 'a');
    ok.replace(at, 1, "\u0301");
    ASSERT_TRUE(CheckUtf8(ok, "x", &nfc).ok());
    EXPECT_FALSE(nfc) << at;
  }
}

TEST(SkipAscii, StopsAtTheFirstNonAsciiByteAtEveryOffset) {
  for (size_t len = 0; len < 50; ++len)
    for (size_t at = 0; at <= len; ++at) {
      std::string s(len, 'x');
      if (at < len) s[at] = '\xC3';
      for (size_t from = 0; from <= at; from += 7) EXPECT_EQ(SkipAscii(s, from), at) << len << " " << at;
    }
}

TEST(Fnv1a64, IsStable) { EXPECT_EQ(HexDigits(Fnv1a64("hello"), 64), "a430d84680aabd0b"); }

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// DecodeUtf8 against the plain definition it replaced: find the sequence
// length with every check, then decode.
char32_t ReferenceDecode(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  size_t n = 0;
  char32_t cp = 0;
  if (c < 0x80)
    n = 1, cp = c;
  else if (c >= 0xC2 && c <= 0xDF)
    n = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    n = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    n = 4, cp = c & 0x07;
  bool ok = n > 0 && *i + n <= s.size();
  for (size_t k = 1; ok && k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[*i + k]);
    ok = (cc & 0xC0) == 0x80;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (ok && ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
    ok = false;
  if (!ok) {
    ++*i;
    return 0xFFFD;
  }
  *i += n;
  return cp;
}

TEST(DecodeUtf8, AgreesWithTheDefinitionOnEveryShortSequence) {
  // Every byte first, then the bytes that matter at each later position.
  const unsigned char later[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xFF};
  int checked = 0;
  for (int b0 = 0; b0 < 256; ++b0)
    for (int len = 1; len <= 4; ++len) {
      int combos = 1;
      for (int k = 1; k < len; ++k) combos *= sizeof later;
      for (int combo = 0; combo < combos; ++combo) {
        std::string s(1, static_cast<char>(b0));
        for (int k = 1, rest = combo; k < len; ++k, rest /= sizeof later)
          s += static_cast<char>(later[rest % sizeof later]);
        size_t i = 0, j = 0;
        while (i < s.size()) {
          char32_t a = DecodeUtf8(s, &i), b = ReferenceDecode(s, &j);
          ASSERT_EQ(a, b) << "byte " << b0 << " length " << len;
          ASSERT_EQ(i, j);
        }
        ++checked;
      }
    }
  EXPECT_GT(checked, 1000000);
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

TEST(Whitespace, AsciiSpaceIsCIsspaceAndUnicodeSpaceIsIcuWhiteSpace) {
  for (int c = 0; c < 0x80; ++c) {
    EXPECT_EQ(IsAsciiSpace(static_cast<char32_t>(c)), std::isspace(c) != 0) << c;
    EXPECT_EQ(IsXmlSpace(static_cast<char32_t>(c)), c == ' ' || c == '\t' || c == '\r' || c == '\n') << c;
  }
  for (char32_t c = 0; c < 0x30000; ++c)
    EXPECT_EQ(IsUnicodeSpace(c), u_isUWhiteSpace(static_cast<UChar32>(c)) != 0) << static_cast<int>(c);
}

TEST(Lower, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(Lower("EN-us \xC3\x89T\xC3\x89"), "en-us \xC3\x89t\xC3\x89");
  EXPECT_TRUE(EqualsIgnoringAsciiCase("zh-Hant-TW", "ZH-hant-tw"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("fr", "fr-FR"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("\xC3\x89", "\xC3\xA9"));
}

TEST(Quote, UsesCurlyDoubleQuotes) { EXPECT_EQ(Quote("Hello"), "\u201CHello\u201D"); }

TEST(CountCodePoints, CountsWhatDecodeUtf8ReadsInWellFormedText) {
  for (std::string s :
       {std::string("abc"), std::string("caf\xC3\xA9 \xE2\x80\xA6"), std::string("\xF0\x9F\x98\x80x\xE4\xB8\xAD")}) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++n) DecodeUtf8(s, &i);
    EXPECT_EQ(CountCodePoints(s), n) << s;
  }
}

}  // namespace
}  // namespace folio
