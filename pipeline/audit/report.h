// What an accessibility audit of one edition found, and the two reports
// written from it: outputs/<tag>/audit.json (for CI and tools) and
// outputs/audit.html (for people: every locale side by side).
#ifndef FOLIO_AUDIT_REPORT_H_
#define FOLIO_AUDIT_REPORT_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/exit_codes.h"

namespace folio::audit {

// A diagnostic plus the WCAG 2.2 success criterion it serves ("3.1.1";
// empty for validator messages that name none).
struct Finding : Diagnostic {
  std::string wcag;
};

// An external validator as one audit saw it.
struct ValidatorRun {
  std::string name;     // "EPUBCheck", "DAISY Ace"
  std::string status;   // "ran", "not installed", "not run" (no EPUB to check), "off" (--validators=off)
  std::string version;  // as its own report states it ("4.2.6"); "" unless it ran
  std::string detail;   // for any status but "ran": what is missing and what to do
};

struct AuditResult {
  std::string locale;                      // BCP 47 tag of the edition: "fr"
  std::vector<Finding> findings;           // the checks' findings, then folded validator messages
  std::vector<std::string> passed_checks;  // codes of the checks that found nothing, in check order
  // Why a check passed without looking (code -> sentence): "the stylesheet
  // sets no colours; the reader's defaults apply".
  std::map<std::string, std::string> notes;
  // Regressions against the source edition (regression.h), kept apart from
  // the findings so that a report can say what the translation broke.
  std::vector<Finding> regressions;
  // The external validators, in a fixed order (EPUBCheck, Ace); empty when
  // the caller ran none and said nothing about them.
  std::vector<ValidatorRun> validators;
  // Per EPUB checked ("article.epub"): its dcterms:conformsTo claim, "" when
  // it makes none.
  std::map<std::string, std::string> claims;
  // Facts the regression comparison needs, filled by RunAudit.
  std::string html_lang;            // <html lang>, "" when missing
  std::vector<std::string> h2_ids;  // ids of the <h2> elements, in order
};

// The audit.json content for one edition: deterministic (fixed key order,
// findings in the order found, two-space indentation, final newline):
// {"locale": .., "passed": [codes], "notes": {code: text},
//  "validators": [{"name", "status", "version", "detail"}],
//  "claims": {epub: conformsTo},
//  "findings": [{"code", "severity", "wcag", "unit_id", "location", "message"}],
//  "regressions": [same shape], "summary": {"error": n, "warning": n, "info": n}}
std::string WriteAuditJson(const AuditResult& result);

// outputs/audit.html: one XHTML5 page (XML syntax, lang="en") with a table of
// every check (rows) by every locale (columns), each cell "pass", "fail (N)"
// or "not applicable" in words, a row per external validator ("EPUBCheck
// 4.2.6: pass", "fail (N)", "not installed") and one for the conformance
// claim, then per locale the validators (name, version, status), its
// findings, regressions and notes with code, severity, WCAG criterion, unit
// id and message. The page
// itself passes vnu and axe (../shared/tools/check-xhtml).
std::string WriteAuditHtml(const std::vector<AuditResult>& results);

// Exit codes for CI: 0 nothing at or above `fail_on` (findings and
// regressions of every result), 1 something is. 3 (kAuditToolError) is for
// the caller when the audit itself failed (Audit() returned an error): the
// same code as every folio command's "the environment failed", never the
// usage-error code 2.
inline constexpr int kAuditClean = exit_code::kOk;
inline constexpr int kAuditFindings = exit_code::kRejected;
inline constexpr int kAuditToolError = exit_code::kEnvironment;
int AuditExitCode(const std::vector<AuditResult>& results, Severity fail_on);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_REPORT_H_
