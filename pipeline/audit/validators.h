// Folding the external validators' reports into an audit: EPUBCheck (the
// EPUB conformance checker) and Ace by DAISY (accessibility of the EPUB).
#ifndef FOLIO_AUDIT_VALIDATORS_H_
#define FOLIO_AUDIT_VALIDATORS_H_

#include <string>

#include "audit/report.h"
#include "base/status.h"

namespace folio::audit {

// Appends to result->findings:
//  - for each message of EPUBCheck's JSON report (epubcheck --json FILE):
//    code "epubcheck.<ID>" ("epubcheck.RSC-005"), severity FATAL/ERROR ->
//    error, WARNING -> warning, anything else -> info, the message, and the
//    first location (path:line:col) as `where`;
//  - for each assertion of Ace's report.json whose earl:result has
//    earl:outcome "fail": code "ace.<rule>" (earl:test dct:title:
//    "ace.color-contrast"), severity from earl:impact (critical/serious ->
//    error, moderate -> warning, minor -> info), WCAG criterion from the
//    rule's "wcagNNN" tag ("wcag143" -> "1.4.3"), message "<rule
//    description>: <result description>", where = the tested document.
// An empty path or a file that does not exist is skipped (the validator is
// not installed or did not run). Returns an error "path:line:col: ..." for a
// report that is not JSON; *result is then unchanged.
Status FoldValidatorReports(const std::string& epubcheck_json_path, const std::string& ace_report_json_path,
                            AuditResult* result);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_VALIDATORS_H_
