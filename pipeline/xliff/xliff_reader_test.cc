#include "xliff/xliff_reader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file_io.h"
#include "doc/dump.h"
#include "xliff/test_documents.h"
#include "xliff/xliff2_writer.h"

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

const char kHead[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" "
    "trgLang=\"fr\">\n<file id=\"f1\">\n";
const char kTail[] = "</file>\n</xliff>\n";

XliffFile MustRead(const std::string& xml, const std::string& path = "fr.xlf") {
  XliffFile f;
  Status s = ReadXliff(xml, path, &f);
  EXPECT_TRUE(s.ok()) << s.message();
  return f;
}

std::string ErrorOf(const std::string& xml) {
  XliffFile f;
  Status s = ReadXliff(xml, "fr.xlf", &f);
  EXPECT_FALSE(s.ok());
  return s.message();
}

// The source of the only segment of a unit whose <source> holds `inline_xml`.
doc::Fragment SourceOf(const std::string& inline_xml) {
  XliffFile f = MustRead(std::string(kHead) + "<unit id=\"u\"><segment><source>" + inline_xml +
                         "</source></segment></unit>" + kTail);
  if (f.units.size() != 1 || f.units[0].segments.size() != 1) return {};
  return f.units[0].segments[0].source;
}

// Everything but locations, one line per segment, for comparing files.
std::string Summary(const XliffFile& f) {
  std::string s = f.version + " " + f.src_lang + ">" + f.trg_lang + " " + f.original + "\n";
  for (const XUnit& u : f.units) {
    for (const XSegment& g : u.segments) {
      s += u.id + "/" + g.id + " [" + doc::StateName(g.state) + "] " + doc::FragmentToBraces(g.source);
      if (g.target) s += " => " + doc::FragmentToBraces(*g.target);
      s += "\n";
    }
  }
  return s;
}

doc::Document SmallDocumentInFrench() {
  doc::Document d;
  d.source_language = "en";
  d.target_language = "fr";
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-1",
                          {Seg("s-1", TextFragment("A & B."), 3, " "), Seg("s-2", TextFragment("C."), 1)}));
  d.blocks.push_back(Unit(BlockKind::kListItem, "li-2", {Seg("s-3", TermFragment("", "Term", ": text."), 2)}));
  d.blocks[0].segments[0].target = TextFragment("A et B.");
  d.blocks[0].segments[0].state = doc::State::kReviewed;
  d.blocks[1].segments[0].target = TermFragment("", "Terme", " : texte.");
  d.blocks[1].segments[0].state = doc::State::kTranslated;
  return d;
}

TEST(XliffReader, ReadsBackWhatTheWriterWrote) {
  doc::Document d = RichDocumentInFrench();
  XliffFile f = MustRead(WriteXliff2(d, {"article.txt"}));
  EXPECT_EQ(f.path, "fr.xlf");
  EXPECT_EQ(f.version, "2.1");
  EXPECT_EQ(f.src_lang, "en");
  EXPECT_EQ(f.trg_lang, "fr");
  EXPECT_EQ(f.original, "article.txt");
  size_t unit = 0;
  doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
    ASSERT_LT(unit, f.units.size());
    const XUnit& u = f.units[unit++];
    EXPECT_EQ(u.id, b.id);
    ASSERT_EQ(u.segments.size(), b.segments.size()) << b.id;
    for (size_t i = 0; i < b.segments.size(); ++i) {
      const XSegment& got = u.segments[i];
      const doc::Segment& want = b.segments[i];
      EXPECT_EQ(got.id, want.id);
      EXPECT_EQ(got.source, want.source) << want.id;
      EXPECT_EQ(got.target, want.target) << want.id;
      EXPECT_EQ(got.state, want.state) << want.id;
    }
  });
  EXPECT_EQ(unit, f.units.size());
}

TEST(XliffReader, ReadAndRewrittenIsByteIdentical) {
  std::string first = WriteXliff2(RichDocumentInFrench(), {"article.txt"});
  XliffFile f = MustRead(first);
  doc::Document d = RichDocument();
  d.target_language = f.trg_lang;
  doc::ForEachUnit(d.blocks, [&](doc::Block& b) {
    for (const XUnit& u : f.units) {
      if (u.id != b.id) continue;
      for (size_t i = 0; i < b.segments.size(); ++i) {
        b.segments[i].target = u.segments[i].target;
        b.segments[i].state = u.segments[i].state;
      }
    }
  });
  EXPECT_EQ(WriteXliff2(d, {f.original}), first);
}

