// Fuzzy-match similarity between two source fragments, and the words the
// memory's inverted index is built from.
//
// Definition (the number a translator sees as "fuzzy 85%"):
//   1. Each fragment becomes a token sequence (SimilarityTokens):
//        - a word: a maximal run of letters, digits and combining marks, with
//          an apostrophe (' or U+2019) between two such characters kept inside
//          ("don't" is one token); compared case-sensitively, so "The" vs
//          "the" costs one edit;
//        - every other non-space code point on its own ("." "," "—");
//        - every inline code as a token of its kind only: "{open}", "{close}",
//          "{ph}" (ids and types differ between tools and are ignored; a
//          missing or extra code still costs one edit).
//   2. d = Levenshtein distance over those tokens (insert, delete, substitute
//      a token each cost 1).
//   3. Similarity = floor(100 * (1 - d / max(n, m))) for token counts n, m;
//      100 when both are empty. A result of 100 with d > 0 cannot happen, and
//      a fragment that differs only in a code's id, type or can_delete scores
//      100 here: Memory reports such matches as 99 (only an exact match of the
//      coded source scores 100 or 101).
//
// Examples (tested in similarity_test.cc):
//   "The cat sat on the mat." vs "The cat sat on a mat."  -> 7 tokens, d=1 -> 85
//   "The cat sat." vs "The cat sat on the mat."          -> 4 vs 7, d=3 -> 57
#ifndef FOLIO_TM_SIMILARITY_H_
#define FOLIO_TM_SIMILARITY_H_

#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"

namespace folio::tm {

// The token sequence of step 1 above.
std::vector<std::string> SimilarityTokens(const doc::Fragment& fragment);

// Levenshtein distance over token sequences.
int TokenDistance(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Steps 2 and 3 on already tokenized fragments: 0..100.
int TokenSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Similarity(a, b) = TokenSimilarity(SimilarityTokens(a), SimilarityTokens(b)).
int Similarity(const doc::Fragment& a, const doc::Fragment& b);

// The words of `text` as the inverted index stores them: the word tokens of
// step 1, case-folded (ICU default folding), keeping only letters and digits
// (so "Don't" -> "dont"), in order, duplicates kept. These are exactly the
// tokens SQLite's FTS5 unicode61 tokenizer sees as one token each.
std::vector<std::string> IndexWords(std::string_view text);

}  // namespace folio::tm

#endif  // FOLIO_TM_SIMILARITY_H_
