#include "audit/validators.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "audit/json_reader.h"
#include "base/file_io.h"

namespace folio::audit {

namespace {

// Reads and parses `path`; *found is false when there is nothing to read.
Status Load(const std::string& path, JsonValue* out, bool* found) {
  *found = false;
  if (path.empty()) return Status::Ok();
  std::string bytes;
  Status st = ReadFile(path, &bytes);
  if (st.code() == Status::Code::kNotFound) return Status::Ok();
  FOLIO_RETURN_IF_ERROR(st);
  FOLIO_RETURN_IF_ERROR(ParseJson(bytes, path, out));
  *found = true;
  return Status::Ok();
}

Severity EpubCheckSeverity(const std::string& s) {
  if (s == "FATAL" || s == "ERROR") return Severity::kError;
  if (s == "WARNING") return Severity::kWarning;
  return Severity::kInfo;
}

// "article.epub/" + "EPUB/a.xhtml"; a message about the whole EPUB names the
// EPUB itself.
std::string Prefixed(const std::string& prefix, const std::string& file) {
  if (file.empty()) return prefix.empty() || prefix.back() != '/' ? prefix : prefix.substr(0, prefix.size() - 1);
  size_t start = 0;
  while (start < file.size() && file[start] == '/') ++start;
  return prefix + file.substr(start);
}

void FoldEpubCheck(const JsonValue& report, const std::string& prefix, std::vector<Finding>* out) {
  const JsonValue* messages = report.Find("messages");
  if (!messages) return;
  for (const JsonValue& m : messages->array) {
    const JsonValue* id = m.Find("ID");
    const JsonValue* severity = m.Find("severity");
    const JsonValue* message = m.Find("message");
    Finding f;
    f.code = "epubcheck." + (id ? id->Str() : std::string("unknown"));
    f.severity = EpubCheckSeverity(severity ? severity->Str() : "");
    f.message = message ? message->Str() : "";
    const JsonValue* locations = m.Find("locations");
    if (locations && !locations->array.empty()) {
      const JsonValue& loc = locations->array.front();
      if (const JsonValue* p = loc.Find("path")) f.where.file = p->Str();
      const JsonValue* line = loc.Find("line");
      const JsonValue* col = loc.Find("column");
      if (line && line->type == JsonValue::Type::kNumber && line->number > 0)
        f.where.line = static_cast<int>(line->number);
      if (col && col->type == JsonValue::Type::kNumber && col->number > 0) f.where.col = static_cast<int>(col->number);
    }
    if (!prefix.empty()) f.where.file = Prefixed(prefix, f.where.file);
    out->push_back(std::move(f));
  }
}

Severity AceSeverity(const std::string& impact) {
  if (impact == "critical" || impact == "serious") return Severity::kError;
  if (impact == "moderate") return Severity::kWarning;
  return Severity::kInfo;
}

// "wcag143" -> "1.4.3", "wcag1410" -> "1.4.10"; "" for other tags.
std::string WcagFromTag(const std::string& tag) {
  if (tag.size() < 7 || tag.compare(0, 4, "wcag") != 0) return "";
  std::string digits = tag.substr(4);
  for (char c : digits)
    if (!std::isdigit(static_cast<unsigned char>(c))) return "";
  return digits.substr(0, 1) + "." + digits.substr(1, 1) + "." + digits.substr(2);
}

void FoldAce(const JsonValue& node, const std::string& subject, const std::string& prefix, std::vector<Finding>* out) {
  std::string url = subject;
  if (const JsonValue* s = node.Find("earl:testSubject"))
    if (const JsonValue* u = s->Find("url")) url = u->Str();
  const JsonValue* result = node.Find("earl:result");
  const JsonValue* test = node.Find("earl:test");
  if (result && test) {
    const JsonValue* outcome = result->Find("earl:outcome");
    if (outcome && outcome->Str() == "fail") {
      const JsonValue* title = test->Find("dct:title");
      const JsonValue* impact = test->Find("earl:impact");
      const JsonValue* rule_desc = test->Find("dct:description");
      const JsonValue* result_desc = result->Find("dct:description");
      Finding f;
      f.code = "ace." + (title ? title->Str() : std::string("unknown"));
      f.severity = AceSeverity(impact ? impact->Str() : "");
      if (const JsonValue* tags = test->Find("rulesetTags"))
        for (const JsonValue& t : tags->array)
          if (f.wcag.empty()) f.wcag = WcagFromTag(t.Str());
      f.message = rule_desc ? rule_desc->Str() : "";
      if (result_desc && !result_desc->Str().empty()) f.message += (f.message.empty() ? "" : ": ") + result_desc->Str();
      f.where.file = prefix.empty() ? url : Prefixed(prefix, url);
      out->push_back(std::move(f));
    }
  }
  if (const JsonValue* children = node.Find("assertions"))
    for (const JsonValue& c : children->array) FoldAce(c, url, prefix, out);
}

// The report itself is not an assertion: its earl:testSubject is the path the
// EPUB was given as (a temporary or machine-specific path), never a location.
void FoldAceReport(const JsonValue& report, const std::string& prefix, std::vector<Finding>* out) {
  if (const JsonValue* children = report.Find("assertions"))
    for (const JsonValue& c : children->array) FoldAce(c, "", prefix, out);
}

std::string EpubCheckVersion(const JsonValue& report) {
  const JsonValue* checker = report.Find("checker");
  const JsonValue* version = checker ? checker->Find("checkerVersion") : nullptr;
  return version ? version->Str() : "";
}

std::string AceVersion(const JsonValue& report) {
  const JsonValue* by = report.Find("earl:assertedBy");
  const JsonValue* release = by ? by->Find("doap:release") : nullptr;
  const JsonValue* revision = release ? release->Find("doap:revision") : nullptr;
  return revision ? revision->Str() : "";
}

}  // namespace

Status FoldValidatorReports(const std::string& epubcheck_json_path, const std::string& ace_report_json_path,
                            AuditResult* result) {
  JsonValue epubcheck, ace;
  bool have_epubcheck = false, have_ace = false;
  FOLIO_RETURN_IF_ERROR(Load(epubcheck_json_path, &epubcheck, &have_epubcheck));
  FOLIO_RETURN_IF_ERROR(Load(ace_report_json_path, &ace, &have_ace));
  if (have_epubcheck) FoldEpubCheck(epubcheck, "", &result->findings);
  if (have_ace) FoldAceReport(ace, "", &result->findings);
  return Status::Ok();
}

Status FoldEpubCheckJson(std::string_view json, const std::string& path, const std::string& prefix,
                         std::vector<Finding>* out, std::string* version) {
  JsonValue report;
  FOLIO_RETURN_IF_ERROR(ParseJson(json, path, &report));
  FoldEpubCheck(report, prefix, out);
  *version = EpubCheckVersion(report);
  return Status::Ok();
}

Status FoldAceJson(std::string_view json, const std::string& path, const std::string& prefix, std::vector<Finding>* out,
                   std::string* version) {
  JsonValue report;
  FOLIO_RETURN_IF_ERROR(ParseJson(json, path, &report));
  FoldAceReport(report, prefix, out);
  *version = AceVersion(report);
  return Status::Ok();
}

void SortFindings(std::vector<Finding>::iterator first, std::vector<Finding>::iterator last) {
  auto key = [](const Finding& f) {
    return std::tie(f.where.file, f.where.line, f.where.col, f.code, f.message, f.severity);
  };
  std::stable_sort(first, last, [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

}  // namespace folio::audit
