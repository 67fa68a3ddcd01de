// Pure syntax checks used by the XLIFF 2 validator: BCP 47 language tags
// and XLIFF fragment identifiers (XLIFF 2.1, "Fragment Identification").
#ifndef FOLIO_XLIFF_VALIDATE2_SYNTAX_H_
#define FOLIO_XLIFF_VALIDATE2_SYNTAX_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace folio::xliff {

// True when `tag` is a well-formed BCP 47 (RFC 5646) language tag: the
// langtag, privateuse and irregular-grandfathered productions. Registration
// of the subtags is not checked.
bool IsWellFormedLanguageTag(std::string_view tag);

// True when `s` matches XML's NMTOKEN production (ASCII approximation plus any
// non-ASCII letter).
bool IsNmtoken(std::string_view s);

// One selector of a fragment identifier: "u=1" -> {"u", "1"}; a bare "m1"
// (an inline element or segment in a unit) has an empty prefix.
struct FragSelector {
  std::string prefix;
  std::string id;
};

// Parses "#[/]sel(/sel)*" into *selectors. `known_prefixes` are the module and
// extension prefixes (XLIFF's f g u n d t are built in). Returns "" when the
// identifier is well-formed, otherwise what is wrong with it.
std::string ParseFragmentId(std::string_view ref, const std::set<std::string>& known_prefixes,
                            std::vector<FragSelector>* selectors);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_VALIDATE2_SYNTAX_H_
