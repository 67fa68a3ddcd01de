#include "epub/epub.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "epub/test_books.h"

namespace folio::epub {
namespace {

using testing::Content;
using testing::Input;
using testing::kEpoch;

// The values of <meta property="`property`"> in document order, joined by "|".
std::string MetaValues(const std::string& opf, const std::string& property) {
  std::string open = "<meta property=\"" + property + "\"";
  std::string out;
  for (size_t at = opf.find(open); at != std::string::npos; at = opf.find(open, at + 1)) {
    size_t start = opf.find('>', at) + 1;
    size_t end = opf.find("</meta>", start);
    if (!out.empty()) out += "|";
    out += opf.substr(start, end - start);
  }
  return out;
}

// The whole line of `xml` that contains `needle`, without its indentation;
// "" when there is none.
std::string LineWith(const std::string& xml, const std::string& needle) {
  size_t at = xml.find(needle);
  if (at == std::string::npos) return "";
  size_t start = xml.rfind('\n', at) + 1;
  while (xml[start] == ' ') ++start;
  return xml.substr(start, xml.find('\n', at) - start);
}

// The text from the line holding `first` to the line holding `last`, both
// included, indentation kept.
std::string Between(const std::string& xml, const std::string& first, const std::string& last) {
  size_t a = xml.find(first);
  size_t b = xml.find(last, a);
  if (a == std::string::npos || b == std::string::npos) return "";
  a = xml.rfind('\n', a) + 1;
  return xml.substr(a, xml.find('\n', b) + 1 - a);
}

std::string Package(const EpubInput& in) {
  std::string out;
  Status st = PackageDocument(in, &out);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return out;
}

std::string Nav(const EpubInput& in) {
  std::string out;
  Status st = NavDocument(in, &out);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return out;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

// Book(lang) without its section headings, in the model and in the content.
EpubInput WithoutHeadings(const std::string& lang, doc::Document* d) {
  EpubInput in = Input(lang, d);
  std::erase_if(d->blocks, [](const doc::Block& b) { return b.kind == doc::BlockKind::kHeading; });
  std::string c = Content(lang);
  for (const char* id : {"h-physical", "h-release"}) {
    size_t h = c.find("<h2 id=\"" + std::string(id) + "\"");
    c.erase(c.rfind('\n', h) + 1, c.find('\n', h) - c.rfind('\n', h));
  }
  in.content_xhtml = c;
  return in;
}

// ---------------------------------------------------------------- identifier

TEST(EpubIdentifier, SourceEditionKeepsTheMetadataIdentifier) {
  doc::Document d = testing::Book("en");
  std::string id;
  ASSERT_TRUE(EditionIdentifier(d, &id).ok());
  EXPECT_EQ(id, "urn:uuid:5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70");
}

TEST(EpubIdentifier, TranslationGetsTheUuid5OfItsTagInTheSourceUuid) {
  // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70'), 'fr'))"
  std::string fr, ar;
  ASSERT_TRUE(EditionIdentifier(testing::Book("fr"), &fr).ok());
  ASSERT_TRUE(EditionIdentifier(testing::Book("ar"), &ar).ok());
  EXPECT_EQ(fr, "urn:uuid:fd512e38-cb32-5e17-ba47-5191ccc1b3b0");
  EXPECT_EQ(ar, "urn:uuid:92eafb55-875c-5ada-bf0c-666e6cfb8a02");
}

TEST(EpubIdentifier, TagCaseDoesNotChangeTheIdentifier) {
  doc::Document d = testing::Book("en");
  std::string upper, lower;
  d.target_language = "pt-BR";
  ASSERT_TRUE(EditionIdentifier(d, &upper).ok());
  d.target_language = "pt-br";
  ASSERT_TRUE(EditionIdentifier(d, &lower).ok());
  EXPECT_EQ(upper, "urn:uuid:207c36cf-9dd5-53aa-bdc2-1f4d056c880f");
  EXPECT_EQ(lower, upper);
}

TEST(EpubIdentifier, IdentifierThatIsNotAUuidIsHashedIntoTheUrlNamespace) {
  // ns = uuid5(NAMESPACE_URL, 'isbn:9780000000002'); uuid5(ns, 'fr')
  doc::Document d = testing::Book("fr");
  d.meta.identifier = "isbn:9780000000002";
  std::string id;
  ASSERT_TRUE(EditionIdentifier(d, &id).ok());
  EXPECT_EQ(id, "urn:uuid:d196508d-b0d1-55b5-b0ec-76bfe94fd0ef");
}

TEST(EpubIdentifier, MissingIdentifierIsAnError) {
  doc::Document d = testing::Book("fr");
  d.meta.identifier = " ";
  std::string id = "unchanged";
  Status st = EditionIdentifier(d, &id);
  EXPECT_EQ(st.message(),
            "the metadata has no identifier, and an EPUB needs one; add identifier = "
            "urn:uuid:<a UUID> to the article's metadata");
  EXPECT_EQ(id, "unchanged");
}

// ---------------------------------------------------------------- package

TEST(EpubPackage, DeclaresEpub3WithTheEditionsLanguageAndDirection) {
  doc::Document d;
  std::string opf = Package(Input("fr", &d));
  EXPECT_EQ(LineWith(opf, "<package "),
            "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" "
            "xml:lang=\"fr\" dir=\"ltr\">");
  EXPECT_EQ(LineWith(opf, "<dc:identifier"),
            "<dc:identifier id=\"pub-id\">urn:uuid:fd512e38-cb32-5e17-ba47-5191ccc1b3b0</dc:identifier>");
  EXPECT_EQ(LineWith(opf, "<dc:language"), "<dc:language>fr</dc:language>");
}

TEST(EpubPackage, RightToLeftEditionSetsDirAndPageProgression) {
  doc::Document d;
  std::string opf = Package(Input("ar", &d));
  EXPECT_EQ(LineWith(opf, "<package "),
            "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" "
            "xml:lang=\"ar\" dir=\"rtl\">");
  EXPECT_EQ(LineWith(opf, "<spine"), "<spine page-progression-direction=\"rtl\">");
}

TEST(EpubPackage, LeftToRightEditionsHaveNoPageProgressionDirection) {
  for (const char* lang : {"en", "fr"}) {
    doc::Document d;
    std::string opf = Package(Input(lang, &d));
    EXPECT_EQ(LineWith(opf, "<spine"), "<spine>") << lang;
    EXPECT_EQ(opf.find("page-progression-direction"), std::string::npos) << lang;
  }
}

TEST(EpubPackage, PseudoLocaleMirroredIsRightToLeft) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  d.target_language = "qps-plocm";
  // Pseudo-locales are tagged as private-use English (render/edition.h):
  // validators and reading systems know no "qps".
  in.content_xhtml = Replace(Content("en"), "lang=\"en\" xml:lang=\"en\" dir=\"ltr\"",
                             "lang=\"en-x-plocm\" xml:lang=\"en-x-plocm\" dir=\"rtl\"");
  std::string opf = Package(in);
  EXPECT_EQ(LineWith(opf, "<spine"), "<spine page-progression-direction=\"rtl\">");
  EXPECT_NE(opf.find("xml:lang=\"en-x-plocm\" dir=\"rtl\">"), std::string::npos);
}

TEST(EpubPackage, ModifiedIsTheEpochInUtc) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  EXPECT_EQ(MetaValues(Package(in), "dcterms:modified"), "2026-11-02T09:30:15Z");
  in.modified_epoch = 0;
  EXPECT_EQ(MetaValues(Package(in), "dcterms:modified"), "1970-01-01T00:00:00Z");
}

TEST(EpubPackage, MetadataComesFromTheDocumentAndTitleAndDescriptionAreTranslated) {
  doc::Document d;
  std::string opf = Package(Input("fr", &d));
  EXPECT_EQ(Between(opf, "<dc:title", "<dc:source"),
            "    <dc:title>Pleurer après l’amour : ce que votre âme essaie de vous dire</dc:title>\n"
            "    <dc:language>fr</dc:language>\n"
            "    <dc:creator>Anonymous</dc:creator>\n"
            "    <dc:publisher>Folio Sample Editions</dc:publisher>\n"
            "    <dc:date>2026-11-01</dc:date>\n"
            "    <dc:description>Pleurer après l’amour est courant.</dc:description>\n"
            "    <dc:subject xml:lang=\"en\">Sexuality</dc:subject>\n"
            "    <dc:subject xml:lang=\"en\">Emotions</dc:subject>\n"
            "    <dc:rights xml:lang=\"en\">© 2026 Folio Sample Editions. All rights reserved.</dc:rights>\n"
            "    <dc:source>urn:uuid:5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70</dc:source>\n");
}

TEST(EpubPackage, SourceEditionMarksNoLanguageAndNamesNoSource) {
  doc::Document d;
  std::string opf = Package(Input("en", &d));
  EXPECT_EQ(LineWith(opf, "<dc:title"), "<dc:title>Tears After Sex: What Your Soul Is Trying to Tell You</dc:title>");
  EXPECT_EQ(LineWith(opf, "<dc:rights"), "<dc:rights>© 2026 Folio Sample Editions. All rights reserved.</dc:rights>");
  EXPECT_EQ(opf.find("<dc:source"), std::string::npos);
}

TEST(EpubPackage, UntranslatedTitleIsMarkedAsSourceLanguage) {
  doc::Document d;
  EpubInput in = Input("ar", &d);
  d.blocks[0].segments[0].target.reset();
  EXPECT_EQ(LineWith(Package(in), "<dc:title"),
            "<dc:title xml:lang=\"en\" dir=\"ltr\">Tears After Sex: What Your Soul Is Trying to Tell You</dc:title>");
}

TEST(EpubPackage, ManifestListsEveryFileAndTheSpineReadsTheArticle) {
  doc::Document d;
  std::string opf = Package(Input("fr", &d));
  EXPECT_EQ(Between(opf, "<manifest>", "</package>"),
            "  <manifest>\n"
            "    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
            "    <item id=\"content\" href=\"article.xhtml\" media-type=\"application/xhtml+xml\"/>\n"
            "    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"
            "  </manifest>\n"
            "  <spine>\n"
            "    <itemref idref=\"content\"/>\n"
            "    <itemref idref=\"nav\" linear=\"no\"/>\n"
            "  </spine>\n"
            "</package>\n");
}

TEST(EpubPackage, ScriptsSvgAndMathmlInTheContentAreDeclared) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  in.content_xhtml = Replace(in.content_xhtml, "</main>",
                             "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg>"
                             "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>"
                             "<script>/**/</script></main>");
  EXPECT_EQ(LineWith(Package(in), "id=\"content\""),
            "<item id=\"content\" href=\"article.xhtml\" media-type=\"application/xhtml+xml\" "
            "properties=\"mathml scripted svg\"/>");
}

