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

std::string Normalize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    char32_t c = DecodeUtf8(text, &i);
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    AppendUtf8(c, &out);
  }
  return out;
}

std::string Hash8(std::string_view s) { return HexDigits(Fnv1a64(s), 32); }

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
    std::string whole;
    for (const doc::Segment& s : b.segments) whole += s.source.PlainText() + s.space_after;
    b.id = units.Next(std::string(Prefix(b.kind)) + "-" +
                      Hash8(std::string(doc::BlockKindName(b.kind)) + ":" + Normalize(whole)));
    for (doc::Segment& s : b.segments) s.id = segments.Next("s-" + Hash8(Normalize(s.source.PlainText())));
  });
}

}  // namespace folio::segment
