#include "xliff/xml_load.h"

#include <unicode/unistr.h>

#include "base/text.h"
#include "xliff/xml_wellformed.h"

namespace folio::xliff {

namespace {

// No parse_doctype: FindDoctype has already refused any DTD, and pugixml
// never expands entities beyond the five predefined ones. parse_ws_pcdata
// keeps whitespace-only text such as the space between two <pc>s.
constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_ws_pcdata;

// Trados writes TMX in UTF-16; everything after the loader works on UTF-8.
void Utf16ToUtf8(std::string_view bytes, bool little, std::string* out) {
  std::u16string units;
  for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
    auto lo = static_cast<unsigned char>(bytes[i + (little ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(bytes[i + (little ? 1 : 0)]);
    units.push_back(static_cast<char16_t>(lo | (hi << 8)));
  }
  out->clear();
  icu::UnicodeString(units.data(), static_cast<int32_t>(units.size())).toUTF8String(*out);
}

bool Fail(XmlLoadError::Kind kind, size_t offset, std::string detail, XmlLoadError* error) {
  error->kind = kind;
  error->offset = offset;
  error->detail = std::move(detail);
  return false;
}

}  // namespace

std::string WideEncoding(std::string_view b) {
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv) || starts("\x00\x00\x00<"sv)) return "UTF-32BE";
  if (starts("\xFF\xFE\x00\x00"sv) || starts("<\x00\x00\x00"sv)) return "UTF-32LE";
  if (starts("\xFE\xFF"sv) || starts("\x00<\x00?"sv)) return "UTF-16BE";
  if (starts("\xFF\xFE"sv) || starts("<\x00?\x00"sv)) return "UTF-16LE";
  return "";
}

bool LoadUntrustedXml(std::string_view bytes, const std::string& path, const XmlFormat& format, XmlInput* out,
                      XmlLoadError* error) {
  using Kind = XmlLoadError::Kind;
  if (bytes.size() > format.max_bytes) return Fail(Kind::kTooLarge, 0, std::to_string(bytes.size()), error);
  out->utf8_ = bytes;
  if (std::string wide = WideEncoding(bytes); !wide.empty()) {
    bool bom = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
    if (!format.utf16_with_bom || !bom || !wide.starts_with("UTF-16")) return Fail(Kind::kWideEncoding, 0, wide, error);
    Utf16ToUtf8(bytes, wide == "UTF-16LE", &out->converted_);
    out->utf8_ = out->converted_;
  }
  std::string_view utf8 = out->utf8_;
  if (Status s = CheckUtf8(utf8, path); !s.ok()) return Fail(Kind::kInvalidUtf8, 0, s.message(), error);
  out->locator_.emplace(utf8, path);
  size_t doctype;
  if (FindDoctype(utf8, &doctype)) return Fail(Kind::kDoctype, doctype, "", error);
  // pugixml first: where it refuses, its messages are the ones users and
  // tests already know; the scan then runs only on what it accepted.
  pugi::xml_parse_result parsed =
      out->document_.load_buffer(utf8.data(), utf8.size(), kParseFlags, pugi::encoding_utf8);
  if (!parsed) return Fail(Kind::kNotWellFormed, static_cast<size_t>(parsed.offset), parsed.description(), error);
  XmlSyntaxError bad;
  if (!CheckWellFormedXml(utf8, &bad)) return Fail(Kind::kNotWellFormed, bad.offset, bad.what, error);
  return true;
}

Status XmlLoadStatus(const XmlLoadError& e, const std::string& path, const XmlFormat& f, const XmlLocator* locator) {
  using Kind = XmlLoadError::Kind;
  SourceLocation where = locator != nullptr ? locator->At(e.offset) : SourceLocation{path, 1, 1};
  std::string name(f.name);
  switch (e.kind) {
    case Kind::kTooLarge:
      return Status::At({path, 1, 1}, "the file has " + e.detail + " bytes; " + name + " files larger than " +
                                          std::string(f.max_text) + " are refused" + std::string(f.too_large_advice));
    case Kind::kWideEncoding:
      return Status::At({path, 1, 1}, "the file is encoded in " + e.detail + "; folio reads " + name +
                                          " in UTF-8 only: save or export it as UTF-8 (for example: iconv -f " +
                                          e.detail + " -t UTF-8 FILE > FILE.utf8" + std::string(f.extension) +
                                          ") and import that");
    case Kind::kInvalidUtf8:
      return Status::InvalidInput(e.detail);
    case Kind::kDoctype:
      return Status::At(where, name +
                                   " files must not contain a DTD or entity declarations (they could read "
                                   "local files or expand without bound); remove the <!DOCTYPE> and try again");
    case Kind::kNotWellFormed:
      return Status::At(where, "not well-formed XML (" + e.detail +
                                   "); the file may be truncated or damaged: " + std::string(f.damaged_advice));
  }
  return Status::InvalidInput(e.detail);
}

Status LoadUntrustedXml(std::string_view bytes, const std::string& path, const XmlFormat& format, XmlInput* out) {
  XmlLoadError error;
  if (LoadUntrustedXml(bytes, path, format, out, &error)) return Status::Ok();
  bool located = error.kind == XmlLoadError::Kind::kDoctype || error.kind == XmlLoadError::Kind::kNotWellFormed;
  return XmlLoadStatus(error, path, format, located ? &out->locator() : nullptr);
}

}  // namespace folio::xliff
