// What the package and the navigation document need to know about the
// content document, read from the content document itself so that the
// table of contents links only to ids that exist and the accessibility
// metadata describes what is really in the file.
#ifndef FOLIO_EPUB_CONTENT_H_
#define FOLIO_EPUB_CONTENT_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace folio::epub {

struct Heading {
  int level = 2;          // 2..6
  std::string id;         // the element's id
  std::string label_xml;  // its content for a link: text, and <span>s that carry lang/dir
};

struct ContentFacts {
  std::string language;           // <html xml:lang> (or lang), "" if none
  std::string title_xml;          // the first <h1>'s content as label_xml, "" if none
  std::vector<Heading> sections;  // <h2>..<h6> in document order
  int images = 0;                 // <img>
  int images_without_alt = 0;     // <img> without an alt attribute
  int images_with_text_alt = 0;   // <img alt="..."> with a non-empty alt
  bool has_stylesheet_link = false;
  bool has_svg = false;     // manifest property "svg"
  bool has_mathml = false;  // manifest property "mathml"
  bool has_script = false;  // manifest property "scripted"
};

// Parses `xhtml` (the file `name`). Returns InvalidInput
// "name:line:col: ..." when it is not well-formed XML, has no <head>, has
// a section heading without an id (the table of contents could not link to
// it), or refers to a resource the EPUB does not hold: the package holds
// only the content document and style.css, so a stylesheet link must point
// to style.css and <img>, <script>, <audio>, <video>, <source>, <track>,
// <iframe>, <embed> and <object> may only use data: URLs.
Status ReadContentFacts(const std::string& xhtml, const std::string& name, ContentFacts* out);

}  // namespace folio::epub

#endif  // FOLIO_EPUB_CONTENT_H_
