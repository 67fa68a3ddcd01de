// The package document (EPUB 3.3 "package.opf") and its accessibility
// metadata (EPUB Accessibility 1.1, schema.org properties).
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <vector>

#include "base/clock.h"
#include "base/locale_info.h"
#include "base/text.h"
#include "base/xml_escape.h"
#include "epub/internal.h"
#include "render/xml_text.h"

namespace folio::epub::internal {

namespace {

using doc::Block;
using doc::BlockKind;

// The unit's text, else the metadata value (in the source language).
ShownText MetaText(const doc::Document& doc, BlockKind kind, const std::string& meta_value,
                   const render::Edition& edition) {
  ShownText shown;
  if (!ShownUnitText(doc, kind, edition, &shown)) shown = {meta_value, doc.source_language};
  return shown;
}

Status IcuError(const std::string& key, UErrorCode code, const UParseError* parse) {
  std::string where;
  if (parse && parse->offset >= 0) where = " at offset " + std::to_string(parse->offset);
  return Status::InvalidInput("UI string " + key + ": not a valid ICU MessageFormat pattern (" + u_errorName(code) +
                              where + "); fix it in the edition's strings");
}

// Formats an ICU MessageFormat pattern with named arguments.
Status Format(const std::string& key, const std::string& pattern, const std::string& locale_tag,
              const std::vector<std::pair<std::string, icu::Formattable>>& args, std::string* out) {
  UErrorCode code = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(locale_tag, code);
  if (U_FAILURE(code)) {
    code = U_ZERO_ERROR;
    locale = icu::Locale::getRoot();
  }
  UParseError parse{};
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), locale, parse, code);
  if (U_FAILURE(code)) return IcuError(key, code, &parse);
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    values.push_back(value);
  }
  icu::UnicodeString result;
  format.format(names.data(), values.data(), static_cast<int32_t>(names.size()), result, code);
  if (U_FAILURE(code)) return IcuError(key, code, nullptr);
  out->clear();
  result.toUTF8String(*out);
  return Status::Ok();
}