// ---------------------------------------------------------------- accessibility

TEST(EpubAccessibility, TextOnlyEditionWithSectionsClaimsWhatItHas) {
  doc::Document d;
  std::string opf = Package(Input("fr", &d));
  EXPECT_EQ(MetaValues(opf, "schema:accessMode"), "textual");
  EXPECT_EQ(MetaValues(opf, "schema:accessModeSufficient"), "textual");
  EXPECT_EQ(MetaValues(opf, "schema:accessibilityFeature"),
            "displayTransformability|readingOrder|structuralNavigation|tableOfContents");
  EXPECT_EQ(MetaValues(opf, "schema:accessibilityHazard"), "none");
}

TEST(EpubAccessibility, EditionWithoutSectionHeadingsDoesNotClaimStructuralNavigation) {
  doc::Document d;
  std::string opf = Package(WithoutHeadings("fr", &d));
  EXPECT_EQ(MetaValues(opf, "schema:accessibilityFeature"), "displayTransformability|readingOrder");
  EXPECT_EQ(MetaValues(opf, "schema:accessibilitySummary"),
            "Cette édition est un article unique sous forme de texte ; ses polices, sa taille de texte, ses "
            "couleurs et ses espacements suivent les réglages du système de lecture. 2 passages sont en "
            "anglais, car ils ne sont pas encore traduits.");
}

