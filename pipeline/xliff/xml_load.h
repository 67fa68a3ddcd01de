// The one loader for XML folio did not write: XLIFF from any tool, TMX, and
// every later format. In order it refuses a file over the format's size
// limit (before anything else is done with it), UTF-16 and UTF-32 (by byte
// order mark or by how "<?" is written; a format may instead take UTF-16
// with a BOM and convert it), invalid UTF-8, a <!DOCTYPE> or <!ENTITY> in
// the prolog (found by our own scan, so a DTD is refused even when it is
// malformed), what pugixml does not parse, and what pugixml lets through
// but XML 1.0 forbids (xml_wellformed.h). Every refusal has a location:
// pugixml's byte offsets become path:line:col (xml_util.h XmlLocator).
//
// It lives in xliff/ beside the locator and the well-formedness scan it
// uses, not in base/, because its result is a pugixml document and base/
// depends on nothing but the standard library and ICU.
#ifndef FOLIO_XLIFF_XML_LOAD_H_
#define FOLIO_XLIFF_XML_LOAD_H_

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "xliff/xml_util.h"

namespace folio::xliff {

// What a format's refusals say, and what the loader accepts for it.
struct XmlFormat {
  std::string_view name;       // "XLIFF", "TMX"
  std::string_view extension;  // ".xlf": for the iconv example
  size_t max_bytes;
  std::string_view max_text;          // max_bytes for people: "64 MiB"
  std::string_view too_large_advice;  // follows "... files larger than 64 MiB are refused"
  std::string_view damaged_advice;    // follows "the file may be truncated or damaged: "
  bool utf16_with_bom = false;        // convert UTF-16 with a byte order mark instead of refusing it
};

// Why a file was refused, for callers with their own words (the XLIFF 2
// conformance validator); the others take LoadUntrustedXml's Status.
struct XmlLoadError {
  enum class Kind { kTooLarge, kWideEncoding, kInvalidUtf8, kDoctype, kNotWellFormed };
  Kind kind = Kind::kNotWellFormed;
  size_t offset = 0;   // in the UTF-8 that was parsed; 0 for size and encoding
  std::string detail;  // the size in bytes ("more than N" when unknown), the encoding ("UTF-16LE"),
                       // CheckUtf8's whole message, or the parser's or the scan's description
};

// A loaded document with the UTF-8 it was parsed from and its locator.
class XmlInput {
 public:
  XmlInput() = default;
  XmlInput(const XmlInput&) = delete;
  XmlInput& operator=(const XmlInput&) = delete;

  const pugi::xml_document& document() const { return document_; }
  pugi::xml_node root() const { return document_.document_element(); }
  // Valid once a load got past the encoding checks (always when it succeeded).
  const XmlLocator& locator() const { return *locator_; }
  std::string_view utf8() const { return utf8_; }

 private:
  friend bool LoadUntrustedXml(std::string_view, const std::string&, const XmlFormat&, XmlInput*, XmlLoadError*);
  std::string converted_;  // the UTF-8 of a UTF-16 input
  std::string_view utf8_;
  std::optional<XmlLocator> locator_;
  pugi::xml_document document_;
};

// Loads `bytes` (the file at `path`) into *out, keeping whitespace-only text
// (the space between two inline codes). `bytes` must outlive *out. Returns
// false with the first refusal in *error; *out is then unspecified, except
// that its locator is set for every refusal after the encoding checks.
bool LoadUntrustedXml(std::string_view bytes, const std::string& path, const XmlFormat& format, XmlInput* out,
                      XmlLoadError* error);

// The same with the refusal as "path:line:col: what; what to do" in
// `format`'s words.
Status LoadUntrustedXml(std::string_view bytes, const std::string& path, const XmlFormat& format, XmlInput* out);

// `error` in `format`'s words; `locator` maps its offset (nullptr: 1:1).
Status XmlLoadStatus(const XmlLoadError& error, const std::string& path, const XmlFormat& format,
                     const XmlLocator* locator);

// The encoding `bytes` announce by a byte order mark or by how "<?" is
// written, when it is UTF-16 or UTF-32 ("UTF-16LE"...); "" otherwise.
std::string WideEncoding(std::string_view bytes);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XML_LOAD_H_