// The name of `language` in the language `in_language` ("en" in "fr" ->
// "anglais"); ICU gives the tag back when it knows no name.
std::string LanguageName(const std::string& language, const std::string& in_language) {
  UErrorCode code = U_ZERO_ERROR;
  icu::Locale subject = icu::Locale::forLanguageTag(language, code);
  icu::Locale display = icu::Locale::forLanguageTag(in_language, code);
  if (U_FAILURE(code)) return language;
  icu::UnicodeString name;
  subject.getDisplayLanguage(display, name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? language : out;
}

// What the edition contains, as the accessibility metadata states it. Each
// value follows from the content document, the stylesheet or the input.
struct Accessibility {
  std::vector<std::string> access_modes;
  std::vector<std::string> sufficient;
  std::vector<std::string> features;
  std::vector<std::string> hazards;
  std::string summary;
  std::string summary_attributes;  // xml:lang/dir when the summary is in English as a fallback
};

Status DescribeAccessibility(const EpubInput& in, const Prepared& p, Accessibility* out) {
  const ContentFacts& c = p.content;
  Accessibility a;
  bool visual = c.images > 0 || c.has_svg;
  a.access_modes = {"textual"};
  if (visual) a.access_modes.push_back("visual");
  // Text alone suffices unless an image has no text alternative at all.
  if (!visual || c.images_without_alt == 0) a.sufficient.push_back("textual");
  if (visual) a.sufficient.push_back("textual,visual");

  int sections = static_cast<int>(c.sections.size());
  if (c.images_with_text_alt > 0 && c.images_without_alt == 0) a.features.push_back("alternativeText");
  if (LeavesDisplayToReader(Stylesheet())) a.features.push_back("displayTransformability");
  // One content document, in the spine in the order it is read.
  a.features.push_back("readingOrder");
  if (sections > 0) {
    a.features.push_back("structuralNavigation");
    // The navigation document always has a toc, but one that only links to
    // the start is not a table of contents worth announcing.
    a.features.push_back("tableOfContents");
  }
  // Text cannot flash, move or sound; images and scripts could, and folio
  // does not inspect them.
  if (visual || c.has_script) {
    a.hazards = {"unknown"};
  } else {
    a.hazards = {"none"};
  }

  static const char* const kSummaryKeys[] = {"a11y_summary", "a11y_summary_sections", "a11y_summary_untranslated",
                                             "a11y_summary_verified", "a11y_summary_unverified"};
  bool localized = true;
  for (const char* key : kSummaryKeys) localized = localized && in.strings.count(key) > 0;
  std::string language = localized ? p.edition.html_lang : "en";
  auto pattern = [&](const char* key) { return localized ? in.strings.at(key) : DefaultStrings().at(key); };
  std::vector<std::string> sentences;
  std::string s;
  FOLIO_RETURN_IF_ERROR(Format("a11y_summary", pattern("a11y_summary"), language, {}, &s));
  sentences.push_back(s);
  if (sections > 0) {
    FOLIO_RETURN_IF_ERROR(Format("a11y_summary_sections", pattern("a11y_summary_sections"), language,
                                 {{"sections", icu::Formattable(sections)}}, &s));
    sentences.push_back(s);
  }
  if (p.edition.translated && in.untranslated > 0) {
    std::string name = LanguageName(in.doc->source_language, language);
    FOLIO_RETURN_IF_ERROR(Format("a11y_summary_untranslated", pattern("a11y_summary_untranslated"), language,
                                 {{"count", icu::Formattable(in.untranslated)},
                                  {"language", icu::Formattable(icu::UnicodeString::fromUTF8(name))}},
                                 &s));
    sentences.push_back(s);
  }
  if (in.conformance_verified) {
    FOLIO_RETURN_IF_ERROR(Format("a11y_summary_verified", pattern("a11y_summary_verified"), language, {}, &s));
    sentences.push_back(s);
  } else if (in.conformance_problems > 0) {
    FOLIO_RETURN_IF_ERROR(
        Format("a11y_summary_unverified", pattern("a11y_summary_unverified"), language,
               {{"count", icu::Formattable(in.conformance_problems)},
                {"criteria", icu::Formattable(icu::UnicodeString::fromUTF8(in.conformance_criteria))}},
               &s));
    sentences.push_back(s);
  }
  std::string separator = GetLocaleInfo(language).spaces_between_sentences ? " " : "";
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) a.summary += separator;
    a.summary += std::string(Trim(sentences[i]));
  }
  a.summary_attributes = localized ? "" : EnglishAttributes(p.edition, /*html=*/false);
  *out = std::move(a);
  return Status::Ok();
}

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
  return out;
}

}  // namespace

bool ShownUnitText(const doc::Document& doc, BlockKind kind, const render::Edition& edition, ShownText* out) {
  for (const Block& b : doc.blocks) {
    if (b.kind != kind || b.segments.empty()) continue;
    bool all_fell_back = true;
    std::string text;
    for (size_t i = 0; i < b.segments.size(); ++i) {
      bool fell_back = false;
      text += render::ShownFragment(b.segments[i], edition, &fell_back).PlainText();
      all_fell_back = all_fell_back && fell_back;
      if (i + 1 < b.segments.size()) text += render::SeparatorAfter(b.segments[i], fell_back, edition);
    }
    out->text = text;
    out->language = all_fell_back ? doc.source_language : edition.html_lang;
    return true;
  }
  return false;
}