TEST(EpubAccessibility, ImagesWithAltTextAddVisualModeAndAlternativeText) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  in.content_xhtml = Replace(in.content_xhtml, "</main>",
                             "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"A candle\"/>"
                             "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\"/></main>");
  std::string opf = Package(in);
  EXPECT_EQ(MetaValues(opf, "schema:accessMode"), "textual|visual");
  EXPECT_EQ(MetaValues(opf, "schema:accessModeSufficient"), "textual|textual,visual");
  EXPECT_EQ(MetaValues(opf, "schema:accessibilityFeature"),
            "alternativeText|displayTransformability|readingOrder|structuralNavigation|tableOfContents");
  EXPECT_EQ(MetaValues(opf, "schema:accessibilityHazard"), "unknown");
}

TEST(EpubAccessibility, ImageWithoutAltMakesTextAloneInsufficient) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  in.content_xhtml = Replace(in.content_xhtml, "</main>",
                             "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"A candle\"/>"
                             "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"/></main>");
  std::string opf = Package(in);
  EXPECT_EQ(MetaValues(opf, "schema:accessModeSufficient"), "textual,visual");
  EXPECT_EQ(MetaValues(opf, "schema:accessibilityFeature"),
            "displayTransformability|readingOrder|structuralNavigation|tableOfContents");
}

