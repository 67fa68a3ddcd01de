// The parts of the XLIFF 2.1 schemas (xliff_core_2.0.xsd and the module
// XSDs) that folio checks itself, so that `folio validate --xliff-only` needs
// no xmllint: which attributes each core and module element takes and their
// value types (yes/no, NMTOKEN, enumerations, numbers), where attributes of
// other namespaces are allowed, the order of the children of <file>,
// <group>, <unit>, <segment> and <ignorable>, no text where the content is
// element-only, and the content of elements that are empty or hold only
// <cp>. What ValidateXliff2 (validate2.cc) already checks is not repeated:
// ids of <file>/<group>/<unit>, version, srcLang, trgLang, xml:lang, state,
// order, hex, and the fs and slr attributes except the value list of fs:fs.
#ifndef FOLIO_XLIFF_VALIDATE2_SCHEMA_H_
#define FOLIO_XLIFF_VALIDATE2_SCHEMA_H_

#include <pugixml.hpp>

#include <functional>
#include <string>

namespace folio::xliff {

// Called once per problem: the element, the rule ("<segment> attributes"),
// the constraint in brief, and what is wrong.
using SchemaReport = std::function<void(const pugi::xml_node& where, const std::string& rule,
                                        const std::string& constraint, const std::string& what)>;

// Walks the document under `root` (an <xliff> in the XLIFF 2.0 namespace)
// and reports every schema violation listed above.
void CheckXliff2Schema(const pugi::xml_node& root, const SchemaReport& report);

// True when `v` is one of the HTML element names fs:fs allows (fs.xsd).
bool IsFsValue(std::string_view v);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_VALIDATE2_SCHEMA_H_
