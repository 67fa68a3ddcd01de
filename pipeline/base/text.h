// Small text helpers shared by every stage: UTF-8 checks, line/column
// mapping, NFC, hashing for stable ids (XML escaping: base/xml_escape.h).
#ifndef FOLIO_BASE_TEXT_H_
#define FOLIO_BASE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace folio {

// Returns OK when `bytes` is well-formed UTF-8; otherwise an error
// "path:line:col: invalid UTF-8 byte 0xNN ..." pointing at the first bad byte.
// With `obviously_nfc`, also sets it to IsObviouslyNfc(bytes) on success, in
// the same pass (readers check every file both ways).
Status CheckUtf8(std::string_view bytes, const std::string& path, bool* obviously_nfc = nullptr);

// The first offset at or after `i` whose byte is not ASCII, or s.size().
size_t SkipAscii(std::string_view s, size_t i);

// 1-based line and column (in code points) of byte `offset` in `text`.
void LineColAt(std::string_view text, size_t offset, int* line, int* col);

// Unicode NFC normalization (ICU). Invalid UTF-8 is replaced by U+FFFD.
std::string ToNfc(std::string_view utf8);
// True when `utf8` is NFC for a reason that holds for every part of it too:
// each code point is one NFC never changes, whatever its neighbours
// (NFC_Quick_Check=Yes, combining class 0), known from a table for code
// points below U+3000. False means "ask ICU", not "not NFC".
bool IsObviouslyNfc(std::string_view utf8);
// Normalizes *text to NFC in place; costs nothing when it already is.
void NfcInPlace(std::string* text);

// 64-bit FNV-1a. Stable across platforms and runs: unit ids are built on it.
uint64_t Fnv1a64(std::string_view data);

// `bits` low bits of `h` as lower-case hex (bits a multiple of 4).
std::string HexDigits(uint64_t h, int bits);

// Decodes one code point at s[*i], advancing *i. Returns U+FFFD on bad input
// (overlong forms, surrogates, values above U+10FFFF, a sequence cut short),
// advancing by one byte. Inline: every stage decodes in its hot loop.
inline char32_t DecodeUtf8(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *i;
  const size_t left = s.size() - *i;
  const unsigned char c = p[0];
  if (c < 0x80) {
    *i += 1;
    return c;
  }
  auto cont = [&](size_t k) { return (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    if (left >= 2 && cont(1)) {
      *i += 2;
      return static_cast<char32_t>(((c & 0x1F) << 6) | (p[1] & 0x3F));
    }
  } else if (c >= 0xE0 && c <= 0xEF) {
    if (left >= 3 && cont(1) && cont(2)) {
      char32_t cp = static_cast<char32_t>(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        *i += 3;
        return cp;
      }
    }
  } else if (c >= 0xF0 && c <= 0xF4) {
    if (left >= 4 && cont(1) && cont(2) && cont(3)) {
      char32_t cp =
          static_cast<char32_t>(((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F));
      if (cp >= 0x10000 && cp <= 0x10FFFF) {
        *i += 4;
        return cp;
      }
    }
  }
  *i += 1;
  return 0xFFFD;
}
void AppendUtf8(char32_t cp, std::string* out);

// The number of code points in well-formed UTF-8 `s` (defined in
// base/scan.cc, beside its plain version).
size_t CountCodePoints(std::string_view s);

// Whitespace, one class per rule that needs one; every stage asks these.
// XML's S production (also JSON's whitespace): space, tab, CR, LF.
constexpr bool IsXmlSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
// C's isspace in the "C" locale: IsXmlSpace plus vertical tab and form feed.
constexpr bool IsAsciiSpace(char32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
// Unicode White_Space (ICU u_isUWhiteSpace); ASCII answered inline.
bool IsUnicodeSpaceAboveAscii(char32_t c);
inline bool IsUnicodeSpace(char32_t c) { return c < 0x80 ? IsAsciiSpace(c) : IsUnicodeSpaceAboveAscii(c); }

// Splits on runs of IsXmlSpace; no empty pieces.
std::vector<std::string> SplitWords(std::string_view s);

// Trims IsXmlSpace at both ends; the second form trims what `is_space` says.
std::string_view Trim(std::string_view s);
std::string_view Trim(std::string_view s, bool (*is_space)(char32_t));

// ASCII case folding: A-Z to a-z, every other byte unchanged (language
// tags, file extensions, keywords; never for text in a language).
std::string Lower(std::string_view s);
bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b);

// `s` between curly double quotes, as messages quote the user's text.
std::string Quote(std::string_view s);

}  // namespace folio

#endif  // FOLIO_BASE_TEXT_H_
