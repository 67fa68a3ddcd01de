// Screen-reader-friendly text: what a screen reader or a text-to-speech
// voice should read, in the edition's language. No symbols read aloud (no
// '#', '*', bullets, '&'), headings and lists announced in words from
// per-locale strings, one paragraph per line, NFC, no invisible or bidi
// control characters.
#ifndef FOLIO_RENDER_SPEECH_TEXT_H_
#define FOLIO_RENDER_SPEECH_TEXT_H_

#include <map>
#include <string>

#include "base/status.h"
#include "doc/document.h"

namespace folio::render {

// Words used to announce structure, per locale. Keys and English defaults:
//   heading = "Section: {text}"      list = "A list of {n} items."
//   list_end = "End of list."        item = "{n}. {text}"   (unused if empty)
//   and = "and"                      title = "{text}"
struct SpeechStrings {
  std::map<std::string, std::string> values;
  std::string Get(const std::string& key) const;  // English default if missing
};

// Loads "key = value" lines (INI, '#' comments) into *out; a missing file is
// not an error (defaults apply).
Status LoadSpeechStrings(const std::string& path, SpeechStrings* out);

std::string WriteSpeechText(const doc::Document& doc, const SpeechStrings& strings);

}  // namespace folio::render

#endif  // FOLIO_RENDER_SPEECH_TEXT_H_
