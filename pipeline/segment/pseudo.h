// Pseudo-localization, Windows conventions:
//   qps-ploc   accented look-alike letters, ~35 % longer, wrapped in [ ],
//              so truncation, hard-coded strings and encoding bugs show;
//   qps-plocm  the same text mirrored for right-to-left layout testing.
// Inline codes are kept as they are, in order.
#ifndef FOLIO_SEGMENT_PSEUDO_H_
#define FOLIO_SEGMENT_PSEUDO_H_

#include <string>

#include "doc/document.h"

namespace folio::segment {

// True for the pseudo-locale tags folio generates itself.
bool IsPseudoLocale(const std::string& tag);

// The pseudo-translation of `source` for `tag` ("qps-ploc" or "qps-plocm").
doc::Fragment Pseudolocalize(const doc::Fragment& source, const std::string& tag);

// Pseudo-localizes one plain string (UI strings, metadata).
std::string PseudolocalizeText(const std::string& text, const std::string& tag);

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_PSEUDO_H_
