#include "base/text.h"

#include <cstring>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "base/code_point_pages.h"
#include "base/scan.h"

namespace folio {

namespace {

// Code points NFC never changes, whatever their neighbours: NFC_Quick_Check
// Yes and combining class 0. Known from a table below U+3000.
bool NfcInert(char32_t c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
}
constexpr char32_t kNfcTableEnd = 0x3000;
constinit const CodePointPages<bool, kNfcTableEnd, NfcInert> kNfcInert;

bool ObviouslyNfcCodePoint(char32_t c) { return c < 0x80 || (c < kNfcTableEnd && kNfcInert[c]); }

}  // namespace

Status CheckUtf8(std::string_view bytes, const std::string& path, bool* obviously_nfc) {
  bool nfc = true;
  size_t i = 0;
  while (true) {
    i = SkipAscii(bytes, i);
    if (i >= bytes.size()) break;
    // DecodeUtf8 reads an ill-formed byte as U+FFFD one byte long (a real
    // U+FFFD is three): one definition of ill-formed for every stage.
    size_t start = i;
    char32_t cp = DecodeUtf8(bytes, &i);
    if (cp == 0xFFFD && i - start == 1) {
      i = start;
      int line, col;
      LineColAt(bytes, i, &line, &col);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[i]));
      return Status::At({path, line, col}, std::string("invalid UTF-8 byte ") + hex +
                                               "; save the file as UTF-8 (folio reads only UTF-8) and try again");
    }
    if (obviously_nfc != nullptr && nfc) nfc = ObviouslyNfcCodePoint(cp);
  }
  if (obviously_nfc != nullptr) *obviously_nfc = nfc;
  return Status::Ok();
}

void LineColAt(std::string_view text, size_t offset, int* line, int* col) {
  int l = 1, c = 1;
  if (offset > text.size()) offset = text.size();
  for (size_t i = 0; i < offset; ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch == '\n') {
      ++l;
      c = 1;
    } else if ((ch & 0xC0) != 0x80)
      ++c;  // count code points, not bytes
  }
  *line = l;
  *col = c;
}

// True when every code point of `utf8` is one after which and before which
// NFC never changes anything (NFC_Quick_Check=Yes and combining class 0),
// so the text is NFC without asking ICU. Decides from a table of the code
// points below U+3000 (ASCII, Latin, Greek, Cyrillic, general punctuation);
// anything else (or invalid UTF-8) answers false and goes to ICU.
bool IsObviouslyNfc(std::string_view utf8) {
  size_t i = 0;
  while (true) {
    i = SkipAscii(utf8, i);
    if (i >= utf8.size()) return true;
    // U+FFFD (beyond the table) for ill-formed bytes.
    if (!ObviouslyNfcCodePoint(DecodeUtf8(utf8, &i))) return false;
  }
}

void NfcInPlace(std::string* text) {
  if (!IsObviouslyNfc(*text)) *text = ToNfc(*text);
}

std::string ToNfc(std::string_view utf8) {
  if (IsObviouslyNfc(utf8)) return std::string(utf8);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(utf8);
  // Almost all text is already NFC: check the UTF-8 in place before paying
  // for the round trip through UTF-16.
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) return std::string(utf8);
  err = U_ZERO_ERROR;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(piece);
  icu::UnicodeString out = nfc->normalize(in, err);
  if (U_FAILURE(err)) return std::string(utf8);
  std::string s;
  out.toUTF8String(s);
  return s;
}

uint64_t Fnv1a64(std::string_view data) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string HexDigits(uint64_t h, int bits) {
  static const char* kHex = "0123456789abcdef";
  std::string s;
  for (int shift = bits - 4; shift >= 0; shift -= 4) s += kHex[(h >> shift) & 0xF];
  return s;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsXmlSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsXmlSpace(s[j])) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string_view Trim(std::string_view s) { return Trim(s, IsXmlSpace); }

std::string_view Trim(std::string_view s, bool (*is_space)(char32_t)) {
  while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsUnicodeSpaceAboveAscii(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::string Quote(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

}  // namespace folio
