#include "segment/sentence_prefilter.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <array>
#include <cstdint>

#include "base/code_point_pages.h"

namespace folio::segment {

namespace {

// What the prefilter needs to know of a code point's Sentence_Break value.
enum Kind : uint8_t {
  kPlain,       // cannot start or end a terminator run
  kTerminator,  // ATerm, STerm
  kClose,       // Close
  kSpace,       // Sp
  kIgnored,     // Extend, Format: rule SB5 attaches them to what precedes
  kStop,        // Sep, CR, LF, and U+2026 (folio may break after it): ask ICU
};

Kind Compute(char32_t c) {
  if (c == 0x2026) return kStop;
  switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM:
    case U_SB_STERM:
      return kTerminator;
    case U_SB_CLOSE:
      return kClose;
    case U_SB_SP:
      return kSpace;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return kIgnored;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return kStop;
    default:
      return kPlain;
  }
}

constexpr char32_t kTableEnd = 0x10000;
constinit const CodePointPages<Kind, kTableEnd, Compute> kKinds;

// ASCII, written out (a test checks it against ICU): the loop below runs
// over every character of a unit up to its first terminator.
constexpr auto kAsciiKinds = [] {
  std::array<Kind, 128> t{};
  t['\t'] = t['\v'] = t['\f'] = t[' '] = kSpace;
  t['\n'] = t['\r'] = kStop;
  t['.'] = t['!'] = t['?'] = kTerminator;
  t['"'] = t['\''] = t['('] = t[')'] = t['['] = t[']'] = t['{'] = t['}'] = kClose;
  return t;
}();

Kind KindOf(char32_t c) {
  if (c < 0x80) return kAsciiKinds[c];
  return c < kTableEnd ? kKinds[c] : Compute(c);
}

}  // namespace

bool AsciiSentenceKindsMatchIcu() {
  for (char32_t c = 0; c < 0x80; ++c)
    if (kAsciiKinds[c] != Compute(c)) return false;
  return true;
}

bool HasNoSentenceBoundaryInside(std::u16string_view text) {
  const char16_t* s = text.data();
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  // Up to the first terminator: anything but a separator or U+2026.
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U16_NEXT(s, i, n, c);
    Kind k = KindOf(static_cast<char32_t>(c));
    if (k == kStop) return false;
    if (k == kTerminator) {
      i = at;
      break;
    }
  }
  // The final run: terminators, closing punctuation straight after them,
  // spaces, and more terminators after spaces (SB8a). A closing mark after
  // a space, or anything else, may start a new sentence: ask ICU.
  bool after_space = false;
  while (i < n) {
    UChar32 c;
    U16_NEXT(s, i, n, c);
    switch (KindOf(static_cast<char32_t>(c))) {
      case kTerminator:
        after_space = false;
        break;
      case kClose:
        if (after_space) return false;
        break;
      case kSpace:
        after_space = true;
        break;
      case kIgnored:
        break;
      case kPlain:
      case kStop:
        return false;
    }
  }
  return true;
}

}  // namespace folio::segment
