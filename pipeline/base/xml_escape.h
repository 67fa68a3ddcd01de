// Text into XML: the one place that escapes, for every writer of XML
// (XLIFF, TMX, XHTML, EPUB, SSML, reports). Every function here also
// sanitizes: a character XML 1.0 forbids (C0 controls but tab, LF and CR;
// U+FFFE, U+FFFF) never reaches the output as it is, so whatever a writer
// is given, what it writes parses. One pass over the bytes, copying runs
// verbatim (extraction writes every sentence of the source through here).
#ifndef FOLIO_BASE_XML_ESCAPE_H_
#define FOLIO_BASE_XML_ESCAPE_H_

#include <string>
#include <string_view>

namespace folio {

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

// `text` with every non-XML character and CR replaced by U+FFFD: what
// XmlEscape writes, before escaping.
std::string SanitizeXmlText(std::string_view text);

// Appends `text` (valid UTF-8) escaped for XML text, or for an attribute
// value when `attribute`: & < > always, and " LF tab as &quot; &#10; &#9; in
// attributes; CR and every non-XML character become U+FFFD (where there is
// no <cp>: notes, attributes, XLIFF 1.2, TMX). One pass, no temporaries.
void AppendSanitizedXml(std::string_view text, bool attribute, std::string* out);

// AppendSanitizedXml into a new string.
std::string XmlEscape(std::string_view text, bool attribute = false);

}  // namespace folio

#endif  // FOLIO_BASE_XML_ESCAPE_H_
