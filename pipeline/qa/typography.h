// Locale typography rules: what a reader of each language expects from
// punctuation and spacing. Used by the "qa.typography" check.
//   fr  no-break space (U+00A0 or U+202F) before ; : ! ? » and after «,
//       no straight quotes
//   de  „…“ quotation marks, not “…” or "…"
//   es  every ? and ! has its opening ¿ and ¡
//   ja  full-width punctuation 、。！？：「」, no ASCII , . ! ? : ; " or spaces
//       between Japanese characters
//   ar  Arabic comma، semicolon؛ and question mark؟ instead of Latin ones
#ifndef FOLIO_QA_TYPOGRAPHY_H_
#define FOLIO_QA_TYPOGRAPHY_H_

#include <string>
#include <vector>

namespace folio::qa {

// Returns one sentence per problem found in `text` for `language` (primary
// subtag, lower case); empty when the text follows the rules or the
// language has none here.
std::vector<std::string> CheckTypography(const std::string& text, const std::string& language);

}  // namespace folio::qa

#endif  // FOLIO_QA_TYPOGRAPHY_H_
