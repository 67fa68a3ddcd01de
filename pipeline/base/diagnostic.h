// Diagnostic: a finding that is reported but does not stop the run (a QA
// finding, an untranslated-segment warning, an audit result). Codes are stable
// strings such as "build.untranslated" or "qa.number-mismatch": tests, CI
// filters and reports key on them.
#ifndef FOLIO_BASE_DIAGNOSTIC_H_
#define FOLIO_BASE_DIAGNOSTIC_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace folio {

enum class Severity { kInfo, kWarning, kError };

std::string_view SeverityName(Severity s);  // "info", "warning", "error"
// Parses "info" / "warning" / "error"; returns false for anything else.
bool ParseSeverity(std::string_view name, Severity* out);

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string code;      // stable, dotted: "stage.what"
  SourceLocation where;  // may be empty
  std::string unit_id;   // the XLIFF unit/segment id it concerns, if any
  std::string message;

  // "file:line:col: warning: message [code] (unit u-1234)"
  std::string ToString() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace folio

#endif  // FOLIO_BASE_DIAGNOSTIC_H_
