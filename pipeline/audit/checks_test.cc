#include "audit/checks.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "render/test_documents.h"
#include "render/xhtml.h"

namespace folio::audit {
namespace {

using render::testing::FrenchTargets;
using render::testing::SampleDocument;

// A well-formed page in `lang` with `body` inside <main>.
std::string Page(const std::string& body, const std::string& lang = "fr",
                 const std::string& head = "<title>Titre</title>", const std::string& h1 = "Titre") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" +
         lang + "\" xml:lang=\"" + lang +
         "\">\n"
         "<head>" +
         head + "</head>\n<body><main>\n<h1 id=\"title\">" + h1 + "</h1>\n" + body + "\n</main></body>\n</html>\n";
}

AuditResult Audited(const AuditInput& in) {
  AuditResult r;
  Status st = RunAudit(in, &r);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return r;
}

AuditResult RunPage(const std::string& xhtml, const std::string& locale = "fr", const std::string& css = "") {
  return Audited(AuditInput{nullptr, xhtml, css, locale});
}

// "unit: message" of the findings with `code`.
std::vector<std::string> Messages(const AuditResult& r, const std::string& code) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings)
    if (f.code == code) out.push_back(f.unit_id + ": " + f.message);
  return out;
}

bool Passed(const AuditResult& r, const std::string& code) {
  return std::find(r.passed_checks.begin(), r.passed_checks.end(), code) != r.passed_checks.end();
}

using V = std::vector<std::string>;

TEST(AuditChecks, EveryCheckHasCodeWcagAndDescription) {
  for (const AuditCheck& c : AuditChecks()) {
    EXPECT_TRUE(std::string(c.code).starts_with("a11y.")) << c.code;
    EXPECT_FALSE(std::string(c.wcag).empty()) << c.code;
    EXPECT_FALSE(std::string(c.description).empty()) << c.code;
  }
  EXPECT_EQ(AuditChecks().size(), 11u);
}

TEST(AuditChecks, RenderedFrenchSampleEditionPassesEveryStructuralCheck) {
  doc::Document d = SampleDocument("fr", FrenchTargets());
  AuditResult r = Audited(AuditInput{&d, render::WriteXhtml(d, {}, nullptr), "", "fr"});
  for (const char* code :
       {"a11y.lang-declared", "a11y.lang-script", "a11y.lang-of-parts", "a11y.page-title", "a11y.heading-order",
        "a11y.section-labelled", "a11y.real-lists", "a11y.long-sentence", "a11y.text-alternatives", "a11y.contrast"})
    EXPECT_TRUE(Passed(r, code)) << code << ": " << ::testing::PrintToString(Messages(r, code));
  EXPECT_EQ(r.html_lang, "fr");
  EXPECT_EQ(r.h2_ids, (V{"h-physical", "h-release", "h-healing"}));
  EXPECT_EQ(r.notes.at("a11y.contrast"), "the stylesheet sets no colours; the reader's default colours apply");
}

TEST(AuditChecks, MalformedXhtmlIsAToolErrorWithLineAndColumn) {
  AuditResult r;
  Status st = RunAudit(AuditInput{nullptr, "<html>\n<body></html>", "", "fr"}, &r);
  EXPECT_EQ(st.ToString(),
            "fr.xhtml:2:9: the XHTML is not well-formed: Start-end tags mismatch; render it again with folio build");
}

// --- 3.1.1 language declared -------------------------------------------------

TEST(AuditLangDeclared, PassesWhenLangAndXmlLangAreTheEditionLocale) {
  EXPECT_TRUE(Passed(RunPage(Page("<p id=\"p-1\">Bonjour.</p>")), "a11y.lang-declared"));
}

TEST(AuditLangDeclared, PseudoLocaleIsDeclaredAsEnglishPrivateUse) {
  AuditResult r = RunPage(Page("<p id=\"p-1\">Ŧĥé ŧéxŧ.</p>", "en-x-plocm"), "qps-plocm");
  EXPECT_TRUE(Passed(r, "a11y.lang-declared")) << ::testing::PrintToString(Messages(r, "a11y.lang-declared"));
}

