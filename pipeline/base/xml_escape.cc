#include "base/xml_escape.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "base/text.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// copied in runs, found sixteen or eight bytes at a time.
enum class Context { kContent, kText, kAttribute };

constexpr std::array<bool, 256> SpecialBytes(Context context) {
  std::array<bool, 256> t{};
  for (int b = 0; b < 0x20; ++b) t[b] = true;
  t['\t'] = context == Context::kAttribute;
  t['\n'] = context == Context::kAttribute;
  t['&'] = t['<'] = t['>'] = true;
  t['"'] = context == Context::kAttribute;
  t[0xEF] = true;
  return t;
}

constexpr std::array<bool, 256> kContentSpecial = SpecialBytes(Context::kContent);
constexpr std::array<bool, 256> kTextSpecial = SpecialBytes(Context::kText);
constexpr std::array<bool, 256> kAttributeSpecial = SpecialBytes(Context::kAttribute);

void AppendCp(char32_t c, std::string* out) {
  char hex[24];
  std::snprintf(hex, sizeof hex, "<cp hex=\"%04X\"/>", static_cast<unsigned>(c));
  *out += hex;
}

// Whether any of eight bytes may be special in any context: a control
// character, " & < > or 0xEF. False alarms are allowed (the byte loop then
// decides), misses are not.
inline bool MaybeSpecial(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto has_byte = [&](unsigned char b) {
    uint64_t x = w ^ (b * kOnes);
    return (x - kOnes) & ~x & kHigh;
  };
  uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHigh;
  return below_space | has_byte('"') | has_byte('&') | has_byte('<') | has_byte('>') | has_byte(0xEF);
}

// The index of the first byte at or after `i` that is special in this
// context, or n. Sixteen bytes at a time with SSE2 (baseline on x86-64),
// else eight through a register; a byte special only in another context
// is a false alarm, settled by the table.
inline size_t NextSpecial(const unsigned char* p, size_t i, size_t n, const std::array<bool, 256>& special) {
#if defined(__SSE2__)
  const __m128i below_space = _mm_set1_epi8(0x1F);
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hit = _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space);  // v <= 0x1F
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('&')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('<')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('>')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xEF))));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(hit)); m != 0; m &= m - 1) {
      size_t k = i + static_cast<size_t>(__builtin_ctz(m));
      if (special[p[k]]) return k;
    }
    i += 16;
  }
#endif
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (!MaybeSpecial(w)) {
      i += 8;
      continue;
    }
    for (size_t end = i + 8; i < end; ++i) {
      if (special[p[i]]) return i;
    }
  }
  while (i < n && !special[p[i]]) ++i;
  return i;
}

// Copies runs of ordinary bytes and calls replace(c, out) for each special
// code point (c < 0x80, or a non-XML character starting with 0xEF).
template <typename Replace>
void AppendEscaped(std::string_view text, const std::array<bool, 256>& special, Replace replace,
                   std::string* out) {
  out->reserve(out->size() + text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t run = 0, i = 0;  // run: start of the bytes not yet copied
  while ((i = NextSpecial(p, i, n, special)) < n) {
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
          case '&': *o += "&amp;"; return;
          case '<': *o += "&lt;"; return;
          case '>': *o += "&gt;"; return;
          case '\r': *o += "&#13;"; return;
        }
        if (mode == NonXmlChar::kReplacement) AppendUtf8(0xFFFD, o);
        else AppendCp(c, o);
      },
      out);
}

void AppendSanitizedXml(std::string_view text, bool attribute, std::string* out) {
  AppendEscaped(
      text, attribute ? kAttributeSpecial : kTextSpecial,
      [](char32_t c, std::string* o) {
        switch (c) {
          case '&': *o += "&amp;"; return;
          case '<': *o += "&lt;"; return;
          case '>': *o += "&gt;"; return;
          case '"': *o += "&quot;"; return;
          case '\n': *o += "&#10;"; return;
          case '\t': *o += "&#9;"; return;
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
    if (IsXmlChar(c) && c != '\r') s.append(text.substr(start, i - start));
    else AppendUtf8(0xFFFD, &s);
  }
  return s;
}

}  // namespace folio
