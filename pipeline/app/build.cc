#include "app/audit_command.h"
#include "app/articles.h"
#include "app/commands.h"
#include "app/conformance.h"
#include "app/ini_strings.h"
#include "app/localized.h"
#include "app/outputs.h"
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
  Edition edition;
  edition.project = &project;
  edition.article = &article;
  edition.tag = tag;
  edition.is_source = is_source;
  edition.doc = &d;
  edition.own_checks = &own;
  FOLIO_RETURN_IF_ERROR(
      render::LoadSpeechStrings(JoinPath(project.LocaleDir(tag), "speech.ini"), &edition.speech_strings, project.env));
  FOLIO_RETURN_IF_ERROR(
      LoadIniStrings(JoinPath(project.LocaleDir(tag), "edition.ini"), &edition.edition_strings, project.env));
  // Every output is made before the first is written: an error leaves the
  // edition's files as they were.
  for (const Output& output : Outputs()) {
    std::string bytes;
    FOLIO_RETURN_IF_ERROR(output.write(&edition, &bytes));
    edition.written[output.extension] = std::move(bytes);
  }
  for (const Output& output : Outputs()) {
    std::string path = JoinPath(out_dir, article.name + "." + output.extension);
    bool changed = false;
    FOLIO_RETURN_IF_ERROR(writer->Write(path, edition.written[output.extension], &changed));
    report->lines.push_back((changed ? "wrote " : "unchanged ") + path);
  }
  int untranslated = edition.untranslated;
  if (!edition.conformance_verified) {
    report->diagnostics.push_back({Severity::kWarning,
                                   "build.no-conformance-claim",
                                   {JoinPath(out_dir, article.name + ".epub")},
                                   "",
                                   "the " + tag +
                                       " edition makes no accessibility conformance claim: folio's checks find " +
                                       std::to_string(edition.conformance_problems) + " errors (WCAG " +
                                       edition.conformance_criteria + "); folio audit lists them"});
  }
  if (!is_source && untranslated > 0) {
    report->diagnostics.push_back({Severity::kWarning,
                                   "build.untranslated",
                                   {project.XliffPath(tag, article)},
                                   "",
                                   std::to_string(untranslated) + " segments of " + article.name +
                                       " are not translated into " + tag + " yet; the " + tag +
                                       " edition shows them in " + project.source_locale});
  }
  return Status::Ok();
}

// Every edition of one article: the source edition first (the others are
// compared with it).
Status BuildArticle(AtomicWriter* writer, const Project& project, const ArticleConfig& article, Report* report) {
  doc::Document source;
  FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
  SourceEdition source_edition;
  FOLIO_RETURN_IF_ERROR(BuildEdition(writer, project, article, source, project.source_locale, &source_edition, report));
  for (const std::string& tag : project.target_locales)
    FOLIO_RETURN_IF_ERROR(BuildEdition(writer, project, article, source, tag, &source_edition, report));
  return Status::Ok();
}

}  // namespace

Status Build(const Project& project, Report* report, int jobs) {
  AtomicWriter writer(project.env);  // flushes and renames on its own thread (base/atomic_writer.h)
  Status st = ForEachArticle(project, jobs, report, [&](const ArticleConfig& article, Report* r) {
    return BuildArticle(&writer, project, article, r);
  });
  return FinishWrites(&writer, st, report);
}

}  // namespace folio::app
