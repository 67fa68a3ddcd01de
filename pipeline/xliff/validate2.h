// XLIFF 2.x conformance of one document, with no schema processor: XML
// well-formedness (xml_wellformed.h), the schema rules folio checks itself
// (validate2_schema.h), and the rules the XSD cannot express: id uniqueness,
// references that must resolve, <sc>/<ec> and <sm>/<em> pairing, editing
// hints (canDelete, canCopy, canReorder), language rules, fragment
// identifiers, and the module constraints (mtc, gls, mda, res, slr, val,
// ctr, fs). CONFORMANCE.md lists every constraint, where it is checked and
// its test, and those deliberately left unchecked. A file that passes here
// is valid XLIFF 2.1 as far as folio can tell.
#ifndef FOLIO_XLIFF_VALIDATE2_H_
#define FOLIO_XLIFF_VALIDATE2_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/status.h"

namespace folio::xliff {

struct Xliff2ValidationOptions {
  // Fragment-identifier prefixes registered for extensions, prefix -> namespace
  // URI (e.g. "tbx" -> "urn:iso:std:iso:30042:ed-1:v1:en"). XLIFF's own
  // prefixes (f g u n d t) and those of the 2.1 modules are always known; any
  // other prefix in a fragment identifier is reported as unregistered.
  std::map<std::string, std::string> extra_prefixes;
};

// Parses `bytes` (UTF-8 XML, no DTD: a <!DOCTYPE> is refused) and appends to
// *problems one message per violation found, each
//   "path:line:col: XLIFF 2.1 <rule> (<the constraint, quoted briefly>): <what is wrong>"
// pointing at the offending element. Returns OK when nothing was appended;
// otherwise an invalid-input Status whose message is the first problem and
// the count. A file that cannot be parsed yields exactly one problem.
// Problems already in *problems are kept.
Status ValidateXliff2(std::string_view bytes, const std::string& path, std::vector<std::string>* problems);
Status ValidateXliff2(std::string_view bytes, const std::string& path, const Xliff2ValidationOptions& options,
                      std::vector<std::string>* problems);

// The same, each problem a Diagnostic (severity error, code
// kConformanceCode, located at the offending element, the message without
// the location): what import uses to tell which unit a problem is in.
inline constexpr std::string_view kConformanceCode = "xliff.conformance";
Status ValidateXliff2(std::string_view bytes, const std::string& path, const Xliff2ValidationOptions& options,
                      Diagnostics* problems);

// "path:line:col: message", as the string form of ValidateXliff2 gives it.
std::string ProblemLine(const Diagnostic& d);

// Reads "namespace=prefix" lines (Java .properties, as the OASIS test suite's
// extra-prefixes.properties; '\:' is an escaped ':', '#' starts a comment)
// into options->extra_prefixes.
void ParseExtraPrefixes(std::string_view properties, Xliff2ValidationOptions* options);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_VALIDATE2_H_
