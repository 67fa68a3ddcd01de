#include "base/diagnostic.h"

namespace folio {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

bool ParseSeverity(std::string_view name, Severity* out) {
  if (name == "info")
    *out = Severity::kInfo;
  else if (name == "warning")
    *out = Severity::kWarning;
  else if (name == "error")
    *out = Severity::kError;
  else
    return false;
  return true;
}

std::string Diagnostic::ToString() const {
  std::string s;
  if (!where.file.empty()) s += where.ToString() + ": ";
  s += std::string(SeverityName(severity)) + ": " + message + " [" + code + "]";
  if (!unit_id.empty()) s += " (unit " + unit_id + ")";
  return s;
}

}  // namespace folio
