#include "base/text.h"

#include <cstring>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/unistr.h>

#include <cstdio>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/code_point_pages.h"

namespace folio {

namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 if it is malformed
// (overlong forms, surrogates and values above U+10FFFF are malformed too).
// Sets *code_point when it is well-formed.
size_t Utf8SequenceLength(std::string_view s, size_t i, char32_t* code_point) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *code_point = c;
    return 1;
  }
  size_t n;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  *code_point = cp;
  return n;
}

// Code points NFC never changes, whatever their neighbours: NFC_Quick_Check
// Yes and combining class 0. Known from a table below U+3000.
bool NfcInert(char32_t c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
}
constexpr char32_t kNfcTableEnd = 0x3000;
constinit const CodePointPages<bool, kNfcTableEnd, NfcInert> kNfcInert;

bool ObviouslyNfcCodePoint(char32_t c) { return c < 0x80 || (c < kNfcTableEnd && kNfcInert[c]); }

}  // namespace

size_t SkipAscii(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
#if defined(__SSE2__)
  while (i + 16 <= n) {
    int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(high)));
    i += 16;
  }
#endif
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

Status CheckUtf8(std::string_view bytes, const std::string& path, bool* obviously_nfc) {
  bool nfc = true;
  size_t i = 0;
  while (true) {
    i = SkipAscii(bytes, i);
    if (i >= bytes.size()) break;
    char32_t cp = 0;
    size_t n = Utf8SequenceLength(bytes, i, &cp);
    if (n == 0) {
      int line, col;
      LineColAt(bytes, i, &line, &col);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[i]));
      return Status::At({path, line, col},
                        std::string("invalid UTF-8 byte ") + hex +
                            "; save the file as UTF-8 (folio reads only UTF-8) and try again");
    }
    if (obviously_nfc != nullptr && nfc) nfc = ObviouslyNfcCodePoint(cp);
    i += n;
  }
  if (obviously_nfc != nullptr) *obviously_nfc = nfc;
  return Status::Ok();
}

void LineColAt(std::string_view text, size_t offset, int* line, int* col) {
  int l = 1, c = 1;
  if (offset > text.size()) offset = text.size();
  for (size_t i = 0; i < offset; ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch == '\n') { ++l; c = 1; }
    else if ((ch & 0xC0) != 0x80) ++c;  // count code points, not bytes
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
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    size_t j = i;
    while (j < s.size() && !(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

}  // namespace folio
