// A cheap test that spares ICU's sentence iterator the many units (headings,
// list items, one-sentence paragraphs) where no sentence can end inside.
//
// Under UAX #29's sentence rules, which are ICU's root rules, a boundary
// only ever follows a terminator (Sentence_Break ATerm or STerm, then
// Close* Sp*) or a paragraph separator (Sep, CR, LF). So a text holding no
// terminator and no separator has no boundary inside it, and neither has
// one whose only terminators are in a final run that the rules keep whole:
// terminators and closing punctuation, then spaces, then possibly more
// terminators (SB8a), and so on to the end ("Why?!”" or "Yes. ."). ICU's
// abbreviation filter only removes boundaries, and folio's corrections
// (sentence_rules.h) only move or remove ICU's, except after U+2026 (…),
// which therefore always goes to ICU.
//
// This holds for the root rules only: a locale with tailored rules (Greek
// ends sentences at ";") must not use it; the segmenter checks.
#ifndef FOLIO_SEGMENT_SENTENCE_PREFILTER_H_
#define FOLIO_SEGMENT_SENTENCE_PREFILTER_H_

#include <string_view>

namespace folio::segment {

// True when the root sentence rules, folio's corrections included, can put
// no boundary strictly inside `text` (UTF-16). False means "ask ICU", not
// "there is a boundary".
bool HasNoSentenceBoundaryInside(std::u16string_view text);

// For tests: whether the ASCII table written out in the .cc file gives the
// same answers as ICU's Sentence_Break property.
bool AsciiSentenceKindsMatchIcu();

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_SENTENCE_PREFILTER_H_
