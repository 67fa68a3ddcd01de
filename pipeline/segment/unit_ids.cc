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
    // Locals, not members, in the loop (the compiler cannot keep members
    // in registers here); ASCII without decoding.
    uint64_t h = h_;
    bool space = space_, any = any_;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    size_t n = text.size();
    for (size_t i = 0; i < n;) {
      unsigned char b = p[i];
      size_t start = i;
      bool is_space;
      if (b < 0x80) {
        ++i;
        is_space = b == ' ' || b == '\t' || b == '\n' || b == '\r';
      } else {
        is_space = IsSpace(DecodeUtf8(text, &i));
      }
      if (is_space) {
        space = true;
        continue;
      }
      if (space && any) h = (h ^ ' ') * kPrime;
      space = false;
      any = true;
      if (b < 0x80) {
        h = (h ^ b) * kPrime;
      } else if (i - start > 1) {  // a valid sequence (DecodeUtf8 takes one byte of an invalid one)
        for (size_t k = start; k < i; ++k) h = (h ^ p[k]) * kPrime;
      } else {  // an invalid byte: hashed as U+FFFD's encoding
        for (unsigned char r : {0xEF, 0xBF, 0xBD}) h = (h ^ r) * kPrime;
      }
    }
    h_ = h;
    space_ = space;
    any_ = any;
  }
  void Fragment(const doc::Fragment& f) {
    for (const doc::Inline& item : f.items)
      if (item.kind == doc::Inline::Kind::kText) Text(item.text);
  }
  std::string Hex8() const { return HexDigits(h_, 32); }

 private:
  static constexpr uint64_t kPrime = 0x100000001b3ULL;  // Fnv1a64's
  void Byte(unsigned char c) { h_ = (h_ ^ c) * kPrime; }
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
