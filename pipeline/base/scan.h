// Byte scanning: the few loops that look at every byte of every article,
// each as a fast version (SSE2 or eight bytes through a register) beside
// the plain loop that defines it. Every pair returns the same result for
// every input (scan_test.cc compares them on random and edge inputs), so a
// caller may use either. Built with -DFOLIO_PORTABLE=ON, or for a target
// without SSE2, the fast names are the plain loops and nothing else is
// compiled. What each fast version buys, and on which benchmark, is in
// bench/NOTES.md.
#ifndef FOLIO_BASE_SCAN_H_
#define FOLIO_BASE_SCAN_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace folio {

// True when the fast versions below are compiled (SSE2 and not
// FOLIO_PORTABLE); false when they are the plain ones.
extern const bool kFastScan;

// The first offset at or after `i` whose byte is not ASCII (>= 0x80), or
// s.size(). base/text.h declares it too (its users check UTF-8).
size_t SkipAscii(std::string_view s, size_t i);
size_t SkipAsciiPlain(std::string_view s, size_t i);

// The number of code points of UTF-8 text: the bytes that are not
// continuation bytes (10xxxxxx). Ill-formed bytes count as the decoder
// would not; only the byte classes matter.
size_t CountCodePoints(std::string_view s);
size_t CountCodePointsPlain(std::string_view s);

// The number of LF and of CR bytes in `s`.
void CountLineEnds(std::string_view s, size_t* lf, size_t* cr);
void CountLineEndsPlain(std::string_view s, size_t* lf, size_t* cr);

// The first offset k at or after `i` where s[k] is a control byte (< 0x20)
// or a space that follows a space at k - 1 >= i; s.size() if none. The
// bytes before it are single-spaced text that needs no collapsing.
size_t SkipSingleSpaced(std::string_view s, size_t i);
size_t SkipSingleSpacedPlain(std::string_view s, size_t i);

// Widens the ASCII bytes at the start of `s` (up to its first byte >= 0x80)
// to UTF-16 units at `out` and returns how many there were. `out` must
// have room for s.size() units: the units after the returned count may be
// written too, with anything.
size_t WidenAscii(std::string_view s, char16_t* out);
size_t WidenAsciiPlain(std::string_view s, char16_t* out);

// The first offset k at or after `i` where s[k] is not ASCII, is a control
// byte (< 0x20), or is a space that follows a space (at k - 1 >= i, or
// before `i` when `space_before`); s.size() if none. The bytes before it
// are ASCII text whose whitespace needs no folding.
size_t SkipFoldFreeAscii(std::string_view s, size_t i, bool space_before);
size_t SkipFoldFreeAsciiPlain(std::string_view s, size_t i, bool space_before);

// The ASCII bytes at s[i..], up to 16 of them, as bit masks (bit j is
// s[i + j]) of the classes the word counter tells apart.
struct AsciiClasses {
  int length = 0;            // how many bytes from i are ASCII, at most 16
  uint32_t letter = 0;       // A-Z a-z
  uint32_t digit = 0;        // 0-9
  uint32_t mid_num_let = 0;  // . '
  uint32_t mid_num = 0;      // , ;
  uint32_t underscore = 0;   // _
};
AsciiClasses ClassifyAscii16(std::string_view s, size_t i);
AsciiClasses ClassifyAscii16Plain(std::string_view s, size_t i);

// A set of bytes that XML text cannot hold as they are, given as a table:
// only C0 controls, " & < > and 0xEF (which starts U+FFFE and U+FFFF) may be
// in it (the fast version looks for those and asks the table).
using ByteSet = std::array<bool, 256>;
// True when `set` holds no byte but those.
constexpr bool IsXmlSpecialSubset(const ByteSet& set) {
  for (int b = 0x20; b < 256; ++b)
    if (set[b] && b != '"' && b != '&' && b != '<' && b != '>' && b != 0xEF) return false;
  return true;
}
// The first offset at or after `i` whose byte is in `special`, or s.size().
size_t FindXmlSpecial(std::string_view s, size_t i, const ByteSet& special);
size_t FindXmlSpecialPlain(std::string_view s, size_t i, const ByteSet& special);

}  // namespace folio

#endif  // FOLIO_BASE_SCAN_H_