TEST(EpubAccessibility, ConformanceIsClaimedOnlyWhenVerified) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  std::string unverified = Package(in);
  EXPECT_EQ(unverified.find("conformsTo"), std::string::npos);
  EXPECT_EQ(unverified.find("certifiedBy"), std::string::npos);
  in.conformance_verified = true;
  in.certified_by = "folio automated accessibility checks";
  std::string verified = Package(in);
  EXPECT_EQ(MetaValues(verified, "dcterms:conformsTo"), "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
  EXPECT_EQ(MetaValues(verified, "a11y:certifiedBy"), "folio automated accessibility checks");
}

TEST(EpubAccessibility, AClaimNeedsWhoCheckedIt) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.conformance_verified = true;
  std::string opf;
  EXPECT_EQ(PackageDocument(in, &opf).ToString(),
            "a conformance claim needs the name of who checked the edition (certified_by)");
}

TEST(EpubAccessibility, SummaryNamesTheProblemsThatRuleOutAClaim) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.strings.clear();
  in.untranslated = 0;
  in.conformance_problems = 2;
  in.conformance_criteria = "1.1.1, 1.3.1";
  std::string opf = Package(in);
  EXPECT_EQ(opf.find("conformsTo"), std::string::npos);
  std::string summary = MetaValues(opf, "schema:accessibilitySummary");
  EXPECT_EQ(summary.substr(summary.find("of its")),
            "of its 2 sections. Automated accessibility checks found 2 problems (WCAG 1.1.1, 1.3.1), so it makes "
            "no conformance claim.");
  in.conformance_problems = 1;
  in.conformance_criteria = "2.4.2";
  summary = MetaValues(Package(in), "schema:accessibilitySummary");
  EXPECT_EQ(summary.substr(summary.find("Automated")),
            "Automated accessibility checks found 1 problem (WCAG 2.4.2), so it makes no conformance claim.");
}

TEST(EpubAccessibility, SummaryNamesTheProblemsInTheEditionsLanguage) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.conformance_problems = 3;
  in.conformance_criteria = "1.3.1";
  std::string summary = MetaValues(Package(in), "schema:accessibilitySummary");
  EXPECT_EQ(summary.substr(summary.find("Des contrôles")),
            "Des contrôles automatiques y ont relevé 3 problèmes (WCAG 1.3.1), aussi ne revendique-t-elle aucune "
            "conformité.");
}

TEST(EpubAccessibility, SummaryNamesTheUntranslatedGapInEnglishByDefault) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.strings.clear();
  std::string opf = Package(in);
  EXPECT_EQ(LineWith(opf, "schema:accessibilitySummary"),
            "<meta property=\"schema:accessibilitySummary\" xml:lang=\"en\">This edition is a single article in "
            "text form; its fonts, text size, colours and spacing follow the reading system’s settings. A table "
            "of contents and headings lead to each of its 2 sections. 2 passages are in English because they "
            "are not translated yet.</meta>");
}

TEST(EpubAccessibility, SummarySaysOnePassageInTheSingular) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.strings.clear();
  in.untranslated = 1;
  std::string summary = MetaValues(Package(in), "schema:accessibilitySummary");
  EXPECT_EQ(summary.substr(summary.find("of its")),
            "of its 2 sections. 1 passage is in English because it is not translated yet.");
}

TEST(EpubAccessibility, SummaryIsInTheEditionsLanguageWhenItsStringsAreGiven) {
  doc::Document d;
  EpubInput in = Input("ar", &d);
  in.conformance_verified = true;
  in.certified_by = "folio automated accessibility checks";
  EXPECT_EQ(LineWith(Package(in), "schema:accessibilitySummary"),
            "<meta property=\"schema:accessibilitySummary\">هذه النسخة مقالة واحدة بصيغة نصية، وتتبع خطوطها "
            "وحجم نصها وألوانها وتباعدها إعدادات نظام القراءة. يقود جدول المحتويات وعنوانان إلى قسميها. "
            "مقطع واحد باللغة الإنجليزية لأنه لم يُترجم بعد. وهي تستوفي EPUB Accessibility 1.1 والمستوى AA "
            "من WCAG 2.2.</meta>");
}

