// Text into XML, shared by the XLIFF writers: escaping and the characters
// XML 1.0 cannot carry. One pass over the bytes, copying runs verbatim
// (extraction writes every sentence of the source through here).
#ifndef FOLIO_XLIFF_XML_TEXT_H_
#define FOLIO_XLIFF_XML_TEXT_H_

#include <string>
#include <string_view>

namespace folio::xliff {

// XML 1.0 Char production.
bool IsXmlChar(char32_t c);

// What to write for a character XML cannot carry (C0 controls, U+FFFE...).
enum class NonXmlChar {
  kCpElement,    // XLIFF 2 <cp hex="001B"/>
  kReplacement,  // U+FFFD (XLIFF 1.2 has no <cp>)
};

// Appends `text` (valid UTF-8) as element content: & < > escaped, CR as
// &#13; (XML end-of-line handling would turn a literal CR into LF), other
// non-XML characters as `mode` says.
void AppendXmlText(std::string_view text, NonXmlChar mode, std::string* out);

// `text` with every non-XML character and CR replaced by U+FFFD: for notes
// and attributes, which cannot hold <cp> (escape the result with XmlEscape).
std::string SanitizeXmlText(std::string_view text);

// Appends XmlEscape(SanitizeXmlText(text), attribute) in one pass, without
// the two temporaries: for notes and attribute values.
void AppendSanitizedXml(std::string_view text, bool attribute, std::string* out);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XML_TEXT_H_
