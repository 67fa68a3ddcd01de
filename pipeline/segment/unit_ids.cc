#include "segment/unit_ids.h"

#include <string>
#include <unordered_map>

#include "base/text.h"

namespace folio::segment {

namespace {

const char* Prefix(doc::BlockKind k) {
  switch (k) {
    case doc::BlockKind::kTitle: return "t";
    case doc::BlockKind::kDescription: return "d";
    case doc::BlockKind::kHeading: return "h";
    case doc::BlockKind::kListItem: return "li";
    case doc::BlockKind::kParagraph:
    case doc::BlockKind::kList: return "p";
  }
  return "p";
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x202F ||
         c == 0x2007 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
}

// FNV-1a of the normalized text (whitespace runs folded to one space, none
// at either end), fed piece by piece: the same value as hashing the
// normalized string, without building it (ids are computed for every unit
// and sentence of every extract).
class NormalizedHash {
 public:
  // Bytes hashed as they are (the "<kind>:" prefix).
  void Raw(std::string_view s) {
    for (unsigned char c : s) Byte(c);
  }
  void Text(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
      size_t start = i;
      unsigned char b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {  // the common case, without decoding
        ++i;
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
          space_ = true;
          continue;
        }
        if (space_ && any_) Byte(' ');
        space_ = false;
        any_ = true;
        Byte(b);
        continue;
      }
      char32_t c = DecodeUtf8(text, &i);
      if (IsSpace(c)) {
        space_ = true;
        continue;
      }
      if (space_ && any_) Byte(' ');
      space_ = false;
      any_ = true;
      if (c == 0xFFFD) {  // also an invalid byte: hash U+FFFD's encoding
        Raw("\xEF\xBF\xBD");
      } else {
        for (size_t k = start; k < i; ++k) Byte(static_cast<unsigned char>(text[k]));
      }
    }
  }
  void Fragment(const doc::Fragment& f) {
    for (const doc::Inline& item : f.items)
      if (item.kind == doc::Inline::Kind::kText) Text(item.text);
  }
  std::string Hex8() const { return HexDigits(h_, 32); }

 private:
  void Byte(unsigned char c) {
    h_ ^= c;
    h_ *= 0x100000001b3ULL;
  }
  uint64_t h_ = 0xcbf29ce484222325ULL;  // Fnv1a64's offset basis
  bool space_ = false;                  // whitespace seen since the last character
  bool any_ = false;                    // a character of the text was hashed
};

// Hands out base, base-2, base-3 ... in the order asked.
class Numberer {
 public:
  std::string Next(const std::string& base) {
    int n = ++seen_[base];
    return n == 1 ? base : base + "-" + std::to_string(n);
  }

 private:
  std::unordered_map<std::string, int> seen_;
};

}  // namespace

void AssignIds(doc::Document* doc) {
  Numberer units, segments;
  doc::ForEachUnit(doc->blocks, [&](doc::Block& b) {
    NormalizedHash unit;
    unit.Raw(doc::BlockKindName(b.kind));
    unit.Raw(":");
    for (const doc::Segment& s : b.segments) {
      unit.Fragment(s.source);
      unit.Text(s.space_after);
    }
    b.id = units.Next(std::string(Prefix(b.kind)) + "-" + unit.Hex8());
    for (doc::Segment& s : b.segments) {
      NormalizedHash h;
      h.Fragment(s.source);
      s.id = segments.Next("s-" + h.Hex8());
    }
  });
}

}  // namespace folio::segment
