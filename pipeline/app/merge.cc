#include "app/merge.h"

#include <set>
#include <unordered_map>

#include "leverage/leverage.h"
#include "xliff/check.h"

namespace folio::app {

namespace {

bool HasText(const std::optional<doc::Fragment>& f) { return f.has_value() && !f->PlainText().empty(); }

// The project's source defines what a code means; a tool may have dropped
// or changed type/canDelete on the way back, so the target takes them from
// the source code with the same id.
doc::Fragment WithSourceCodeAttributes(doc::Fragment target, const doc::Fragment& source) {
  for (doc::Inline& t : target.items) {
    if (t.kind == doc::Inline::Kind::kText) continue;
    for (const doc::Inline& s : source.items) {
      if (s.kind == t.kind && s.id == t.id) {
        t.type = s.type;
        t.can_delete = s.can_delete;
        break;
      }
    }
  }
  return target;
}

}  // namespace

MergeStats ApplyTargets(const xliff::XliffFile& file, bool overwrite, doc::Document* doc,
                        bool promote_initial) {
  std::unordered_map<std::string, const xliff::XSegment*> by_id;
  std::unordered_map<std::string, const xliff::XSegment*> by_source;
  for (const xliff::XUnit& u : file.units) {
    for (const xliff::XSegment& s : u.segments) {
      if (!HasText(s.target)) continue;
      if (!s.id.empty()) by_id.emplace(s.id, &s);
      by_source.emplace(s.source.PlainText(), &s);
    }
  }
  MergeStats stats;
  doc::ForEachUnit(doc->blocks, [&](doc::Block& b) {
    for (doc::Segment& seg : b.segments) {
      if (seg.target.has_value() && !overwrite) continue;
      const xliff::XSegment* found = nullptr;
      auto it = by_id.find(seg.id);
      if (it != by_id.end() && xliff::SameSource(it->second->source, seg.source)) {
        found = it->second;
      } else {
        auto jt = by_source.find(seg.source.PlainText());
        if (jt != by_source.end() && xliff::SameSource(jt->second->source, seg.source)) {
          found = jt->second;
          ++stats.by_text;
        }
      }
      if (found == nullptr) continue;
      seg.target = WithSourceCodeAttributes(*found->target, seg.source);
      seg.state = found->state;
      seg.sub_state = found->sub_state;
      if (promote_initial && seg.state == doc::State::kInitial) {
        seg.state = doc::State::kTranslated;
        seg.sub_state.clear();  // the translator confirmed a pre-filled match
      }
      if (seg.state != doc::State::kInitial && seg.sub_state == leverage::kExactSubState)
        seg.sub_state.clear();  // reviewed: no longer a pre-fill awaiting review
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
