// Minimal JSON output helpers for folio's reports (no parsing needed).
#ifndef FOLIO_BASE_JSON_H_
#define FOLIO_BASE_JSON_H_

#include <string>

namespace folio {

// A JSON string literal for UTF-8 `v`, quotes included.
std::string JsonString(const std::string& v);

}  // namespace folio

#endif  // FOLIO_BASE_JSON_H_