TEST(XliffReader, ReadsAReformattedFileToTheSameResult) {
  std::string ours = WriteXliff2(SmallDocumentInFrench(), {"article.txt"});
  // What another tool might write for the same content: single-quoted
  // declaration, prefix "x:", reordered attributes, CRLF, no indentation,
  // a module element, an ignorable and a comment in odd places.
  std::string theirs =
      "<?xml version='1.0' encoding='utf-8'?>\r\n"
      "<x:xliff trgLang='fr' srcLang='en' xmlns:x='urn:oasis:names:tc:xliff:document:2.0' "
      "version='2.1'><x:file original='article.txt' id='f1'>\r\n"
      "<m:metadata xmlns:m='urn:oasis:names:tc:xliff:metadata:2.0'><m:metaGroup>"
      "<m:meta type='x'>1</m:meta></m:metaGroup></m:metadata>"
      "<x:unit id='p-1'><!-- c --><x:segment state='reviewed' id='s-1'>"
      "<x:source>A &amp; B.</x:source>\t<x:target>A et B.</x:target></x:segment>"
      "<x:ignorable><x:source> </x:source></x:ignorable>"
      "<x:segment id='s-2'  ><x:source><![CDATA[C.]]></x:source></x:segment></x:unit>\r\n"
      "        <x:unit id='li-2'>\r\n"
      "  <x:segment id='s-3' state='translated'><x:source><x:pc subType='folio:term' canDelete='no' "
      "id='1' type='fmt'>Term</x:pc>: text.</x:source><x:target><x:pc canDelete='no' id='1' "
      "type='fmt' subType='folio:term'>Terme</x:pc> : texte.</x:target></x:segment></x:unit>"
      "</x:file></x:xliff>";
  EXPECT_EQ(Summary(MustRead(theirs)), Summary(MustRead(ours)));
  EXPECT_EQ(Summary(MustRead(ours)),
            "2.1 en>fr article.txt\n"
            "p-1/s-1 [reviewed] A & B. => A et B.\n"
            "p-1/s-2 [initial] C.\n"
            "li-2/s-3 [translated] {1}Term{/1}: text. => {1}Terme{/1} : texte.\n");
}

TEST(XliffReader, RecordsWhereUnitsSegmentsAndTargetsStart) {
  XliffFile f = MustRead(std::string(kHead) +
                         "<unit id=\"u1\">\n"
                         "  <segment id=\"s1\" state=\"translated\">\n"
                         "    <source>\u00C9t\u00E9</source> <target>Summer</target>\n"
                         "  </segment>\n"
                         "</unit>\n" +
                         kTail);
  EXPECT_EQ(f.where.ToString(), "fr.xlf:2:1");
  ASSERT_EQ(f.units.size(), 1u);
  EXPECT_EQ(f.units[0].where.ToString(), "fr.xlf:4:1");
  EXPECT_EQ(f.units[0].segments[0].where.ToString(), "fr.xlf:5:3");
  // Columns count characters, not bytes: "Été" is 3 columns wide, not 5.
  EXPECT_EQ(f.units[0].segments[0].target_where.ToString(), "fr.xlf:6:26");
}

TEST(XliffReader, ReadsWhatTranslateToolkitWroteBack) {
  std::string path = std::string(FOLIO_SHARED_DIR) + "/xliff/samples/generated-here/article-2.0.translate-toolkit.xlf";
  std::string bytes;
  ASSERT_TRUE(ReadFile(path, &bytes).ok());
  XliffFile f = MustRead(bytes, "tt.xlf");
  EXPECT_EQ(Summary(f),
            "2.0 en>fr \n"
            "u1/s1 [translated] Reading for everyone => La lecture pour tous\n"
            "u2/ [translated] Screen readers announce the {1}alternative text{/1}{2/} of each "
            "image. => Les lecteurs d\u2019\u00E9cran annoncent le {1}texte alternatif{/1}{2/} de "
            "chaque image.\n"
            "u2/ [translated] Captions help deaf readers. => Les sous-titres aident les lecteurs "
            "sourds.\n"
            "u3/ [initial] EPUB\n");
  const Inline& pc = f.units[1].segments[0].source.items[1];
  EXPECT_EQ(pc.kind, Inline::Kind::kOpen);
  EXPECT_EQ(pc.type, "");
  EXPECT_TRUE(pc.can_delete);
}

