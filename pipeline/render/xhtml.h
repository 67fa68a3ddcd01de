// EPUB-ready XHTML5 (XML syntax) of a localized document.
#ifndef FOLIO_RENDER_XHTML_H_
#define FOLIO_RENDER_XHTML_H_

#include <string>

#include "doc/document.h"

namespace folio::render {

struct XhtmlOptions {
  std::string stylesheet_href;  // empty: no <link rel="stylesheet">
};

// Writes the document in its target language (source language when
// target_language is empty). A segment without a target falls back to its
// source text inside <span lang=".." xml:lang=".."> of the source language;
// *untranslated (may be null) receives how many segments fell back.
// Title block -> the only <h1>; headings -> <h2> each opening a <section
// aria-labelledby>; lists -> <ul>/<li>; term codes -> <strong class="term">.
std::string WriteXhtml(const doc::Document& doc, const XhtmlOptions& options,
                       int* untranslated);

}  // namespace folio::render

#endif  // FOLIO_RENDER_XHTML_H_
