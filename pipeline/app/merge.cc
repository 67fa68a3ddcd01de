#include "app/merge.h"

#include <set>
#include <unordered_map>

namespace folio::app {

namespace {

bool HasText(const std::optional<doc::Fragment>& f) { return f.has_value() && !f->PlainText().empty(); }

}  // namespace

MergeStats ApplyTargets(const xliff::XliffFile& file, bool overwrite, doc::Document* doc) {
  std::unordered_map<std::string, const xliff::XSegment*> by_id;
  std::unordered_map<std::string, const xliff::XSegment*> by_source;
  for (const xliff::XUnit& u : file.units) {
    for (const xliff::XSegment& s : u.segments) {
      if (!HasText(s.target)) continue;
      if (!s.id.empty()) by_id.emplace(s.id, &s);
      by_source.emplace(s.source.PlainText() + '\x1f' + std::to_string(s.source.items.size()), &s);
    }
  }
  MergeStats stats;
  doc::ForEachUnit(doc->blocks, [&](doc::Block& b) {
    for (doc::Segment& seg : b.segments) {
      if (seg.target.has_value() && !overwrite) continue;
      const xliff::XSegment* found = nullptr;
      auto it = by_id.find(seg.id);
      if (it != by_id.end() && it->second->source == seg.source) {
        found = it->second;
      } else {
        auto jt = by_source.find(seg.source.PlainText() + '\x1f' + std::to_string(seg.source.items.size()));
        if (jt != by_source.end() && jt->second->source == seg.source) {
          found = jt->second;
          ++stats.by_text;
        }
      }
      if (found == nullptr) continue;
      seg.target = found->target;
      seg.state = found->state == doc::State::kInitial ? doc::State::kTranslated : found->state;
      ++stats.applied;
    }
  });
  return stats;
}

std::vector<xliff::XSegment> OrphanedTargets(const xliff::XliffFile& file, const doc::Document& doc) {
  std::set<std::string> ids, sources;
  doc::ForEachUnit(doc.blocks, [&](const doc::Block& b) {
    for (const doc::Segment& s : b.segments) {
      ids.insert(s.id);
      sources.insert(s.source.PlainText());
    }
  });
  std::vector<xliff::XSegment> out;
  for (const xliff::XUnit& u : file.units)
    for (const xliff::XSegment& s : u.segments)
      if (HasText(s.target) && !ids.count(s.id) && !sources.count(s.source.PlainText())) out.push_back(s);
  return out;
}

}  // namespace folio::app
