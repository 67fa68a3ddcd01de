// libFuzzer target: ReadPlainText, the structure inference that reads the
// article as delivered (any bytes: BOM, CRLF, invalid UTF-8, no structure),
// then what extract does with the document next: SegmentDocument (sentences,
// word counts, ids). The sentences of a unit, joined with their space_after,
// must give the unit's text back, and every sentence must have an id.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/dump.h"
#include "readers/plain_text.h"
#include "segment/segmenter.h"

namespace {

std::string Joined(const folio::doc::Block& b) {
  std::string t;
  for (const folio::doc::Segment& s : b.segments) t += s.source.PlainText() + s.space_after;
  return t;
}

}  // namespace

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

  std::vector<std::string> before;
  folio::doc::ForEachUnit(d.blocks, [&](const folio::doc::Block& b) { before.push_back(Joined(b)); });
  d.source_language = "en";
  if (!folio::segment::SegmentDocument(&d).ok()) __builtin_trap();
  size_t k = 0;
  folio::doc::ForEachUnit(d.blocks, [&](const folio::doc::Block& b) {
    for (const folio::doc::Segment& s : b.segments)
      if (s.id.empty()) __builtin_trap();
    // A unit of whitespace only is left without sentences.
    if (!b.segments.empty() && Joined(b) != before[k]) __builtin_trap();
    ++k;
  });
  return 0;
}
