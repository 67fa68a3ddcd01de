// The stored form of a fragment with inline codes: one string, so that the
// memory can compare, index and make it part of a UNIQUE key.
//
// Format (stable: it is on disk in every memory):
//   text                  the characters, with '\', '{' and '}' escaped as
//                         "\\", "\{" and "\}"
//   {o|id|type}           Inline::kOpen
//   {c|id|type}           Inline::kClose
//   {x|id|type}           Inline::kPlaceholder
// A code whose can_delete is false gets a fourth field "!": "{o|1|term|!}".
// Inside id and type, '\', '|', '{' and '}' are escaped with '\'.
// Example: "See the {o|1|term}wound{c|1|term}."
#ifndef FOLIO_TM_CODED_TEXT_H_
#define FOLIO_TM_CODED_TEXT_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "doc/document.h"

namespace folio::tm {

// The coded string of `fragment`. Adjacent text runs serialize the same as one
// merged run, so WriteCodedText(ReadCodedText(s)) == s for every valid s.
std::string WriteCodedText(const doc::Fragment& fragment);

// Parses a coded string. On error stores an empty fragment and returns
// InvalidInput "coded text at byte N: ..." (the memory file is damaged).
Status ReadCodedText(std::string_view coded, doc::Fragment* out);

}  // namespace folio::tm

#endif  // FOLIO_TM_CODED_TEXT_H_