TEST(EpubAccessibility, SourceEditionSummaryNamesNoGap) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  in.untranslated = 3;  // meaningless for the source edition
  EXPECT_EQ(LineWith(Package(in), "schema:accessibilitySummary"),
            "<meta property=\"schema:accessibilitySummary\">This edition is a single article in text form; its "
            "fonts, text size, colours and spacing follow the reading system’s settings. A table of contents "
            "and headings lead to each of its 2 sections.</meta>");
}

TEST(EpubAccessibility, SummaryStringsMissingOneSentenceFallBackToEnglishTogether) {
  doc::Document d;
  EpubInput in = Input("ar", &d);
  in.strings.erase("a11y_summary_verified");
  std::string line = LineWith(Package(in), "schema:accessibilitySummary");
  EXPECT_EQ(line.substr(0, line.find(" in text form")),
            "<meta property=\"schema:accessibilitySummary\" xml:lang=\"en\" dir=\"ltr\">This edition is a "
            "single article");
}

TEST(EpubAccessibility, BadMessageFormatPatternIsAnError) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.strings["a11y_summary_untranslated"] = "{count, plural, one {# passage}";
  std::string out = "unchanged";
  Status st = PackageDocument(in, &out);
  EXPECT_EQ(st.message(),
            "UI string a11y_summary_untranslated: not a valid ICU MessageFormat pattern "
            "(U_PATTERN_SYNTAX_ERROR at offset 15); fix it in the edition's strings");
  EXPECT_EQ(out, "unchanged");
}

// ---------------------------------------------------------------- input errors

std::string ErrorOf(const EpubInput& in) {
  std::string out = "unchanged";
  Status st = WriteEpub(in, &out);
  EXPECT_EQ(out, "unchanged");
  return st.message();
}

TEST(EpubInputCheck, DocumentAndEpochMustBeSet) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.modified_epoch = -1;
  EXPECT_EQ(ErrorOf(in), "EpubInput.modified_epoch is not set; pass folio::BuildEpoch(<the metadata date>)");
  in.doc = nullptr;
  EXPECT_EQ(ErrorOf(in), "EpubInput.doc is null; pass the edition's document");
}

TEST(EpubInputCheck, ContentNameMustBeAPlainXhtmlFileName) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  for (const char* name : {"../article.xhtml", "nav.xhtml", "article.html", ".xhtml"}) {
    in.content_name = name;
    EXPECT_EQ(ErrorOf(in), "content name \"" + std::string(name) +
                               "\" is not a plain file name ending in .xhtml (nor nav.xhtml); use a name "
                               "such as article.xhtml");
  }
}

TEST(EpubInputCheck, MalformedContentIsReportedAtItsLineAndColumn) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.content_xhtml = Replace(in.content_xhtml, "</h1>", "</h2>");
  EXPECT_EQ(ErrorOf(in),
            "article.xhtml:10:84: not well-formed XML (Start-end tags mismatch); an EPUB content document "
            "must be XHTML in XML syntax");
}

TEST(EpubInputCheck, SectionHeadingWithoutIdIsAnError) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.content_xhtml = Replace(in.content_xhtml, "<h2 id=\"h-release\">", "<h2>");
  EXPECT_EQ(ErrorOf(in),
            "article.xhtml:17:9: <h2> has no id, so the table of contents cannot link to it; give every "
            "section heading an id");
}

TEST(EpubInputCheck, ContentMayReferOnlyToStyleCssAndDataUrls) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  std::string content = in.content_xhtml;
  in.content_xhtml = Replace(content, "<p id=\"p-release\">", "<img src=\"candle.png\" alt=\"\"/><p id=\"p-release\">");
  EXPECT_EQ(ErrorOf(in),
            "article.xhtml:18:9: <img> refers to \"candle.png\", which is not in the EPUB; folio packages only "
            "the content document and style.css, so use a data: URL there");
  in.content_xhtml = Replace(content, "</head>", "<link rel=\"stylesheet\" href=\"../style.css\"/></head>");
  EXPECT_EQ(ErrorOf(in),
            "article.xhtml:7:3: <link rel=\"stylesheet\"> refers to \"../style.css\", which is not in the EPUB; "
            "folio packages only the content document and style.css, so use style.css there");
}

