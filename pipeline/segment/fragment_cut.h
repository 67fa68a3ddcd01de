// Cuts a fragment (text runs + inline codes) into sentences at offsets
// found in its plain text. Kept apart from the ICU code so that the code
// handling can be tested with hand-made offsets.
#ifndef FOLIO_SEGMENT_FRAGMENT_CUT_H_
#define FOLIO_SEGMENT_FRAGMENT_CUT_H_

#include <cstddef>
#include <vector>

#include "doc/document.h"
#include "segment/segmenter.h"

namespace folio::segment {

// Where one sentence stops, as byte offsets into the fragment's PlainText():
// the sentence's text ends at text_end, the next one starts at next_start,
// and the whitespace in between becomes Sentence::space_after.
struct SentenceCut {
  size_t text_end = 0;
  size_t next_start = 0;
};

// Cuts `f` at `cuts`, which are ascending; the last one has next_start ==
// PlainText().size() and only says where the trailing whitespace starts.
//
// Codes sitting exactly at a cut's next_start: close codes stay with the
// sentence before, the first open or placeholder code starts the next one.
// A cut that would leave an open code without its close in the same
// sentence is dropped. Whitespace goes to space_after only when no code
// follows it; otherwise it stays in the text. Concatenating text +
// space_after of the result always gives `f` back (adjacent text runs
// merged). Returns nothing for an empty fragment.
std::vector<Sentence> CutFragment(const doc::Fragment& f, const std::vector<SentenceCut>& cuts);

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_FRAGMENT_CUT_H_
