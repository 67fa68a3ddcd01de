// A small JSON reader for the validators' reports (EPUBCheck --json, Ace's
// report.json). folio writes JSON with base/json.h; this is the only place
// that reads it, so it stays minimal: RFC 8259 values, UTF-8 in and out.
#ifndef FOLIO_AUDIT_JSON_READER_H_
#define FOLIO_AUDIT_JSON_READER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace folio::audit {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;                                     // kString
  std::vector<JsonValue> array;                           // kArray
  std::vector<std::pair<std::string, JsonValue>> object;  // kObject, in file order

  // The member `key` of an object; nullptr when absent or not an object.
  const JsonValue* Find(std::string_view key) const;
  // The string value, or "" for anything that is not a string.
  const std::string& Str() const;
};

// Parses `text` into *out. Errors: "path:line:col: invalid JSON: <what>".
Status ParseJson(std::string_view text, const std::string& path, JsonValue* out);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_JSON_READER_H_
