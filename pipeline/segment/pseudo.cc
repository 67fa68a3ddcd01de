#include "segment/pseudo.h"

#include "base/text.h"

namespace folio::segment {

namespace {

// One precomposed look-alike per ASCII letter, so the output is NFC as it
// stands and every "e" of the source is the same "é" everywhere.
constexpr const char* kLower[26] = {"å", "ƀ", "ç", "ð", "é", "ƒ", "ĝ", "ĥ", "î", "ĵ", "ķ", "ļ", "ɱ",
                                    "ñ", "ö", "þ", "ǫ", "ŕ", "š", "ţ", "û", "ṽ", "ŵ", "ẋ", "ý", "ž"};
constexpr const char* kUpper[26] = {"Å", "Ɓ", "Ç", "Ð", "É", "Ƒ", "Ĝ", "Ĥ", "Î", "Ĵ", "Ķ", "Ļ", "Ṁ",
                                    "Ñ", "Ö", "Þ", "Ǫ", "Ŕ", "Š", "Ţ", "Û", "Ṽ", "Ŵ", "Ẋ", "Ý", "Ž"};

void AppendAccented(std::string_view text, std::string* out) {
  for (char c : text) {
    if (c >= 'a' && c <= 'z')
      *out += kLower[c - 'a'];
    else if (c >= 'A' && c <= 'Z')
      *out += kUpper[c - 'A'];
    else
      *out += c;
  }
}

// Brackets plus padding make the text ceil(35 %) longer. The padding is
// middle dots in groups of eight separated by spaces, so that a long
// paragraph still wraps at its padding like at words; it starts with a space
// (after the text) whenever it is longer than one dot.
std::string Padding(size_t source_code_points) {
  size_t grow = (source_code_points * 35 + 99) / 100;
  std::string pad;
  for (size_t i = 0; i + 2 < grow; ++i) pad += i % 9 == 0 ? " " : "·";
  if (!pad.empty() && pad.back() == ' ') {
    pad.pop_back();
    pad += "·";
  }
  return pad;
}

}  // namespace

bool IsPseudoLocale(const std::string& tag) {
  std::string lower = Lower(tag);
  return lower == "qps-ploc" || lower == "qps-plocm";
}

doc::Fragment Pseudolocalize(const doc::Fragment& source, const std::string& tag) {
  std::string plain = source.PlainText();
  if (!IsPseudoLocale(tag) || plain.empty()) return source;
  doc::Fragment out;
  out.AppendText("[");
  for (const doc::Inline& item : source.items) {
    if (item.kind != doc::Inline::Kind::kText) {
      out.items.push_back(item);
      continue;
    }
    std::string text;
    AppendAccented(item.text, &text);
    out.AppendText(text);
  }
  out.AppendText(Padding(CountCodePoints(plain)) + "]");
  return out;
}

std::string PseudolocalizeText(const std::string& text, const std::string& tag) {
  if (!IsPseudoLocale(tag) || text.empty()) return text;
  std::string out = "[";
  AppendAccented(text, &out);
  out += Padding(CountCodePoints(text)) + "]";
  return out;
}

}  // namespace folio::segment
