// Bidirectional text in right-to-left editions, following the W3C practice
// "Inline markup and bidirectional text in HTML": a left-to-right run
// (Latin-script words) inside Arabic text is marked up with its direction,
// numbers are isolated with <bdi>, and no raw bidi control character is
// ever written.
#ifndef FOLIO_RENDER_BIDI_H_
#define FOLIO_RENDER_BIDI_H_

#include <string>
#include <string_view>

namespace folio::render {

// XML-escaped `text` in which every run of left-to-right letters (with the
// spaces, digits and punctuation between them) becomes
// <span dir="ltr">…</span> and every other run of digits (with inner
// separators: 3-4, 10:30, 1.5) becomes <bdi>…</bdi>. Text without such runs
// is only escaped.
std::string IsolateLtrRuns(std::string_view text);

}  // namespace folio::render

#endif  // FOLIO_RENDER_BIDI_H_
