#include "xliff/xliff12_writer.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include "base/file_io.h"
#include "xliff/test_documents.h"
#include "xliff/xliff12_names.h"

namespace folio::xliff {
namespace {

using doc::BlockKind;
using doc::Inline;
using doc::TextFragment;
using testing::Code;
using testing::RichDocument;
using testing::RichDocumentInFrench;
using testing::Seg;
using testing::TermFragment;
using testing::Unit;

std::string Write(const doc::Document& d) { return WriteXliff12(d, {"article.txt"}); }

// One paragraph unit holding `f`, written; returns the <source> line.
std::string SourceLineOf(const doc::Fragment& f) {
  doc::Document d;
  d.source_language = "en";
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-1", {Seg("s-1", f, 1)}));
  std::string x = Write(d);
  size_t b = x.find("<source>");
  return x.substr(b, x.find('\n', b) - b);
}

// Runs xmllint offline against `schema` (relative to the shared xliff folder);
// returns its exit status and puts its messages in *output.
int Xmllint(const std::string& xml, const std::string& schema, std::string* output) {
  std::string dir = std::string(FOLIO_SHARED_DIR) + "/xliff";
  char tmpl[] = "/tmp/folio-xliff12-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return -1;
  EXPECT_EQ(write(fd, xml.data(), xml.size()), static_cast<ssize_t>(xml.size()));
  close(fd);
  std::string cmd = "XML_CATALOG_FILES=" + dir + "/catalog.xml /usr/bin/xmllint --nonet --noout --schema " + dir + "/" +
                    schema + " " + tmpl + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output->append(buf, n);
  int status = pclose(p);
  unlink(tmpl);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

constexpr char kStrict[] = "schemas/1.2/xliff-core-1.2-strict.xsd";
constexpr char kTransitional[] = "schemas/1.2/xliff-core-1.2-transitional.xsd";

// RichDocumentInFrench plus a unit with every kind of code and characters
// XML cannot carry, translated, and one untranslated.
doc::Document EveryFeatureDocument() {
  doc::Document d = RichDocumentInFrench();
  doc::Fragment f;
  f.AppendText("a\x01 b\r");
  f.items.push_back(Code(Inline::Kind::kOpen, "1"));
  f.items.push_back(Code(Inline::Kind::kOpen, "2", "link", true));
  f.items.push_back(Code(Inline::Kind::kClose, "1"));
  f.items.push_back(Code(Inline::Kind::kClose, "2", "link", true));
  f.items.push_back(Code(Inline::Kind::kPlaceholder, "3", "image", true));
  f.items.push_back(Code(Inline::Kind::kClose, "4", "footnote", true));
  f.items.push_back(Code(Inline::Kind::kOpen, "5", "", true));
  f.items.push_back(Code(Inline::Kind::kPlaceholder, "6", "odd type", true));
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-codes", {Seg("s-codes", f, 2, " "), Seg("s-codes2", f, 2)}));
  d.blocks.back().segments[0].target = f;
  d.blocks.back().segments[0].state = doc::State::kInitial;
  return d;
}

TEST(Xliff12Writer, WritesTheSmallDocumentAsInTheGoldenFile) {
  doc::Document d = RichDocumentInFrench();
  d.blocks.resize(5);  // title, description, heading, paragraph, list with a term
  std::string got = Write(d);
  std::string path = std::string(FOLIO_SOURCE_DIR) + "/tests/golden/xliff/small.fr.xliff12.xlf";
  if (std::getenv("FOLIO_UPDATE_GOLDEN")) {
    ASSERT_TRUE(WriteFileAtomic(path, got).ok());
  }
  std::string want;
  ASSERT_TRUE(ReadFile(path, &want).ok()) << path << " (run with FOLIO_UPDATE_GOLDEN=1 to create it)";
  EXPECT_EQ(got, want) << "run with FOLIO_UPDATE_GOLDEN=1 to accept the new output, then review the diff";
}

TEST(Xliff12Writer, OutputValidatesAgainstTheStrictAndTransitionalSchemas) {
  for (const doc::Document& d : {RichDocument(), RichDocumentInFrench(), EveryFeatureDocument()}) {
    std::string xml = Write(d);
    std::string out;
    EXPECT_EQ(Xmllint(xml, kStrict, &out), 0) << out << xml;
    out.clear();
    EXPECT_EQ(Xmllint(xml, kTransitional, &out), 0) << out;
  }
}

TEST(Xliff12Writer, SchemaCheckRejectsAnInvalidFile) {
  // Guards the validation test above against passing vacuously: "word" is
  // not a count-type in 1.2.
  std::string x = Write(RichDocument());
  x.replace(x.find("count-type=\"total\""), 18, "count-type=\"word\"");
  std::string out;
  EXPECT_EQ(Xmllint(x, kStrict, &out), 3) << out;
  EXPECT_NE(out.find("'count-type': 'word' is not a valid value of the union type"), std::string::npos) << out;
}

TEST(Xliff12Writer, WritesTheSameBytesEveryTime) {
  EXPECT_EQ(Write(EveryFeatureDocument()), Write(EveryFeatureDocument()));
}

TEST(Xliff12Writer, WritesTheRootFileAndHeaderWithLanguagesToolAndTotalWordCount) {
  std::string x = Write(RichDocumentInFrench());
  EXPECT_EQ(x.substr(0, x.find("    <body>")),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
            "  <file original=\"article.txt\" source-language=\"en\" target-language=\"fr\" "
            "datatype=\"plaintext\" tool-id=\"folio\">\n"
            "    <header>\n"
            "      <tool tool-id=\"folio\" tool-name=\"folio\"/>\n"
            "      <count-group name=\"file\">\n"
            "        <count count-type=\"total\" unit=\"word\">36</count>\n"
            "      </count-group>\n"
            "    </header>\n");
}

TEST(Xliff12Writer, WritesOneGroupPerUnitWithWordCountAndContextNotes) {
  std::string x = Write(RichDocument());
  EXPECT_NE(x.find("      <group id=\"p-00000004\" restype=\"x-folio-paragraph\">\n"
                   "        <count-group name=\"p-00000004\">\n"
                   "          <count count-type=\"total\" unit=\"word\">9</count>\n"
                   "        </count-group>\n"
                   "        <note from=\"folio\">Paragraph 1 of section \u201CRelease &amp; "
                   "Emotions\u201D</note>\n"
                   "        <trans-unit id=\"s-0000000d\" xml:space=\"preserve\">\n"
                   "          <source>Intimacy brings up what we hide.</source>\n"
                   "          <target state=\"new\">Intimacy brings up what we hide.</target>\n"
                   "        </trans-unit>\n"
                   "        <trans-unit id=\"s-0000000e\" xml:space=\"preserve\">\n"
                   "          <source>That is normal.</source>\n"
                   "          <target state=\"new\">That is normal.</target>\n"
                   "        </trans-unit>\n"
                   "      </group>\n"),
            std::string::npos)
      << x;
}

TEST(Xliff12Writer, UsesStandardRestypesWhereXliff12HasThem) {
  std::string x = Write(RichDocument());
  for (const char* group :
       {"<group id=\"t-00000001\" restype=\"x-folio-title\">",
        "<group id=\"d-00000002\" restype=\"x-folio-description\">", "<group id=\"h-00000003\" restype=\"heading\">",
        "<group id=\"li-00000005\" restype=\"listitem\">"}) {
    EXPECT_NE(x.find(group), std::string::npos) << group;
  }
  EXPECT_EQ(x.find("translate=\"no\""), std::string::npos);
}

TEST(Xliff12Writer, TellsTranslatorsWhatEachUnitIsAsThe2xWriterDoes) {
  std::string x = Write(RichDocument());
  for (const char* note : {
           "<note from=\"folio\">Book title (the main heading, also the EPUB title)</note>",
           "<note from=\"folio\">Book description (EPUB metadata, not shown in the text)</note>",
           "<note from=\"folio\">Heading (section title)</note>",
           "<note from=\"folio\">List item 1 of 2</note>",
           "<note from=\"folio\">The highlighted term is marked with an inline code; keep it, "
           "you may move it.</note>",
           "<note from=\"folio\">This item completes the sentence \u201CThat can happen when:\u201D "
           "that precedes the list: translate it so that it continues that sentence grammatically "
           "(for example a lower-case start and the same construction in every item).</note>",
       }) {
    EXPECT_NE(x.find(note), std::string::npos) << note;
  }
}

TEST(Xliff12Writer, GivesEveryTransUnitATargetCopyingTheSourceWhenUntranslated) {
  std::string x = Write(RichDocumentInFrench());
  EXPECT_NE(x.find("        <trans-unit id=\"s-00000013\" xml:space=\"preserve\">\n"
                   "          <source>you feel unseen.</source>\n"
                   "          <target state=\"new\">you feel unseen.</target>\n"
                   "        </trans-unit>\n"),
            std::string::npos)
      << x;
  size_t units = 0, targets = 0;
  for (size_t p = x.find("<trans-unit "); p != std::string::npos; p = x.find("<trans-unit ", p + 1)) ++units;
  for (size_t p = x.find("<target "); p != std::string::npos; p = x.find("<target ", p + 1)) ++targets;
  EXPECT_EQ(units, 10u);
  EXPECT_EQ(targets, units);
}

TEST(Xliff12Writer, MapsStatesAndMarksReviewedAndFinalAsApproved) {
  std::string x = Write(EveryFeatureDocument());
  EXPECT_NE(x.find("        <trans-unit id=\"s-0000000a\" xml:space=\"preserve\" approved=\"yes\">\n"
                   "          <source>More Than Physical</source>\n"
                   "          <target state=\"final\">Plus que physique</target>\n"),
            std::string::npos)
      << x;
  EXPECT_NE(x.find("<trans-unit id=\"s-0000000b\" xml:space=\"preserve\" approved=\"yes\">\n"
                   "          <source>Why &lt;intimacy&gt; &amp; trust \"matter\".</source>\n"
                   "          <target state=\"signed-off\">"),
            std::string::npos);
  EXPECT_NE(x.find("<trans-unit id=\"s-0000000c\" xml:space=\"preserve\">\n"
                   "          <source>Release &amp; Emotions</source>\n"
                   "          <target state=\"translated\">"),
            std::string::npos);
  EXPECT_NE(x.find("<trans-unit id=\"s-codes\" xml:space=\"preserve\">\n"), std::string::npos);
  EXPECT_NE(x.find("<target state=\"needs-translation\">"), std::string::npos);
}

TEST(Xliff12Writer, WritesOnlySourceCopiesWithoutATargetLanguage) {
  doc::Document d = RichDocumentInFrench();
  d.target_language.clear();
  std::string x = Write(d);
  EXPECT_EQ(x.find("target-language"), std::string::npos);
  EXPECT_EQ(x.find("Plus que physique"), std::string::npos);
  EXPECT_EQ(x, Write(RichDocument()));
}

TEST(Xliff12Writer, WritesTermSpansAsGWithAFolioCtype) {
  EXPECT_EQ(SourceLineOf(TermFragment("", "Unprocessed emotions", ": they surface.")),
            "<source><g id=\"1\" ctype=\"x-folio-term\">Unprocessed emotions</g>: they "
            "surface.</source>");
}

TEST(Xliff12Writer, WritesOverlappingAndLoneCodesAsBxAndEx) {
  doc::Fragment f;
  f.items.push_back(Code(Inline::Kind::kOpen, "1"));
  f.AppendText("a");
  f.items.push_back(Code(Inline::Kind::kOpen, "2", "link", true));
  f.AppendText("b");
  f.items.push_back(Code(Inline::Kind::kClose, "1"));
  f.AppendText("c");
  f.items.push_back(Code(Inline::Kind::kClose, "2", "link", true));
  f.items.push_back(Code(Inline::Kind::kPlaceholder, "3", "image", true));
  f.items.push_back(Code(Inline::Kind::kClose, "4", "footnote", true));
  f.items.push_back(Code(Inline::Kind::kOpen, "5", "", true));
  f.items.push_back(Code(Inline::Kind::kPlaceholder, "6", "link", true));
  EXPECT_EQ(SourceLineOf(f),
            "<source><bx id=\"1\" rid=\"1\" ctype=\"x-folio-term\"/>a"
            "<g id=\"2\" ctype=\"link\">b<ex id=\"1\" rid=\"1\"/>c</g>"
            "<x id=\"3\" ctype=\"image\"/><ex id=\"4\"/><bx id=\"5\"/>"
            "<x id=\"6\" ctype=\"x-folio-link\"/></source>");
}

TEST(Xliff12Writer, EscapesMarkupAndReplacesCharactersXmlCannotCarry) {
  EXPECT_EQ(SourceLineOf(TextFragment("a < b & \"c\" > d\x01\r\te")),
            "<source>a &lt; b &amp; \"c\" &gt; d\xEF\xBF\xBD&#13;\te</source>");
}

TEST(Xliff12Writer, DoesNotCarryTheSpaceBetweenSentences) {
  // Folio rebuilds it from its own source (xliff12_writer.h).
  std::string x = Write(RichDocument());
  EXPECT_NE(x.find("<target state=\"new\">Intimacy brings up what we hide.</target>\n"
                   "        </trans-unit>\n"
                   "        <trans-unit id=\"s-0000000e\""),
            std::string::npos);
}

TEST(Xliff12Writer, LeavesOutUnitsWithoutSegments) {
  doc::Document d = RichDocument();
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-empty", {}));
  EXPECT_EQ(Write(d).find("p-empty"), std::string::npos);
}

TEST(Xliff12Names, MapsCodeTypesToCtypesAndBack) {
  EXPECT_EQ(CodeTypeToCtype("term", false), "x-folio-term");
  EXPECT_EQ(CodeTypeToCtype("link", false), "link");
  EXPECT_EQ(CodeTypeToCtype("bold", false), "bold");
  EXPECT_EQ(CodeTypeToCtype("image", true), "image");
  EXPECT_EQ(CodeTypeToCtype("image", false), "x-folio-image");
  EXPECT_EQ(CodeTypeToCtype("link", true), "x-folio-link");
  EXPECT_EQ(CodeTypeToCtype("", false), "");
  EXPECT_EQ(CodeTypeToCtype("two words", true), "");
  EXPECT_EQ(CodeTypeFromCtype("x-folio-term"), "term");
  EXPECT_EQ(CodeTypeFromCtype("link"), "link");
  EXPECT_EQ(CodeTypeFromCtype("x-bold"), "x-bold");
  EXPECT_EQ(CodeTypeFromCtype("x-folio-"), "x-folio-");
  EXPECT_EQ(CodeTypeFromCtype(""), "");
}

}  // namespace
}  // namespace folio::xliff
