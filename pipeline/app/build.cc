#include "app/audit_command.h"
#include "app/articles.h"
#include "app/commands.h"
#include "app/conformance.h"
#include "app/ini_strings.h"
#include "app/localized.h"
#include "app/source.h"
#include "audit/conformance.h"
#include "audit/regression.h"
#include "base/atomic_writer.h"
#include "base/clock.h"
#include "base/file_io.h"
#include "epub/epub.h"
#include "render/speech_text.h"
#include "render/xhtml.h"

namespace folio::app {

namespace {

// The source edition as folio's checks see it: what a translation's
// regressions are measured against.
struct SourceEdition {
  doc::Document doc;
  audit::AuditResult checked;
};

Status BuildEdition(AtomicWriter* writer, const Project& project, const ArticleConfig& article,
                    const doc::Document& source, const std::string& tag, SourceEdition* source_edition,
                    Report* report) {
  bool is_source = tag == project.source_locale;
  doc::Document d;
  FOLIO_RETURN_IF_ERROR(LoadLocalized(project, article, source, tag, &d, &report->diagnostics));
  // folio's own checks decide the conformance claim: deterministic, no
  // external tool, so the EPUB is the same on every machine.
  audit::AuditResult own;
  FOLIO_RETURN_IF_ERROR(CheckEdition(d, tag, &own));
  if (is_source) {
    source_edition->doc = d;
    source_edition->checked = own;
  } else {
    own.regressions = audit::CompareWithSource(source_edition->checked, own, source_edition->doc, d);
  }
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
  SetConformance(own, &book);
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
    FOLIO_RETURN_IF_ERROR(writer->Write(path, *contents, &changed));
    report->lines.push_back((changed ? "wrote " : "unchanged ") + path);
  }
  if (!book.conformance_verified) {
    report->diagnostics.push_back(
        {Severity::kWarning, "build.no-conformance-claim", {JoinPath(out_dir, article.name + ".epub")}, "",
         "the " + tag + " edition makes no accessibility conformance claim: folio's checks find " +
             std::to_string(book.conformance_problems) + " errors (WCAG " + book.conformance_criteria +
             "); folio audit lists them"});
  }
  if (!is_source && untranslated > 0) {
    report->diagnostics.push_back(
        {Severity::kWarning, "build.untranslated", {project.XliffPath(tag, article)}, "",
         std::to_string(untranslated) + " segments of " + article.name + " are not translated into " + tag +
             " yet; the " + tag + " edition shows them in " + project.source_locale});
  }
  return Status::Ok();
}

// Every edition of one article: the source edition first (the others are
// compared with it).
Status BuildArticle(AtomicWriter* writer, const Project& project, const ArticleConfig& article, Report* report) {
  doc::Document source;
  FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
  SourceEdition source_edition;
  FOLIO_RETURN_IF_ERROR(
      BuildEdition(writer, project, article, source, project.source_locale, &source_edition, report));
  for (const std::string& tag : project.target_locales)
    FOLIO_RETURN_IF_ERROR(BuildEdition(writer, project, article, source, tag, &source_edition, report));
  return Status::Ok();
}

}  // namespace

Status Build(const Project& project, Report* report, int jobs) {
  AtomicWriter writer;  // flushes and renames on its own thread (base/atomic_writer.h)
  Status st = ForEachArticle(project, jobs, report, [&](const ArticleConfig& article, Report* r) {
    return BuildArticle(&writer, project, article, r);
  });
  return FinishWrites(&writer, st, report);
}

}  // namespace folio::app
