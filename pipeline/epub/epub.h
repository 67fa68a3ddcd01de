// EPUB 3.3 packaging of one edition (package version="3.0", as EPUB 3
// requires): the rendered content document plus a package document, a
// navigation document and a stylesheet, zipped with libzip into a
// reproducible OCF container.
//
// Container layout, in this order:
//   mimetype                 "application/epub+zip", stored, no extra field
//   META-INF/container.xml   ContainerXml(): points to EPUB/package.opf
//   EPUB/package.opf         PackageDocument()
//   EPUB/nav.xhtml           NavDocument()
//   EPUB/<content_name>      the content document (+ a stylesheet link if it had none)
//   EPUB/style.css           Stylesheet()
// The spine reads the content document, then nav.xhtml with linear="no"
// (the landmarks link to the toc, and EPUB only allows links into spine
// items).
//
// Everything the package says about the edition is read from the document
// model (metadata, localized title and description) or from the content
// document itself (section headings for the table of contents and the
// accessibility metadata, images, scripts). Nothing is claimed by default:
// a document without section headings does not claim structuralNavigation.
#ifndef FOLIO_EPUB_EPUB_H_
#define FOLIO_EPUB_EPUB_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "base/status.h"
#include "doc/document.h"

namespace folio::epub {

struct EpubInput {
  // The localized document (target_language set), or the source edition
  // (target_language empty). Must not be null; read only.
  const doc::Document* doc = nullptr;
  // The content document as render::WriteXhtml wrote it (XHTML5, XML
  // syntax), for this edition's language (its <html xml:lang>, when present,
  // must be the edition's). Its <h2>..<h6> must carry ids: the table of
  // contents links to them. The EPUB holds no other resources, so it may
  // link only to style.css and embed images and media only as data: URLs.
  std::string content_xhtml;
  // File name of the content document inside EPUB/: a plain name ending in
  // ".xhtml", not "nav.xhtml".
  std::string content_name = "article.xhtml";
  // Segments shown in the source language because they have no translation.
  // The accessibility summary names this gap. Ignored for the source edition.
  int untranslated = 0;
  // Localized UI strings; a missing key falls back to English (see
  // DefaultStrings() below) and is then marked xml:lang="en" in the output.
  // Keys not listed there are ignored, so a caller may pass a larger table.
  std::map<std::string, std::string> strings;
  // dcterms:modified and the zip entry times, in seconds since the epoch
  // (folio::BuildEpoch). Must be set: negative is rejected.
  int64_t modified_epoch = -1;
  // Set only when the caller's accessibility checks passed on this very
  // edition: adds dcterms:conformsTo "EPUB Accessibility 1.1 - WCAG 2.2 Level
  // AA", a11y:certifiedBy `certified_by` (who checked it; required then) and
  // the a11y_summary_verified sentence.
  bool conformance_verified = false;
  std::string certified_by;
  // When not verified: how many problems the caller's checks found and the
  // WCAG criteria they concern ("1.1.1, 1.3.1"); the summary names them
  // (a11y_summary_unverified). 0: nothing is said.
  int conformance_problems = 0;
  std::string conformance_criteria;
};

// The keys of EpubInput::strings with their English defaults. The a11y_*
// values are ICU MessageFormat patterns; their arguments:
//   a11y_summary_sections      {sections}  number of linked section headings
//   a11y_summary_untranslated  {count}     EpubInput::untranslated
//                              {language}  the source language's name, in
//                                          the language of the pattern
//   a11y_summary_unverified    {count}     EpubInput::conformance_problems
//                              {criteria}  EpubInput::conformance_criteria
// The five a11y_* sentences form one summary in one language: unless all of
// them are in `strings`, the English ones are used together.
//   toc_title                  "Contents"
//   landmarks_title            "Landmarks"
//   landmark_bodymatter        "Start of content"
//   a11y_summary               "This edition is a single article in text form; ..."
//   a11y_summary_sections      "{sections, plural, one {...} other {...}}"
//   a11y_summary_untranslated  "{count, plural, one {# passage is in {language}
//                               because it is not translated yet.} other {...}}"
//   a11y_summary_verified      "It meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA."
//   a11y_summary_unverified    "{count, plural, one {Automated accessibility checks found
//                               # problem (WCAG {criteria}), so it makes no conformance
//                               claim.} other {...}}"
const std::map<std::string, std::string>& DefaultStrings();

// The identifier of an edition, stable across builds:
//  - the source edition (target_language empty) keeps meta.identifier;
//  - a translation gets "urn:uuid:" + the name-based (version 5, SHA-1) UUID
//    of its lower-cased language tag in the namespace of the source's UUID
//    when meta.identifier is "urn:uuid:<uuid>", else in the namespace
//    UUIDv5(NameSpace_URL, meta.identifier).
// So urn:uuid:5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70 + "fr" gives
// urn:uuid:fd512e38-cb32-5e17-ba47-5191ccc1b3b0 (Python: uuid.uuid5(ns, "fr")).
// Returns InvalidInput when meta.identifier is empty.
Status EditionIdentifier(const doc::Document& doc, std::string* out);

// The pieces, for tests and for callers that want to look at them.
// PackageDocument and NavDocument check the input as WriteEpub does and
// return its errors (NavDocument skips the title, date and a11y string
// checks, which only concern the package), leaving *out alone.
std::string ContainerXml();  // rootfile EPUB/package.opf
Status PackageDocument(const EpubInput& in, std::string* out);
Status NavDocument(const EpubInput& in, std::string* out);
std::string Stylesheet();

// True when `css` leaves the display to the reader: no absolute lengths
// (px, pt, pc, cm, mm, in, q), no color, background* or *-color
// declarations, no !important. Stylesheet() passes; the package claims
// displayTransformability only from this check.
bool LeavesDisplayToReader(std::string_view css);

// Builds the EPUB bytes in *out. Deterministic: the same input gives the
// same bytes whatever the time zone (fixed entry order, every entry dated
// modified_epoch in UTC, clamped to the DOS range 1980..2107, attributes
// -rw-r--r--, no extra fields; deflate output is zlib's, so equal for the
// same zlib). Returns InvalidInput, leaving *out alone, when the input
// cannot make a valid EPUB: doc null, epoch unset, bad content name, no
// identifier, no title, a date that is not YYYY-MM-DD, a conformance claim
// without certified_by, an a11y string that is not a MessageFormat pattern, or a content document that is not
// well-formed, is in another language, has a section heading without an id
// or refers to a file the EPUB does not hold (messages about the content
// start "<content_name>:line:col: "); IoError if libzip fails.
Status WriteEpub(const EpubInput& in, std::string* out);

}  // namespace folio::epub

#endif  // FOLIO_EPUB_EPUB_H_
