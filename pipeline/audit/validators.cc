#include "audit/validators.h"

#include <cctype>

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

void FoldEpubCheck(const JsonValue& report, std::vector<Finding>* out) {
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
      if (line && line->type == JsonValue::Type::kNumber && line->number > 0) f.where.line = static_cast<int>(line->number);
      if (col && col->type == JsonValue::Type::kNumber && col->number > 0) f.where.col = static_cast<int>(col->number);
    }
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

void FoldAce(const JsonValue& node, const std::string& subject, std::vector<Finding>* out) {
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
      if (result_desc && !result_desc->Str().empty())
        f.message += (f.message.empty() ? "" : ": ") + result_desc->Str();
      f.where.file = url;
      out->push_back(std::move(f));
    }
  }
  if (const JsonValue* children = node.Find("assertions"))
    for (const JsonValue& c : children->array) FoldAce(c, url, out);
}

}  // namespace

Status FoldValidatorReports(const std::string& epubcheck_json_path, const std::string& ace_report_json_path,
                            AuditResult* result) {
  JsonValue epubcheck, ace;
  bool have_epubcheck = false, have_ace = false;
  FOLIO_RETURN_IF_ERROR(Load(epubcheck_json_path, &epubcheck, &have_epubcheck));
  FOLIO_RETURN_IF_ERROR(Load(ace_report_json_path, &ace, &have_ace));
  if (have_epubcheck) FoldEpubCheck(epubcheck, &result->findings);
  if (have_ace) FoldAce(ace, "", &result->findings);
  return Status::Ok();
}

}  // namespace folio::audit
