// Plain-text article reader: infers structure (headings, paragraphs,
// bulleted lists, "Term: explanation" items) from text with no markup.
// The rules are written down, with examples, in tests/spec/structure.spec.
#ifndef FOLIO_READERS_PLAIN_TEXT_H_
#define FOLIO_READERS_PLAIN_TEXT_H_

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/status.h"
#include "doc/document.h"

namespace folio::readers {

// Reads `bytes` (the file at `path`, used only in messages) into *out.
// Accepts a UTF-8 BOM, CRLF or LF line ends, hard-wrapped paragraphs.
// Each unit block gets exactly one Segment holding its whole text (NFC);
// sentence segmentation and ids are SegmentDocument's job. Sets
// Block::source_line, list continues_lead_in/lead_in. Term spans become an
// kOpen/kClose code pair with type "term", id "1", can_delete false.
// Returns an error "path:line:col: ..." for invalid UTF-8; *out is valid only
// when ok. Non-fatal oddities go to *warnings (may be null).
// Takes the bytes by value (move the file's buffer in): line ends are
// normalized in place.
Status ReadPlainText(std::string bytes, const std::string& path, doc::Document* out, Diagnostics* warnings);

}  // namespace folio::readers

#endif  // FOLIO_READERS_PLAIN_TEXT_H_
