#include "audit/conformance.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>

#include "base/text.h"

namespace folio::audit {

namespace {

// "1.4.10" -> {1, 4, 10}, so that 1.4.10 sorts after 1.4.3.
std::vector<int> CriterionKey(const std::string& c) {
  std::vector<int> key;
  size_t i = 0;
  while (i < c.size()) {
    size_t dot = c.find('.', i);
    if (dot == std::string::npos) dot = c.size();
    key.push_back(std::atoi(c.substr(i, dot - i).c_str()));
    i = dot + 1;
  }
  return key;
}

std::string Plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

Finding ClaimFinding(const std::string& epub, const std::string& message) {
  Finding f;
  f.severity = Severity::kError;
  f.code = "a11y.conformance-claim";
  f.where.file = epub;
  f.message = message;
  return f;
}

}  // namespace

std::vector<Finding> ClaimBlockers(const AuditResult& result) {
  std::vector<Finding> out;
  for (const auto* list : {&result.findings, &result.regressions})
    for (const Finding& f : *list)
      if (f.severity == Severity::kError) out.push_back(f);
  return out;
}

std::string WcagCriteria(const std::vector<Finding>& findings) {
  std::vector<std::string> criteria;
  for (const Finding& f : findings)
    if (!f.wcag.empty() && std::find(criteria.begin(), criteria.end(), f.wcag) == criteria.end())
      criteria.push_back(f.wcag);
  std::sort(criteria.begin(), criteria.end(),
            [](const std::string& a, const std::string& b) { return CriterionKey(a) < CriterionKey(b); });
  std::string out;
  for (const std::string& c : criteria) out += (out.empty() ? "" : ", ") + c;
  return out;
}

Status ReadConformsTo(const std::string& package_opf, const std::string& label, std::string* claim) {
  pugi::xml_document dom;
  pugi::xml_parse_result parsed =
      dom.load_buffer(package_opf.data(), package_opf.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    SourceLocation where{label, 0, 0};
    LineColAt(package_opf, static_cast<size_t>(parsed.offset), &where.line, &where.col);
    return Status::At(where, std::string("the package document is not well-formed: ") + parsed.description() +
                                 "; rebuild the EPUB with folio build");
  }
  claim->clear();
  for (pugi::xml_node meta : dom.child("package").child("metadata").children("meta")) {
    if (std::string_view(meta.attribute("property").value()) != "dcterms:conformsTo") continue;
    *claim = std::string(Trim(meta.text().get()));
    break;
  }
  return Status::Ok();
}

void CheckConformanceClaim(const std::string& epub, const std::string& claim, const AuditResult& own,
                           const std::vector<Finding>& validator_findings, std::vector<Finding>* out) {
  if (claim.empty()) return;
  std::string claims = epub + " claims “" + claim + "”";
  std::vector<Finding> blockers = ClaimBlockers(own);
  if (!blockers.empty())
    out->push_back(ClaimFinding(
        epub,
        claims + " but folio's checks of this edition find " +
            Plural(static_cast<int>(blockers.size()), "error", "errors") + " (WCAG " + WcagCriteria(blockers) +
            "); the claim is not supported: fix them and run folio build, which drops the claim while they remain"));
  int epubcheck_errors = 0, ace_violations = 0;
  for (const Finding& f : validator_findings) {
    if (f.code.starts_with("epubcheck.") && f.severity == Severity::kError) ++epubcheck_errors;
    if (f.code.starts_with("ace.")) ++ace_violations;
  }
  if (epubcheck_errors == 0 && ace_violations == 0) return;
  std::string found;
  if (epubcheck_errors > 0) found = "EPUBCheck reports " + Plural(epubcheck_errors, "error", "errors");
  if (ace_violations > 0)
    found += (found.empty() ? "" : " and ") + std::string("Ace reports ") +
             Plural(ace_violations, "violation", "violations");
  out->push_back(ClaimFinding(epub, claims + " but " + found +
                                        "; the claim is not supported: fix what they report (listed above) and "
                                        "build again"));
}

}  // namespace folio::audit
