#include "xliff/xliff2_writer.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "base/file_io.h"
#include "xliff/test_documents.h"

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

std::string Write(const doc::Document& d) { return WriteXliff2(d, {"article.txt"}); }

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
  char tmpl[] = "/tmp/folio-xliff-XXXXXX";
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

TEST(Xliff2Writer, WritesTheSmallDocumentAsInTheGoldenFile) {
  doc::Document d = RichDocumentInFrench();
  d.blocks.resize(5);  // title, description, heading, paragraph, list with a term
  std::string got = Write(d);
  std::string path = std::string(FOLIO_SOURCE_DIR) + "/tests/golden/xliff/small.fr.xlf";
  if (std::getenv("FOLIO_UPDATE_GOLDEN")) {
    ASSERT_TRUE(WriteFileAtomic(path, got).ok());
  }
  std::string want;
  ASSERT_TRUE(ReadFile(path, &want).ok()) << path << " (run with FOLIO_UPDATE_GOLDEN=1 to create it)";
  EXPECT_EQ(got, want) << "run with FOLIO_UPDATE_GOLDEN=1 to accept the new output, then review the diff";
}

TEST(Xliff2Writer, OutputValidatesAgainstCoreAndModuleSchemas) {
  for (const doc::Document& d : {RichDocument(), RichDocumentInFrench()}) {
    std::string xml = Write(d);
    std::string out;
    EXPECT_EQ(Xmllint(xml, "schemas/local/xliff-2.1-with-modules.xsd", &out), 0) << out << xml;
    out.clear();
    EXPECT_EQ(Xmllint(xml, "schemas/2.1/xliff_core_2.0.xsd", &out), 0) << out;
  }
}

TEST(Xliff2Writer, SchemaCheckRejectsAnInvalidFile) {
  // Guards the validation tests above against passing vacuously.
  std::string x = Write(RichDocument());
  x.replace(x.find("type=\"folio:title\""), 18, "type=\"title\"");
  std::string out;
  EXPECT_EQ(Xmllint(x, "schemas/local/xliff-2.1-with-modules.xsd", &out), 3) << out;
  EXPECT_NE(out.find("The value 'title' is not accepted by the pattern"), std::string::npos) << out;
}

TEST(Xliff2Writer, OutputWithEveryKindOfCodeValidates) {
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
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-codes", {Seg("s-codes", f, 2)}));
  d.blocks.back().segments[0].target = f;
  d.blocks.back().segments[0].state = doc::State::kTranslated;
  std::string xml = Write(d);
  std::string out;
  EXPECT_EQ(Xmllint(xml, "schemas/local/xliff-2.1-with-modules.xsd", &out), 0) << out << xml;
}

TEST(Xliff2Writer, WritesTheSameBytesEveryTime) {
  EXPECT_EQ(Write(RichDocumentInFrench()), Write(RichDocumentInFrench()));
}

TEST(Xliff2Writer, WritesTheRootAndFileWithLanguagesAndNoResegmenting) {
  std::string x = Write(RichDocumentInFrench());
  EXPECT_EQ(x.substr(0, x.find("    <mda:metadata>")),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
            "xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" version=\"2.1\" srcLang=\"en\" "
            "trgLang=\"fr\">\n"
            "  <file id=\"f1\" original=\"article.txt\" canResegment=\"no\">\n");
}

TEST(Xliff2Writer, LeavesOutTrgLangAndTargetsForTheSourceEdition) {
  doc::Document d = RichDocumentInFrench();
  d.target_language.clear();
  std::string x = Write(d);
  EXPECT_EQ(x.find("trgLang"), std::string::npos);
  EXPECT_EQ(x.find("<target>"), std::string::npos);
  EXPECT_EQ(x.find("state="), std::string::npos);
  EXPECT_EQ(x, Write(RichDocument()));
}

TEST(Xliff2Writer, MarksRightToLeftTargets) {
  doc::Document d = RichDocument();
  d.target_language = "ar";
  EXPECT_NE(Write(d).find("<file id=\"f1\" original=\"article.txt\" canResegment=\"no\" trgDir=\"rtl\">"),
            std::string::npos);
}

TEST(Xliff2Writer, WritesTermSpansAsPairedCodesThatCannotBeDeleted) {
  EXPECT_EQ(SourceLineOf(TermFragment("", "Unprocessed emotions", ": they surface.")),
            "<source><pc id=\"1\" type=\"fmt\" subType=\"folio:term\" canDelete=\"no\">"
            "Unprocessed emotions</pc>: they surface.</source>");
}

TEST(Xliff2Writer, EscapesMarkupAndCarriesControlCharactersAsCodePoints) {
  EXPECT_EQ(SourceLineOf(TextFragment("a < b & \"c\" > d\x01\r\te")),
            "<source>a &lt; b &amp; \"c\" &gt; d<cp hex=\"0001\"/>&#13;\te</source>");
}

TEST(Xliff2Writer, WritesOverlappingAndLoneCodesAsStartAndEndCodes) {
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
  EXPECT_EQ(SourceLineOf(f),
            "<source><sc id=\"1\" type=\"fmt\" subType=\"folio:term\" canDelete=\"no\"/>a"
            "<pc id=\"2\" type=\"link\">b"
            "<ec startRef=\"1\" type=\"fmt\" subType=\"folio:term\" canDelete=\"no\"/>c</pc>"
            "<ph id=\"3\" type=\"image\"/>"
            "<ec id=\"4\" type=\"other\" subType=\"folio:footnote\" isolated=\"yes\"/>"
            "<sc id=\"5\" isolated=\"yes\"/></source>");
}

