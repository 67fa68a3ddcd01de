#include "leverage/leverage.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "base/text.h"
#include "leverage/word_diff.h"
#include "tm/coded_text.h"

namespace folio::leverage {

namespace {

bool HasCodes(const doc::Fragment& f) {
  for (const doc::Inline& i : f.items)
    if (i.kind != doc::Inline::Kind::kText) return true;
  return false;
}

bool HasText(const std::optional<doc::Fragment>& f) { return f.has_value() && !f->PlainText().empty(); }

doc::Fragment Join(const doc::Fragment& a, const std::string& joiner, const doc::Fragment& b) {
  doc::Fragment out = a;
  if (!joiner.empty()) out.AppendText(joiner);
  for (const doc::Inline& i : b.items) {
    if (i.kind == doc::Inline::Kind::kText)
      out.AppendText(i.text);
    else
      out.items.push_back(i);
  }
  return out;
}

bool Done(const doc::Segment& s) { return HasText(s.target) && s.state != doc::State::kInitial; }

struct Where {
  doc::Segment* segment;
  size_t unit;  // index of its unit, in document order
};

std::vector<Where> Segments(doc::Document* d) {
  std::vector<Where> out;
  size_t unit = 0;
  doc::ForEachUnit(d->blocks, [&](doc::Block& b) {
    for (doc::Segment& s : b.segments) out.push_back({&s, unit});
    ++unit;
  });
  return out;
}

bool IsPair(const tm::Entry& e) { return e.segment_id.find('+') != std::string::npos; }

doc::Candidate::Kind KindOf(const tm::Match& m) {
  if (m.score >= 101) return doc::Candidate::Kind::kContext;
  if (IsPair(m.entry)) return doc::Candidate::Kind::kMerge;
  if (m.score == 100) return doc::Candidate::Kind::kExact;
  return doc::Candidate::Kind::kFuzzy;
}

// Every memory's matches, best first, one per distinct (source, target).
Status LookupAll(const std::vector<tm::Memory*>& memories, const tm::Query& query, const tm::LookupOptions& lo,
                 std::vector<tm::Match>* out) {
  out->clear();
  for (tm::Memory* m : memories) {
    std::vector<tm::Match> found;
    FOLIO_RETURN_IF_ERROR(m->Lookup(query, lo, &found));
    out->insert(out->end(), found.begin(), found.end());
  }
  std::stable_sort(out->begin(), out->end(), [](const tm::Match& a, const tm::Match& b) { return a.score > b.score; });
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<tm::Match> unique;
  for (tm::Match& m : *out) {
    auto key = std::make_pair(tm::WriteCodedText(m.entry.source), tm::WriteCodedText(m.entry.target));
    if (seen.insert(key).second) unique.push_back(std::move(m));
  }
  *out = std::move(unique);
  return Status::Ok();
}

doc::Candidate ToCandidate(const tm::Match& m, doc::Candidate::Kind kind) {
  doc::Candidate c;
  c.kind = kind;
  c.similarity = m.score;
  c.source = m.entry.source;
  c.target = m.entry.target;
  c.origin = m.entry.origin;
  return c;
}

std::string ChangeNote(const doc::Segment& s) {
  if (s.candidates.empty()) return "";
  const doc::Candidate& c = s.candidates.front();
  std::string now = s.source.PlainText(), before = c.source.PlainText();
  std::string pct = std::to_string(std::min(c.similarity, 100)) + "%";
  switch (c.kind) {
    case doc::Candidate::Kind::kContext:
    case doc::Candidate::Kind::kExact:
      return "";
    case doc::Candidate::Kind::kFuzzy:
      return "This sentence was edited since it was translated (" + pct + " match, translation from " + c.origin +
             ").\nBefore: " + Quote(before) + "\nNow: " + Quote(now) + "\nChanges: " + WordDiff(before, now);
    case doc::Candidate::Kind::kSplit:
      return "This sentence was split from a longer one that was translated (" + pct +
             " match for the two parts together, translation from " + c.origin + ").\nBefore: " + Quote(before) +
             "\nNow: " + Quote(now) +
             "\nThe old translation is offered as a candidate "
             "for each part: keep the part that belongs to this sentence.";
    case doc::Candidate::Kind::kMerge:
      return "This sentence joins sentences that were translated separately (" + pct + " match, translations from " +
             c.origin + ").\nBefore: " + Quote(before) + "\nNow: " + Quote(now) + "\nChanges: " + WordDiff(before, now);
  }
  return "";
}

}  // namespace

const char* BandName(Band b) {
  switch (b) {
    case Band::kContext:
      return "context";
    case Band::kExact:
      return "exact";
    case Band::kRepetition:
      return "repetition";
    case Band::kFuzzy95:
      return "fuzzy-95-99";
    case Band::kFuzzy85:
      return "fuzzy-85-94";
    case Band::kFuzzy75:
      return "fuzzy-75-84";
    case Band::kNoMatch:
      return "no-match";
  }
  return "";
}

const char* BandLabel(Band b) {
  switch (b) {
    case Band::kContext:
      return "Context match (101%)";
    case Band::kExact:
      return "Exact match (100%)";
    case Band::kRepetition:
      return "Repetitions";
    case Band::kFuzzy95:
      return "Fuzzy 95-99%";
    case Band::kFuzzy85:
      return "Fuzzy 85-94%";
    case Band::kFuzzy75:
      return "Fuzzy 75-84%";
    case Band::kNoMatch:
      return "No match";
  }
  return "";
}

Band BandOfScore(int score) {
  if (score >= 101) return Band::kContext;
  if (score == 100) return Band::kExact;
  if (score >= 95) return Band::kFuzzy95;
  if (score >= 85) return Band::kFuzzy85;
  if (score >= 75) return Band::kFuzzy75;
  return Band::kNoMatch;
}

std::vector<Neighbours> DocumentNeighbours(const doc::Document& d) {
  std::vector<std::string> texts;
  doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
    for (const doc::Segment& s : b.segments) texts.push_back(s.source.PlainText());
  });
  std::vector<Neighbours> out(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) out[i].prev = texts[i - 1];
    if (i + 1 < texts.size()) out[i].next = texts[i + 1];
  }
  return out;
}

