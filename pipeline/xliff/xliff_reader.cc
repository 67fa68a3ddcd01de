#include "xliff/xliff_reader.h"

#include <pugixml.hpp>


#include "base/file_io.h"
#include "base/text.h"
#include "xliff/xliff12_reader.h"
#include "xliff/xliff2_names.h"
#include "xliff/xliff2_reader.h"
#include "xliff/xml_util.h"
#include "xliff/xml_wellformed.h"

namespace folio::xliff {

namespace {

// No parse_doctype: FindDoctype has already refused any DTD, and pugixml
// never expands entities beyond the five predefined ones. parse_ws_pcdata
// keeps whitespace-only text such as the space between two <pc>s.
constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_ws_pcdata;

constexpr char kExportAgain[] =
    "export the file from your translation tool as XLIFF 2.1 (or 2.0 or 1.2)";

Status ReadRoot(const pugi::xml_node& root, const XmlLocator& locator, XliffFile* out) {
  std::string ns = NamespaceOf(root);
  std::string version = root.attribute("version").value();
  SourceLocation where = locator.At(root);
  if (LocalName(root) != "xliff")
    return Status::At(where, "not an XLIFF file (the root element is <" + std::string(root.name()) +
                                 ">, not <xliff>); choose the .xlf file your translation tool exported");
  out->version = version;
  out->where = where;
  // The 1.2 namespace decides, whatever the version attribute says: tools
  // write "1.2" there, and the schema allows nothing else.
  if (ns == kXliff12Namespace) return ReadXliff12(root, locator, out);
  if (ns.empty() && version.starts_with("1."))
    return Status::At(where, "XLIFF " + version +
                                 " without the XLIFF 1.2 namespace is not supported (xmlns=\"" +
                                 std::string(kXliff12Namespace) + "\" is missing); " +
                                 kExportAgain);
  if (ns == kXliff2Namespace && (version == "2.0" || version == "2.1"))
    return ReadXliff2(root, locator, out);
  if (ns == kXliff2Namespace || ns.starts_with(kXliffNamespacePrefix)) {
    std::string what = version.empty() ? "an XLIFF file without a version attribute"
                                       : "XLIFF version " + version;
    return Status::At(where, what + " is not supported (folio reads 1.2, 2.0 and 2.1); " + kExportAgain);
  }
  return Status::At(where, "<xliff> is not in an XLIFF namespace (xmlns=\"" + ns +
                               "\"; XLIFF 2 uses \"" + std::string(kXliff2Namespace) + "\"); " +
                               kExportAgain);
}

Status TooLarge(const std::string& path, const std::string& size) {
  return Status::At({path, 1, 1}, "the file has " + size +
                                      " bytes; XLIFF files larger than 64 MiB are refused (an article's "
                                      "XLIFF is far smaller): check that this is the right file");
}

// The encoding a file announces by its byte order mark or by how "<?" is
// written, when that is UTF-16 or UTF-32; "" otherwise.
std::string WideEncoding(std::string_view b) {
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv) || starts("\x00\x00\x00<"sv)) return "UTF-32BE";
  if (starts("\xFF\xFE\x00\x00"sv) || starts("<\x00\x00\x00"sv)) return "UTF-32LE";
  if (starts("\xFE\xFF"sv) || starts("\x00<\x00?"sv)) return "UTF-16BE";
  if (starts("\xFF\xFE"sv) || starts("<\x00?\x00"sv)) return "UTF-16LE";
  return "";
}

}  // namespace

Status LoadXliffFile(const std::string& path, std::string* bytes, XliffFile* out, Env* env) {
  *out = XliffFile();
  out->path = path;
  bool too_large = false;
  FOLIO_RETURN_IF_ERROR(env->ReadFileAtMost(path, kMaxXliffBytes, bytes, &too_large));
  if (too_large) {
    uint64_t size = 0;
    bool known = env->GetFileSize(path, &size).ok();
    return TooLarge(path, !known ? "more than " + std::to_string(kMaxXliffBytes) : std::to_string(size));
  }
  return ReadXliff(*bytes, path, out);
}

Status ReadXliff(std::string_view bytes, const std::string& path, XliffFile* out) {
  *out = XliffFile();
  out->path = path;
  if (bytes.size() > kMaxXliffBytes) return TooLarge(path, std::to_string(bytes.size()));
  if (std::string wide = WideEncoding(bytes); !wide.empty())
    return Status::At({path, 1, 1}, "the file is encoded in " + wide +
                                        "; folio reads XLIFF in UTF-8 only: save or export it as UTF-8 "
                                        "(for example: iconv -f " + wide + " -t UTF-8 FILE > FILE.utf8.xlf) "
                                        "and import that");
  FOLIO_RETURN_IF_ERROR(CheckUtf8(bytes, path));
  XmlLocator locator(bytes, path);
  size_t doctype;
  if (FindDoctype(bytes, &doctype))
    return Status::At(locator.At(doctype),
                      "XLIFF files must not contain a DTD or entity declarations (they could read "
                      "local files or expand without bound); remove the <!DOCTYPE> and try again");
  pugi::xml_document xml;
  XmlSyntaxError bad;
  if (!LoadUntrustedXml(bytes, kParseFlags, &xml, &bad))
    return Status::At(locator.At(bad.offset),
                      "not well-formed XML (" + bad.what +
                          "); the file may be truncated or damaged: re-export it from your "
                          "translation tool");
  Status s = ReadRoot(xml.document_element(), locator, out);
  if (!s.ok()) {
    *out = XliffFile();
    out->path = path;
  }
  return s;
}

}  // namespace folio::xliff
