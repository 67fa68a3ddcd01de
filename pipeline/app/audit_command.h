// folio audit: the accessibility audit of every edition, as a library call.
#ifndef FOLIO_APP_AUDIT_COMMAND_H_
#define FOLIO_APP_AUDIT_COMMAND_H_

#include <string>
#include <vector>

#include "app/commands.h"
#include "app/config.h"
#include "audit/report.h"
#include "audit/run_validators.h"
#include "base/diagnostic.h"
#include "base/status.h"

namespace folio::app {

// Whether folio audit runs EPUBCheck and Ace on the built EPUBs.
enum class ValidatorMode {
  kOff,       // run none; the report says so
  kAuto,      // run those installed; the report names those that are not
  kRequired,  // a missing validator, or an edition without an EPUB, is an error
};

struct AuditOptions {
  std::vector<std::string> locales;     // empty: the source locale and every target locale
  Severity fail_on = Severity::kError;  // for the caller: audit::AuditExitCode(results, fail_on)
  // Where EPUBCheck and Ace left their reports: DIR/<tag>/epubcheck.json and
  // DIR/<tag>/ace/report.json. Empty, or a missing file: not folded in.
  std::string validator_reports_dir;
  // EPUBCheck and Ace on outputs/<tag>/<article>.epub (audit/run_validators.h).
  // Off by default here (library callers and tests); the CLI defaults to auto.
  ValidatorMode validators = ValidatorMode::kOff;
  // Where to look for them; null: this process's environment.
  const audit::ValidatorSearch* validator_search = nullptr;
};

// folio's own checks of one localized edition, with no external tool and so
// the same on every machine: the content document as the EPUB holds it
// (render::WriteXhtml linking style.css) with the EPUB stylesheet, through
// audit::RunAudit. folio build decides the conformance claim from this (and
// the regressions against the source edition); folio audit reports it.
Status CheckEdition(const doc::Document& localized, const std::string& tag, audit::AuditResult* out);

// For the source locale and every target locale (or those in
// options.locales, in that order), per article: LoadLocalized, render the
// XHTML (render::WriteXhtml) with the EPUB stylesheet (epub::Stylesheet()),
// run the checks (audit/checks.h) and, for a target locale, compare with the
// source edition (audit/regression.h). One AuditResult per locale goes to
// *results (findings of all articles; a check passed when it passed for every
// article). Then, for each outputs/<tag>/<article>.epub that exists: its
// dcterms:conformsTo claim is read into result.claims, the validators run on
// it (options.validators) and their findings are added, and the claim is
// checked against folio's checks and the validators
// (audit::CheckConformanceClaim). result.validators says which validators ran
// (name, version) and which did not and why. Writes outputs/<tag>/audit.json
// and outputs/audit.html atomically, one report->lines entry per file.
// Returns an error (and writes nothing) when an edition cannot be loaded,
// rendered or parsed, an EPUB cannot be read, a validator report is not JSON,
// an installed validator could not run, or (kRequired) a validator or an EPUB
// is missing; the CLI maps that to exit code 2.
Status Audit(const Project& project, const AuditOptions& options, std::vector<audit::AuditResult>* results,
             Report* report);

}  // namespace folio::app

#endif  // FOLIO_APP_AUDIT_COMMAND_H_
