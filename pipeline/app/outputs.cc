#include "app/outputs.h"

#include "app/conformance.h"
#include "base/clock.h"
#include "base/file_io.h"
#include "epub/epub.h"
#include "render/xhtml.h"

namespace folio::app {

namespace {

Status WriteXhtmlOutput(Edition* e, std::string* bytes) {
  *bytes = render::WriteXhtml(*e->doc, render::XhtmlOptions{}, &e->untranslated);
  return Status::Ok();
}

Status WriteSpeechOutput(Edition* e, std::string* bytes) {
  *bytes = render::WriteSpeechText(*e->doc, e->speech_strings);
  return Status::Ok();
}

Status WriteSsmlOutput(Edition* e, std::string* bytes) {
  *bytes = render::WriteSsml(*e->doc, e->speech_strings);
  return Status::Ok();
}

Status WriteEpubOutput(Edition* e, std::string* bytes) {
  epub::EpubInput book;
  book.doc = e->doc;
  book.content_xhtml = e->written.at("xhtml");
  book.content_name = e->article->name + ".xhtml";
  book.untranslated = e->is_source ? 0 : e->untranslated;
  book.strings = e->edition_strings;
  int64_t published = 0;
  ParseIsoDate(e->doc->meta.date, &published);
  book.modified_epoch = BuildEpoch(published);
  SetConformance(*e->own_checks, &book);
  Status st = epub::WriteEpub(book, bytes);
  if (!st.ok()) return Status::Internal("building the " + e->tag + " EPUB: " + st.message());
  e->conformance_verified = book.conformance_verified;
  e->conformance_problems = book.conformance_problems;
  e->conformance_criteria = book.conformance_criteria;
  return Status::Ok();
}

}  // namespace

const std::vector<Output>& Outputs() {
  static const std::vector<Output>* outputs = new std::vector<Output>{
      {"xhtml", "the edition as an XHTML5 page (EPUB-ready, one file)", WriteXhtmlOutput},
      {"txt", "speech text: what a screen reader should read, with cues", WriteSpeechOutput},
      {"ssml", "the speech text as SSML 1.1 for a text-to-speech engine", WriteSsmlOutput},
      {"epub", "EPUB 3.3 with accessibility metadata (packages the XHTML)", WriteEpubOutput},
  };
  return *outputs;
}

}  // namespace folio::app
