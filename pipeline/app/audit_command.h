// folio audit: the accessibility audit of every edition, as a library call.
#ifndef FOLIO_APP_AUDIT_COMMAND_H_
#define FOLIO_APP_AUDIT_COMMAND_H_

#include <string>
#include <vector>

#include "app/commands.h"
#include "app/config.h"
#include "audit/report.h"
#include "base/diagnostic.h"
#include "base/status.h"

namespace folio::app {

struct AuditOptions {
  std::vector<std::string> locales;  // empty: the source locale and every target locale
  Severity fail_on = Severity::kError;  // for the caller: audit::AuditExitCode(results, fail_on)
  // Where EPUBCheck and Ace left their reports: DIR/<tag>/epubcheck.json and
  // DIR/<tag>/ace/report.json. Empty, or a missing file: not folded in.
  std::string validator_reports_dir;
};

// For the source locale and every target locale (or those in
// options.locales, in that order), per article: LoadLocalized, render the
// XHTML (render::WriteXhtml) with the EPUB stylesheet (epub::Stylesheet()),
// run the checks (audit/checks.h) and, for a target locale, compare with the
// source edition (audit/regression.h). One AuditResult per locale goes to
// *results (findings of all articles; a check passed when it passed for every
// article). Writes outputs/<tag>/audit.json and outputs/audit.html
// atomically, one report->lines entry per file. Returns an error (and writes
// nothing) when an edition cannot be loaded, rendered or parsed, or a
// validator report is not JSON; the CLI maps that to exit code 2.
Status Audit(const Project& project, const AuditOptions& options, std::vector<audit::AuditResult>* results,
             Report* report);

}  // namespace folio::app

#endif  // FOLIO_APP_AUDIT_COMMAND_H_
