// A word-level diff of two versions of a sentence, for the note that tells a
// translator what changed in a source sentence since it was translated.
//
// Tokens are words (letters, digits, marks, with an apostrophe inside a word
// kept: "don't") and single other non-space characters ("," "—"); each token
// keeps the whitespace before it, so the output reads like the text. The
// diff is a longest common subsequence of tokens; runs of removed tokens are
// shown as [-...-] and runs of added ones as {+...+} (GNU wdiff's notation):
//   WordDiff("The cat sat on the mat.", "The cat sat on a mat.")
//     == "The cat sat on [-the-]{+a+} mat."
#ifndef FOLIO_LEVERAGE_WORD_DIFF_H_
#define FOLIO_LEVERAGE_WORD_DIFF_H_

#include <string>
#include <string_view>

namespace folio::leverage {

std::string WordDiff(std::string_view before, std::string_view after);

}  // namespace folio::leverage

#endif  // FOLIO_LEVERAGE_WORD_DIFF_H_
