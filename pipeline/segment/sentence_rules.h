// folio's corrections to ICU's sentence boundaries. ICU (with the CLDR
// abbreviation filter) is right almost everywhere; these rules fix the cases
// it gets wrong in book text. Each rule is written down, with examples, in
// tests/spec/segmentation.spec:
//   - "e.g.", "i.e." and "a.k.a." do not end a sentence (ICU's filter only
//     matches abbreviations with an inner period right after their first
//     part, so suppressBreakAfter("e.g.") has no effect);
//   - a single capital letter and a period ("J. R. R. Tolkien") is an
//     initial, not a sentence end ("I." excepted: it is the pronoun);
//   - after "?" or "!" and closing quotes, a lower-case word continues the
//     sentence ("“Is it?” she asked.");
//   - an ellipsis "…" followed by a capitalized word ends a sentence, as
//     "..." does in ICU; followed by a lower-case word it does not;
//   - a sentence never ends at a no-break space: French "« Non ! » Puis"
//     ends after the closing guillemet;
//   - opening brackets and quotes belong to the sentence they open (ICU
//     leaves "「" of "本当？「はい。」" on the previous sentence);
//   - in Japanese, a closing quote followed by hiragana ("「はい。」と言った")
//     continues the sentence.
#ifndef FOLIO_SEGMENT_SENTENCE_RULES_H_
#define FOLIO_SEGMENT_SENTENCE_RULES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace folio::segment {

// `breaks` holds ICU's sentence boundaries strictly inside `text` (UTF-16),
// ascending. Applies the rules above in place; the result is ascending,
// without duplicates, and never contains 0 or text.size().
// `ellipses`, when given, lists the offsets of every U+2026 in `text`
// (the caller found them while converting it), sparing a scan.
void RefineSentenceBreaks(std::u16string_view text, std::vector<int32_t>* breaks,
                          const std::vector<int32_t>* ellipses = nullptr);

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_SENTENCE_RULES_H_
