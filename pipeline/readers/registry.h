// Readers by table (pandoc's Readers.hs): every article format folio reads,
// with the file extensions that select it. Adding a format is adding a
// reader file beside plain_text.cc and one row in registry.cc.
#ifndef FOLIO_READERS_REGISTRY_H_
#define FOLIO_READERS_REGISTRY_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/status.h"
#include "doc/document.h"

namespace folio::readers {

// Reads `bytes` (the article file at `path`, used in messages) into *out:
// blocks with one Segment per unit holding its whole text, as ReadPlainText
// documents it; segmentation and ids come later (segment/). Errors are
// "path:line:col: ..."; non-fatal oddities go to *warnings (may be null).
using ReadFn = Status (*)(std::string bytes, const std::string& path, doc::Document* out, Diagnostics* warnings);

struct Reader {
  const char* format;                   // "text": what `format =` in folio.ini says
  std::vector<const char*> extensions;  // ".txt": lower case, with the dot
  const char* description;              // one line, for --help and messages
  ReadFn read;
};

// Every reader, in the order the README lists them.
const std::vector<Reader>& Readers();

// The reader named `format` ("text"), or nullptr.
const Reader* ReaderForFormat(std::string_view format);

// The reader for `path`'s extension (case-insensitive); the plain-text reader
// for an extension no reader claims, as folio has always read articles.
const Reader& ReaderForPath(std::string_view path);

// "text, ..." for messages.
std::string FormatNames();

}  // namespace folio::readers

#endif  // FOLIO_READERS_REGISTRY_H_
