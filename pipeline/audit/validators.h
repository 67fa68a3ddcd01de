// Folding the external validators' reports into an audit: EPUBCheck (the
// EPUB conformance checker) and Ace by DAISY (accessibility of the EPUB).
#ifndef FOLIO_AUDIT_VALIDATORS_H_
#define FOLIO_AUDIT_VALIDATORS_H_

#include <string>
#include <string_view>
#include <vector>

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

// The same for one report given as text (`path` names it in errors), as
// folio audit reads it after running the validator itself. `prefix` is put
// before every location's file ("article.epub/"; a message with no location
// gets `prefix` without its final '/'). *version gets the validator's version
// as its report states it (EPUBCheck: checker.checkerVersion; Ace:
// earl:assertedBy doap:release doap:revision), "" when absent.
Status FoldEpubCheckJson(std::string_view json, const std::string& path, const std::string& prefix,
                         std::vector<Finding>* out, std::string* version);
Status FoldAceJson(std::string_view json, const std::string& path, const std::string& prefix, std::vector<Finding>* out,
                   std::string* version);

// Sorts validator findings into a fixed order (location file, line, column,
// code, message, severity), so that a report does not depend on the order a
// validator happened to list them in.
void SortFindings(std::vector<Finding>::iterator first, std::vector<Finding>::iterator last);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_VALIDATORS_H_
