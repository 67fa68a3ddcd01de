#include "doc/dump.h"

namespace folio::doc {

namespace {

void DumpBlock(const Block& b, int depth, const DumpOptions& o, std::string* out) {
  std::string indent(2 * depth, ' ');
  *out += indent + BlockKindName(b.kind);
  if (b.kind == BlockKind::kHeading) *out += " level=" + std::to_string(b.level);
  if (b.kind == BlockKind::kList) {
    *out += " items=" + std::to_string(b.children.size());
    if (b.continues_lead_in) *out += " continues-lead-in";
  }
  if (o.ids && !b.id.empty()) *out += " id=" + b.id;
  if (o.lines && b.source_line > 0) *out += " line=" + std::to_string(b.source_line);
  *out += "\n";
  if (o.segments) {
    for (const Segment& s : b.segments) *out += indent + "  | " + FragmentToBraces(s.source) + "\n";
  } else if (!b.segments.empty()) {
    std::string all;
    for (const Segment& s : b.segments) all += FragmentToBraces(s.source) + s.space_after;
    *out += indent + "  | " + all + "\n";
  }
  for (const Block& c : b.children) DumpBlock(c, depth + 1, o, out);
}

}  // namespace

std::string FragmentToBraces(const Fragment& f) {
  std::string s;
  for (const Inline& i : f.items) {
    switch (i.kind) {
      case Inline::Kind::kText:
        s += i.text;
        break;
      case Inline::Kind::kOpen:
        s += "{" + i.id + "}";
        break;
      case Inline::Kind::kClose:
        s += "{/" + i.id + "}";
        break;
      case Inline::Kind::kPlaceholder:
        s += "{" + i.id + "/}";
        break;
    }
  }
  return s;
}

std::string DumpDocument(const Document& doc, const DumpOptions& options) {
  std::string out;
  for (const Block& b : doc.blocks) DumpBlock(b, 0, options, &out);
  return out;
}

}  // namespace folio::doc
