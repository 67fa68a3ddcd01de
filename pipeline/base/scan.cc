#include "base/scan.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__) && !defined(FOLIO_PORTABLE)
#define FOLIO_FAST_SCAN 1
#include <emmintrin.h>
#else
#define FOLIO_FAST_SCAN 0
#endif

namespace folio {

namespace {

const unsigned char* Bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

// The plain versions: the definitions.

size_t SkipAsciiPlain(std::string_view s, size_t i) {
  const unsigned char* p = Bytes(s);
  while (i < s.size() && p[i] < 0x80) ++i;
  return i;
}

size_t CountCodePointsPlain(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void CountLineEndsPlain(std::string_view s, size_t* lf, size_t* cr) {
  size_t n_lf = 0, n_cr = 0;
  for (char c : s) {
    n_lf += c == '\n';
    n_cr += c == '\r';
  }
  *lf = n_lf;
  *cr = n_cr;
}

size_t SkipSingleSpacedPlain(std::string_view s, size_t i) {
  const unsigned char* p = Bytes(s);
  for (size_t k = i; k < s.size(); ++k)
    if (p[k] < 0x20 || (p[k] == ' ' && k > i && p[k - 1] == ' ')) return k;
  return s.size();
}

size_t WidenAsciiPlain(std::string_view s, char16_t* out) {
  const unsigned char* p = Bytes(s);
  size_t i = 0;
  for (; i < s.size() && p[i] < 0x80; ++i) out[i] = p[i];
  return i;
}

size_t SkipFoldFreeAsciiPlain(std::string_view s, size_t i, bool space_before) {
  const unsigned char* p = Bytes(s);
  for (bool prev_space = space_before; i < s.size(); ++i) {
    if (p[i] >= 0x80 || p[i] < 0x20 || (p[i] == ' ' && prev_space)) return i;
    prev_space = p[i] == ' ';
  }
  return i;
}

AsciiClasses ClassifyAscii16Plain(std::string_view s, size_t i) {
  AsciiClasses c;
  const unsigned char* p = Bytes(s);
  for (int j = 0; j < 16 && i + j < s.size() && p[i + j] < 0x80; ++j) {
    const unsigned char b = p[i + j];
    const uint32_t bit = 1u << j;
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) c.letter |= bit;
    if (b >= '0' && b <= '9') c.digit |= bit;
    if (b == '.' || b == '\'') c.mid_num_let |= bit;
    if (b == ',' || b == ';') c.mid_num |= bit;
    if (b == '_') c.underscore |= bit;
    c.length = j + 1;
  }
  return c;
}

size_t FindXmlSpecialPlain(std::string_view s, size_t i, const ByteSet& special) {
  const unsigned char* p = Bytes(s);
  while (i < s.size() && !special[p[i]]) ++i;
  return i;
}

#if FOLIO_FAST_SCAN

const bool kFastScan = true;

size_t SkipAscii(std::string_view s, size_t i) {
  const unsigned char* p = Bytes(s);
  const size_t n = s.size();
  while (i + 16 <= n) {
    int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(high)));
    i += 16;
  }
  return SkipAsciiPlain(s, i);
}

size_t CountCodePoints(std::string_view s) {
  size_t continuations = 0, i = 0;
  const unsigned char* p = Bytes(s);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Continuation bytes are 0x80-0xBF: below -64 as signed bytes.
    __m128i cont = _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)), _mm_set1_epi8(1));
    __m128i sums = _mm_sad_epu8(cont, _mm_setzero_si128());
    continuations += static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
  }
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    // One bit per continuation byte, moved to the byte's low bit, summed
    // by a multiply (no popcount instruction on baseline x86-64).
    uint64_t ones = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    continuations += (ones * 0x0101010101010101ULL) >> 56;
  }
  return i - continuations + CountCodePointsPlain(s.substr(i));
}

void CountLineEnds(std::string_view s, size_t* lf, size_t* cr) {
  size_t i = 0, n_lf = 0, n_cr = 0;
  const unsigned char* p = Bytes(s);
  while (i + 16 <= s.size()) {
    // Byte-wise counters, emptied before any of them can pass 255.
    __m128i acc_lf = _mm_setzero_si128(), acc_cr = _mm_setzero_si128();
    for (int k = 0; k < 255 && i + 16 <= s.size(); ++k, i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      acc_lf = _mm_sub_epi8(acc_lf, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
      acc_cr = _mm_sub_epi8(acc_cr, _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
    }
    __m128i a = _mm_sad_epu8(acc_lf, _mm_setzero_si128()), b = _mm_sad_epu8(acc_cr, _mm_setzero_si128());
    n_lf += static_cast<size_t>(_mm_cvtsi128_si32(a) + _mm_extract_epi16(a, 4));
    n_cr += static_cast<size_t>(_mm_cvtsi128_si32(b) + _mm_extract_epi16(b, 4));
  }
  size_t tail_lf, tail_cr;
  CountLineEndsPlain(s.substr(i), &tail_lf, &tail_cr);
  *lf = n_lf + tail_lf;
  *cr = n_cr + tail_cr;
}

size_t SkipSingleSpaced(std::string_view s, size_t i) {
  const unsigned char* p = Bytes(s);
  const size_t start = i;
  // Whole chunks while none holds a control byte and no two spaces meet;
  // the chunk that has one (or the tail) is settled byte by byte.
  bool prev_space = false;
  while (i + 16 <= s.size()) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Signed compare: bytes 0x80-0xFF (UTF-8) are negative, so mask them out of the controls.
    unsigned control = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_andnot_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()), _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)))));
    unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    if (control || (spaces & (spaces >> 1)) || (prev_space && (spaces & 1))) break;
    prev_space = (spaces >> 15) != 0;
    i += 16;
  }
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    constexpr uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
    uint64_t control = (w - 0x20 * kOnes) & ~w & kHigh;  // a byte < 0x20 (false alarms possible)
    uint64_t x = w ^ (0x20 * kOnes);
    uint64_t spaces = (x - kOnes) & ~x & kHigh;  // bytes == ' ' (false alarms possible)
    if (control || (spaces & (spaces << 8)) || (prev_space && (spaces & 0x80))) break;
    prev_space = (spaces >> 63) != 0;
    i += 8;
  }
  // A space just before i belongs to the text: step back onto it so that
  // the plain loop sees the pair.
  if (i > start && p[i - 1] == ' ') --i;
  return SkipSingleSpacedPlain(s, i);
}

