// Documents built by hand for the render tests (the readers and the
// segmenter are other stages). Header-only; included by *_test.cc only.
#ifndef FOLIO_RENDER_TEST_DOCUMENTS_H_
#define FOLIO_RENDER_TEST_DOCUMENTS_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "doc/document.h"

namespace folio::render::testing {

// "{1}term{/1}: rest" -> kOpen id 1 type "term", text, kClose id 1, text.
inline doc::Fragment Braces(const std::string& s) {
  doc::Fragment f;
  size_t i = 0;
  while (i < s.size()) {
    size_t open = s.find('{', i);
    size_t close = open == std::string::npos ? std::string::npos : s.find('}', open);
    if (close == std::string::npos) {
      f.AppendText(s.substr(i));
      break;
    }
    f.AppendText(s.substr(i, open - i));
    std::string code = s.substr(open + 1, close - open - 1);
    doc::Inline item;
    item.kind = code[0] == '/' ? doc::Inline::Kind::kClose : doc::Inline::Kind::kOpen;
    item.id = code[0] == '/' ? code.substr(1) : code;
    item.type = "term";
    f.items.push_back(item);
    i = close + 1;
  }
  return f;
}

inline doc::Segment Seg(const std::string& id, const std::string& source,
                        std::optional<std::string> target = std::nullopt, const std::string& space_after = " ") {
  doc::Segment s;
  s.id = id;
  s.source = Braces(source);
  if (target) s.target = Braces(*target);
  s.space_after = space_after;
  return s;
}

inline doc::Block Unit(doc::BlockKind kind, const std::string& id, std::vector<doc::Segment> segs) {
  doc::Block b;
  b.kind = kind;
  b.id = id;
  b.level = kind == doc::BlockKind::kHeading ? 2 : 0;
  b.segments = std::move(segs);
  if (!b.segments.empty()) b.segments.back().space_after = "";
  return b;
}

inline doc::Block List(std::vector<doc::Block> items, bool continues_lead_in = false) {
  doc::Block b;
  b.kind = doc::BlockKind::kList;
  b.children = std::move(items);
  b.continues_lead_in = continues_lead_in;
  return b;
}

// The shape of the real article: title, description, intro, sections with
// paragraphs of several sentences, a list of term items and a list that
// completes its lead-in sentence. Segments whose source is a key of
// `targets` get that target; the others stay untranslated.
inline doc::Document SampleDocument(const std::string& target_language,
                                    const std::map<std::string, std::string>& targets = {}) {
  using K = doc::BlockKind;
  auto seg = [&](const std::string& id, const std::string& source) {
    auto it = targets.find(source);
    return Seg(id, source, it == targets.end() ? std::nullopt : std::optional(it->second));
  };
  doc::Document d;
  d.source_language = "en";
  d.target_language = target_language;
  d.meta.title = "Tears After Sex: What Your Soul Is Trying to Tell You";
  d.meta.language = "en";
  d.blocks.push_back(Unit(K::kTitle, "title", {seg("s-t", "Tears After Sex: What Your Soul Is Trying to Tell You")}));
  d.blocks.push_back(Unit(K::kDescription, "description", {seg("s-d", "Crying after sex is common.")}));
  d.blocks.push_back(Unit(K::kParagraph, "p-intro",
                          {seg("s-1", "The tears come."), seg("s-2", "You thought you’d be wrapped in bliss.")}));
  d.blocks.push_back(Unit(K::kHeading, "h-physical", {seg("s-3", "Sex Is More Than Physical")}));
  d.blocks.push_back(Unit(K::kParagraph, "p-layered",
                          {seg("s-4", "Sex is layered."), seg("s-5", "It’s flesh, yes."),
                           seg("s-6", "It’s also memory."), seg("s-7", "Walls come down.")}));
  d.blocks.push_back(Unit(K::kHeading, "h-release", {seg("s-8", "Release & Emotions")}));
  d.blocks.push_back(Unit(K::kParagraph, "p-release", {seg("s-9", "Sex stirs energy.")}));
  d.blocks.push_back(List(
      {Unit(K::kListItem, "li-unprocessed", {seg("s-10", "{1}Unprocessed emotions{/1}: Intimacy surfaces grief.")}),
       Unit(K::kListItem, "li-cleansing", {seg("s-11", "{1}Energetic cleansing{/1}: Tears are sacred water.")})}));
  d.blocks.push_back(Unit(K::kHeading, "h-healing", {seg("s-12", "When Tears Feel Like Healing")}));
  d.blocks.push_back(Unit(K::kParagraph, "p-lead-in", {seg("s-13", "That can happen when:")}));
  d.blocks.push_back(List({Unit(K::kListItem, "li-safe", {seg("s-14", "you feel safe,")}),
                           Unit(K::kListItem, "li-seen", {seg("s-15", "you feel seen.")})},
                          /*continues_lead_in=*/true));
  return d;
}

// French targets for every segment of SampleDocument except "It’s also
// memory." and "Walls come down." (a run of two untranslated sentences).
inline std::map<std::string, std::string> FrenchTargets() {
  return {
      {"Tears After Sex: What Your Soul Is Trying to Tell You",
       "Pleurer après l’amour : ce que votre âme essaie de vous dire"},
      {"Crying after sex is common.", "Pleurer après l’amour est courant."},
      {"The tears come.", "Les larmes arrivent."},
      {"You thought you’d be wrapped in bliss.", "Vous pensiez baigner dans le bonheur."},
      {"Sex Is More Than Physical", "Le sexe est plus que physique"},
      {"Sex is layered.", "Le sexe a plusieurs couches."},
      {"It’s flesh, yes.", "C’est de la chair, oui."},
      {"Release & Emotions", "Libération & émotions"},
      {"Sex stirs energy.", "Le sexe remue l’énergie."},
      {"{1}Unprocessed emotions{/1}: Intimacy surfaces grief.",
       "{1}Émotions non traitées{/1} : l’intimité fait remonter le chagrin."},
      {"{1}Energetic cleansing{/1}: Tears are sacred water.",
       "{1}Nettoyage énergétique{/1} : les larmes sont une eau sacrée."},
      {"When Tears Feel Like Healing", "Quand les larmes guérissent"},
      {"That can happen when:", "Cela peut arriver quand :"},
      {"you feel safe,", "vous vous sentez en sécurité,"},
      {"you feel seen.", "vous vous sentez vu."},
  };
}

}  // namespace folio::render::testing

#endif  // FOLIO_RENDER_TEST_DOCUMENTS_H_