Status PackageXml(const EpubInput& in, const Prepared& p, std::string* out) {
  const doc::Document& doc = *in.doc;
  const doc::Meta& meta = doc.meta;
  const render::Edition& edition = p.edition;

  ShownText title = MetaText(doc, BlockKind::kTitle, meta.title, edition);
  if (Trim(title.text).empty())
    return Status::InvalidInput(
        "the document has no title, and an EPUB needs one; set title = in the article's metadata");
  ShownText description = MetaText(doc, BlockKind::kDescription, meta.description, edition);
  int64_t unused;
  if (!meta.date.empty() && !ParseIsoDate(meta.date, &unused))
    return Status::InvalidInput("metadata date \"" + meta.date +
                                "\" is not YYYY-MM-DD; fix date = in the article's metadata");
  if (in.conformance_verified && Trim(in.certified_by).empty())
    return Status::InvalidInput("a conformance claim needs the name of who checked the edition (certified_by)");
  Accessibility a11y;
  FOLIO_RETURN_IF_ERROR(DescribeAccessibility(in, p, &a11y));

  // Metadata values that are not translated (subjects, rights) are in the
  // source language.
  auto source_lang = [&] { return LanguageAttributes(doc.source_language, edition, /*html=*/false); };
  auto text_lang = [&](const std::string& language) { return LanguageAttributes(language, edition, false); };

  Lines x;
  x.Add(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  x.Add(0, "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"" +
               XmlEscape(edition.html_lang, true) + "\" dir=\"" + (edition.locale.rtl ? "rtl" : "ltr") + "\">");
  x.Add(1, "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
  x.Add(2, "<dc:identifier id=\"pub-id\">" + render::XmlText(p.identifier) + "</dc:identifier>");
  x.Add(2, "<dc:title" + text_lang(title.language) + ">" + render::XmlText(title.text) + "</dc:title>");
  x.Add(2, "<dc:language>" + render::XmlText(edition.html_lang) + "</dc:language>");
  if (!meta.author.empty()) x.Add(2, "<dc:creator>" + render::XmlText(meta.author) + "</dc:creator>");
  if (!meta.publisher.empty()) x.Add(2, "<dc:publisher>" + render::XmlText(meta.publisher) + "</dc:publisher>");
  if (!meta.date.empty()) x.Add(2, "<dc:date>" + render::XmlText(meta.date) + "</dc:date>");
  if (!Trim(description.text).empty())
    x.Add(2, "<dc:description" + text_lang(description.language) + ">" + render::XmlText(description.text) +
                 "</dc:description>");
  for (const std::string& subject : meta.subjects)
    x.Add(2, "<dc:subject" + source_lang() + ">" + render::XmlText(subject) + "</dc:subject>");
  if (!meta.rights.empty())
    x.Add(2, "<dc:rights" + source_lang() + ">" + render::XmlText(meta.rights) + "</dc:rights>");
  // A translation names the edition it was translated from.
  if (edition.translated) x.Add(2, "<dc:source>" + render::XmlText(meta.identifier) + "</dc:source>");
  x.Add(2, "<meta property=\"dcterms:modified\">" + FormatUtc(in.modified_epoch) + "</meta>");
  for (const std::string& v : a11y.access_modes) x.Add(2, "<meta property=\"schema:accessMode\">" + v + "</meta>");
  for (const std::string& v : a11y.sufficient)
    x.Add(2, "<meta property=\"schema:accessModeSufficient\">" + v + "</meta>");
  for (const std::string& v : a11y.features)
    x.Add(2, "<meta property=\"schema:accessibilityFeature\">" + v + "</meta>");
  for (const std::string& v : a11y.hazards) x.Add(2, "<meta property=\"schema:accessibilityHazard\">" + v + "</meta>");
  x.Add(2, "<meta property=\"schema:accessibilitySummary\"" + a11y.summary_attributes + ">" +
               render::XmlText(a11y.summary) + "</meta>");
  if (in.conformance_verified) {
    x.Add(2, "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>");
    x.Add(2, "<meta property=\"a11y:certifiedBy\">" + render::XmlText(in.certified_by) + "</meta>");
  }
  x.Add(1, "</metadata>");

  std::vector<std::string> content_properties;
  if (p.content.has_mathml) content_properties.push_back("mathml");
  if (p.content.has_script) content_properties.push_back("scripted");
  if (p.content.has_svg) content_properties.push_back("svg");
  std::string properties = content_properties.empty() ? "" : " properties=\"" + Join(content_properties, " ") + "\"";
  x.Add(1, "<manifest>");
  x.Add(2, "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>");
  x.Add(2, "<item id=\"content\" href=\"" + XmlEscape(in.content_name, true) +
               "\" media-type=\"application/xhtml+xml\"" + properties + "/>");
  x.Add(2, "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>");
  x.Add(1, "</manifest>");
  x.Add(1, edition.locale.rtl ? "<spine page-progression-direction=\"rtl\">" : "<spine>");
  x.Add(2, "<itemref idref=\"content\"/>");
  // The landmarks link to the toc inside nav.xhtml, and a link may only
  // point into a spine item; linear="no" keeps it out of the reading order.
  x.Add(2, "<itemref idref=\"nav\" linear=\"no\"/>");
  x.Add(1, "</spine>");
  x.Add(0, "</package>");
  *out = x.Take();
  return Status::Ok();
}

}  // namespace folio::epub::internal
