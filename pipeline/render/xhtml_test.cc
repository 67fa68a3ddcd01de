#include "render/xhtml.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "render/test_documents.h"

namespace folio::render {
namespace {

using doc::BlockKind;
using testing::FrenchTargets;
using testing::List;
using testing::SampleDocument;
using testing::Seg;
using testing::Unit;

// The line of `xhtml` that holds id="<id>", without its indentation.
std::string LineWithId(const std::string& xhtml, const std::string& id) {
  size_t at = xhtml.find(" id=\"" + id + "\"");
  if (at == std::string::npos) return "(no element with id " + id + ")";
  size_t begin = xhtml.rfind('\n', at) + 1;
  while (xhtml[begin] == ' ') ++begin;
  return xhtml.substr(begin, xhtml.find('\n', at) - begin);
}

std::string Line(const std::string& xhtml, int n) {  // 1-based
  size_t begin = 0;
  for (int i = 1; i < n; ++i) begin = xhtml.find('\n', begin) + 1;
  return xhtml.substr(begin, xhtml.find('\n', begin) - begin);
}

std::string Render(const doc::Document& d, int* untranslated = nullptr) {
  return WriteXhtml(d, XhtmlOptions(), untranslated);
}

TEST(Xhtml, WritesASmallSourceEditionExactly) {
  doc::Document d;
  d.source_language = "en";
  d.blocks = {
      Unit(BlockKind::kTitle, "t-1", {Seg("s1", "A Small Guide")}),
      Unit(BlockKind::kDescription, "d-1", {Seg("s2", "Never shown in the body.")}),
      Unit(BlockKind::kParagraph, "p-1", {Seg("s3", "Tears are common."), Seg("s4", "They mean much.")}),
      Unit(BlockKind::kHeading, "h-1", {Seg("s5", "Why We Cry")}),
      Unit(BlockKind::kParagraph, "p-2", {Seg("s6", "Two reasons:")}),
      List({Unit(BlockKind::kListItem, "li-1", {Seg("s7", "{1}Release{/1}: letting go.")}),
            Unit(BlockKind::kListItem, "li-2", {Seg("s8", "Gratitude.")})}),
  };
  XhtmlOptions options;
  options.stylesheet_href = "css/folio.css";
  int untranslated = -1;
  EXPECT_EQ(WriteXhtml(d, options, &untranslated),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE html>\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
            "lang=\"en\" xml:lang=\"en\" dir=\"ltr\">\n"
            "  <head>\n"
            "    <meta charset=\"UTF-8\"/>\n"
            "    <title>A Small Guide</title>\n"
            "    <link rel=\"stylesheet\" type=\"text/css\" href=\"css/folio.css\"/>\n"
            "  </head>\n"
            "  <body>\n"
            "    <main>\n"
            "      <h1 id=\"t-1\">A Small Guide</h1>\n"
            "      <p id=\"p-1\">Tears are common. They mean much.</p>\n"
            "      <section aria-labelledby=\"h-1\">\n"
            "        <h2 id=\"h-1\">Why We Cry</h2>\n"
            "        <p id=\"p-2\">Two reasons:</p>\n"
            "        <ul>\n"
            "          <li id=\"li-1\"><strong class=\"term\">Release</strong>: letting go.</li>\n"
            "          <li id=\"li-2\">Gratitude.</li>\n"
            "        </ul>\n"
            "      </section>\n"
            "    </main>\n"
            "  </body>\n"
            "</html>\n");
  EXPECT_EQ(untranslated, 0);
}

TEST(Xhtml, IsDeterministicAndLeavesOutTheStylesheetWhenNoneIsGiven) {
  doc::Document d = SampleDocument("fr", FrenchTargets());
  std::string once = Render(d);
  EXPECT_EQ(once, Render(d));
  EXPECT_EQ(once.find("<link"), std::string::npos);
  EXPECT_EQ(once.back(), '\n');
}

TEST(Xhtml, WritesTheTranslationInTheTargetLanguage) {
  std::string x = Render(SampleDocument("fr", FrenchTargets()));
  EXPECT_EQ(Line(x, 3),
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
            "lang=\"fr\" xml:lang=\"fr\" dir=\"ltr\">");
  EXPECT_EQ(Line(x, 6), "    <title>Pleurer après l’amour : ce que votre âme essaie de vous dire</title>");
  EXPECT_EQ(LineWithId(x, "title"),
            "<h1 id=\"title\">Pleurer après l’amour : ce que votre âme essaie de vous dire</h1>");
  EXPECT_EQ(LineWithId(x, "li-unprocessed"),
            "<li id=\"li-unprocessed\"><strong class=\"term\">Émotions non traitées</strong> : "
            "l’intimité fait remonter le chagrin.</li>");
  EXPECT_EQ(LineWithId(x, "h-release"), "<h2 id=\"h-release\">Libération &amp; émotions</h2>");
}

TEST(Xhtml, NeverWritesTheDescriptionAndHasOneH1) {
  std::string x = Render(SampleDocument("fr", FrenchTargets()));
  EXPECT_EQ(x.find("courant"), std::string::npos);
  EXPECT_EQ(x.find("<h1"), x.rfind("<h1"));
}

TEST(Xhtml, WrapsARunOfUntranslatedSegmentsInOneSourceLanguageSpan) {
  int untranslated = -1;
  std::string x = Render(SampleDocument("fr", FrenchTargets()), &untranslated);
  EXPECT_EQ(LineWithId(x, "p-layered"),
            "<p id=\"p-layered\">Le sexe a plusieurs couches. C’est de la chair, oui. "
            "<span lang=\"en\" xml:lang=\"en\">It’s also memory. Walls come down.</span></p>");
  EXPECT_EQ(untranslated, 2);
}

TEST(Xhtml, TreatsAnEmptyTargetAsUntranslated) {
  doc::Document d = SampleDocument("fr", FrenchTargets());
  d.blocks[2].segments[0].target = doc::Fragment();
  int untranslated = -1;
  std::string x = Render(d, &untranslated);
  EXPECT_EQ(LineWithId(x, "p-intro"),
            "<p id=\"p-intro\"><span lang=\"en\" xml:lang=\"en\">The tears come.</span> "
            "Vous pensiez baigner dans le bonheur.</p>");
  EXPECT_EQ(untranslated, 3);
}

TEST(Xhtml, CountsNothingUntranslatedInTheSourceEdition) {
  int untranslated = -1;
  std::string x = Render(SampleDocument(""), &untranslated);
  EXPECT_EQ(untranslated, 0);
  EXPECT_EQ(x.find("<span"), std::string::npos);
  EXPECT_EQ(LineWithId(x, "p-intro"), "<p id=\"p-intro\">The tears come. You thought you’d be wrapped in bliss.</p>");
}

TEST(Xhtml, MarksAnUntranslatedTitleOnTheTitleElement) {
  std::string x = Render(SampleDocument("fr"));
  EXPECT_EQ(Line(x, 6),
            "    <title lang=\"en\" xml:lang=\"en\">Tears After Sex: What Your Soul Is Trying to Tell "
            "You</title>");
}

TEST(Xhtml, EscapesMarkupInATranslationSoItIsShownAsText) {
  doc::Document d = SampleDocument("fr");
  d.blocks[2].segments[0].target = doc::TextFragment("<script>alert(\"x\")</script> & co");
  std::string x = Render(d);
  EXPECT_EQ(LineWithId(x, "p-intro"),
            "<p id=\"p-intro\">&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; co "
            "<span lang=\"en\" xml:lang=\"en\">You thought you’d be wrapped in bliss.</span></p>");
  EXPECT_EQ(x.find("<script"), std::string::npos);
}

TEST(Xhtml, DropsCharactersThatXmlForbids) {
  doc::Document d = SampleDocument("");
  d.blocks[2].segments[0].source = doc::TextFragment(
      "a\x01"
      "b\x7F"
      "c\xEF\xBF\xBE"
      "d\xC2\x85"
      "e");
  EXPECT_EQ(LineWithId(Render(d), "p-intro"), "<p id=\"p-intro\">abcde You thought you’d be wrapped in bliss.</p>");
}

TEST(Xhtml, WritesRightToLeftEditionsWithLeftToRightFallbackSpans) {
  doc::Document d = SampleDocument("ar", {{"The tears come.", "تأتي الدموع."}});
  std::string x = Render(d);
  EXPECT_EQ(Line(x, 3),
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
            "lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">");
  EXPECT_EQ(LineWithId(x, "p-intro"),
            "<p id=\"p-intro\">تأتي الدموع. <span lang=\"en\" xml:lang=\"en\" dir=\"ltr\">You thought "
            "you’d be wrapped in bliss.</span></p>");
}

TEST(Xhtml, WritesAPseudoLocaleAsEnglishWithAPrivateUseSubtag) {
  std::string x = Render(SampleDocument("qps-plocm", {{"The tears come.", "[Ŧħḗ ŧḗȧřş ƈǿḿḗ.]"}}));
  EXPECT_EQ(Line(x, 3),
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
            "lang=\"en-x-plocm\" xml:lang=\"en-x-plocm\" dir=\"rtl\">");
}

TEST(Xhtml, JoinsTranslatedSentencesWithoutSpacesInJapanese) {
  doc::Document d =
      SampleDocument("ja", {{"Sex is layered.", "セックスは多層的です。"}, {"It’s flesh, yes.", "それは肉体です。"}});
  EXPECT_EQ(LineWithId(Render(d), "p-layered"),
            "<p id=\"p-layered\">セックスは多層的です。それは肉体です。<span lang=\"en\" "
            "xml:lang=\"en\">It’s also memory. Walls come down.</span></p>");
}

TEST(Xhtml, MakesIdsUniqueAndValidXmlNames) {
  doc::Document d;
  d.source_language = "en";
  d.blocks = {
      Unit(BlockKind::kParagraph, "p 1", {Seg("a", "One.")}), Unit(BlockKind::kParagraph, "p-1", {Seg("b", "Two.")}),
      Unit(BlockKind::kParagraph, "1st", {Seg("c", "Three.")}), Unit(BlockKind::kHeading, "", {Seg("d", "Four")})};
  std::string x = Render(d);
  EXPECT_EQ(LineWithId(x, "p-1"), "<p id=\"p-1\">One.</p>");
  EXPECT_EQ(LineWithId(x, "p-1-2"), "<p id=\"p-1-2\">Two.</p>");
  EXPECT_EQ(LineWithId(x, "u-1st"), "<p id=\"u-1st\">Three.</p>");
  EXPECT_EQ(LineWithId(x, "section"), "<h2 id=\"section\">Four</h2>");
}

TEST(Xhtml, BalancesInlineCodesThatATranslationLeftOpenOrClosedTwice) {
  doc::Document d = SampleDocument("fr");
  d.blocks[7].children[0].segments[0].target = testing::Braces("{1}Émotions : chagrin.{/2}{/1}{/1}");
  d.blocks[7].children[1].segments[0].target = testing::Braces("{1}Nettoyage : eau.");
  std::string x = Render(d);
  EXPECT_EQ(LineWithId(x, "li-unprocessed"),
            "<li id=\"li-unprocessed\"><strong class=\"term\">Émotions : chagrin.</strong></li>");
  EXPECT_EQ(LineWithId(x, "li-cleansing"),
            "<li id=\"li-cleansing\"><strong class=\"term\">Nettoyage : eau.</strong></li>");
}

TEST(Xhtml, NestsSectionsForDeeperHeadings) {
  doc::Document d;
  d.source_language = "en";
  doc::Block sub = Unit(BlockKind::kHeading, "h-b", {Seg("b", "B")});
  sub.level = 3;
  d.blocks = {Unit(BlockKind::kHeading, "h-a", {Seg("a", "A")}), sub,
              Unit(BlockKind::kHeading, "h-c", {Seg("c", "C")})};
  std::string x = Render(d);
  size_t main = x.find("    <main>\n");
  ASSERT_NE(main, std::string::npos);
  EXPECT_EQ(x.substr(main),
            "    <main>\n"
            "      <section aria-labelledby=\"h-a\">\n"
            "        <h2 id=\"h-a\">A</h2>\n"
            "        <section aria-labelledby=\"h-b\">\n"
            "          <h3 id=\"h-b\">B</h3>\n"
            "        </section>\n"
            "      </section>\n"
            "      <section aria-labelledby=\"h-c\">\n"
            "        <h2 id=\"h-c\">C</h2>\n"
            "      </section>\n"
            "    </main>\n"
            "  </body>\n"
            "</html>\n");
}

TEST(Xhtml, UsesTheMetadataTitleWhenThereIsNoTitleBlock) {
  doc::Document d = SampleDocument("");
  d.blocks.erase(d.blocks.begin());
  std::string x = Render(d);
  EXPECT_EQ(Line(x, 6), "    <title>Tears After Sex: What Your Soul Is Trying to Tell You</title>");
  EXPECT_EQ(Line(x, 10), "      <h1>Tears After Sex: What Your Soul Is Trying to Tell You</h1>");
}

// --- external validators ----------------------------------------------------

std::string MakeTempDir() {
  std::string pattern = ::testing::TempDir() + "folio-render-XXXXXX";
  if (!mkdtemp(pattern.data())) return "";
  return pattern;
}

std::string WriteFile(const std::string& dir, const std::string& name, const std::string& text) {
  std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

int RunShell(const std::string& command) {
  int rc = std::system(command.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

// The editions the validator tests check: translated with fallback spans and
// a stylesheet, right-to-left, and a pseudo-locale.
std::vector<std::string> WriteEditions(const std::string& dir) {
  XhtmlOptions options;
  options.stylesheet_href = "style.css";
  return {
      WriteFile(dir, "fr.xhtml", WriteXhtml(SampleDocument("fr", FrenchTargets()), options, nullptr)),
      WriteFile(dir, "ar.xhtml",
                WriteXhtml(SampleDocument("ar", {{"The tears come.", "تأتي الدموع."}}), options, nullptr)),
      WriteFile(dir, "qps-plocm.xhtml",
                WriteXhtml(SampleDocument("qps-plocm", {{"The tears come.", "[Ŧħḗ ŧḗȧřş ƈǿḿḗ.]"}}), options, nullptr)),
  };
}

TEST(XhtmlValidation, EveryEditionIsWellFormedXml) {
  if (RunShell("command -v xmllint >/dev/null") != 0) GTEST_SKIP() << "xmllint is not installed";
  std::string dir = MakeTempDir();
  ASSERT_FALSE(dir.empty());
  std::vector<std::string> files = WriteEditions(dir);
  files.push_back(WriteFile(dir, "en.xhtml", Render(SampleDocument(""))));
  files.push_back(WriteFile(dir, "ja.xhtml", Render(SampleDocument("ja", {{"Sex is layered.", "多層的。"}}))));
  for (const std::string& f : files) EXPECT_EQ(RunShell("xmllint --noout '" + f + "'"), 0) << f;
}

TEST(XhtmlValidation, PassesCheckXhtmlInEpubMode) {
  std::string dir = MakeTempDir();
  ASSERT_FALSE(dir.empty());
  std::string command = "bash '" FOLIO_SHARED_DIR "/tools/check-xhtml' --epub -o '" + dir + "/report'";
  for (const std::string& f : WriteEditions(dir)) command += " '" + f + "'";
  int rc = RunShell(command + " > '" + dir + "/summary.txt' 2>&1");
  std::ifstream in(dir + "/summary.txt");
  std::string summary((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (rc == 3) GTEST_SKIP() << "validators not installed (run shared/tools/install-validators):\n" << summary;
  EXPECT_EQ(rc, 0) << summary << "reports in " << dir << "/report";
}

}  // namespace
}  // namespace folio::render