TEST(AuditLangDeclared, FlagsMissingDifferingAndWrongLanguage) {
  std::string no_lang =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head>"
      "<body><h1>T</h1></body></html>";
  EXPECT_EQ(Messages(RunPage(no_lang), "a11y.lang-declared"),
            (V{": <html> has no lang attribute; add lang=\"fr\"",
               ": <html> has no xml:lang attribute; add xml:lang=\"fr\""}));
  std::string differ =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"en\"><head><title>T"
      "</title></head><body><h1>T</h1></body></html>";
  EXPECT_EQ(Messages(RunPage(differ), "a11y.lang-declared"),
            (V{": <html> has lang=\"fr\" but xml:lang=\"en\"; they must be equal"}));
  EXPECT_EQ(Messages(RunPage(Page("<p id=\"p-1\">Hello.</p>", "en")), "a11y.lang-declared"),
            (V{": <html> declares lang=\"en\" but this is the fr edition; declare lang=\"fr\""}));
}

// --- 3.1.1 script of the text ------------------------------------------------

TEST(AuditLangScript, PassesForArabicTextInAnArabicEdition) {
  AuditResult r = RunPage(Page("<p id=\"p-1\">تأتي الدموع بعد الحب.</p>", "ar"), "ar");
  EXPECT_TRUE(Passed(r, "a11y.lang-script"));
}

TEST(AuditLangScript, PassesForJapaneseKanaAndKanji) {
  AuditResult r = RunPage(Page("<p id=\"p-1\">涙が出てくる。</p>", "ja", "<title>涙</title>", "涙"), "ja");
  EXPECT_TRUE(Passed(r, "a11y.lang-script"));
}

TEST(AuditLangScript, FlagsAJapaneseEditionWhoseTextIsLatin) {
  AuditResult r =
      RunPage(Page("<p id=\"p-1\">The tears come.</p><p id=\"p-2\">涙</p>", "ja", "<title>涙</title>", "涙"), "ja");
  EXPECT_EQ(Messages(r, "a11y.lang-script"),
            (V{"p-1: only 14% of the letters of the ja edition are in its script (Hani, Hira, Kana), starting "
               "with unit p-1; translate the text or mark the passages in another language with lang"}));
}

TEST(AuditLangScript, IgnoresPassagesMarkedWithTheirLanguage) {
  AuditResult r = RunPage(Page("<p id=\"p-1\">涙 <span lang=\"en\" xml:lang=\"en\">The tears come.</span></p>", "ja",
                               "<title>涙</title>", "涙"),
                          "ja");
  EXPECT_TRUE(Passed(r, "a11y.lang-script"));
}

// --- 3.1.2 language of parts -------------------------------------------------

TEST(AuditLangOfParts, PassesWhenLatinRunIsMarked) {
  AuditResult r = RunPage(
      Page("<p id=\"p-1\">قال <span lang=\"en\" xml:lang=\"en\">Walls come down</span> اليوم.</p>", "ar"), "ar");
  EXPECT_TRUE(Passed(r, "a11y.lang-of-parts"));
}

TEST(AuditLangOfParts, PassesForTwoLatinWordsInArabic) {
  AuditResult r = RunPage(Page("<p id=\"p-1\">قال Walls come اليوم.</p>", "ar"), "ar");
  EXPECT_TRUE(Passed(r, "a11y.lang-of-parts"));
}

TEST(AuditLangOfParts, FlagsUnmarkedLatinRunOfThreeWordsInArabic) {
  AuditResult r = RunPage(Page("<p id=\"p-1\">قال Walls <strong>come</strong> down, اليوم.</p>", "ar"), "ar");
  EXPECT_EQ(Messages(r, "a11y.lang-of-parts"),
            (V{"p-1: “Walls come down” is Latin-script text in the ar edition without a lang attribute; mark "
               "the language it is in (lang and xml:lang)"}));
}

