#include "base/status.h"

namespace folio {

std::string SourceLocation::ToString() const {
  std::string s = file.empty() ? "<input>" : file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (col > 0) s += ":" + std::to_string(col);
  }
  return s;
}

Status Status::At(const SourceLocation& where, const std::string& msg) {
  return Status(Code::kInvalidInput, where.ToString() + ": " + msg);
}

}  // namespace folio
