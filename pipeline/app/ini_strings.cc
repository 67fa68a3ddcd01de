#include "app/ini_strings.h"

#include <sstream>

#include "base/file_io.h"
#include "base/text.h"

namespace folio::app {

Status LoadIniStrings(const std::string& path, std::map<std::string, std::string>* out) {
  out->clear();
  std::string text;
  Status st = ReadFile(path, &text);
  if (st.code() == Status::Code::kNotFound) return Status::Ok();
  FOLIO_RETURN_IF_ERROR(st);
  FOLIO_RETURN_IF_ERROR(CheckUtf8(text, path));
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    std::string_view t = Trim(line);
    if (t.empty() || t.front() == '#' || t.front() == ';') continue;
    size_t eq = t.find('=');
    if (eq == std::string_view::npos)
      return Status::At({path, n, 1}, "expected \"key = value\"; put a '#' in front of comments");
    (*out)[std::string(Trim(t.substr(0, eq)))] = std::string(Trim(t.substr(eq + 1)));
  }
  return Status::Ok();
}

}  // namespace folio::app
