#include "base/xml_escape.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "base/scan.h"
#include "base/text.h"

namespace folio {

bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

namespace {

// The bytes that cannot be copied as they are, one table per context: C0
// controls, & < >, and 0xEF, which starts U+FFFE and U+FFFF (the only
// non-characters well-formed UTF-8 can hold: surrogates and values beyond
// U+10FFFF are ill-formed, and ill-formed bytes are copied unchanged, as
// DecodeUtf8 reads them as U+FFFD, an XML character). Everything else is
// copied in runs (FindXmlSpecial).
enum class Context { kContent, kText, kAttribute };

constexpr ByteSet SpecialBytes(Context context) {
  ByteSet t{};
  for (int b = 0; b < 0x20; ++b) t[b] = true;
  t['\t'] = context == Context::kAttribute;
  t['\n'] = context == Context::kAttribute;
  t['&'] = t['<'] = t['>'] = true;
  t['"'] = context == Context::kAttribute;
  t[0xEF] = true;
  return t;
}

constexpr ByteSet kContentSpecial = SpecialBytes(Context::kContent);
constexpr ByteSet kTextSpecial = SpecialBytes(Context::kText);
constexpr ByteSet kAttributeSpecial = SpecialBytes(Context::kAttribute);
static_assert(IsXmlSpecialSubset(kContentSpecial) && IsXmlSpecialSubset(kTextSpecial) &&
              IsXmlSpecialSubset(kAttributeSpecial));

void AppendCp(char32_t c, std::string* out) {
  char hex[24];
  std::snprintf(hex, sizeof hex, "<cp hex=\"%04X\"/>", static_cast<unsigned>(c));
  *out += hex;
}

// Copies runs of ordinary bytes and calls replace(c, out) for each special
// code point (c < 0x80, or a non-XML character starting with 0xEF).
template <typename Replace>
void AppendEscaped(std::string_view text, const ByteSet& special, Replace replace, std::string* out) {
  out->reserve(out->size() + text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t run = 0, i = 0;  // run: start of the bytes not yet copied
  while ((i = FindXmlSpecial(text, i, special)) < n) {
    size_t start = i;
    char32_t c;
    if (p[i] == 0xEF) {
      c = DecodeUtf8(text, &i);
      if (IsXmlChar(c)) continue;  // copied with its run
    } else {
      c = p[i++];
    }
    out->append(text.data() + run, start - run);
    run = i;
    replace(c, out);
  }
  out->append(text.data() + run, n - run);
}

}  // namespace

void AppendXmlText(std::string_view text, NonXmlChar mode, std::string* out) {
  AppendEscaped(
      text, kContentSpecial,
      [mode](char32_t c, std::string* o) {
        switch (c) {
          case '&':
            *o += "&amp;";
            return;
          case '<':
            *o += "&lt;";
            return;
          case '>':
            *o += "&gt;";
            return;
          case '\r':
            *o += "&#13;";
            return;
        }
        if (mode == NonXmlChar::kReplacement)
          AppendUtf8(0xFFFD, o);
        else
          AppendCp(c, o);
      },
      out);
}

void AppendSanitizedXml(std::string_view text, bool attribute, std::string* out) {
  AppendEscaped(
      text, attribute ? kAttributeSpecial : kTextSpecial,
      [](char32_t c, std::string* o) {
        switch (c) {
          case '&':
            *o += "&amp;";
            return;
          case '<':
            *o += "&lt;";
            return;
          case '>':
            *o += "&gt;";
            return;
          case '"':
            *o += "&quot;";
            return;
          case '\n':
            *o += "&#10;";
            return;
          case '\t':
            *o += "&#9;";
            return;
        }
        AppendUtf8(0xFFFD, o);  // CR and the characters XML cannot hold
      },
      out);
}

std::string XmlEscape(std::string_view text, bool attribute) {
  std::string out;
  AppendSanitizedXml(text, attribute, &out);
  return out;
}

std::string SanitizeXmlText(std::string_view text) {
  std::string s;
  s.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(text, &i);
    if (IsXmlChar(c) && c != '\r')
      s.append(text.substr(start, i - start));
    else
      AppendUtf8(0xFFFD, &s);
  }
  return s;
}

}  // namespace folio