TEST(AuditLangOfParts, FlagsUntranslatedSegmentOfAFrenchEditionWithoutLang) {
  doc::Document d = SampleDocument("fr", FrenchTargets());
  std::string xhtml = render::WriteXhtml(d, {}, nullptr);
  EXPECT_TRUE(Passed(Audited(AuditInput{&d, xhtml, "", "fr"}), "a11y.lang-of-parts"));
  // The renderer marks fallbacks; a page without the span must be caught.
  std::string stripped = xhtml;
  size_t span = stripped.find("<span lang=\"en\" xml:lang=\"en\">");
  ASSERT_NE(span, std::string::npos);
  stripped.erase(span, std::string("<span lang=\"en\" xml:lang=\"en\">").size());
  stripped.erase(stripped.find("</span>", span), 7);
  EXPECT_EQ(Messages(Audited(AuditInput{&d, stripped, "", "fr"}), "a11y.lang-of-parts"),
            (V{"s-6: segment s-6 is shown in en (not translated yet) without lang=\"en\"; screen readers will "
               "read it with the fr voice",
               "s-7: segment s-7 is shown in en (not translated yet) without lang=\"en\"; screen readers will "
               "read it with the fr voice"}));
}

// --- 2.4.2 page title --------------------------------------------------------

TEST(AuditPageTitle, PassesWithATitle) { EXPECT_TRUE(Passed(RunPage(Page("")), "a11y.page-title")); }

TEST(AuditPageTitle, FlagsMissingAndEmptyTitle) {
  EXPECT_EQ(Messages(RunPage(Page("", "fr", "")), "a11y.page-title"),
            (V{": the page has no <title>; give it the edition's title"}));
  EXPECT_EQ(Messages(RunPage(Page("", "fr", "<title> </title>")), "a11y.page-title"),
            (V{": the page's <title> is empty; give it the edition's title"}));
}

// --- 1.3.1 headings ----------------------------------------------------------

TEST(AuditHeadingOrder, PassesForH1ThenH2ThenH3) {
  EXPECT_TRUE(
      Passed(RunPage(Page("<h2 id=\"h-a\">A</h2><h3 id=\"h-b\">B</h3><h2 id=\"h-c\">C</h2>")), "a11y.heading-order"));
}

TEST(AuditHeadingOrder, FlagsSkippedLevelAndSecondH1) {
  EXPECT_EQ(
      Messages(RunPage(Page("<h2 id=\"h-a\">A</h2><h4 id=\"h-b\">B</h4><h1 id=\"h-c\">C</h1>")), "a11y.heading-order"),
      (V{"h-c: the page has 2 <h1> elements; keep one, the title, and make the others <h2>",
         "h-b: <h4> follows <h2>: heading level 3 is skipped"}));
}

TEST(AuditHeadingOrder, FlagsAPageWithoutH1) {
  std::string page =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\"><head><title>T"
      "</title></head><body><h2 id=\"h-a\">A</h2></body></html>";
  EXPECT_EQ(Messages(RunPage(page), "a11y.heading-order"),
            (V{": the page has no <h1>; it needs exactly one, the title"}));
}

// --- 2.4.6 sections ----------------------------------------------------------

TEST(AuditSectionLabelled, PassesWhenLabelledByItsHeading) {
  EXPECT_TRUE(Passed(RunPage(Page("<section aria-labelledby=\"h-a\"><h2 id=\"h-a\">A</h2></section>")),
                     "a11y.section-labelled"));
}

TEST(AuditSectionLabelled, FlagsUnlabelledAndDanglingLabels) {
  EXPECT_EQ(Messages(RunPage(Page("<section><h2 id=\"h-a\">A</h2></section>"
                                  "<section aria-labelledby=\"h-x\"><h2 id=\"h-b\">B</h2></section>")),
                     "a11y.section-labelled"),
            (V{"h-a: a <section> has no aria-labelledby; label it with the id of its heading",
               "h-b: <section aria-labelledby=\"h-x\"> names no heading of the page; use the id of its heading"}));
}

