#include "app/merge.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "leverage/leverage.h"
#include "xliff/check.h"

namespace folio::app {

namespace {

bool HasText(const std::optional<doc::Fragment>& f) { return f.has_value() && !f->PlainText().empty(); }

// The project's source defines what a code means; a tool may have dropped
// or changed type/canDelete on the way back, and XLIFF carries no plain
// attributes, so the target takes type, can_delete, attrs and data from the
// source code with the same id.
doc::Fragment WithSourceCodeAttributes(doc::Fragment target, const doc::Fragment& source) {
  for (doc::Inline& t : target.items) {
    if (t.kind == doc::Inline::Kind::kText) continue;
    for (const doc::Inline& s : source.items) {
      if (s.kind == t.kind && s.id == t.id) {
        t.type = s.type;
        t.can_delete = s.can_delete;
        t.attrs = s.attrs;  // a link's href is the source's, whatever a tool sent back
        t.data = s.data;
        break;
      }
    }
  }
  return target;
}

}  // namespace

MergeStats ApplyTargets(const xliff::XliffFile& file, bool overwrite, doc::Document* doc, bool promote_initial) {
  std::unordered_map<std::string, const xliff::XSegment*> by_id;
  std::unordered_map<std::string, const xliff::XSegment*> by_source;
  for (const xliff::XUnit& u : file.units) {
    for (const xliff::XSegment& s : u.segments) {
      if (!HasText(s.target)) continue;
      if (!s.id.empty()) by_id.emplace(s.id, &s);
      by_source.emplace(s.source.PlainText(), &s);
    }
  }
  // Comments travel with the unit: every comment of the file's unit (and of
  // its segments) that the block does not have yet, in file order.
  std::unordered_map<std::string, const xliff::XUnit*> units;
  for (const xliff::XUnit& u : file.units) units.emplace(u.id, &u);
  MergeStats stats;
  doc::ForEachUnit(doc->blocks, [&](doc::Block& b) {
    if (auto u = units.find(b.id); u != units.end()) {
      std::vector<const std::string*> all;
      for (const std::string& c : u->second->comments) all.push_back(&c);
      for (const xliff::XSegment& s : u->second->segments)
        for (const std::string& c : s.comments) all.push_back(&c);
      for (const std::string* c : all)
        if (std::find(b.comments.begin(), b.comments.end(), *c) == b.comments.end()) b.comments.push_back(*c);
    }
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

StoredWork MergeWithStored(const doc::Document& stored, bool overwrite_reviewed, doc::Document* merged) {
  std::vector<const doc::Segment*> before;
  doc::ForEachUnit(stored.blocks, [&](const doc::Block& b) {
    for (const doc::Segment& s : b.segments) before.push_back(&s);
  });
  std::unordered_map<std::string, const doc::Block*> stored_blocks;
  doc::ForEachUnit(stored.blocks, [&](const doc::Block& b) { stored_blocks.emplace(b.id, &b); });
  StoredWork work;
  size_t i = 0;
  doc::ForEachUnit(merged->blocks, [&](doc::Block& b) {
    // The stored comments first, then the file's new ones.
    if (auto sb = stored_blocks.find(b.id); sb != stored_blocks.end() && !sb->second->comments.empty()) {
      std::vector<std::string> comments = sb->second->comments;
      for (const std::string& c : b.comments)
        if (std::find(comments.begin(), comments.end(), c) == comments.end()) comments.push_back(c);
      b.comments = std::move(comments);
    }
    for (doc::Segment& seg : b.segments) {
      const doc::Segment* old = i < before.size() ? before[i] : nullptr;
      ++i;
      if (old == nullptr || old->id != seg.id || !old->target.has_value()) continue;
      if (!seg.target.has_value()) {
        seg.target = old->target;
        seg.state = old->state;
        seg.sub_state = old->sub_state;
        continue;
      }
      bool high = old->state == doc::State::kReviewed || old->state == doc::State::kFinal;
      KeptSegment k{seg.id, old->state, seg.state};
      if (*seg.target != *old->target) {
        if (high) work.revised.push_back(k);
        continue;
      }
      if (seg.state >= old->state) continue;
      if (overwrite_reviewed) {
        if (high) work.lowered.push_back(k);
        continue;
      }
      seg.state = old->state;
      seg.sub_state = old->sub_state;
      if (high) work.kept.push_back(k);
    }
  });
  return work;
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
