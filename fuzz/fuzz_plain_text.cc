// libFuzzer target: ReadPlainText, the structure inference that reads the
// article as delivered (any bytes: BOM, CRLF, invalid UTF-8, no structure).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "doc/dump.h"
#include "readers/plain_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  folio::doc::Document d;
  folio::Diagnostics warnings;
  folio::Status st = folio::readers::ReadPlainText(std::string(bytes), "fuzz.txt", &d, &warnings);
  if (!st.ok()) {
    if (st.message().rfind("fuzz.txt:", 0) != 0) __builtin_trap();
    return 0;
  }
  (void)folio::doc::DumpDocument(d);
  return 0;
}
