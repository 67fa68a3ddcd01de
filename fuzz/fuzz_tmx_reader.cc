// libFuzzer target: ReadTmx (TMX 1.4b from any tool, UTF-8 or UTF-16 with a
// byte order mark), then WriteTmx of what was read and ReadTmx of that: a
// memory folio read must be readable again after its own export.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tm/tmx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<folio::tm::Entry> entries;
  folio::Status st = folio::tm::ReadTmx(bytes, "fuzz.tmx", &entries);
  if (!st.ok()) {
    if (!entries.empty()) __builtin_trap();  // documented: empty on error
    return 0;
  }
  if (entries.empty()) return 0;
  std::string again = folio::tm::WriteTmx(entries, entries.front().src_lang);
  std::vector<folio::tm::Entry> reread;
  if (!folio::tm::ReadTmx(again, "again.tmx", &reread).ok()) __builtin_trap();
  return 0;
}
