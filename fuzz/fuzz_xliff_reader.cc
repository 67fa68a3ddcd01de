// libFuzzer target: the XLIFF reader as `folio import` runs it on a returned
// file -- ReadXliff (size, encoding, DTD refusal, well-formedness, then the
// 1.2 or 2.x reader by namespace and version) and, for XLIFF 2, the
// conformance checks of ValidateXliff2 over the same bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "xliff/validate2.h"
#include "xliff/xliff_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  folio::xliff::XliffFile f;
  folio::Status st = folio::xliff::ReadXliff(bytes, "fuzz.xlf", &f);
  if (!st.ok()) {
    // Every error is anchored: "fuzz.xlf:" then a location or a message.
    if (st.message().rfind("fuzz.xlf:", 0) != 0) __builtin_trap();
    return 0;
  }
  // What the reader returns must be usable: locations inside the file,
  // every segment with a source.
  for (const folio::xliff::XUnit& u : f.units) {
    if (u.where.line < 1 || u.end.line < u.where.line) __builtin_trap();
    for (const folio::xliff::XSegment& s : u.segments) (void)s.source.PlainText();
  }
  if (f.version.rfind("2.", 0) == 0) {
    std::vector<std::string> problems;
    folio::xliff::ValidateXliff2(bytes, "fuzz.xlf", &problems);
  }
  return 0;
}