TEST(XliffReader, AcceptsEveryValidFileOfTheOasisAndOkapiSuites) {
  int files = 0;
  for (const char* dir : {"core", "modules", "okapi-lynx"}) {
    std::string root = std::string(FOLIO_SHARED_DIR) + "/xliff/testsuite/valid/" + dir;
    for (const auto& e : std::filesystem::directory_iterator(root)) {
      if (e.path().extension() != ".xlf") continue;
      std::string bytes;
      ASSERT_TRUE(ReadFile(e.path().string(), &bytes).ok());
      XliffFile f;
      Status s = ReadXliff(bytes, e.path().string(), &f);
      EXPECT_TRUE(s.ok()) << s.message();
      ++files;
    }
  }
  EXPECT_GT(files, 40);
}

TEST(XliffReader, TurnsInlineElementsIntoCodesAndText) {
  doc::Fragment f = SourceOf(
      "a<ph id='1' type='image' canDelete='no'/>b<sc id='2' type='fmt' subType='folio:term'/>c"
      "<ec startRef='2'/><mrk id='m' type='term'>d<pc id='3' type='link'>e</pc></mrk>"
      "<sm id='m2'/>f<em startRef='m2'/><cp hex='0001'/><cp hex='1F600'/>"
      "<ec id='4' isolated='yes' type='other' subType='folio:footnote'/>");
  EXPECT_EQ(doc::FragmentToBraces(f), "a{1/}b{2}c{/2}d{3}e{/3}f\x01\xF0\x9F\x98\x80{/4}");
  ASSERT_EQ(f.items.size(), 12u);
  EXPECT_EQ(f.items[1], Code(Inline::Kind::kPlaceholder, "1", "image", false));
  EXPECT_EQ(f.items[3], Code(Inline::Kind::kOpen, "2", "term", true));
  EXPECT_EQ(f.items[5], Code(Inline::Kind::kClose, "2", "term", true));
  EXPECT_EQ(f.items[7], Code(Inline::Kind::kOpen, "3", "link", true));
  EXPECT_EQ(f.items[9], Code(Inline::Kind::kClose, "3", "link", true));
  EXPECT_EQ(f.items[11], Code(Inline::Kind::kClose, "4", "footnote", true));
}

TEST(XliffReader, KeepsWhitespaceExactly) {
  EXPECT_EQ(doc::FragmentToBraces(SourceOf("<pc id='1'>a</pc> <pc id='2'>b</pc>")), "{1}a{/1} {2}b{/2}");
  EXPECT_EQ(doc::FragmentToBraces(SourceOf("  two\n lines ")), "  two\n lines ");
  EXPECT_EQ(doc::FragmentToBraces(SourceOf(" ")), " ");
}

TEST(XliffReader, NormalizesTextToNfc) {
  EXPECT_EQ(doc::FragmentToBraces(SourceOf("Cafe\xCC\x81 e<![CDATA[\xCC\x81]]>")), "Caf\xC3\xA9 \xC3\xA9");
}

TEST(XliffReader, IgnoresElementsOfOtherNamespacesOutsideText) {
  XliffFile f = MustRead(std::string(kHead) +
                         "<unit id='u' xmlns:o='urn:other'><o:segment id='no'><o:source>x</o:source>"
                         "</o:segment><segment id='yes'><source>a<!-- c -->b</source>"
                         "</segment></unit><o:unit xmlns:o='urn:other' id='no'/>" +
                         kTail);
  EXPECT_EQ(Summary(f), "2.1 en>fr \nu/yes [initial] ab\n");
}

// XLIFF 2 allows no extension inside <source>/<target>: a foreign element, or
// a name XLIFF does not define (<script>), is refused where it is -- never
// dropped with its words, never passed on as markup.
TEST(XliffReader, RefusesElementsThatAreNotInlineCodesInText) {
  EXPECT_EQ(ErrorOf(std::string(kHead) +
                    "<unit id='u' xmlns:o='urn:other'><segment id='s'><source>a"
                    "<o:b>hidden</o:b>b</source></segment></unit>" +
                    kTail),
            "fr.xlf:4:59: <o:b> inside <source> is not an XLIFF 2 inline element (text may hold only <pc>, "
            "<ph>, <sc>, <ec>, <mrk>, <sm>, <em> and <cp>); if the words are meant as text, write them "
            "escaped (&lt;...&gt;), else remove the element in the translation tool");
  EXPECT_EQ(ErrorOf(std::string(kHead) +
                    "<unit id='u'><segment id='s'><source>a</source><target>b"
                    "<pc id='1'><script>x()</script></pc></target></segment></unit>" +
                    kTail)
                .substr(0, 58),
            "fr.xlf:4:68: <script> inside <pc> is not an XLIFF 2 inline");
}

