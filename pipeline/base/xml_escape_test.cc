// xml_escape's table-driven escaping checked against the plain per-code-point
// definitions it replaced, on hand-picked cases and on random byte strings
// (controls, markup characters, U+FFFE/U+FFFF, ill-formed UTF-8).
#include "base/xml_escape.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "base/text.h"

namespace folio {
namespace {

// The definition: decode every code point, escape or replace it.
std::string ReferenceContent(std::string_view text, NonXmlChar mode) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(text, &i);
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '\r')
      out += "&#13;";
    else if (IsXmlChar(c))
      out.append(text.substr(start, i - start));  // ill-formed bytes too (read as U+FFFD)
    else if (mode == NonXmlChar::kReplacement)
      AppendUtf8(0xFFFD, &out);
    else {
      char hex[24];
      std::snprintf(hex, sizeof hex, "<cp hex=\"%04X\"/>", static_cast<unsigned>(c));
      out += hex;
    }
  }
  return out;
}

std::string Content(std::string_view text, NonXmlChar mode) {
  std::string out = "prefix:";
  AppendXmlText(text, mode, &out);
  return out.substr(7);
}

std::string Sanitized(std::string_view text, bool attribute) {
  std::string out;
  AppendSanitizedXml(text, attribute, &out);
  return out;
}

TEST(XmlTextTest, EscapesMarkupAndCarriageReturn) {
  EXPECT_EQ(Content("a<b>&c\r\nd\te", NonXmlChar::kCpElement), "a&lt;b&gt;&amp;c&#13;\nd\te");
  EXPECT_EQ(Content("\"quoted\" 'single'", NonXmlChar::kCpElement), "\"quoted\" 'single'");
}

TEST(XmlTextTest, NonXmlCharactersBecomeCpOrReplacement) {
  EXPECT_EQ(Content("x\x1By", NonXmlChar::kCpElement), "x<cp hex=\"001B\"/>y");
  EXPECT_EQ(Content("x\x1By", NonXmlChar::kReplacement), "x\uFFFDy");
  EXPECT_EQ(Content("\xEF\xBF\xBE|\xEF\xBF\xBF", NonXmlChar::kCpElement), "<cp hex=\"FFFE\"/>|<cp hex=\"FFFF\"/>");
  // U+FFFD and other characters starting with 0xEF are ordinary.
  EXPECT_EQ(Content("\uFFFD\uFF01\uE000", NonXmlChar::kCpElement), "\uFFFD\uFF01\uE000");
}

TEST(XmlTextTest, SanitizedTextAndAttributes) {
  EXPECT_EQ(Sanitized("a<b>&\"c\"\r\n\t\x01", false), "a&lt;b&gt;&amp;\"c\"\uFFFD\n\t\uFFFD");
  EXPECT_EQ(Sanitized("a<b>&\"c\"\r\n\t\x01", true), "a&lt;b&gt;&amp;&quot;c&quot;\uFFFD&#10;&#9;\uFFFD");
  EXPECT_EQ(Sanitized("\xEF\xBF\xBF", true), "\uFFFD");
}

TEST(XmlTextTest, RandomBytesMatchTheDefinition) {
  // Bytes drawn mostly from the interesting ones, so that runs of special
  // bytes, sequences cut short and 0xEF in every position all occur.
  const unsigned char kPool[] = {'a',  ' ',  '<',  '>',  '&',  '"',  '\r', '\n', '\t', 0x01, 0x1F,
                                 0x7F, 0x80, 0xBF, 0xBE, 0xC3, 0xA9, 0xE2, 0x80, 0x99, 0xED, 0xA0,
                                 0xEF, 0xEF, 0xBF, 0xBF, 0xF0, 0x9F, 0xF4, 0x90, 0xFF};
  std::mt19937 rng(20261126);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    size_t len = rng() % 24;
    for (size_t k = 0; k < len; ++k) {
      s += static_cast<char>(kPool[rng() % sizeof kPool]);
      // Ordinary runs too, so that eight-byte chunks with and without a
      // special byte meet every alignment.
      if (rng() % 4 == 0) s += std::string("plain text ordinary ").substr(0, rng() % 20);
    }
    for (NonXmlChar mode : {NonXmlChar::kCpElement, NonXmlChar::kReplacement})
      ASSERT_EQ(Content(s, mode), ReferenceContent(s, mode)) << "round " << round;
    for (bool attribute : {false, true})
      ASSERT_EQ(Sanitized(s, attribute), XmlEscape(SanitizeXmlText(s), attribute)) << "round " << round;
  }
}

TEST(XmlEscape, EscapesMarkupAndQuotesInAttributes) {
  EXPECT_EQ(XmlEscape("<a & \"b\">"), "&lt;a &amp; \"b\"&gt;");
  EXPECT_EQ(XmlEscape("\"x\"", true), "&quot;x&quot;");
}

}  // namespace
}  // namespace folio
