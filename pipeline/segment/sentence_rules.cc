#include "segment/sentence_rules.h"
#include "base/text.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <algorithm>

namespace folio::segment {

namespace {

using Text = std::u16string_view;

UChar32 At(Text t, int32_t i) {
  UChar32 c;
  U16_GET(t.data(), 0, i, static_cast<int32_t>(t.size()), c);
  return c;
}

UChar32 Before(Text t, int32_t i) {
  UChar32 c;
  U16_PREV(t.data(), 0, i, c);
  return c;
}

int32_t Next(Text t, int32_t i) {
  U16_FWD_1(t.data(), i, static_cast<int32_t>(t.size()));
  return i;
}

int32_t Prev(Text t, int32_t i) {
  U16_BACK_1(t.data(), 0, i);
  return i;
}

// ASCII answers without ICU: these run for every break and every character
// of the token before it.
bool IsSpace(UChar32 c) { return IsUnicodeSpace(static_cast<char32_t>(c)); }
bool IsNoBreakSpace(UChar32 c) { return c == 0x00A0 || c == 0x202F || c == 0x2007; }

bool IsOpening(UChar32 c) {
  if (c < 0x80) return c == '(' || c == '[' || c == '{';
  int8_t t = u_charType(c);
  return t == U_START_PUNCTUATION || t == U_INITIAL_PUNCTUATION;
}

// ASCII quotes count as closing only after a terminator, which is where
// this is asked.
bool IsClosing(UChar32 c) {
  if (c < 0x80) return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'';
  int8_t t = u_charType(c);
  return t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION || c == '"' || c == '\'';
}

// Skips whitespace backwards from `i`, then returns where the token before
// it starts (after whitespace or an opening bracket).
int32_t TokenBefore(Text t, int32_t i, int32_t* end) {
  while (i > 0 && IsSpace(Before(t, i))) i = Prev(t, i);
  *end = i;
  while (i > 0 && !IsSpace(Before(t, i)) && !IsOpening(Before(t, i))) i = Prev(t, i);
  return i;
}

bool EqualsAsciiIgnoreCase(Text t, std::string_view ascii) {
  if (t.size() != ascii.size()) return false;
  for (size_t k = 0; k < t.size(); ++k) {
    char16_t c = t[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char16_t>(c - 'A' + 'a');
    if (c != static_cast<char16_t>(ascii[k])) return false;
  }
  return true;
}

bool EndsWithNonFinalAbbreviation(Text t, int32_t b) {
  int32_t end;
  int32_t start = TokenBefore(t, b, &end);
  Text token = t.substr(start, end - start);
  for (std::string_view a : {"e.g.", "i.e.", "a.k.a."})
    if (EqualsAsciiIgnoreCase(token, a)) return true;
  // An initial: exactly one upper-case letter and a period.
  if (end - start < 2 || t[end - 1] != '.') return false;
  int32_t letter = Prev(t, end - 1);
  if (letter != start) return false;
  UChar32 c = At(t, letter);
  return u_isupper(c) && c != 'I';
}

// Breaks ICU misses: "… Then" (ICU does not treat U+2026 as a terminator).
void AddEllipsisBreaks(Text t, const std::vector<int32_t>& ellipses, std::vector<int32_t>* breaks) {
  const int32_t n = static_cast<int32_t>(t.size());
  for (int32_t i : ellipses) {
    int32_t j = i + 1;
    while (j < n && IsClosing(At(t, j))) j = Next(t, j);
    int32_t k = j;
    while (k < n && IsSpace(At(t, k)) && !IsNoBreakSpace(At(t, k))) k = Next(t, k);
    if (k == j || k >= n) continue;
    UChar32 c = At(t, k);
    if (u_isupper(c) || u_istitle(c)) breaks->push_back(k);
  }
}

// Returns the corrected position of break `b`, or -1 to drop it.
int32_t Refine(Text t, int32_t b) {
  const int32_t n = static_cast<int32_t>(t.size());
  if (IsNoBreakSpace(Before(t, b)) && IsClosing(At(t, b))) {
    while (b < n && IsClosing(At(t, b))) b = Next(t, b);
    while (b < n && IsSpace(At(t, b))) b = Next(t, b);
    if (b >= n) return -1;
  }
  while (b > 0 && IsOpening(Before(t, b))) b = Prev(t, b);
  if (b <= 0) return -1;
  UChar32 next = At(t, b);
  if (next < 0x80 ? next >= 'a' && next <= 'z' : u_islower(next)) return -1;
  if (IsClosing(Before(t, b))) {
    UErrorCode err = U_ZERO_ERROR;
    if (uscript_getScript(next, &err) == USCRIPT_HIRAGANA) return -1;
  }
  if (EndsWithNonFinalAbbreviation(t, b)) return -1;
  return b;
}

}  // namespace

void RefineSentenceBreaks(std::u16string_view text, std::vector<int32_t>* breaks,
                          const std::vector<int32_t>* ellipses) {
  if (ellipses != nullptr) {
    AddEllipsisBreaks(text, *ellipses, breaks);
  } else {
    std::vector<int32_t> found;
    for (int32_t i = 0; i < static_cast<int32_t>(text.size()); ++i)
      if (text[i] == u'\u2026') found.push_back(i);
    AddEllipsisBreaks(text, found, breaks);
  }
  const int32_t n = static_cast<int32_t>(text.size());
  size_t kept = 0;
  for (int32_t b : *breaks) {
    if (b <= 0 || b >= n) continue;
    int32_t r = Refine(text, b);
    if (r > 0 && r < n) (*breaks)[kept++] = r;
  }
  breaks->resize(kept);
  std::sort(breaks->begin(), breaks->end());
  breaks->erase(std::unique(breaks->begin(), breaks->end()), breaks->end());
}

}  // namespace folio::segment
