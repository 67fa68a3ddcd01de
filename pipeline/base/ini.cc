#include "base/ini.h"

#include "base/file_io.h"
#include "base/text.h"

namespace folio {

namespace {

// The value without a trailing " # comment".
std::string_view WithoutInlineComment(std::string_view value) {
  for (size_t i = 1; i < value.size(); ++i)
    if ((value[i] == '#' || value[i] == ';') && (value[i - 1] == ' ' || value[i - 1] == '\t'))
      return Trim(value.substr(0, i));
  return value;
}

}  // namespace

Status ParseIni(std::string_view text, const std::string& path, IniFile* out, bool inline_comments) {
  FOLIO_RETURN_IF_ERROR(CheckUtf8(text, path));
  IniFile f;
  f.path = path;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string section;
  int section_index = -1;
  int n = 0;
  while (!text.empty()) {
    ++n;
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    std::string_view t = Trim(line);
    if (t.empty() || t.front() == '#' || t.front() == ';') continue;
    if (inline_comments) t = WithoutInlineComment(t);
    if (t.front() == '[') {
      if (t.back() != ']' || Trim(t.substr(1, t.size() - 2)).empty())
        return Status::At({path, n, 1}, "expected a section header like \"[article]\"");
      section = std::string(Trim(t.substr(1, t.size() - 2)));
      f.sections.push_back({section, n});
      section_index = static_cast<int>(f.sections.size()) - 1;
      continue;
    }
    size_t eq = t.find('=');
    if (eq == std::string_view::npos || Trim(t.substr(0, eq)).empty())
      return Status::At({path, n, static_cast<int>(line.find_first_not_of(" \t")) + 1},
                        "expected \"key = value\"; put a '#' in front of comments");
    std::string_view value = Trim(t.substr(eq + 1));
    int unused = 0, col = 1;
    if (!value.empty()) LineColAt(line, static_cast<size_t>(value.data() - line.data()), &unused, &col);
    f.entries.push_back({section, section_index, std::string(Trim(t.substr(0, eq))), std::string(value), n, col});
  }
  *out = std::move(f);
  return Status::Ok();
}

Status ReadIniFile(const std::string& path, IniFile* out, bool inline_comments, Env* env) {
  std::string text;
  FOLIO_RETURN_IF_ERROR(env->ReadFile(path, &text));
  return ParseIni(text, path, out, inline_comments);
}

}  // namespace folio