TEST(Xliff2Writer, WritesSpaceBetweenSentencesAsIgnorable) {
  std::string x = Write(RichDocument());
  EXPECT_NE(x.find("        <source>Intimacy brings up what we hide.</source>\n"
                   "      </segment>\n"
                   "      <ignorable>\n"
                   "        <source> </source>\n"
                   "      </ignorable>\n"
                   "      <segment id=\"s-0000000e\">\n"),
            std::string::npos)
      << x;
  EXPECT_EQ(x.find("<ignorable>", x.find("s-0000000e")), std::string::npos);
}

TEST(Xliff2Writer, PutsWordCountsFirstInTheUnitThenNotes) {
  std::string x = Write(RichDocument());
  EXPECT_NE(x.find("    <unit id=\"p-00000004\" type=\"folio:paragraph\" xml:space=\"preserve\">\n"
                   "      <mda:metadata>\n"
                   "        <mda:metaGroup category=\"folio\">\n"
                   "          <mda:meta type=\"word-count\">9</mda:meta>\n"
                   "        </mda:metaGroup>\n"
                   "      </mda:metadata>\n"
                   "      <notes>\n"
                   "        <note category=\"context\">Paragraph 1 of section \u201CRelease &amp; "
                   "Emotions\u201D</note>\n"
                   "      </notes>\n"),
            std::string::npos)
      << x;
  EXPECT_NE(x.find("  <file id=\"f1\" original=\"article.txt\" canResegment=\"no\">\n"
                   "    <mda:metadata>\n"
                   "      <mda:metaGroup category=\"folio\">\n"
                   "        <mda:meta type=\"word-count\">36</mda:meta>\n"),
            std::string::npos);
}

TEST(Xliff2Writer, TellsTranslatorsWhatEachUnitIs) {
  std::string x = Write(RichDocument());
  for (const char* note : {
           "<note category=\"context\">Book title (the main heading, also the EPUB title)</note>",
           "<note category=\"context\">Book description (EPUB metadata, not shown in the text)</note>",
           "<note category=\"context\">Heading (section title)</note>",
           "<note category=\"context\">Paragraph 2 of section \u201CRelease &amp; Emotions\u201D</note>",
           "<note category=\"context\">List item 1 of 2</note>",
           "<note category=\"format\">The highlighted term is marked with an inline code; keep it, "
           "you may move it.</note>",
       }) {
    EXPECT_NE(x.find(note), std::string::npos) << note;
  }
  // The term note goes only to the unit that has a term.
  EXPECT_EQ(x.find("category=\"format\""), x.rfind("category=\"format\""));
}

TEST(Xliff2Writer, NumbersParagraphsBeforeTheFirstHeadingAsIntroduction) {
  doc::Document d;
  d.source_language = "en";
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-1", {Seg("s-1", TextFragment("Hi."), 1)}));
  EXPECT_NE(Write(d).find("<note category=\"context\">Paragraph 1 of the introduction (before "
                          "the first section heading)</note>"),
            std::string::npos);
}

TEST(Xliff2Writer, SaysThatItemsOfALeadInListContinueItsSentence) {
  std::string x = Write(RichDocument());
  std::string note =
      "<note category=\"context\">This item completes the sentence \u201CThat can happen when:\u201D "
      "that precedes the list: translate it so that it continues that sentence grammatically (for "
      "example a lower-case start and the same construction in every item).</note>";
  size_t first = x.find(note);
  ASSERT_NE(first, std::string::npos) << x;
  EXPECT_GT(first, x.find("<unit id=\"li-00000008\""));
  EXPECT_GT(x.find(note, first + 1), x.find("<unit id=\"li-00000009\""));
  EXPECT_LT(x.find("<unit id=\"li-00000006\""), first);
}

TEST(Xliff2Writer, WritesTargetsWithTheirStateAndOmitsInitial) {
  doc::Document d = RichDocumentInFrench();
  std::string x = Write(d);
  EXPECT_NE(x.find("      <segment id=\"s-0000000a\" state=\"final\">\n"
                   "        <source>More Than Physical</source>\n"
                   "        <target>Plus que physique</target>\n"
                   "      </segment>\n"),
            std::string::npos)
      << x;
  EXPECT_NE(x.find("      <segment id=\"s-00000013\">\n"
                   "        <source>you feel unseen.</source>\n"
                   "      </segment>\n"),
            std::string::npos);
  // A state without a target would break XLIFF's rule that it needs one.
  d.blocks.back().children.back().segments[0].state = doc::State::kFinal;
  EXPECT_NE(Write(d).find("<segment id=\"s-00000013\">"), std::string::npos);
}

TEST(Xliff2Writer, LeavesOutUnitsWithoutSegments) {
  doc::Document d = RichDocument();
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-empty", {}));
  EXPECT_EQ(Write(d).find("p-empty"), std::string::npos);
}

}  // namespace
}  // namespace folio::xliff