TEST(XliffReader, EntersGroupsAndKeepsSegmentsWithoutIds) {
  XliffFile f = MustRead(std::string(kHead) +
                         "<group id='g'><group id='g2'><unit id='u'><segment><source>a</source>"
                         "</segment></unit></group></group>" +
                         kTail);
  EXPECT_EQ(Summary(f), "2.1 en>fr \nu/ [initial] a\n");
}

TEST(XliffReader, RefusesADoctype) {
  EXPECT_EQ(ErrorOf("<?xml version='1.0'?>\n<!-- x -->\n  <!DOCTYPE xliff [<!ENTITY a 'b'>]>\n"
                    "<xliff/>"),
            "fr.xlf:3:3: XLIFF files must not contain a DTD or entity declarations (they could "
            "read local files or expand without bound); remove the <!DOCTYPE> and try again");
  EXPECT_EQ(ErrorOf("<!DOCTYPE xliff SYSTEM 'file:///etc/passwd'>"),
            "fr.xlf:1:1: XLIFF files must not contain a DTD or entity declarations (they could "
            "read local files or expand without bound); remove the <!DOCTYPE> and try again");
}

TEST(XliffReader, PointsAtWhereTheXmlIsBroken) {
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<unit id='u'>\n  <segment></unit>"),
            "fr.xlf:5:14: not well-formed XML (Start-end tags mismatch); the file may be "
            "truncated or damaged: re-export it from your translation tool");
  EXPECT_EQ(ErrorOf(""),
            "fr.xlf:1:1: not well-formed XML (No document element found); the file may be "
            "truncated or damaged: re-export it from your translation tool");
}

TEST(XliffReader, ChecksUtf8First) {
  EXPECT_EQ(ErrorOf("<xliff>\n<a>\xFF</a>"),
            "fr.xlf:2:4: invalid UTF-8 byte 0xFF; save the file as UTF-8 (folio reads only UTF-8) "
            "and try again");
}

TEST(XliffReader, RefusesFilesLargerThan64MiB) {
  std::string big((64u << 20) + 1, ' ');
  EXPECT_EQ(ErrorOf(big),
            "fr.xlf:1:1: the file has 67108865 bytes; XLIFF files larger than 64 MiB are refused (an "
            "article's XLIFF is far smaller): check that this is the right file");
}

TEST(XliffReader, RefusesUtf16AndUtf32WithWhatToDo) {
  using namespace std::string_literals;
  const std::string tail = "; folio reads XLIFF in UTF-8 only: save or export it as UTF-8 (for example: ";
  EXPECT_EQ(ErrorOf("\xFF\xFE<\0?\0x\0m\0l\0"s),
            "fr.xlf:1:1: the file is encoded in UTF-16LE" + tail +
                "iconv -f UTF-16LE -t UTF-8 FILE > FILE.utf8.xlf) and import that");
  EXPECT_EQ(ErrorOf("\0<\0?\0x\0m\0l"s).substr(0, 44), "fr.xlf:1:1: the file is encoded in UTF-16BE;");
  EXPECT_EQ(ErrorOf("\xFE\xFF\0<"s).substr(0, 44), "fr.xlf:1:1: the file is encoded in UTF-16BE;");
  EXPECT_EQ(ErrorOf("\xFF\xFE\0\0<\0\0\0"s).substr(0, 44), "fr.xlf:1:1: the file is encoded in UTF-32LE;");
  EXPECT_EQ(ErrorOf("\0\0\0<"s).substr(0, 44), "fr.xlf:1:1: the file is encoded in UTF-32BE;");
}

TEST(XliffReader, HandsXliff12ToTheXliff12Reader) {
  // The reader itself is tested in xliff12_reader_test.cc.
  XliffFile f = MustRead(
      "<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'><file "
      "original='a.txt' source-language='en' target-language='fr' "
      "datatype='plaintext'><body><trans-unit id='s1'><source>a</source>"
      "</trans-unit></body></file></xliff>");
  EXPECT_EQ(Summary(f), "1.2 en>fr a.txt\ns1/s1 [initial] a\n");
  EXPECT_EQ(ErrorOf("<xliff version='1.2'/>"),
            "fr.xlf:1:1: XLIFF 1.2 without the XLIFF 1.2 namespace is not supported "
            "(xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" is missing); export the file from "
            "your translation tool as XLIFF 2.1 (or 2.0 or 1.2)");
}

