#include "render/bidi.h"

#include <unicode/uchar.h>

#include <vector>

#include "base/text.h"
#include "render/xml_text.h"

namespace folio::render {

namespace {

bool IsStrongLtr(char32_t c) { return u_charDirection(static_cast<UChar32>(c)) == U_LEFT_TO_RIGHT; }
bool IsStrongRtl(char32_t c) {
  UCharDirection d = u_charDirection(static_cast<UChar32>(c));
  return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}
bool IsDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)) != 0; }
bool IsNumberSeparator(char32_t c) { return c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == 0x2013; }

std::string Encode(const std::u32string& s, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) AppendUtf8(s[i], &out);
  return XmlText(out);
}

}  // namespace

std::string IsolateLtrRuns(std::string_view text) {
  std::u32string t;
  for (size_t i = 0; i < text.size();) t += DecodeUtf8(text, &i);
  std::string out;
  size_t plain_from = 0, i = 0;
  while (i < t.size()) {
    size_t start = i, end = i;
    const char* open = nullptr;
    if (IsStrongLtr(t[i])) {
      // Extend over neutrals only while another LTR letter follows before
      // any RTL letter: trailing spaces and punctuation stay outside.
      for (size_t j = i; j < t.size() && !IsStrongRtl(t[j]); ++j)
        if (IsStrongLtr(t[j])) end = j + 1;
      open = "<span dir=\"ltr\">";
    } else if (IsDigit(t[i])) {
      end = i + 1;
      while (end < t.size() &&
             (IsDigit(t[end]) || (IsNumberSeparator(t[end]) && end + 1 < t.size() && IsDigit(t[end + 1]))))
        ++end;
      open = "<bdi>";
    }
    if (open == nullptr) {
      ++i;
      continue;
    }
    out += Encode(t, plain_from, start);
    out += open + Encode(t, start, end) + (open[1] == 's' ? "</span>" : "</bdi>");
    plain_from = i = end;
  }
  out += Encode(t, plain_from, t.size());
  return out;
}

}  // namespace folio::render
