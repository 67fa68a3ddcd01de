// Shared by the files of pipeline/epub; not part of the stage's contract.
#ifndef FOLIO_EPUB_INTERNAL_H_
#define FOLIO_EPUB_INTERNAL_H_

#include <string>

#include "base/status.h"
#include "epub/content.h"
#include "epub/epub.h"
#include "render/edition.h"

namespace folio::epub::internal {

// What every part of the package is built from, checked once.
struct Prepared {
  render::Edition edition;
  ContentFacts content;
  std::string identifier;  // EditionIdentifier()
};

// Appends indented lines: the XML files here are written one element a line.
class Lines {
 public:
  void Add(int depth, const std::string& s) {
    out_.append(2 * depth, ' ');
    out_ += s;
    out_ += '\n';
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// The text of the first `kind` unit (title, description) as the edition
// shows it, and its language: the source language when every segment fell
// back, as the renderer marks the <title>. False when there is no such unit.
struct ShownText {
  std::string text;
  std::string language;
};
bool ShownUnitText(const doc::Document& doc, doc::BlockKind kind, const render::Edition& edition, ShownText* out);

// Checks `in` (document present, epoch set, content name, content document
// well-formed and in the edition's language) and reads the content facts.
Status Prepare(const EpubInput& in, Prepared* out);

// A UI string: from in.strings, else the English default.
struct UiString {
  std::string text;
  bool english_default = false;
};
UiString LookUp(const EpubInput& in, const std::string& key);

// Attributes that mark English text inside an edition in another language:
// ` lang="en" xml:lang="en"` for XHTML (`xml:lang="en"` only when
// !html), plus a dir="ltr" when the edition is right-to-left. Empty for an
// English edition.
std::string EnglishAttributes(const render::Edition& edition, bool html);

// Attributes that mark text in `language` inside the edition, the same way;
// empty when `language` is the edition's language.
std::string LanguageAttributes(const std::string& language, const render::Edition& edition, bool html);

Status PackageXml(const EpubInput& in, const Prepared& prepared, std::string* out);
std::string NavXml(const EpubInput& in, const Prepared& prepared);

}  // namespace folio::epub::internal

#endif  // FOLIO_EPUB_INTERNAL_H_
