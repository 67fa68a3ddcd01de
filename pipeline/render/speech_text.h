// Screen-reader-friendly text: what a screen reader or a text-to-speech
// voice should read, in the edition's language. No symbols read aloud (no
// '#', '*', bullets, '&'), headings and lists announced in words from
// per-locale strings, one paragraph per line, NFC, no invisible or bidi
// control characters.
#ifndef FOLIO_RENDER_SPEECH_TEXT_H_
#define FOLIO_RENDER_SPEECH_TEXT_H_

#include <map>
#include <string>

#include "base/env.h"
#include "base/status.h"
#include "doc/document.h"

namespace folio::render {

// Words used to announce structure, per locale (locales/<tag>/speech.ini).
// Values are ICU MessageFormat patterns with the named arguments in [];
// a pattern given in `values` formats numbers and plurals in the edition's
// locale, an English default in English. Keys and English defaults:
//   title    [text]    "{text}"
//   heading  [text]    "Section: {text}."
//   list     [n]       "{n, plural, one {A list of one item.} other {A list of # items.}}"
//   item     [n text]  "{text}"        (n counts items from 1)
//   list_end []        "End of list."
//   and      (a plain word, not a pattern) "and": replaces '&'
// Punctuation right after {text} is dropped when the text already ends a
// sentence ("Section: Why?" not "Section: Why?."). An empty list or list_end
// announces nothing; an empty title, heading or item reads the text alone.
struct SpeechStrings {
  std::map<std::string, std::string> values;
  std::string Get(const std::string& key) const;  // English default if missing
};

// Loads "key = value" lines (UTF-8 INI; lines starting with '#' or ';' are
// comments, '#' inside a value is kept) into *out: keys found replace those
// in *out, others are left alone. A missing file is not an error (defaults
// apply). A line without '=', an unknown key, a pattern ICU cannot parse, an
// unknown argument or a title/heading/item pattern without {text} is an error
// "path:line:col: ..."; *out is then unchanged. The file is read through `env`.
Status LoadSpeechStrings(const std::string& path, SpeechStrings* out, Env* env = Env::Default());

// The title (title block in the edition's language, else meta.title), then
// every block but the description, blocks separated by a blank line. A
// paragraph is one line; segments show their target, else their source, and
// are joined by their space_after (nothing after a translated segment in a
// language without spaces between sentences). A list is its announcement,
// one line per item and its end. Inline codes are dropped, their text kept.
// '&' becomes " and " (no spaces in ja, zh, th ...; an untranslated English
// sentence keeps the English "and"); '#', '*', bullet characters and a
// leading "- " are dropped; invisible and bidi controls (U+200B..U+200F,
// U+202A..U+202E, U+2060..U+2069, U+FEFF, U+00AD, U+061C, C0/C1 controls)
// are stripped, also from the patterns. NFC; ends with a newline unless empty.
std::string WriteSpeechText(const doc::Document& doc, const SpeechStrings& strings);

// The same reading as W3C SSML 1.1 for text-to-speech engines: <speak
// xml:lang>, one <p xml:id=unit id> per unit and one <s xml:id=segment id>
// per sentence (fallback sentences carry the source xml:lang), breaks
// before and after headings and after list items.
std::string WriteSsml(const doc::Document& doc, const SpeechStrings& strings);

}  // namespace folio::render

#endif  // FOLIO_RENDER_SPEECH_TEXT_H_
