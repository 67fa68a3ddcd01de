#include "readers/registry.h"

#include "base/text.h"
#include "readers/plain_text.h"

namespace folio::readers {

const std::vector<Reader>& Readers() {
  static const std::vector<Reader>* readers = new std::vector<Reader>{
      {"text", {".txt", ".text"}, "plain text; structure inferred (tests/spec/structure.spec)", ReadPlainText},
  };
  return *readers;
}

const Reader* ReaderForFormat(std::string_view format) {
  for (const Reader& r : Readers())
    if (format == r.format) return &r;
  return nullptr;
}

const Reader& ReaderForPath(std::string_view path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash)) {
    std::string ext = Lower(path.substr(dot));
    for (const Reader& r : Readers())
      for (const char* e : r.extensions)
        if (ext == e) return r;
  }
  return *ReaderForFormat("text");
}

std::string FormatNames() {
  std::string names;
  for (const Reader& r : Readers()) names += (names.empty() ? "" : ", ") + std::string(r.format);
  return names;
}

}  // namespace folio::readers
