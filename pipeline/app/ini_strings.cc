#include "app/ini_strings.h"

#include "base/ini.h"

namespace folio::app {

Status LoadIniStrings(const std::string& path, std::map<std::string, std::string>* out, Env* env) {
  out->clear();
  IniFile ini;
  Status st = ReadIniFile(path, &ini, /*inline_comments=*/false, env);
  if (st.code() == Status::Code::kNotFound) return Status::Ok();
  FOLIO_RETURN_IF_ERROR(st);
  for (const IniEntry& e : ini.entries) (*out)[e.section.empty() ? e.key : e.section + "." + e.key] = e.value;
  return Status::Ok();
}

}  // namespace folio::app