std::vector<tm::Entry> EntriesFromXliff(const xliff::XliffFile& file, const std::string& src_lang,
                                        const std::string& origin, bool pairs, const std::string& target_joiner) {
  std::vector<const xliff::XSegment*> all;
  std::vector<const xliff::XUnit*> unit_of;
  for (const xliff::XUnit& u : file.units)
    for (const xliff::XSegment& s : u.segments) {
      all.push_back(&s);
      unit_of.push_back(&u);
    }
  auto translated = [](const xliff::XSegment& s) {
    return HasText(s.target) && s.state != doc::State::kInitial && !s.source.empty();
  };
  std::vector<tm::Entry> out;
  for (size_t i = 0; i < all.size(); ++i) {
    const xliff::XSegment& s = *all[i];
    if (!translated(s)) continue;
    tm::Entry e;
    e.src_lang = src_lang;
    e.trg_lang = file.trg_lang;
    e.source = s.source;
    e.target = *s.target;
    if (i > 0) e.prev_source = all[i - 1]->source.PlainText();
    if (i + 1 < all.size()) e.next_source = all[i + 1]->source.PlainText();
    e.unit_id = unit_of[i]->id;
    e.segment_id = s.id;
    e.origin = origin;
    out.push_back(std::move(e));
    if (!pairs || i + 1 >= all.size() || unit_of[i + 1] != unit_of[i]) continue;
    const xliff::XSegment& t = *all[i + 1];
    if (!translated(t) || (HasCodes(s.source) && HasCodes(t.source))) continue;
    tm::Entry p;
    p.src_lang = src_lang;
    p.trg_lang = file.trg_lang;
    p.source = Join(s.source, " ", t.source);
    p.target = Join(*s.target, target_joiner, *t.target);
    if (i > 0) p.prev_source = all[i - 1]->source.PlainText();
    if (i + 2 < all.size()) p.next_source = all[i + 2]->source.PlainText();
    p.unit_id = unit_of[i]->id;
    p.segment_id = s.id + "+" + t.id;
    p.origin = origin;
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<tm::Entry> EntriesFromDocument(const doc::Document& d, const std::string& origin) {
  std::vector<Neighbours> nb = DocumentNeighbours(d);
  std::vector<tm::Entry> out;
  size_t k = 0;
  doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
    for (const doc::Segment& s : b.segments) {
      const Neighbours& n = nb[k++];
      if (!Done(s) || s.source.empty()) continue;
      tm::Entry e;
      e.src_lang = d.source_language;
      e.trg_lang = d.target_language;
      e.source = s.source;
      e.target = *s.target;
      e.prev_source = n.prev;
      e.next_source = n.next;
      e.unit_id = b.id;
      e.segment_id = s.id;
      e.origin = origin;
      out.push_back(std::move(e));
    }
  });
  return out;
}

