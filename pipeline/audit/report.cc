#include "audit/report.h"

#include <map>
#include <tuple>

#include "audit/checks.h"
#include "base/json.h"
#include "base/text.h"
#include "base/xml_escape.h"

namespace folio::audit {

namespace {

std::string FindingJson(const Finding& f, const std::string& indent) {
  std::string s = indent + "{\"code\": " + JsonString(f.code) +
                  ", \"severity\": " + JsonString(std::string(SeverityName(f.severity))) +
                  ", \"wcag\": " + JsonString(f.wcag) + ", \"unit_id\": " + JsonString(f.unit_id) +
                  ", \"location\": " + JsonString(f.where.file.empty() ? std::string() : f.where.ToString()) +
                  ", \"message\": " + JsonString(f.message) + "}";
  return s;
}

std::string FindingsJson(const std::vector<Finding>& findings) {
  if (findings.empty()) return "[]";
  std::string s = "[\n";
  for (size_t i = 0; i < findings.size(); ++i)
    s += FindingJson(findings[i], "    ") + (i + 1 < findings.size() ? ",\n" : "\n");
  return s + "  ]";
}

std::string X(const std::string& s) { return XmlEscape(s); }

// The cell of one check for one locale.
std::string CellText(const AuditResult& r, const std::string& code) {
  int n = 0;
  for (const Finding& f : r.findings) n += f.code == code;
  if (n > 0) return "fail (" + std::to_string(n) + ")";
  bool passed = false;
  for (const std::string& c : r.passed_checks) passed = passed || c == code;
  if (!passed) return "not run";
  return r.notes.count(code) ? "pass (not applicable)" : "pass";
}

// Findings whose code starts with `prefix` ("epubcheck.").
int CountWithPrefix(const AuditResult& r, const std::string& prefix) {
  int n = 0;
  for (const Finding& f : r.findings) n += f.code.compare(0, prefix.size(), prefix) == 0;
  return n;
}

// The cell of one validator for one locale: "4.2.6: pass", "4.2.6: fail (2)",
// "not installed".
std::string ValidatorCell(const AuditResult& r, const std::string& name, const std::string& prefix) {
  for (const ValidatorRun& v : r.validators) {
    if (v.name != name) continue;
    if (v.status != "ran") return v.status;
    int n = CountWithPrefix(r, prefix);
    return v.version + ": " + (n == 0 ? std::string("pass") : "fail (" + std::to_string(n) + ")");
  }
  return "not run";
}

std::string ClaimCell(const AuditResult& r) {
  if (r.claims.empty()) return "no EPUB checked";
  int claimed = 0;
  for (const auto& [epub, claim] : r.claims) claimed += !claim.empty();
  if (claimed == 0) return "not claimed";
  int unsupported = 0;
  for (const Finding& f : r.findings) unsupported += f.code == "a11y.conformance-claim";
  return unsupported == 0 ? "claimed" : "claimed, not supported (" + std::to_string(unsupported) + ")";
}

std::string ValidatorText(const ValidatorRun& v) {
  std::string s = v.name + (v.version.empty() ? "" : " " + v.version) + ": " + v.status;
  if (!v.detail.empty()) s += " (" + v.detail + ")";
  return s;
}

void FindingItems(const std::vector<Finding>& findings, std::string* out) {
  *out += "      <ul>\n";
  for (const Finding& f : findings) {
    *out +=
        "        <li><strong>" + X(std::string(SeverityName(f.severity))) + "</strong> <code>" + X(f.code) + "</code>";
    if (!f.wcag.empty()) *out += " (WCAG " + X(f.wcag) + ")";
    if (!f.unit_id.empty()) *out += ", unit <code>" + X(f.unit_id) + "</code>";
    if (!f.where.file.empty()) *out += ", " + X(f.where.ToString());
    *out += ": " + X(f.message) + "</li>\n";
  }
  *out += "      </ul>\n";
}

}  // namespace

std::string WriteAuditJson(const AuditResult& r) {
  std::string s = "{\n  \"locale\": " + JsonString(r.locale) + ",\n  \"passed\": [";
  for (size_t i = 0; i < r.passed_checks.size(); ++i) s += (i ? ", " : "") + JsonString(r.passed_checks[i]);
  s += "],\n  \"notes\": {";
  bool first = true;
  for (const auto& [code, note] : r.notes) {
    s += std::string(first ? "\n" : ",\n") + "    " + JsonString(code) + ": " + JsonString(note);
    first = false;
  }
  s += first ? "}" : "\n  }";
  s += ",\n  \"validators\": [";
  for (size_t i = 0; i < r.validators.size(); ++i) {
    const ValidatorRun& v = r.validators[i];
    s += std::string(i ? ",\n" : "\n") + "    {\"name\": " + JsonString(v.name) +
         ", \"status\": " + JsonString(v.status) + ", \"version\": " + JsonString(v.version) +
         ", \"detail\": " + JsonString(v.detail) + "}";
  }
  s += r.validators.empty() ? "]" : "\n  ]";
  s += ",\n  \"claims\": {";
  first = true;
  for (const auto& [epub, claim] : r.claims) {
    s += std::string(first ? "\n" : ",\n") + "    " + JsonString(epub) + ": " + JsonString(claim);
    first = false;
  }
  s += first ? "}" : "\n  }";
  s += ",\n  \"findings\": " + FindingsJson(r.findings);
  s += ",\n  \"regressions\": " + FindingsJson(r.regressions);
  int counts[3] = {0, 0, 0};
  for (const auto* list : {&r.findings, &r.regressions})
    for (const Finding& f : *list) ++counts[static_cast<int>(f.severity)];
  s += ",\n  \"summary\": {\"error\": " + std::to_string(counts[2]) + ", \"warning\": " + std::to_string(counts[1]) +
       ", \"info\": " + std::to_string(counts[0]) + "}\n}\n";
  return s;
}

std::string WriteAuditHtml(const std::vector<AuditResult>& results) {
  std::string s;
  // Polyglot markup: well-formed XML (UTF-8 needs no declaration) that is
  // also valid HTML, which the .html name makes browsers and the Nu checker
  // read it as (an XML declaration is an error in HTML).
  s += "<!DOCTYPE html>\n";
  s += "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n";
  s += "  <head>\n    <meta charset=\"UTF-8\"/>\n    <title>folio accessibility audit</title>\n";
  s += "    <style>table { border-collapse: collapse; } th, td { border: 1px solid; padding: 0.2em 0.5em; "
       "text-align: left; }</style>\n  </head>\n";
  s += "  <body>\n    <main>\n      <h1>Accessibility audit</h1>\n";
  s += "      <p>Each edition is checked against WCAG 2.2. A cell says in words whether a check passed "
       "(“pass”) or how many findings it has (“fail (N)”).</p>\n";
  s += "      <table>\n        <caption>Checks (rows) by locale (columns)</caption>\n";
  s += "        <thead>\n          <tr><th scope=\"col\">Check</th><th scope=\"col\">WCAG</th>";
  for (const AuditResult& r : results) s += "<th scope=\"col\">" + X(r.locale) + "</th>";
  s += "</tr>\n        </thead>\n        <tbody>\n";
  for (const AuditCheck& c : AuditChecks()) {
    s += "          <tr><th scope=\"row\"><code>" + X(c.code) + "</code>: " + X(c.description) + "</th><td>" +
         X(c.wcag) + "</td>";
    for (const AuditResult& r : results) s += "<td>" + CellText(r, c.code) + "</td>";
    s += "</tr>\n";
  }
  s += "          <tr><th scope=\"row\">Regressions against the source edition</th><td></td>";
  for (const AuditResult& r : results)
    s += "<td>" +
         (r.regressions.empty() ? std::string("none") : "fail (" + std::to_string(r.regressions.size()) + ")") +
         "</td>";
  s += "</tr>\n";
  for (const auto& [name, prefix, what] :
       {std::tuple<const char*, const char*, const char*>{"EPUBCheck", "epubcheck.", "EPUB conformance"},
        std::tuple<const char*, const char*, const char*>{"DAISY Ace", "ace.", "accessibility of the EPUB"}}) {
    s += std::string("          <tr><th scope=\"row\">") + name + ": " + what + "</th><td></td>";
    for (const AuditResult& r : results) s += "<td>" + X(ValidatorCell(r, name, prefix)) + "</td>";
    s += "</tr>\n";
  }
  s += "          <tr><th scope=\"row\">Conformance claim (<code>dcterms:conformsTo</code>) and whether the "
       "checks support it</th><td></td>";
  for (const AuditResult& r : results) s += "<td>" + X(ClaimCell(r)) + "</td>";
  s += "</tr>\n        </tbody>\n      </table>\n";
  for (const AuditResult& r : results) {
    std::string id = "locale-";
    for (char c : r.locale) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
    s += "      <section aria-labelledby=\"" + X(id) + "\">\n";
    s += "      <h2 id=\"" + X(id) + "\">Edition " + X(r.locale) + "</h2>\n";
    for (const auto& [epub, claim] : r.claims)
      s += "      <p><code>" + X(epub) + "</code> " +
           (claim.empty() ? std::string("makes no conformance claim.") : "claims “" + X(claim) + "”.") + "</p>\n";
    if (r.findings.empty()) {
      s += "      <p>No findings.</p>\n";
    } else {
      s += "      <h3>Findings</h3>\n";
      FindingItems(r.findings, &s);
    }
    if (!r.regressions.empty()) {
      s += "      <h3>Regressions against the source edition</h3>\n";
      FindingItems(r.regressions, &s);
    }
    if (!r.notes.empty()) {
      s += "      <h3>Notes</h3>\n      <ul>\n";
      for (const auto& [code, note] : r.notes) s += "        <li><code>" + X(code) + "</code>: " + X(note) + "</li>\n";
      s += "      </ul>\n";
    }
    if (!r.validators.empty()) {
      s += "      <h3>Validators</h3>\n      <ul>\n";
      for (const ValidatorRun& v : r.validators) s += "        <li>" + X(ValidatorText(v)) + "</li>\n";
      s += "      </ul>\n";
    }
    s += "      </section>\n";
  }
  s += "    </main>\n  </body>\n</html>\n";
  return s;
}

int AuditExitCode(const std::vector<AuditResult>& results, Severity fail_on) {
  for (const AuditResult& r : results)
    for (const auto* list : {&r.findings, &r.regressions})
      for (const Finding& f : *list)
        if (f.severity >= fail_on) return kAuditFindings;
  return kAuditClean;
}

}  // namespace folio::audit
