// libFuzzer target: ReadTmx (TMX 1.4b from any tool, UTF-8 or UTF-16 with a
// byte order mark), then WriteTmx of what was read and ReadTmx of that: a
// memory folio read must be readable again after its own export. Every
// character WriteTmx writes must be one XML 1.0 allows; since ReadTmx never
// yields another, the input (when it is UTF-8) is also written as the text
// of an entry of its own, as a memory filled from XLIFF 2 (<cp hex="001B"/>)
// may hold any character.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "base/xml_escape.h"
#include "tm/tmx.h"

namespace {

// Well-formed UTF-8 made only of XML 1.0 characters, or a trap.
void CheckXmlChars(std::string_view written) {
  if (!folio::CheckUtf8(written, "written.tmx").ok()) __builtin_trap();
  for (size_t i = 0; i < written.size();)
    if (!folio::IsXmlChar(folio::DecodeUtf8(written, &i))) __builtin_trap();
}

// WriteTmx of `entries`: legal characters only, and it reads back.
void WriteAndReread(const std::vector<folio::tm::Entry>& entries) {
  std::string again = folio::tm::WriteTmx(entries, entries.front().src_lang);
  CheckXmlChars(again);
  std::vector<folio::tm::Entry> reread;
  if (!folio::tm::ReadTmx(again, "again.tmx", &reread).ok()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (folio::CheckUtf8(bytes, "fuzz.txt").ok() && !bytes.empty()) {
    folio::tm::Entry e;
    e.src_lang = "en";
    e.trg_lang = "fr";
    e.source.AppendText(std::string(bytes));
    e.target.AppendText(std::string(bytes));
    e.prev_source = std::string(bytes);
    e.unit_id = std::string(bytes);
    WriteAndReread({e});
  }
  std::vector<folio::tm::Entry> entries;
  folio::Status st = folio::tm::ReadTmx(bytes, "fuzz.tmx", &entries);
  if (!st.ok()) {
    if (!entries.empty()) __builtin_trap();  // documented: empty on error
    return 0;
  }
  if (entries.empty()) return 0;
  WriteAndReread(entries);
  return 0;
}
