#include "xliff/xliff_reader.h"

#include <pugixml.hpp>

#include "base/file_io.h"
#include "base/text.h"
#include "xliff/xliff12_reader.h"
#include "xliff/xliff2_names.h"
#include "xliff/xliff2_reader.h"
#include "xliff/xml_load.h"
#include "xliff/xml_util.h"

namespace folio::xliff {

namespace {

const XmlFormat kXliffXml = {
    .name = "XLIFF",
    .extension = ".xlf",
    .max_bytes = kMaxXliffBytes,
    .max_text = "64 MiB",
    .too_large_advice = " (an article's XLIFF is far smaller): check that this is the right file",
    .damaged_advice = "re-export it from your translation tool"};

constexpr char kExportAgain[] = "export the file from your translation tool as XLIFF 2.1 (or 2.0 or 1.2)";

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
    return Status::At(where, "XLIFF " + version + " without the XLIFF 1.2 namespace is not supported (xmlns=\"" +
                                 std::string(kXliff12Namespace) + "\" is missing); " + kExportAgain);
  if (ns == kXliff2Namespace && (version == "2.0" || version == "2.1")) return ReadXliff2(root, locator, out);
  if (ns == kXliff2Namespace || ns.starts_with(kXliffNamespacePrefix)) {
    std::string what = version.empty() ? "an XLIFF file without a version attribute" : "XLIFF version " + version;
    return Status::At(where, what + " is not supported (folio reads 1.2, 2.0 and 2.1); " + kExportAgain);
  }
  return Status::At(where, "<xliff> is not in an XLIFF namespace (xmlns=\"" + ns + "\"; XLIFF 2 uses \"" +
                               std::string(kXliff2Namespace) + "\"); " + kExportAgain);
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
    XmlLoadError error;
    error.kind = XmlLoadError::Kind::kTooLarge;
    error.detail = !known ? "more than " + std::to_string(kMaxXliffBytes) : std::to_string(size);
    return XmlLoadStatus(error, path, kXliffXml, nullptr);
  }
  return ReadXliff(*bytes, path, out);
}

Status ReadXliff(std::string_view bytes, const std::string& path, XliffFile* out) {
  *out = XliffFile();
  out->path = path;
  XmlInput xml;
  FOLIO_RETURN_IF_ERROR(LoadUntrustedXml(bytes, path, kXliffXml, &xml));
  Status s = ReadRoot(xml.root(), xml.locator(), out);
  if (!s.ok()) {
    *out = XliffFile();
    out->path = path;
  }
  return s;
}

}  // namespace folio::xliff
