// libFuzzer target: ReadPlainText, the structure inference that reads the
// article as delivered (any bytes: BOM, CRLF, invalid UTF-8, no structure),
// then what extract does with the document next: SegmentDocument (sentences,
// word counts, ids). Beyond not crashing, it checks what the fast paths of
// those stages could get wrong without a crash:
//   - a unit's sentences, joined with their space_after, give its text back;
//   - every sentence is well-formed UTF-8 (a cut in the middle of a
//     character, from offsets mapped back wrong, is not) and does not end
//     in whitespace; every space_after is whitespace only;
//   - every id is the one unit_ids.h defines, computed here the plain way
//     (decode, fold whitespace, trim, FNV-1a 64), before any "-2" numbering.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "doc/dump.h"
#include "readers/plain_text.h"
#include "segment/segmenter.h"

namespace {

using folio::doc::Block;
using folio::doc::BlockKind;

std::string Joined(const Block& b) {
  std::string t;
  for (const folio::doc::Segment& s : b.segments) t += s.source.PlainText() + s.space_after;
  return t;
}

bool IsWellFormed(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    folio::DecodeUtf8(s, &i);
    if (i - start == 1 && static_cast<unsigned char>(s[start]) >= 0x80) return false;
  }
  return true;
}

bool AllWhitespace(std::string_view s) {
  for (size_t i = 0; i < s.size();)
    if (!folio::IsUnicodeSpace(folio::DecodeUtf8(s, &i))) return false;
  return true;
}

bool EndsInWhitespace(std::string_view s) {
  if (s.empty()) return false;
  size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return folio::IsUnicodeSpace(folio::DecodeUtf8(s, &start));
}

// unit_ids.h's definition, written plainly (as in unit_ids_test.cc).
std::string ReferenceId(const std::string& prefix, const std::string& hashed_prefix, std::string_view text) {
  std::string folded;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = folio::DecodeUtf8(text, &i);
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x202F || c == 0x2007 ||
              c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
    if (ws) {
      space = true;
      continue;
    }
    if (space && !folded.empty()) folded += ' ';
    space = false;
    if (i - start == 1 && static_cast<unsigned char>(text[start]) >= 0x80)
      folio::AppendUtf8(0xFFFD, &folded);
    else
      folded.append(text.substr(start, i - start));
  }
  return prefix + "-" + folio::HexDigits(folio::Fnv1a64(hashed_prefix + folded), 32);
}

// `id` is `reference`, or `reference` numbered for repeated text ("-2", ...).
bool IsIdOf(const std::string& id, const std::string& reference) {
  if (id.compare(0, reference.size(), reference) != 0) return false;
  return id.size() == reference.size() || (id.size() > reference.size() + 1 && id[reference.size()] == '-');
}

const char* Prefix(BlockKind k) {
  switch (k) {
    case BlockKind::kTitle:
      return "t";
    case BlockKind::kDescription:
      return "d";
    case BlockKind::kHeading:
      return "h";
    case BlockKind::kListItem:
      return "li";
    default:
      return "p";
  }
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
  folio::doc::ForEachUnit(d.blocks, [&](const Block& b) { before.push_back(Joined(b)); });
  d.source_language = "en";
  if (!folio::segment::SegmentDocument(&d).ok()) __builtin_trap();
  size_t k = 0;
  folio::doc::ForEachUnit(d.blocks, [&](const Block& b) {
    const std::string text = Joined(b);
    // A unit of whitespace only is left without sentences.
    if (!b.segments.empty() && text != before[k]) __builtin_trap();
    ++k;
    for (const folio::doc::Segment& s : b.segments) {
      const std::string plain = s.source.PlainText();
      if (!IsWellFormed(plain) || EndsInWhitespace(plain) || !AllWhitespace(s.space_after)) __builtin_trap();
      if (!IsIdOf(s.id, ReferenceId("s", "", plain))) __builtin_trap();
    }
    if (!IsIdOf(b.id, ReferenceId(Prefix(b.kind), std::string(folio::doc::BlockKindName(b.kind)) + ":", text)))
      __builtin_trap();
  });
  return 0;
}