size_t WidenAscii(std::string_view s, char16_t* out) {
  const unsigned char* p = Bytes(s);
  const size_t n = s.size();
  size_t i = 0;
  // Sixteen bytes widened as if they were all ASCII; the units up to the
  // first non-ASCII byte are kept (the rest may be written: out has room).
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(v, _mm_setzero_si128()));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i + 8), _mm_unpackhi_epi8(v, _mm_setzero_si128()));
    const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(high));
    i += 16;
  }
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
    for (int k = 0; k < 8; ++k) out[i + k] = static_cast<char16_t>((w >> (8 * k)) & 0xFF);
    i += 8;
  }
  return i + WidenAsciiPlain(s.substr(i), out + i);
}

size_t SkipFoldFreeAscii(std::string_view s, size_t i, bool space_before) {
  const unsigned char* p = Bytes(s);
  const size_t n = s.size();
  bool prev_space = space_before;
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
    const __m128i below_space = _mm_set1_epi8(0x1F);
    const unsigned control =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space)));
    const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    const unsigned doubled = (spaces & (spaces << 1)) | (prev_space ? spaces & 1u : 0u);
    if (const unsigned stop = (high | control | doubled) & 0xFFFFu; stop != 0)
      return i + static_cast<size_t>(__builtin_ctz(stop));
    prev_space = (spaces >> 15) != 0;
    i += 16;
  }
  return SkipFoldFreeAsciiPlain(s, i, prev_space);
}

AsciiClasses ClassifyAscii16(std::string_view s, size_t i) {
  // The string's last bytes through a zero-padded copy: no read past its end.
  const unsigned char* chunk = Bytes(s) + i;
  const size_t avail = s.size() - i;
  unsigned char tail[16];
  if (avail < 16) {
    std::memset(tail, 0, sizeof tail);
    std::memcpy(tail, chunk, avail);
    chunk = tail;
  }
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(chunk));
  auto eq = [&](char c) { return static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)))); };
  auto in = [&](__m128i x, char lo, char hi) {  // lo <= x <= hi (ASCII, so signed compares are right)
    return static_cast<uint32_t>(_mm_movemask_epi8(_mm_andnot_si128(
        _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(lo)), _mm_cmpgt_epi8(x, _mm_set1_epi8(hi))), _mm_set1_epi8(-1))));
  };
  const uint32_t high = static_cast<uint32_t>(_mm_movemask_epi8(v));
  int len = high != 0 ? __builtin_ctz(high) : 16;
  if (static_cast<size_t>(len) > avail) len = static_cast<int>(avail);
  const uint32_t keep = len == 16 ? 0xFFFFu : (1u << len) - 1;
  AsciiClasses c;
  c.length = len;
  c.letter = in(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z') & keep;
  c.digit = in(v, '0', '9') & keep;
  c.mid_num_let = (eq('.') | eq('\'')) & keep;
  c.mid_num = (eq(',') | eq(';')) & keep;
  c.underscore = eq('_') & keep;
  return c;
}

namespace {

// Whether any of eight bytes may be a control character, " & < > or 0xEF.
// False alarms are allowed (the byte loop then decides), misses are not.
inline bool MaybeXmlSpecial(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto has_byte = [&](unsigned char b) {
    uint64_t x = w ^ (b * kOnes);
    return (x - kOnes) & ~x & kHigh;
  };
  uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHigh;
  return below_space | has_byte('"') | has_byte('&') | has_byte('<') | has_byte('>') | has_byte(0xEF);
}

}  // namespace

size_t FindXmlSpecial(std::string_view s, size_t i, const ByteSet& special) {
  const unsigned char* p = Bytes(s);
  const size_t n = s.size();
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
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (!MaybeXmlSpecial(w)) {
      i += 8;
      continue;
    }
    for (size_t end = i + 8; i < end; ++i)
      if (special[p[i]]) return i;
  }
  return FindXmlSpecialPlain(s, i, special);
}

#else  // the portable build: the fast names are the plain loops

const bool kFastScan = false;

size_t SkipAscii(std::string_view s, size_t i) { return SkipAsciiPlain(s, i); }
size_t CountCodePoints(std::string_view s) { return CountCodePointsPlain(s); }
void CountLineEnds(std::string_view s, size_t* lf, size_t* cr) { CountLineEndsPlain(s, lf, cr); }
size_t SkipSingleSpaced(std::string_view s, size_t i) { return SkipSingleSpacedPlain(s, i); }
size_t WidenAscii(std::string_view s, char16_t* out) { return WidenAsciiPlain(s, out); }
size_t SkipFoldFreeAscii(std::string_view s, size_t i, bool space_before) {
  return SkipFoldFreeAsciiPlain(s, i, space_before);
}
AsciiClasses ClassifyAscii16(std::string_view s, size_t i) { return ClassifyAscii16Plain(s, i); }
size_t FindXmlSpecial(std::string_view s, size_t i, const ByteSet& special) {
  return FindXmlSpecialPlain(s, i, special);
}

#endif  // FOLIO_FAST_SCAN

}  // namespace folio