TEST(EpubInputCheck, ContentInAnotherLanguageIsAnError) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.content_xhtml = Content("en");
  EXPECT_EQ(ErrorOf(in),
            "article.xhtml: the content document is in \"en\" but the edition is in \"fr\"; render the "
            "content for this edition");
}

TEST(EpubInputCheck, TitleAndWellFormedDateAreRequired) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  d.meta.date = "1 Nov 2026";
  EXPECT_EQ(ErrorOf(in), "metadata date \"1 Nov 2026\" is not YYYY-MM-DD; fix date = in the article's metadata");
  d.blocks.erase(d.blocks.begin());
  d.meta.title = "";
  EXPECT_EQ(ErrorOf(in), "the document has no title, and an EPUB needs one; set title = in the article's metadata");
}

// ---------------------------------------------------------------- navigation

TEST(EpubNav, TocListsTheTitleThenEachSectionHeading) {
  doc::Document d;
  std::string nav = Nav(Input("fr", &d));
  EXPECT_EQ(
      Between(nav, "<nav epub:type=\"toc\"", "</nav>"),
      "    <nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n"
      "      <h2 id=\"toc-title\">Table des matières</h2>\n"
      "      <ol>\n"
      "        <li><a href=\"article.xhtml\">Pleurer après l’amour : ce que votre âme essaie de vous dire</a></li>\n"
      "        <li><a href=\"article.xhtml#h-physical\">Le sexe est plus que physique</a></li>\n"
      "        <li><a href=\"article.xhtml#h-release\">Libération &amp; émotions</a></li>\n"
      "      </ol>\n"
      "    </nav>\n");
}

TEST(EpubNav, LandmarksLinkToTheTocAndTheBodyMatter) {
  doc::Document d;
  std::string nav = Nav(Input("fr", &d));
  EXPECT_EQ(Between(nav, "<nav epub:type=\"landmarks\"", "</body>"),
            "    <nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"\">\n"
            "      <h2 id=\"landmarks-title\">Repères</h2>\n"
            "      <ol>\n"
            "        <li><a epub:type=\"toc\" href=\"#toc\">Table des matières</a></li>\n"
            "        <li><a epub:type=\"bodymatter\" href=\"article.xhtml\">Début du texte</a></li>\n"
            "      </ol>\n"
            "    </nav>\n"
            "  </body>\n");
}

TEST(EpubNav, NavDocumentHasTheEditionsLanguageAndDirection) {
  doc::Document d;
  std::string nav = Nav(Input("ar", &d));
  EXPECT_EQ(LineWith(nav, "<html"),
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
            "lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">");
  EXPECT_EQ(LineWith(nav, "<title"), "<title>المحتويات</title>");
}

TEST(EpubNav, EnglishDefaultsInAnotherEditionAreMarkedAsEnglish) {
  doc::Document d;
  EpubInput in = Input("ar", &d);
  in.strings.clear();
  std::string nav = Nav(in);
  EXPECT_EQ(LineWith(nav, "id=\"toc-title\""),
            "<h2 id=\"toc-title\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Contents</h2>");
  EXPECT_EQ(LineWith(nav, "bodymatter"),
            "<li><a epub:type=\"bodymatter\" href=\"article.xhtml\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Start "
            "of content</a></li>");
}

TEST(EpubNav, LinkLabelsKeepLanguageSpansAndDropOtherMarkup) {
  doc::Document d;
  EpubInput in = Input("ar", &d);
  in.content_xhtml = Replace(in.content_xhtml, "<h2 id=\"h-release\">التحرر والمشاعر</h2>",
                             "<h2 id=\"h-release\"><strong class=\"term\" id=\"t\">التحرر</strong> <span lang=\"en\" "
                             "xml:lang=\"en\" dir=\"ltr\" class=\"x\">&amp; Emotions</span></h2>");
  EXPECT_EQ(LineWith(Nav(in), "#h-release"),
            "<li><a href=\"article.xhtml#h-release\">التحرر <span lang=\"en\" xml:lang=\"en\" dir=\"ltr\">&amp; "
            "Emotions</span></a></li>");
}

TEST(EpubNav, DeeperHeadingsNestUnderTheirSection) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  in.content_xhtml = Replace(in.content_xhtml, "<p id=\"p-layered\">",
                             "<h3 id=\"h-a\">A</h3><h4 id=\"h-b\">B</h4><h3 id=\"h-c\">C</h3><p id=\"p-layered\">");
  EXPECT_EQ(Between(Nav(in), "<a href=\"article.xhtml\">", "#h-release"),
            "        <li><a href=\"article.xhtml\">Tears After Sex: What Your Soul Is Trying to Tell You</a></li>\n"
            "        <li><a href=\"article.xhtml#h-physical\">Sex Is More Than Physical</a>\n"
            "          <ol>\n"
            "            <li><a href=\"article.xhtml#h-a\">A</a>\n"
            "              <ol>\n"
            "                <li><a href=\"article.xhtml#h-b\">B</a></li>\n"
            "              </ol>\n"
            "            </li>\n"
            "            <li><a href=\"article.xhtml#h-c\">C</a></li>\n"
            "          </ol>\n"
            "        </li>\n"
            "        <li><a href=\"article.xhtml#h-release\">Release &amp; Emotions</a></li>\n");
}

