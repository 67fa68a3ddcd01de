// Documents built by hand for the XLIFF tests (the reader and segmenter that
// would normally make them are separate stages). Header-only, tests only.
#ifndef FOLIO_XLIFF_TEST_DOCUMENTS_H_
#define FOLIO_XLIFF_TEST_DOCUMENTS_H_

#include <string>
#include <utility>
#include <vector>

#include "doc/document.h"

namespace folio::xliff::testing {

inline doc::Inline Code(doc::Inline::Kind kind, std::string id, std::string type = "term", bool can_delete = false) {
  doc::Inline i;
  i.kind = kind;
  i.id = std::move(id);
  i.type = std::move(type);
  i.can_delete = can_delete;
  return i;
}

// "before {1}term{/1} after" with a term code pair (id "1", can_delete false).
inline doc::Fragment TermFragment(const std::string& before, const std::string& term, const std::string& after) {
  doc::Fragment f;
  f.AppendText(before);
  f.items.push_back(Code(doc::Inline::Kind::kOpen, "1"));
  f.AppendText(term);
  f.items.push_back(Code(doc::Inline::Kind::kClose, "1"));
  f.AppendText(after);
  return f;
}

inline doc::Segment Seg(std::string id, doc::Fragment source, int words, std::string space_after = "") {
  doc::Segment s;
  s.id = std::move(id);
  s.source = std::move(source);
  s.words = words;
  s.space_after = std::move(space_after);
  return s;
}

inline doc::Block Unit(doc::BlockKind kind, std::string id, std::vector<doc::Segment> segments) {
  doc::Block b;
  b.kind = kind;
  b.id = std::move(id);
  b.segments = std::move(segments);
  if (kind == doc::BlockKind::kHeading) b.level = 2;
  return b;
}

inline doc::Block List(std::vector<doc::Block> items, const std::string& lead_in = "") {
  doc::Block b;
  b.kind = doc::BlockKind::kList;
  b.children = std::move(items);
  b.continues_lead_in = !lead_in.empty();
  b.lead_in = lead_in;
  return b;
}

// Title, description, a heading, a paragraph of two sentences, a list whose
// first item has a term, a paragraph ending in ':' and a list continuing it.
inline doc::Document RichDocument() {
  using doc::BlockKind;
  using doc::TextFragment;
  doc::Document d;
  d.source_path = "source-text/article.txt";
  d.source_language = "en";
  d.meta.language = "en";
  d.meta.title = "More Than Physical";
  d.blocks.push_back(Unit(BlockKind::kTitle, "t-00000001", {Seg("s-0000000a", TextFragment("More Than Physical"), 3)}));
  d.blocks.push_back(Unit(BlockKind::kDescription, "d-00000002",
                          {Seg("s-0000000b", TextFragment("Why <intimacy> & trust \"matter\"."), 4)}));
  d.blocks.push_back(
      Unit(BlockKind::kHeading, "h-00000003", {Seg("s-0000000c", TextFragment("Release & Emotions"), 2)}));
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-00000004",
                          {Seg("s-0000000d", TextFragment("Intimacy brings up what we hide."), 6, " "),
                           Seg("s-0000000e", TextFragment("That is normal."), 3)}));
  d.blocks.push_back(List(
      {Unit(BlockKind::kListItem, "li-00000005",
            {Seg("s-0000000f", TermFragment("", "Unprocessed emotions", ": they surface."), 4)}),
       Unit(BlockKind::kListItem, "li-00000006", {Seg("s-00000010", TextFragment("Old wounds: they ache."), 4)})}));
  d.blocks.push_back(
      Unit(BlockKind::kParagraph, "p-00000007", {Seg("s-00000011", TextFragment("That can happen when:"), 4)}));
  d.blocks.push_back(
      List({Unit(BlockKind::kListItem, "li-00000008", {Seg("s-00000012", TextFragment("you feel rushed;"), 3)}),
            Unit(BlockKind::kListItem, "li-00000009", {Seg("s-00000013", TextFragment("you feel unseen."), 3)})},
           "That can happen when:"));
  return d;
}

// RichDocument translated into French: every segment but the last has a
// target, with a mix of states.
inline doc::Document RichDocumentInFrench() {
  doc::Document d = RichDocument();
  d.target_language = "fr";
  std::vector<std::pair<std::string, doc::Fragment>> targets = {
      {"s-0000000a", doc::TextFragment("Plus que physique")},
      {"s-0000000b", doc::TextFragment("Pourquoi <l'intimit\u00E9> & la confiance comptent.")},
      {"s-0000000c", doc::TextFragment("Lib\u00E9ration & \u00E9motions")},
      {"s-0000000d", doc::TextFragment("L'intimit\u00E9 r\u00E9v\u00E8le ce que nous cachons.")},
      {"s-0000000e", doc::TextFragment("C'est normal.")},
      {"s-0000000f", TermFragment("", "\u00C9motions non trait\u00E9es", " : elles remontent.")},
      {"s-00000010", doc::TextFragment("Vieilles blessures : elles font mal.")},
      {"s-00000011", doc::TextFragment("Cela peut arriver quand :")},
      {"s-00000012", doc::TextFragment("vous vous sentez press\u00E9 ;")},
  };
  const doc::State states[] = {doc::State::kFinal, doc::State::kReviewed, doc::State::kTranslated};
  size_t n = 0;
  doc::ForEachUnit(d.blocks, [&](doc::Block& b) {
    for (doc::Segment& s : b.segments) {
      for (auto& [id, target] : targets) {
        if (id != s.id) continue;
        s.target = target;
        s.state = states[n++ % 3];
      }
    }
  });
  return d;
}

}  // namespace folio::xliff::testing

#endif  // FOLIO_XLIFF_TEST_DOCUMENTS_H_
