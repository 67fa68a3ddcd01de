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
// target_language is empty). A segment without a target (or with an empty
// one) falls back to its source text; a run of such segments goes inside one
// <span lang=".." xml:lang=".."> of the source language (plus dir="ltr" in a
// right-to-left edition, and the reverse); *untranslated (may be null)
// receives how many rendered segments fell back (0 for a source edition).
//
// <html lang xml:lang dir> carry the edition's language and direction; a
// pseudo-locale is written "en-x-plocm" (validators know no "qps"). <title>
// is the title block's text (meta.title when there is none). Everything in
// the body is inside <main>: the title block is the only <h1>, then the
// blocks in order; a heading of level L (2..6) opens
// <section aria-labelledby=ID> with <hL id=ID>, closing open sections of
// level >= L; paragraphs -> <p>, lists -> <ul>/<li>, the description is not
// written. Every unit element has id = its unit id, made a valid, unique XML
// name ("1st" -> "u-1st", a second "p-1" -> "p-1-2"). Term codes ->
// <strong class="term">; other codes keep only their text, and codes a
// translation left unbalanced are balanced. Text is escaped, and code points
// XML or HTML forbid are dropped. Between segments goes their space_after,
// except after a translated segment in a language without spaces between
// sentences (ja, zh, th). Two-space indentation, one unit per line, a final
// newline; the same document always gives the same bytes.
std::string WriteXhtml(const doc::Document& doc, const XhtmlOptions& options, int* untranslated);

}  // namespace folio::render

#endif  // FOLIO_RENDER_XHTML_H_