TEST(EpubNav, WithoutAnH1TheFirstEntryIsTheEditionsTitleInItsLanguage) {
  doc::Document d;
  EpubInput in = Input("ar", &d);
  in.content_xhtml = Replace(in.content_xhtml, "<h1 id=\"title\">دموع بعد الحب: ما تحاول روحك أن تقوله لك</h1>", "");
  EXPECT_EQ(LineWith(Nav(in), "<a href=\"article.xhtml\">"),
            "<li><a href=\"article.xhtml\">دموع بعد الحب: ما تحاول روحك أن تقوله لك</a></li>");
  d.blocks[0].segments[0].target.reset();
  EXPECT_EQ(LineWith(Nav(in), "<a href=\"article.xhtml\">"),
            "<li><a href=\"article.xhtml\"><span lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Tears After Sex: What "
            "Your Soul Is Trying to Tell You</span></a></li>");
}

TEST(EpubNav, WithoutSectionHeadingsTheTocHoldsOnlyTheTitle) {
  doc::Document d;
  std::string nav = Nav(WithoutHeadings("en", &d));
  EXPECT_EQ(Between(nav, "<ol>", "</ol>"),
            "      <ol>\n"
            "        <li><a href=\"article.xhtml\">Tears After Sex: What Your Soul Is Trying to Tell You</a></li>\n"
            "      </ol>\n");
}

// ---------------------------------------------------------------- stylesheet

TEST(EpubStylesheet, LeavesSizesAndColoursToTheReader) {
  std::string css = Stylesheet();
  EXPECT_TRUE(LeavesDisplayToReader(css));
  for (const char* banned : {"px", "pt;", "color", "background", "margin-left", "margin-right", "padding-left",
                             "padding-right", "text-align: left", "!important"})
    EXPECT_EQ(css.find(banned), std::string::npos) << banned;
  for (const char* wanted : {"line-height: 1.5;", "hyphens: auto;", ":lang(ar)", "padding-inline-start: 1.5em;",
                             ".term {\n  font-weight: bold;"})
    EXPECT_NE(css.find(wanted), std::string::npos) << wanted;
}

TEST(EpubStylesheet, DisplayCheckRejectsFixedSizesColoursAndImportant) {
  EXPECT_FALSE(LeavesDisplayToReader("p { font-size: 12px; }"));
  EXPECT_FALSE(LeavesDisplayToReader("p { margin: 0 0 .5in; }"));
  EXPECT_FALSE(LeavesDisplayToReader("body { color: #222; }"));
  EXPECT_FALSE(LeavesDisplayToReader("body{background:white}"));
  EXPECT_FALSE(LeavesDisplayToReader("a { text-decoration-color: red; }"));
  EXPECT_FALSE(LeavesDisplayToReader("p { line-height: 1.4 !important; }"));
  EXPECT_TRUE(LeavesDisplayToReader("/* color: red; 12px */ p { font-size: 1.2em; margin: 0 2% 1rem; }"));
  EXPECT_TRUE(LeavesDisplayToReader("a:hover, :lang(ar) { font-family: inherit; }"));
}

TEST(EpubContainer, PointsToThePackageDocument) {
  EXPECT_EQ(ContainerXml(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\">\n"
            "  <rootfiles>\n"
            "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
            "  </rootfiles>\n"
            "</container>\n");
}

}  // namespace
}  // namespace folio::epub
