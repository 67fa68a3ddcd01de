#include "app/audit_command.h"

#include <algorithm>

#include "app/localized.h"
#include "app/source.h"
#include "audit/checks.h"
#include "audit/conformance.h"
#include "audit/regression.h"
#include "audit/validators.h"
#include "base/file_io.h"
#include "epub/epub.h"
#include "epub/ocf_zip.h"
#include "render/xhtml.h"

namespace folio::app {

namespace {

struct Edition {
  doc::Document doc;
  audit::AuditResult result;
};

Status AuditEdition(const Project& project, const ArticleConfig& article, const doc::Document& source,
                    const std::string& tag, Edition* out, Report* report) {
  FOLIO_RETURN_IF_ERROR(LoadLocalized(project, article, source, tag, &out->doc, &report->diagnostics));
  return CheckEdition(out->doc, tag, &out->result);
}

// The EPUB folio build left for this edition: its claim read and checked,
// the validators run on it. Findings go after folio's own: the validators'
// (sorted), then those about the claim.
Status CheckBuiltEpub(const Project& project, const ArticleConfig& article, const std::string& tag,
                      const AuditOptions& options, const audit::ValidatorTools& tools, audit::AuditResult* result) {
  std::string name = article.name + ".epub";
  std::string shown = "outputs/" + tag + "/" + name;  // the report names no machine path
  std::string path = JoinPath(project.OutputDir(tag), name);
  std::string bytes;
  Status st = project.env->ReadFile(path, &bytes);
  if (st.code() == Status::Code::kNotFound) {
    if (options.validators == ValidatorMode::kRequired)
      return Status::NotFound(path + ": no EPUB for the validators to check; run folio build first");
    result->validators = options.validators == ValidatorMode::kOff
                             ? audit::ValidatorsNotRun(tools, "off", "--validators=off")
                             : audit::ValidatorsNotRun(tools, "not run", shown + " does not exist; run folio build");
    return Status::Ok();
  }
  FOLIO_RETURN_IF_ERROR(st);
  std::string opf, claim;
  FOLIO_RETURN_IF_ERROR(epub::ReadZipEntry(bytes, "EPUB/package.opf", path, &opf));
  FOLIO_RETURN_IF_ERROR(audit::ReadConformsTo(opf, path + "/EPUB/package.opf", &claim));
  result->claims[name] = claim;
  std::vector<audit::Finding> found;
  if (options.validators == ValidatorMode::kOff) {
    result->validators = audit::ValidatorsNotRun(tools, "off", "--validators=off");
  } else {
    FOLIO_RETURN_IF_ERROR(audit::RunValidators(tools, path, &result->validators, &found));
  }
  std::vector<audit::Finding> about_claim;
  audit::CheckConformanceClaim(name, claim, *result, found, &about_claim);
  for (auto* list : {&found, &about_claim})
    for (audit::Finding& f : *list) result->findings.push_back(std::move(f));
  return Status::Ok();
}

// Adds one article's result to the locale's: findings accumulate, and a
// check passes only if it passed for every article.
void Merge(audit::AuditResult&& from, bool first, audit::AuditResult* into) {
  if (first) {
    *into = std::move(from);
    return;
  }
  std::vector<std::string> passed;
  for (const std::string& c : into->passed_checks)
    if (std::find(from.passed_checks.begin(), from.passed_checks.end(), c) != from.passed_checks.end())
      passed.push_back(c);
  into->passed_checks = std::move(passed);
  for (auto& f : from.findings) into->findings.push_back(std::move(f));
  for (auto& f : from.regressions) into->regressions.push_back(std::move(f));
  for (auto& [code, note] : from.notes) into->notes.emplace(code, note);
  for (auto& [epub, claim] : from.claims) into->claims.emplace(epub, claim);
  for (auto& id : from.h2_ids) into->h2_ids.push_back(id);
}

}  // namespace

Status CheckEdition(const doc::Document& localized, const std::string& tag, audit::AuditResult* out) {
  audit::AuditInput input;
  input.doc = &localized;
  input.xhtml = render::WriteXhtml(localized, render::XhtmlOptions{"style.css"}, nullptr);
  input.css = epub::Stylesheet();
  input.locale = tag;
  return audit::RunAudit(input, out);
}

Status Audit(const Project& project, const AuditOptions& options, std::vector<audit::AuditResult>* results,
             Report* report) {
  std::vector<std::string> tags = options.locales;
  if (tags.empty()) {
    tags.push_back(project.source_locale);
    for (const std::string& t : project.target_locales) tags.push_back(t);
  }
  audit::ValidatorTools tools;
  if (options.validators != ValidatorMode::kOff) {
    tools = audit::FindValidatorTools(options.validator_search ? *options.validator_search
                                                               : audit::ValidatorSearch::FromEnvironment());
    if (options.validators == ValidatorMode::kRequired) {
      if (!tools.epubcheck_missing.empty())
        return Status::NotFound(std::string(audit::kEpubCheckName) + " is required but not installed: " +
                                tools.epubcheck_missing + "; or audit with --validators=auto");
      if (!tools.ace_missing.empty())
        return Status::NotFound(std::string(audit::kAceName) + " is required but not installed: " + tools.ace_missing +
                                "; or audit with --validators=auto");
    }
  }
  // The audit reads the editions as the locales make them and checks the
  // EPUBs build left; with nothing built there is no edition to vouch for,
  // and a report in which every check "passed" would be a lie.
  std::string unbuilt;
  for (const ArticleConfig& article : project.articles)
    for (const std::string& tag : tags) {
      std::string dir = project.OutputDir(tag);
      if (!project.env->FileExists(JoinPath(dir, article.name + ".xhtml")) &&
          !project.env->FileExists(JoinPath(dir, article.name + ".epub")))
        unbuilt += (unbuilt.empty() ? "" : ", ") + tag + "/" + article.name;
    }
  if (!unbuilt.empty())
    return Status::NotFound(JoinPath(project.root, "outputs") + ": no built edition to audit (" + unbuilt +
                            "); run folio build first, then folio audit");
  std::vector<audit::AuditResult> by_locale(tags.size());
  for (size_t a = 0; a < project.articles.size(); ++a) {
    const ArticleConfig& article = project.articles[a];
    doc::Document source;
    FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
    Edition source_edition;
    FOLIO_RETURN_IF_ERROR(AuditEdition(project, article, source, project.source_locale, &source_edition, report));
    for (size_t t = 0; t < tags.size(); ++t) {
      Edition e;
      if (tags[t] == project.source_locale) {
        e.result = source_edition.result;
      } else {
        FOLIO_RETURN_IF_ERROR(AuditEdition(project, article, source, tags[t], &e, report));
        e.result.regressions = audit::CompareWithSource(source_edition.result, e.result, source_edition.doc, e.doc);
      }
      FOLIO_RETURN_IF_ERROR(CheckBuiltEpub(project, article, tags[t], options, tools, &e.result));
      Merge(std::move(e.result), a == 0, &by_locale[t]);
    }
  }
  for (size_t t = 0; t < tags.size(); ++t) {
    by_locale[t].locale = tags[t];
    if (options.validator_reports_dir.empty()) continue;
    std::string dir = JoinPath(options.validator_reports_dir, tags[t]);
    FOLIO_RETURN_IF_ERROR(
        audit::FoldValidatorReports(JoinPath(dir, "epubcheck.json"), JoinPath(dir, "ace/report.json"), &by_locale[t]));
  }
  // Everything was computed before the first write: an error above leaves
  // outputs/ as it was.
  for (const audit::AuditResult& r : by_locale) {
    std::string path = JoinPath(project.OutputDir(r.locale), "audit.json");
    bool changed = false;
    FOLIO_RETURN_IF_ERROR(project.env->WriteFileAtomic(path, audit::WriteAuditJson(r), &changed));
    report->lines.push_back((changed ? "wrote " : "unchanged ") + path);
  }
  std::string html_path = JoinPath(JoinPath(project.root, "outputs"), "audit.html");
  bool changed = false;
  FOLIO_RETURN_IF_ERROR(project.env->WriteFileAtomic(html_path, audit::WriteAuditHtml(by_locale), &changed));
  report->lines.push_back((changed ? "wrote " : "unchanged ") + html_path);
  *results = std::move(by_locale);
  return Status::Ok();
}

}  // namespace folio::app
