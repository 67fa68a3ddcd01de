// Pseudo-localization, Windows conventions:
//   qps-ploc   accented look-alike letters, ~35 % longer, wrapped in [ ],
//              so truncation, hard-coded strings and encoding bugs show;
//   qps-plocm  the same text mirrored for right-to-left layout testing.
// Inline codes are kept as they are, in order.
//
// Both tags give the same text: each ASCII letter becomes one precomposed
// accented look-alike (a -> å, e -> é, ...; output is NFC), then the
// fragment is wrapped in "[" ... "]" with padding before the "]" so that it
// grows by ceil(35 %) of its code points, brackets included. The padding is
// middle dots in groups of eight after a space ("[Ĥéļļö ŵöŕļð. ··]"), so a
// long paragraph wraps at it. qps-plocm text carries no bidi controls (no
// U+202E mirroring trick): the edition itself is rendered with dir="rtl"
// (LocaleInfo::rtl), which is what mirrored-layout testing needs.
#ifndef FOLIO_SEGMENT_PSEUDO_H_
#define FOLIO_SEGMENT_PSEUDO_H_

#include <string>

#include "doc/document.h"

namespace folio::segment {

// True for the pseudo-locale tags folio generates itself.
bool IsPseudoLocale(const std::string& tag);

// The pseudo-translation of `source` for `tag` ("qps-ploc" or "qps-plocm").
// Returns `source` unchanged for other tags and for fragments without text.
doc::Fragment Pseudolocalize(const doc::Fragment& source, const std::string& tag);

// Pseudo-localizes one plain string (UI strings, metadata).
std::string PseudolocalizeText(const std::string& text, const std::string& tag);

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_PSEUDO_H_
