#include "app/commands.h"
#include "app/ini_strings.h"
#include "app/localized.h"
#include "app/source.h"
#include "base/clock.h"
#include "base/file_io.h"
#include "epub/epub.h"
#include "render/speech_text.h"
#include "render/xhtml.h"

namespace folio::app {

namespace {

Status BuildEdition(const Project& project, const ArticleConfig& article, const doc::Document& source,
                    const std::string& tag, Report* report) {
  bool is_source = tag == project.source_locale;
  doc::Document d;
  FOLIO_RETURN_IF_ERROR(LoadLocalized(project, article, source, tag, &d, &report->diagnostics));
  std::string out_dir = project.OutputDir(tag);
  int untranslated = 0;
  std::string xhtml = render::WriteXhtml(d, render::XhtmlOptions{}, &untranslated);
  render::SpeechStrings strings;
  FOLIO_RETURN_IF_ERROR(render::LoadSpeechStrings(JoinPath(project.LocaleDir(tag), "speech.ini"), &strings));
  std::string speech = render::WriteSpeechText(d, strings);
  std::string ssml = render::WriteSsml(d, strings);

  epub::EpubInput book;
  book.doc = &d;
  book.content_xhtml = xhtml;
  book.content_name = article.name + ".xhtml";
  book.untranslated = is_source ? 0 : untranslated;
  FOLIO_RETURN_IF_ERROR(LoadIniStrings(JoinPath(project.LocaleDir(tag), "edition.ini"), &book.strings));
  int64_t published = 0;
  ParseIsoDate(d.meta.date, &published);
  book.modified_epoch = BuildEpoch(published);
  std::string epub_bytes;
  Status st = epub::WriteEpub(book, &epub_bytes);
  if (!st.ok()) return Status::Internal("building the " + tag + " EPUB: " + st.message());

  for (const auto& [name, contents] :
       {std::pair<std::string, const std::string*>{article.name + ".xhtml", &xhtml},
        std::pair<std::string, const std::string*>{article.name + ".txt", &speech},
        std::pair<std::string, const std::string*>{article.name + ".ssml", &ssml},
        std::pair<std::string, const std::string*>{article.name + ".epub", &epub_bytes}}) {
    std::string path = JoinPath(out_dir, name);
    bool changed = false;
    FOLIO_RETURN_IF_ERROR(WriteFileAtomic(path, *contents, &changed));
    report->lines.push_back((changed ? "wrote " : "unchanged ") + path);
  }
  if (!is_source && untranslated > 0) {
    report->diagnostics.push_back(
        {Severity::kWarning, "build.untranslated", {project.XliffPath(tag, article)}, "",
         std::to_string(untranslated) + " segments of " + article.name + " are not translated into " + tag +
             " yet; the " + tag + " edition shows them in " + project.source_locale});
  }
  return Status::Ok();
}

}  // namespace

Status Build(const Project& project, Report* report) {
  for (const ArticleConfig& article : project.articles) {
    doc::Document source;
    FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
    FOLIO_RETURN_IF_ERROR(BuildEdition(project, article, source, project.source_locale, report));
    for (const std::string& tag : project.target_locales)
      FOLIO_RETURN_IF_ERROR(BuildEdition(project, article, source, tag, report));
  }
  return Status::Ok();
}

}  // namespace folio::app
