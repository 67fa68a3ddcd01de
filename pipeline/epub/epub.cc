#include "epub/epub.h"

#include <cctype>
#include <vector>

#include "base/locale_info.h"
#include "base/text.h"
#include "base/xml_escape.h"
#include "epub/internal.h"
#include "epub/ocf_zip.h"
#include "epub/uuid.h"

namespace folio::epub {

namespace {

bool IsPlainXhtmlName(const std::string& name) {
  if (name.size() <= 6 || name.compare(name.size() - 6, 6, ".xhtml") != 0) return false;
  if (name == "nav.xhtml") return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return false;
  return name[0] != '.';
}

// The content document as packaged: with a link to our stylesheet when the
// renderer did not add one. Inserted as text so that the renderer's bytes
// are otherwise kept as they are.
std::string WithStylesheetLink(const std::string& xhtml, const ContentFacts& facts) {
  if (facts.has_stylesheet_link) return xhtml;
  std::string link = "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>";
  size_t head_end = xhtml.find("</head>");
  if (head_end == std::string::npos) {  // Prepare() saw a head, so it is <head/>
    std::string out = xhtml;
    size_t empty_head = out.find("<head/>");
    if (empty_head != std::string::npos) out.replace(empty_head, 7, "<head>" + link + "</head>");
    return out;
  }
  size_t line_start = xhtml.rfind('\n', head_end);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string indent;
  for (size_t i = line_start; i < head_end && xhtml[i] == ' '; ++i) indent += ' ';
  bool own_line = indent.size() == head_end - line_start;
  std::string out = xhtml;
  if (own_line) {
    out.insert(line_start, indent + "  " + link + "\n");
  } else {
    out.insert(head_end, link);
  }
  return out;
}

}  // namespace

const std::map<std::string, std::string>& DefaultStrings() {
  static const auto* strings = new std::map<std::string, std::string>{
      {"toc_title", "Contents"},
      {"landmarks_title", "Landmarks"},
      {"landmark_bodymatter", "Start of content"},
      {"a11y_summary",
       "This edition is a single article in text form; its fonts, text size, colours and "
       "spacing follow the reading system’s settings."},
      {"a11y_summary_sections",
       "{sections, plural, one {A table of contents and a heading lead to its one section.} "
       "other {A table of contents and headings lead to each of its # sections.}}"},
      {"a11y_summary_untranslated",
       "{count, plural, one {# passage is in {language} because it is not translated yet.} "
       "other {# passages are in {language} because they are not translated yet.}}"},
      {"a11y_summary_verified", "It meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA."},
      {"a11y_summary_unverified",
       "{count, plural, one {Automated accessibility checks found # problem (WCAG {criteria}), so it makes no "
       "conformance claim.} other {Automated accessibility checks found # problems (WCAG {criteria}), so it "
       "makes no conformance claim.}}"},
  };
  return *strings;
}

Status EditionIdentifier(const doc::Document& doc, std::string* out) {
  const std::string& id = doc.meta.identifier;
  if (Trim(id).empty())
    return Status::InvalidInput(
        "the metadata has no identifier, and an EPUB needs one; add identifier = "
        "urn:uuid:<a UUID> to the article's metadata");
  if (doc.target_language.empty()) {
    *out = id;
    return Status::Ok();
  }
  Uuid name_space;
  std::string_view view = id;
  if (!(Lower(view.substr(0, 9)) == "urn:uuid:" && ParseUuid(view.substr(9), &name_space)))
    name_space = NameBasedUuid(UrlNamespace(), id);
  *out = "urn:uuid:" + FormatUuid(NameBasedUuid(name_space, Lower(doc.target_language)));
  return Status::Ok();
}

std::string ContainerXml() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\">\n"
         "  <rootfiles>\n"
         "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
         "  </rootfiles>\n"
         "</container>\n";
}

namespace internal {

Status Prepare(const EpubInput& in, Prepared* out) {
  if (in.doc == nullptr) return Status::InvalidInput("EpubInput.doc is null; pass the edition's document");
  if (in.modified_epoch < 0)
    return Status::InvalidInput("EpubInput.modified_epoch is not set; pass folio::BuildEpoch(<the metadata date>)");
  if (!IsPlainXhtmlName(in.content_name))
    return Status::InvalidInput("content name \"" + in.content_name +
                                "\" is not a plain file name ending in .xhtml (nor nav.xhtml); "
                                "use a name such as article.xhtml");
  Prepared p;
  p.edition = render::GetEdition(*in.doc);
  if (p.edition.html_lang.empty())
    return Status::InvalidInput("the document has no language; set the source language (language = in the metadata)");
  FOLIO_RETURN_IF_ERROR(ReadContentFacts(in.content_xhtml, in.content_name, &p.content));
  if (!p.content.language.empty() && Lower(p.content.language) != Lower(p.edition.html_lang))
    return Status::InvalidInput(in.content_name + ": the content document is in \"" + p.content.language +
                                "\" but the edition is in \"" + p.edition.html_lang +
                                "\"; render the content for this edition");
  FOLIO_RETURN_IF_ERROR(EditionIdentifier(*in.doc, &p.identifier));
  *out = std::move(p);
  return Status::Ok();
}

UiString LookUp(const EpubInput& in, const std::string& key) {
  auto it = in.strings.find(key);
  if (it != in.strings.end()) return {it->second, false};
  return {DefaultStrings().at(key), true};
}

std::string LanguageAttributes(const std::string& language, const render::Edition& edition, bool html) {
  if (Lower(language) == Lower(edition.html_lang)) return "";
  std::string tag = XmlEscape(language, true);
  std::string s = html ? " lang=\"" + tag + "\" xml:lang=\"" + tag + "\"" : " xml:lang=\"" + tag + "\"";
  bool rtl = GetLocaleInfo(language).rtl;
  if (rtl != edition.locale.rtl) s += rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
  return s;
}

std::string EnglishAttributes(const render::Edition& edition, bool html) {
  if (edition.locale.language == "en") return "";
  return LanguageAttributes("en", edition, html);
}

}  // namespace internal

Status PackageDocument(const EpubInput& in, std::string* out) {
  internal::Prepared p;
  FOLIO_RETURN_IF_ERROR(internal::Prepare(in, &p));
  return internal::PackageXml(in, p, out);
}

Status NavDocument(const EpubInput& in, std::string* out) {
  internal::Prepared p;
  FOLIO_RETURN_IF_ERROR(internal::Prepare(in, &p));
  *out = internal::NavXml(in, p);
  return Status::Ok();
}

Status WriteEpub(const EpubInput& in, std::string* out) {
  internal::Prepared p;
  FOLIO_RETURN_IF_ERROR(internal::Prepare(in, &p));
  std::string package;
  FOLIO_RETURN_IF_ERROR(internal::PackageXml(in, p, &package));
  std::vector<ZipEntry> entries = {
      {"mimetype", "application/epub+zip", /*compress=*/false},
      {"META-INF/container.xml", ContainerXml()},
      {"EPUB/package.opf", std::move(package)},
      {"EPUB/nav.xhtml", internal::NavXml(in, p)},
      {"EPUB/" + in.content_name, WithStylesheetLink(in.content_xhtml, p.content)},
      {"EPUB/style.css", Stylesheet()},
  };
  return WriteZip(entries, in.modified_epoch, out);
}

}  // namespace folio::epub