// --- 1.3.1 lists -------------------------------------------------------------

TEST(AuditRealLists, PassesForUlLi) {
  EXPECT_TRUE(Passed(RunPage(Page("<ul><li id=\"li-1\">un</li></ul><p id=\"p-1\">Un - deux.</p>")), "a11y.real-lists"));
}

TEST(AuditRealLists, FlagsParagraphsWrittenAsListItems) {
  EXPECT_EQ(Messages(RunPage(Page("<p id=\"p-1\">- un</p><p id=\"p-2\"> * deux</p><p id=\"p-3\">•trois</p>")),
                     "a11y.real-lists"),
            (V{"p-1: a paragraph starts with “-”: it looks like a list item; write the items as a list (<ul>/<li>)",
               "p-2: a paragraph starts with “*”: it looks like a list item; write the items as a list (<ul>/<li>)",
               "p-3: a paragraph starts with “•”: it looks like a list item; write the items as a list "
               "(<ul>/<li>)"}));
}

// --- 3.1.5 reading level and sentence length ----------------------------------

TEST(AuditReadability, CountsSyllablesAsVowelGroups) {
  EXPECT_EQ(CountSyllables("tears"), 1);
  EXPECT_EQ(CountSyllables("emotions"), 3);
  EXPECT_EQ(CountSyllables("énergie"), 3);
  EXPECT_EQ(CountSyllables("rhythm"), 1);
  EXPECT_EQ(CountSyllables("—"), 0);
}

TEST(AuditReadability, FormulasOfEachLanguage) {
  double s = 0;
  ASSERT_TRUE(ReadingEase("en", 1, 10, 15, &s));
  EXPECT_NEAR(s, 206.835 - 10.15 - 126.9, 1e-9);
  ASSERT_TRUE(ReadingEase("fr", 1, 10, 15, &s));
  EXPECT_NEAR(s, 207 - 10.15 - 110.4, 1e-9);
  ASSERT_TRUE(ReadingEase("de", 1, 10, 15, &s));
  EXPECT_NEAR(s, 180 - 10 - 87.75, 1e-9);
  ASSERT_TRUE(ReadingEase("es", 1, 10, 15, &s));
  EXPECT_NEAR(s, 206.84 - 90 - 10.2, 1e-9);
  EXPECT_FALSE(ReadingEase("ar", 1, 10, 15, &s));
}

doc::Document OneParagraph(const std::string& lang, const std::string& text) {
  using render::testing::Seg;
  using render::testing::Unit;
  doc::Document d;
  d.source_language = lang;
  d.blocks.push_back(Unit(doc::BlockKind::kTitle, "title", {Seg("s-t", "Title")}));
  d.blocks.push_back(Unit(doc::BlockKind::kParagraph, "p-1", {Seg("s-1", text)}));
  return d;
}

AuditResult RunDoc(const doc::Document& d, const std::string& locale) {
  return Audited(AuditInput{&d, render::WriteXhtml(d, {}, nullptr), "", locale});
}

TEST(AuditReadingLevel, PassesForPlainEnglish) {
  EXPECT_TRUE(Passed(RunDoc(OneParagraph("en", "The tears come. You cry."), "en"), "a11y.reading-level"));
}

TEST(AuditReadingLevel, FlagsHardEnglishWithTheHardestUnit) {
  AuditResult r = RunDoc(OneParagraph("en",
                                      "Institutional considerations necessitate comprehensive "
                                      "organizational reevaluation."),
                         "en");
  EXPECT_EQ(Messages(r, "a11y.reading-level"),
            (V{"p-1: Flesch reading ease of the en edition is -222.3 (below 60, harder than lower secondary "
               "level); the hardest unit is p-1 (-222.3): use shorter sentences and words"}));
}

