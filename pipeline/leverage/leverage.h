// Leverage: what a new revision of the source reuses of earlier translations.
//
// folio extract first keeps every target whose segment is unchanged (same id
// and source, wherever the sentence moved: app/merge.h). For every other
// segment it looks the sentence up in the memories (the previous handoff of
// the locale, its retired translations and the project's translation memory)
// and, Trados/memoQ style:
//   101 %  in-context exact match (same source, same sentence before and
//          after it): pre-filled, state "translated", subState
//          "folio:context-101";
//   100 %  exact match: pre-filled for review: state "initial", subState
//          "folio:exact-100", and a note saying where it came from;
//   75-99  fuzzy matches (tm/similarity.h; the threshold is an option):
//          offered as candidates (XLIFF 2 <mtc:match>, 1.2 <alt-trans>), the
//          target left to the translator, and a note with the old source, the
//          new source and a word diff (leverage/word_diff.h);
//   split  a sentence with no match of its own whose source joined with its
//          neighbour's matches an old sentence: that sentence's translation
//          is a candidate for both parts;
//   merge  a sentence that matches two consecutive old sentences joined:
//          their translations joined are a candidate (the previous handoff
//          stores such pairs, see EntriesFromXliff).
// The same lookups give the analysis band of every segment (folio analyze).
#ifndef FOLIO_LEVERAGE_LEVERAGE_H_
#define FOLIO_LEVERAGE_LEVERAGE_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "doc/document.h"
#include "tm/memory.h"
#include "xliff/xliff_file.h"

namespace folio::leverage {

// Analysis bands, in order of precedence: a segment counts in the first one
// that applies. Repetitions (a source already seen earlier in the same
// handoff) come after exact matches and before fuzzy ones, as in Trados'
// and memoQ's default analysis.
enum class Band { kContext, kExact, kRepetition, kFuzzy95, kFuzzy85, kFuzzy75, kNoMatch };
inline constexpr int kBandCount = 7;
const char* BandName(Band b);   // "context", "exact", "repetition", "fuzzy-95-99", ..., "no-match"
const char* BandLabel(Band b);  // "Context match (101%)", ...

// The band of a best match score (0 when nothing matched), ignoring repetitions.
Band BandOfScore(int score);

// subState values folio writes on pre-filled segments.
inline constexpr const char* kContextSubState = "folio:context-101";
inline constexpr const char* kExactSubState = "folio:exact-100";

struct Neighbours {
  std::string prev;  // plain text of the segment before, "" for the first
  std::string next;  // plain text of the segment after, "" for the last
};

// The neighbours of every segment of `d`, in document order (units in
// doc::ForEachUnit order, then their segments): the context of tm::Entry
// and tm::Query.
std::vector<Neighbours> DocumentNeighbours(const doc::Document& d);

// Memory entries for every translated segment of `file` (a non-empty target
// and state translated, reviewed or final), with document-order context,
// source language `src_lang`, origin `origin`. With `pairs`, also one entry
// per two consecutive translated segments of a unit: sources joined by a
// space, targets by `target_joiner` (" ", or "" for languages written without
// spaces), segment_id "<first>+<second>" -- what a merged sentence matches.
// Pairs whose halves both carry inline codes are left out (their code ids
// would clash).
std::vector<tm::Entry> EntriesFromXliff(const xliff::XliffFile& file, const std::string& src_lang,
                                        const std::string& origin, bool pairs, const std::string& target_joiner);

// Memory entries for the segments of `d` (source_language -> target_language)
// with a non-empty target and a state other than initial.
std::vector<tm::Entry> EntriesFromDocument(const doc::Document& d, const std::string& origin);

struct Options {
  int threshold = 75;         // fuzzy matches below this similarity are not offered
  size_t max_candidates = 3;  // per segment
};

struct SegmentResult {
  Band band = Band::kNoMatch;
  int best = 0;  // best match score, 0 when none
};

// Looks every segment of *d up in `memories` (consulted in this order; the
// best score wins, ties go to the earlier memory) and updates *d as the
// header says: pre-fills segments without a target, sets candidates,
// sub_state and change_note of segments still to translate (state initial).
// Segments already translated are only classified. *out (optional) gets one
// result per segment in document order.
Status Leverage(const std::vector<tm::Memory*>& memories, const Options& options, doc::Document* d,
                std::vector<SegmentResult>* out);

}  // namespace folio::leverage

#endif  // FOLIO_LEVERAGE_LEVERAGE_H_
