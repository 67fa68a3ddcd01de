// Sentence segmentation: the only user of ICU's BreakIterator. One segment
// per sentence, from ICU's sentence rules with CLDR abbreviation suppressions
// (plus folio's own list), with two fixes ICU does not make by itself:
// an ellipsis followed by a lower-case word does not end a sentence, and a
// sentence ending inside closing quotes ends after the quote. folio's other
// corrections are listed in sentence_rules.h; every rule has examples in
// tests/spec/segmentation.spec.
#ifndef FOLIO_SEGMENT_SEGMENTER_H_
#define FOLIO_SEGMENT_SEGMENTER_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace folio::segment {

struct Sentence {
  doc::Fragment text;       // the sentence, without trailing whitespace
  std::string space_after;  // the whitespace after it (empty for the last,
                            // unless the fragment ends in whitespace)
};

// Not thread-safe: a Segmenter reuses one ICU iterator and its buffers
// across calls (creating them is what costs). Use one per thread.
class Segmenter {
 public:
  // Stores a segmenter for `locale` (a BCP 47 tag; pseudo-locales use "en")
  // in *out. Fails only if ICU has no data at all.
  static Status Create(const std::string& locale, std::unique_ptr<Segmenter>* out);
  virtual ~Segmenter() = default;

  // Splits a fragment into sentences. Never splits inside a code pair.
  // Concatenating text + space_after of every sentence gives `f` back.
  // Whitespace between sentences goes to space_after unless a code follows
  // it (then it stays in the text; see fragment_cut.h for where codes at a
  // boundary go). An empty fragment gives no sentences.
  virtual std::vector<Sentence> Split(const doc::Fragment& f) const = 0;
};

// Splits every unit of `doc` into sentences (each unit block's single
// segment becomes one segment per sentence; headings, titles and list items
// are split too, though they rarely have more than one), counts words, and
// assigns stable unit and segment ids (see unit_ids.h). Uses the document's
// source language (else meta.language, else "en"). A unit whose text is
// empty or only whitespace gets no segment. Units that already have several
// segments are joined and split again, so running it twice changes nothing;
// targets are not kept (this is for source documents).
Status SegmentDocument(doc::Document* doc);

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_SEGMENTER_H_
