// Text content for XHTML: escaped, and without the code points that XML 1.0
// or HTML forbid in a document.
#ifndef FOLIO_RENDER_XML_TEXT_H_
#define FOLIO_RENDER_XML_TEXT_H_

#include <string>
#include <string_view>

namespace folio::render {

// Escapes & < > and drops C0 controls other than tab, LF and CR, DEL and C1
// controls, surrogates and noncharacters (U+FDD0..U+FDEF, U+xxFFFE/F).
// Invalid UTF-8 becomes U+FFFD. CR is written &#13; (base/xml_escape.h
// AppendXmlText), so that a parser does not turn it into LF.
std::string XmlText(std::string_view utf8);

}  // namespace folio::render

#endif  // FOLIO_RENDER_XML_TEXT_H_
