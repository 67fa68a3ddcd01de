// Small translated string tables (locales/<tag>/edition.ini): "key = value"
// lines, '#' comments, UTF-8. Values are kept verbatim after the first '='.
#ifndef FOLIO_APP_INI_STRINGS_H_
#define FOLIO_APP_INI_STRINGS_H_

#include <map>
#include <string>

#include "base/env.h"
#include "base/status.h"

namespace folio::app {

// Reads `path` into *out. A missing file leaves *out empty and is OK; a line
// without '=' is an error "path:line:1: ...". Read through `env`.
Status LoadIniStrings(const std::string& path, std::map<std::string, std::string>* out, Env* env = Env::Default());

}  // namespace folio::app

#endif  // FOLIO_APP_INI_STRINGS_H_