Status Leverage(const std::vector<tm::Memory*>& memories, const Options& options, doc::Document* d,
                std::vector<SegmentResult>* out) {
  std::vector<Neighbours> nb = DocumentNeighbours(*d);
  std::vector<Where> segs = Segments(d);
  tm::LookupOptions lo;
  lo.threshold = options.threshold;
  lo.max_results = options.max_candidates + 2;
  std::set<std::string> seen;  // coded sources met so far (repetitions)
  if (out) out->clear();
  std::vector<tm::Match> matches;
  for (size_t k = 0; k < segs.size(); ++k) {
    doc::Segment& s = *segs[k].segment;
    SegmentResult result;
    bool repeated = !seen.insert(tm::WriteCodedText(s.source)).second;
    s.candidates.clear();
    s.change_note.clear();
    if (s.source.empty() || memories.empty()) {
      result.band = repeated ? Band::kRepetition : Band::kNoMatch;
      if (out) out->push_back(result);
      continue;
    }
    tm::Query q{d->source_language, d->target_language, s.source, nb[k].prev, nb[k].next};
    FOLIO_RETURN_IF_ERROR(LookupAll(memories, q, lo, &matches));
    result.best = matches.empty() ? 0 : matches.front().score;
    result.band = BandOfScore(result.best);
    if (repeated && result.best < 100) result.band = Band::kRepetition;
    if (out) out->push_back(result);
    if (Done(s)) continue;

    // Still to translate: pre-fill or offer candidates.
    if (result.best >= 100) {
      const tm::Match& m = matches.front();
      bool context = m.score >= 101;
      if (!HasText(s.target)) {
        s.target = m.entry.target;
        s.state = context ? doc::State::kTranslated : doc::State::kInitial;
        s.sub_state = context ? kContextSubState : kExactSubState;
      } else if (*s.target == m.entry.target) {
        s.sub_state = kExactSubState;  // a pre-fill from an earlier extract, not yet reviewed
      }
      if (s.state == doc::State::kInitial && s.sub_state == kExactSubState)
        s.change_note = "Pre-filled from an exact match (100%, translation from " + m.entry.origin +
                        ") found in another context: check that it fits here, then confirm it.";
      continue;
    }
    for (const tm::Match& m : matches) {
      if (s.candidates.size() >= options.max_candidates) break;
      s.candidates.push_back(ToCandidate(m, KindOf(m)));
    }
    if (result.best < options.threshold) {
      // A split: this sentence and its neighbour in the unit, joined, match
      // one old sentence.
      for (int side : {-1, +1}) {
        size_t j = k + side;
        if (side < 0 && k == 0) continue;
        if (j >= segs.size() || segs[j].unit != segs[k].unit) continue;
        const doc::Segment& other = *segs[j].segment;
        doc::Fragment joined = side < 0 ? Join(other.source, " ", s.source) : Join(s.source, " ", other.source);
        tm::Query sq{d->source_language, d->target_language, joined, side < 0 ? nb[j].prev : nb[k].prev,
                     side < 0 ? nb[k].next : nb[j].next};
        std::vector<tm::Match> split;
        FOLIO_RETURN_IF_ERROR(LookupAll(memories, sq, lo, &split));
        for (const tm::Match& m : split) {
          if (IsPair(m.entry) || s.candidates.size() >= options.max_candidates) continue;
          tm::Match capped = m;
          capped.score = std::min(m.score, 100);
          s.candidates.push_back(ToCandidate(capped, doc::Candidate::Kind::kSplit));
        }
      }
    }
    s.change_note = ChangeNote(s);
  }
  return Status::Ok();
}

}  // namespace folio::leverage
