// XML 1.0 (Fifth Edition) and Namespaces in XML 1.0 well-formedness, checked
// on the bytes before pugixml sees them. pugixml is a lenient parser: it
// keeps a bare '&' or an undeclared "&foo;" as text, takes '<' in attribute
// values, duplicate attributes, "--" in comments, text or a second element
// after the root, character references to U+0000 or a surrogate, and
// prefixes that no xmlns declares. xmllint refuses all of these, and so must
// folio for any file it did not write itself.
#ifndef FOLIO_XLIFF_XML_WELLFORMED_H_
#define FOLIO_XLIFF_XML_WELLFORMED_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace folio::xliff {

// Where a document stops being well-formed and why.
struct XmlSyntaxError {
  size_t offset = 0;  // byte offset of the offending character or markup
  std::string what;   // e.g. "'&' starts no character or entity reference; write &amp; for an ampersand"
};

// Checks that `bytes` (UTF-8, already checked by CheckUtf8) is one
// well-formed XML document without a DTD: an optional XML declaration at the
// very start, comments, processing instructions and white space around
// exactly one root element; legal names and characters; every '&' a
// reference to one of the five predefined entities or to a legal character;
// no '<' in attribute values; no "]]>" in text; no "--" in comments; every
// attribute once per element, also by namespace and local name; every
// prefix declared, "xml" and "xmlns" not rebound, no prefix undeclared with
// xmlns:p="". A <!DOCTYPE> is reported as unsupported: callers refuse DTDs
// before (FindDoctype, xml_util.h) with their own message. Files from
// outside are loaded through xml_load.h, which runs this after pugixml.
// Returns true when well-formed; otherwise false and the first error in *error.
bool CheckWellFormedXml(std::string_view bytes, XmlSyntaxError* error);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XML_WELLFORMED_H_