TEST(AuditReadingLevel, LanguagesWithoutAFormulaPassWithANote) {
  AuditResult r = RunDoc(OneParagraph("ar", "تأتي الدموع."), "ar");
  EXPECT_TRUE(Passed(r, "a11y.reading-level"));
  EXPECT_EQ(r.notes.at("a11y.reading-level"),
            "no established reading-ease formula for ar; a11y.long-sentence checks its sentence lengths instead");
}

std::string Words(int n, const std::string& word) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? " " : "") + word;
  return s + ".";
}

TEST(AuditLongSentence, PassesAtFortyWords) {
  EXPECT_TRUE(Passed(RunDoc(OneParagraph("ar", Words(40, "كلمة")), "ar"), "a11y.long-sentence"));
}

TEST(AuditLongSentence, FlagsArabicSentenceOverFortyWords) {
  EXPECT_EQ(Messages(RunDoc(OneParagraph("ar", Words(41, "كلمة")), "ar"), "a11y.long-sentence"),
            (V{"s-1: sentence of 41 words (over 40): “كلمة كلمة كلمة كلمة كلمة كلمة …”; split it"}));
}

TEST(AuditLongSentence, CountsCharactersInJapanese) {
  std::string ok(120 / 1, 'x');
  std::string kana;
  for (int i = 0; i < 120; ++i) kana += "あ";
  EXPECT_TRUE(Passed(RunDoc(OneParagraph("ja", kana), "ja"), "a11y.long-sentence"));
  EXPECT_EQ(Messages(RunDoc(OneParagraph("ja", kana + "。"), "ja"), "a11y.long-sentence"),
            (V{"s-1: sentence of 121 characters (over 120): “ああああああああああああああああああああ…”; split it"}));
}

// --- 1.1.1 text alternatives ---------------------------------------------------

TEST(AuditTextAlternatives, PassesForAltAndTitledSvg) {
  EXPECT_TRUE(Passed(RunPage(Page("<p id=\"p-1\"><img src=\"a.png\" alt=\"\"/></p>"
                                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Carte</title></svg>")),
                     "a11y.text-alternatives"));
}

TEST(AuditTextAlternatives, FlagsImgWithoutAltAndSvgWithoutTitle) {
  EXPECT_EQ(Messages(RunPage(Page("<p id=\"p-1\"><img src=\"a.png\"/></p>"
                                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")),
                     "a11y.text-alternatives"),
            (V{"p-1: <img src=\"a.png\"> has no alt; describe the image, or write alt=\"\" if it is decoration",
               ": an <svg> has no <title>; give it a title that says what it shows, or aria-hidden=\"true\" if it "
               "is decoration"}));
}

// --- 1.4.3 contrast ----------------------------------------------------------

TEST(AuditContrast, PassesWithEnoughContrast) {
  AuditResult r =
      RunPage(Page(""), "fr", "body { color: #333; background-color: white }\n.term { color: rgb(0, 0, 0) }");
  EXPECT_TRUE(Passed(r, "a11y.contrast"));
  EXPECT_EQ(r.notes.count("a11y.contrast"), 0u);
}

TEST(AuditContrast, FlagsPairsBelowFourAndAHalf) {
  AuditResult r = RunPage(Page(""), "fr",
                          "/* grey */ body { background: #ffffff url(x.png) }\n"
                          "p.note { color: #777777 !important }\n"
                          "@media screen { .term { color: yellow; background-color: white } }\n"
                          "h2 { color: #595959 }");
  EXPECT_EQ(Messages(r, "a11y.contrast"),
            (V{": p.note: text #777777 on #ffffff has a contrast of 4.47:1, below 4.5:1; darken the text or "
               "lighten the background",
               ": .term: text #ffff00 on #ffffff has a contrast of 1.07:1, below 4.5:1; darken the text or "
               "lighten the background"}));
}

}  // namespace
}  // namespace folio::audit