TEST(XliffReader, RefusesUnknownVersionsAndOtherDocuments) {
  EXPECT_EQ(ErrorOf("<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='3.0'/>"),
            "fr.xlf:1:1: XLIFF version 3.0 is not supported (folio reads 1.2, 2.0 and 2.1); export "
            "the file from your translation tool as XLIFF 2.1 (or 2.0 or 1.2)");
  EXPECT_EQ(ErrorOf("<xliff xmlns='urn:oasis:names:tc:xliff:document:2.2' version='2.2'/>"),
            "fr.xlf:1:1: XLIFF version 2.2 is not supported (folio reads 1.2, 2.0 and 2.1); export "
            "the file from your translation tool as XLIFF 2.1 (or 2.0 or 1.2)");
  EXPECT_EQ(ErrorOf("<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0'/>"),
            "fr.xlf:1:1: an XLIFF file without a version attribute is not supported (folio reads "
            "1.2, 2.0 and 2.1); export the file from your translation tool as XLIFF 2.1 (or 2.0 or "
            "1.2)");
  EXPECT_EQ(ErrorOf("<xliff version='2.1'/>"),
            "fr.xlf:1:1: <xliff> is not in an XLIFF namespace (xmlns=\"\"; XLIFF 2 uses "
            "\"urn:oasis:names:tc:xliff:document:2.0\"); export the file from your translation "
            "tool as XLIFF 2.1 (or 2.0 or 1.2)");
  EXPECT_EQ(ErrorOf("<?xml version='1.0'?>\n<html/>"),
            "fr.xlf:2:1: not an XLIFF file (the root element is <html>, not <xliff>); choose the "
            ".xlf file your translation tool exported");
}

TEST(XliffReader, RefusesDamagedStructure) {
  std::string damaged = "; the file is damaged: re-export it from your translation tool";
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<unit id='u'><segment state='done'><source/></segment></unit>" + kTail),
            "fr.xlf:4:14: unknown segment state \"done\" (XLIFF 2 knows initial, translated, "
            "reviewed and final)" +
                damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<unit id='u'><segment><target/></segment></unit>" + kTail),
            "fr.xlf:4:14: <segment> has no <source>" + damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<unit><segment><source/></segment></unit>" + kTail),
            "fr.xlf:4:1: <unit> has no id attribute" + damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<unit id='u'><segment><source><pc>x</pc></source></segment></unit>" + kTail),
            "fr.xlf:4:31: <pc> has no id attribute" + damaged);
  EXPECT_EQ(
      ErrorOf(std::string(kHead) + "<unit id='u'><segment><source><cp hex='D800'/></source></segment></unit>" + kTail),
      "fr.xlf:4:31: <cp hex=\"D800\"> is not a Unicode code point" + damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead).substr(0, std::string(kHead).find("<file")) + "</xliff>"),
            "fr.xlf:2:1: <xliff> has no <file>" + damaged);
}

TEST(XliffReader, RefusesNestingDeepEnoughToExhaustTheStack) {
  std::string open, close;
  for (int i = 0; i < 200; ++i) {
    open += "<pc id='p" + std::to_string(i) + "'>";
    close += "</pc>";
  }
  std::string msg = ErrorOf(std::string(kHead) + "<unit id='u'><segment><source>" + open + close +
                            "</source></segment></unit>" + kTail);
  EXPECT_NE(msg.find(": Inline elements nested more than 100 deep; no translation tool writes "
                     "that: check the file's origin"),
            std::string::npos)
      << msg;
  std::string groups;
  for (int i = 0; i < 200; ++i) groups += "<group id='g" + std::to_string(i) + "'>";
  for (int i = 0; i < 200; ++i) groups += "</group>";
  msg = ErrorOf(std::string(kHead) + groups + kTail);
  EXPECT_NE(msg.find(": <group> elements nested more than 100 deep"), std::string::npos) << msg;
}

TEST(XliffReader, LeavesAnEmptyResultOnError) {
  XliffFile f;
  f.units.emplace_back();
  EXPECT_FALSE(ReadXliff(std::string(kHead) + "<unit id='u'><segment/></unit>" + kTail, "x.xlf", &f).ok());
  EXPECT_TRUE(f.units.empty());
  EXPECT_EQ(f.path, "x.xlf");
}

}  // namespace
}  // namespace folio::xliff
