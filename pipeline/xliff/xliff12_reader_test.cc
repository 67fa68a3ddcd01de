// ReadXliff12 through its entry point ReadXliff (xliff_reader.h).
#include "xliff/xliff12_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>

#include "base/file_io.h"
#include "doc/dump.h"
#include "xliff/check.h"
#include "xliff/test_documents.h"
#include "xliff/xliff12_writer.h"
#include "xliff/xliff_reader.h"

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
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
    "<file original=\"a.txt\" source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\">"
    "<body>\n";
const char kTail[] = "</body></file>\n</xliff>\n";

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

// Everything but locations, one line per segment.
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

// The summary of a file whose body is `body`.
std::string SummaryOf(const std::string& body) { return Summary(MustRead(std::string(kHead) + body + kTail)); }

// The source of the only trans-unit, whose <source> holds `inline_xml`.
doc::Fragment SourceOf(const std::string& inline_xml) {
  XliffFile f =
      MustRead(std::string(kHead) + "<trans-unit id='s'><source>" + inline_xml + "</source></trans-unit>" + kTail);
  if (f.units.size() != 1 || f.units[0].segments.size() != 1) return {};
  return f.units[0].segments[0].source;
}

std::string SharedFile(const std::string& relative) { return std::string(FOLIO_SHARED_DIR) + "/xliff/" + relative; }

TEST(Xliff12Reader, ReadsBackWhatTheWriterWrote) {
  doc::Document d = RichDocumentInFrench();
  XliffFile f = MustRead(WriteXliff12(d, {"article.txt"}));
  EXPECT_EQ(f.version, "1.2");
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
      EXPECT_EQ(doc::FragmentToBraces(got.source), doc::FragmentToBraces(want.source));
      EXPECT_TRUE(SameSource(got.source, want.source)) << want.id;
      EXPECT_EQ(got.target.has_value(), want.target.has_value()) << want.id;
      if (got.target && want.target) {
        EXPECT_TRUE(SameSource(*got.target, *want.target)) << want.id;
      }
      EXPECT_EQ(got.state, want.state) << want.id;
    }
  });
  EXPECT_EQ(unit, f.units.size());
}

TEST(Xliff12Reader, KeepsCodeTypesButNotCanDeleteThroughTheRoundTrip) {
  doc::Fragment f;
  f.items.push_back(Code(Inline::Kind::kOpen, "1"));
  f.AppendText("a");
  f.items.push_back(Code(Inline::Kind::kOpen, "2", "link", true));
  f.AppendText("b");
  f.items.push_back(Code(Inline::Kind::kClose, "1"));
  f.items.push_back(Code(Inline::Kind::kClose, "2", "link", true));
  f.items.push_back(Code(Inline::Kind::kPlaceholder, "3", "image", true));
  f.items.push_back(Code(Inline::Kind::kOpen, "5", "footnote", true));
  doc::Document d;
  d.source_language = "en";
  d.target_language = "fr";
  d.blocks.push_back(Unit(BlockKind::kParagraph, "p-1", {Seg("s-1", f, 2)}));
  d.blocks[0].segments[0].target = f;
  d.blocks[0].segments[0].state = doc::State::kTranslated;
  XliffFile x = MustRead(WriteXliff12(d, {"a.txt"}));
  ASSERT_EQ(x.units.size(), 1u);
  const XSegment& s = x.units[0].segments[0];
  ASSERT_TRUE(s.target);
  doc::Fragment want = f;
  for (Inline& i : want.items) i.can_delete = true;
  EXPECT_EQ(s.source, want);
  EXPECT_EQ(*s.target, want);
  EXPECT_EQ(s.state, doc::State::kTranslated);
}

TEST(Xliff12Reader, ReadsAReformattedFileToTheSameResult) {
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
  std::string ours = WriteXliff12(d, {"article.txt"});
  // What another tool might write for the same content: single quotes,
  // prefix "x:", reordered attributes, CRLF, no indentation, extension
  // namespaces, a comment, CDATA, an <alt-trans>, approved instead of a
  // state, notes after the target.
  std::string theirs =
      "<?xml version='1.0' encoding='utf-8'?>\r\n"
      "<x:xliff xmlns:x='urn:oasis:names:tc:xliff:document:1.2' xmlns:mq='MQXliff' version='1.2'>"
      "<x:file datatype='x-folio' target-language='fr' original='article.txt' source-language='en'"
      " mq:a='b'>\r\n<x:header><mq:stuff/></x:header><x:body>"
      "<x:group restype='x-p' id='p-1'><x:note>n</x:note>"
      "<x:trans-unit approved='yes' id='s-1'><!-- c --><x:source>A &amp; B.</x:source>\t"
      "<x:target xml:lang='fr'>A et B.</x:target><x:note>after</x:note>"
      "<x:alt-trans><x:source>A.</x:source><x:target>Z.</x:target></x:alt-trans></x:trans-unit>"
      "<x:trans-unit id='s-2'  ><x:source><![CDATA[C.]]></x:source><mq:x/></x:trans-unit></x:group>\r\n"
      "        <x:group id='li-2'>\r\n"
      "  <x:trans-unit id='s-3'><x:source><x:g ctype='x-folio-term' id='1'>Term</x:g>: text."
      "</x:source><x:target state='needs-review-translation'><x:g id='1' ctype='x-folio-term'>"
      "Terme</x:g> : texte.</x:target></x:trans-unit></x:group>"
      "</x:body></x:file></x:xliff>";
  EXPECT_EQ(Summary(MustRead(theirs)), Summary(MustRead(ours)));
  EXPECT_EQ(Summary(MustRead(ours)),
            "1.2 en>fr article.txt\n"
            "p-1/s-1 [reviewed] A & B. => A et B.\n"
            "p-1/s-2 [initial] C.\n"
            "li-2/s-3 [translated] {1}Term{/1}: text. => {1}Terme{/1} : texte.\n");
}

TEST(Xliff12Reader, RecordsWhereUnitsTransUnitsAndTargetsStart) {
  XliffFile f = MustRead(std::string(kHead) +
                         "<group id=\"g\">\n"
                         "  <trans-unit id=\"s1\">\n"
                         "    <source>\u00C9t\u00E9</source> <target state=\"translated\">Summer</target>\n"
                         "  </trans-unit>\n"
                         "</group>\n"
                         "<trans-unit id=\"s2\"><source>x</source></trans-unit>\n" +
                         kTail);
  EXPECT_EQ(f.where.ToString(), "fr.xlf:2:1");
  ASSERT_EQ(f.units.size(), 2u);
  EXPECT_EQ(f.units[0].where.ToString(), "fr.xlf:4:1");
  EXPECT_EQ(f.units[0].segments[0].where.ToString(), "fr.xlf:5:3");
  EXPECT_EQ(f.units[0].segments[0].target_where.ToString(), "fr.xlf:6:26");
  EXPECT_EQ(f.units[1].where.ToString(), "fr.xlf:9:1");
  EXPECT_EQ(f.units[1].segments[0].where.ToString(), "fr.xlf:9:1");
}

TEST(Xliff12Reader, MakesGroupsUnitsAndLooseTransUnitsUnitsOfTheirOwn) {
  EXPECT_EQ(SummaryOf("<trans-unit id='a'><source>1</source></trans-unit>"
                      "<group id='g'><trans-unit id='b'><source>2</source></trans-unit>"
                      "<group id='g2'><trans-unit id='c'><source>3</source></trans-unit></group>"
                      "<trans-unit id='d'><source>4</source></trans-unit></group>"
                      "<group><trans-unit id='e'><source>5</source></trans-unit></group>"
                      "<bin-unit id='bin' mime-type='image/png'><bin-source><external-file "
                      "href='a.png'/></bin-source></bin-unit>"),
            "1.2 en>fr a.txt\n"
            "a/a [initial] 1\n"
            "g/b [initial] 2\n"
            "g/d [initial] 4\n"
            "g2/c [initial] 3\n"
            "e/e [initial] 5\n");
}

TEST(Xliff12Reader, MapsTargetStatesAndApproval) {
  std::string body;
  const char* states[] = {"new",
                          "needs-translation",
                          "needs-adaptation",
                          "needs-l10n",
                          "needs-review-translation",
                          "needs-review-adaptation",
                          "needs-review-l10n",
                          "translated",
                          "signed-off",
                          "final",
                          "x-custom"};
  int n = 0;
  for (const char* state : states)
    body += "<trans-unit id='" + std::string(state) + "'><source>s</source><target state='" + state + "'>t" +
            std::to_string(n++) + "</target></trans-unit>";
  body +=
      "<trans-unit id='none'><source>s</source><target>t</target></trans-unit>"
      "<trans-unit id='approved' approved='yes'><source>s</source><target>t</target></trans-unit>"
      "<trans-unit id='approved-new' approved='yes'><source>s</source><target state='new'>s"
      "</target></trans-unit>"
      "<trans-unit id='approved-final' approved='yes'><source>s</source><target state='final'>t"
      "</target></trans-unit>"
      "<trans-unit id='not-approved' approved='no'><source>s</source><target "
      "state='signed-off'>t</target></trans-unit>";
  EXPECT_EQ(SummaryOf(body),
            "1.2 en>fr a.txt\n"
            "new/new [initial] s => t0\n"
            "needs-translation/needs-translation [initial] s => t1\n"
            "needs-adaptation/needs-adaptation [initial] s => t2\n"
            "needs-l10n/needs-l10n [initial] s => t3\n"
            "needs-review-translation/needs-review-translation [translated] s => t4\n"
            "needs-review-adaptation/needs-review-adaptation [translated] s => t5\n"
            "needs-review-l10n/needs-review-l10n [translated] s => t6\n"
            "translated/translated [translated] s => t7\n"
            "signed-off/signed-off [reviewed] s => t8\n"
            "final/final [final] s => t9\n"
            "x-custom/x-custom [initial] s => t10\n"
            "none/none [initial] s => t\n"
            "approved/approved [reviewed] s => t\n"
            "approved-new/approved-new [reviewed] s => s\n"
            "approved-final/approved-final [final] s => t\n"
            "not-approved/not-approved [reviewed] s => t\n");
}

TEST(Xliff12Reader, TreatsEmptyTargetsAndUntouchedSourceCopiesAsUntranslated) {
  XliffFile f = MustRead(std::string(kHead) +
                         "<trans-unit id='empty'><source>a</source><target state='translated'/>"
                         "</trans-unit>"
                         "<trans-unit id='copy-new'><source>a <g id='1'>b</g></source>"
                         "<target state='new'>a <g id='1' ctype='bold'>b</g></target></trans-unit>"
                         "<trans-unit id='copy-nt'><source>a</source>"
                         "<target state='needs-translation'>a</target></trans-unit>"
                         "<trans-unit id='same-translated'><source>EPUB</source>"
                         "<target state='translated'>EPUB</target></trans-unit>"
                         "<trans-unit id='same-no-state'><source>EPUB</source>"
                         "<target>EPUB</target></trans-unit>"
                         "<trans-unit id='moved-code'><source>a <g id='1'>b</g></source>"
                         "<target state='new'><g id='1'>b</g> a</target></trans-unit>" +
                         kTail);
  EXPECT_EQ(Summary(f),
            "1.2 en>fr a.txt\n"
            "empty/empty [initial] a\n"
            "copy-new/copy-new [initial] a {1}b{/1}\n"
            "copy-nt/copy-nt [initial] a\n"
            "same-translated/same-translated [translated] EPUB => EPUB\n"
            "same-no-state/same-no-state [initial] EPUB => EPUB\n"
            "moved-code/moved-code [initial] a {1}b{/1} => {1}b{/1} a\n");
  EXPECT_EQ(f.units[0].segments[0].target_where.line, 0);
}

TEST(Xliff12Reader, TurnsInlineElementsIntoCodesAndText) {
  doc::Fragment f = SourceOf(
      "a<x id='1' ctype='image'/>b<g id='2' ctype='x-folio-term'>c<mrk mtype='term'>d</mrk></g>"
      "<bx id='3' rid='r1' ctype='bold'/>e<ex id='4' rid='r1'/>"
      "<bpt id='5' ctype='italic'>&lt;i&gt;</bpt>f<ept id='5'>&lt;/i&gt;</ept>"
      "<ph id='6' ctype='x-folio-footnote'>&lt;br/&gt;<sub>no</sub></ph>"
      "<it id='7' pos='open'>&lt;b&gt;</it>g<it id='8' pos='close'>&lt;/u&gt;</it>"
      "<bx id='9'/><ex id='10'/>");
  EXPECT_EQ(doc::FragmentToBraces(f), "a{1/}b{2}cd{/2}{r1}e{/r1}{5}f{/5}{6/}{7}g{/8}{9}{/10}");
  ASSERT_EQ(f.items.size(), 18u);
  EXPECT_EQ(f.items[1], Code(Inline::Kind::kPlaceholder, "1", "image", true));
  EXPECT_EQ(f.items[3], Code(Inline::Kind::kOpen, "2", "term", true));
  EXPECT_EQ(f.items[5], Code(Inline::Kind::kClose, "2", "term", true));
  EXPECT_EQ(f.items[6], Code(Inline::Kind::kOpen, "r1", "bold", true));
  EXPECT_EQ(f.items[8], Code(Inline::Kind::kClose, "r1", "bold", true));
  EXPECT_EQ(f.items[9], Code(Inline::Kind::kOpen, "5", "italic", true));
  EXPECT_EQ(f.items[11], Code(Inline::Kind::kClose, "5", "italic", true));
  EXPECT_EQ(f.items[12], Code(Inline::Kind::kPlaceholder, "6", "footnote", true));
}

TEST(Xliff12Reader, KeepsWhitespaceExactlyAndNormalizesToNfc) {
  EXPECT_EQ(doc::FragmentToBraces(SourceOf("<g id='1'>a</g> <g id='2'>b</g>")), "{1}a{/1} {2}b{/2}");
  EXPECT_EQ(doc::FragmentToBraces(SourceOf("  two\n lines ")), "  two\n lines ");
  EXPECT_EQ(doc::FragmentToBraces(SourceOf("Cafe\xCC\x81")), "Caf\xC3\xA9");
}

TEST(Xliff12Reader, IgnoresElementsOfOtherNamespacesOutsideText) {
  EXPECT_EQ(SummaryOf("<o:trans-unit xmlns:o='urn:other' id='no'><o:source>x</o:source>"
                      "</o:trans-unit><trans-unit id='yes' xmlns:o='urn:other'><o:note>n</o:note>"
                      "<source>a<!-- c -->b</source></trans-unit>"),
            "1.2 en>fr a.txt\nyes/yes [initial] ab\n");
}

// Inside <source>/<target> only inline codes may appear (strict schema): an
// element of another namespace, or a name 1.2 does not define, is refused
// where it is rather than dropped with its words or passed on as markup.
TEST(Xliff12Reader, RefusesElementsThatAreNotInlineCodesInText) {
  EXPECT_EQ(ErrorOf(std::string(kHead) +
                    "<trans-unit id='s' xmlns:o='urn:other'><source>a<o:b>hidden"
                    "</o:b>b</source></trans-unit>" +
                    kTail),
            "fr.xlf:4:49: <o:b> inside <source> is not an XLIFF 1.2 inline element (text may hold only "
            "<g>, <x>, <bx>, <ex>, <bpt>, <ept>, <it>, <ph> and <mrk>); if the words are meant as text, "
            "write them escaped (&lt;...&gt;), else remove the element in the translation tool");
  EXPECT_EQ(ErrorOf(std::string(kHead) +
                    "<trans-unit id='s'><source>a</source><target>b<g id='1'>"
                    "<script>x()</script></g></target></trans-unit>" +
                    kTail)
                .substr(0, 55),
            "fr.xlf:4:57: <script> inside <g> is not an XLIFF 1.2 in");
}

TEST(Xliff12Reader, TakesTheTargetLanguageFromTheFirstTargetWhenTheFileHasNone) {
  XliffFile f = MustRead(
      "<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'><file original='o' "
      "source-language='en' datatype='plaintext'><body><group id='g'><trans-unit id='s'><source>a"
      "</source><alt-trans><target xml:lang='xx'>b</target></alt-trans><target xml:lang='de-CH'>b"
      "</target></trans-unit></group></body></file></xliff>");
  EXPECT_EQ(f.trg_lang, "de-CH");
}

TEST(Xliff12Reader, RefusesDamagedStructure) {
  std::string damaged = "; the file is damaged: re-export it from your translation tool";
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<trans-unit><source/></trans-unit>" + kTail),
            "fr.xlf:4:1: <trans-unit> has no id attribute" + damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<trans-unit id='s'><target/></trans-unit>" + kTail),
            "fr.xlf:4:1: <trans-unit> has no <source>" + damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<trans-unit id='s'><source/><target state='done'/></trans-unit>" + kTail),
            "fr.xlf:4:29: unknown target state \"done\" (XLIFF 1.2 knows new, needs-translation, "
            "needs-adaptation, needs-l10n, needs-review-translation, needs-review-adaptation, "
            "needs-review-l10n, translated, signed-off, final and x-... values)" +
                damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<trans-unit id='s'><source><g>x</g></source></trans-unit>" + kTail),
            "fr.xlf:4:28: <g> has no id attribute" + damaged);
  EXPECT_EQ(ErrorOf(std::string(kHead) + "<trans-unit id='s'><source><ex/></source></trans-unit>" + kTail),
            "fr.xlf:4:28: <ex> has neither rid nor id" + damaged);
  EXPECT_EQ(ErrorOf("<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'/>"),
            "fr.xlf:1:1: <xliff> has no <file>" + damaged);
}

TEST(Xliff12Reader, RefusesNestingDeepEnoughToExhaustTheStack) {
  std::string open, close;
  for (int i = 0; i < 200; ++i) {
    open += "<g id='p" + std::to_string(i) + "'>";
    close += "</g>";
  }
  std::string msg =
      ErrorOf(std::string(kHead) + "<trans-unit id='s'><source>" + open + close + "</source></trans-unit>" + kTail);
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

TEST(Xliff12Reader, ReadsWhatOmegaTWroteBackWithItsTranslations) {
  std::string bytes;
  ASSERT_TRUE(ReadFile(SharedFile("samples/generated-here/article-1.2.omegat.xlf"), &bytes).ok());
  EXPECT_EQ(Summary(MustRead(bytes, "omegat.xlf")),
            "1.2 en>fr article.xhtml\n"
            "u1/u1 [translated] Reading for everyone => La lecture pour tous\n"
            "u2/u2 [translated] Screen readers announce the {1}alternative text{/1} of each image. "
            "=> Les lecteurs d'\u00E9cran annoncent le {1}texte alternatif{/1} de chaque image.\n"
            "g1/u3 [translated] Captions help   deaf readers. => Les sous-titres aident les "
            "lecteurs sourds.\n"
            "g1/u4 [initial] EPUB\n"
            "u5/u5 [translated] See {1/} and {2}the {3}nested{/3} part{/2}. => Voir {2}la partie "
            "{3}imbriqu\u00E9e{/3}{/2} et {1/}.\n"
            "u6/u6 [translated] Already done. => D\u00E9j\u00E0 fait.\n"
            "u7/u7 [translated] Tag error {1}here{/1}. => Erreur de balise ici.\n"
            "u8/u8 [initial] No match anywhere.\n");
}

TEST(Xliff12Reader, ReadsOmegaTsRawOutputWithTheUntranslatedSourceCopyAsNoTarget) {
  std::string bytes;
  ASSERT_TRUE(ReadFile(SharedFile("samples/generated-here/article-1.2.omegat-raw.xlf"), &bytes).ok());
  XliffFile f = MustRead(bytes, "raw.xlf");
  ASSERT_EQ(f.units.size(), 7u);
  EXPECT_EQ(f.units[0].segments[0].state, doc::State::kInitial);  // needs-translation
  ASSERT_TRUE(f.units[0].segments[0].target);
  EXPECT_EQ(doc::FragmentToBraces(*f.units[0].segments[0].target), "La lecture pour tous");
  EXPECT_EQ(f.units[6].segments[0].id, "u8");
  EXPECT_FALSE(f.units[6].segments[0].target);
}

// Every real-world 1.2 file is read or refused with a located reason; none
// crashes. The expected outcome per file is listed so a change shows up.
TEST(Xliff12Reader, ReadsOrClearlyRefusesEveryRealWorldSample) {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SharedFile("samples/1.2")))
    if (e.is_regular_file()) paths.push_back(e.path().string());
  for (const auto& e : std::filesystem::directory_iterator(SharedFile("samples/generated-here")))
    if (e.path().filename().string().find("1.2") != std::string::npos && e.path().extension() == ".xlf")
      paths.push_back(e.path().string());
  for (const auto& e : std::filesystem::directory_iterator(SharedFile("samples/okapi-html-extraction")))
    if (e.path().extension() == ".xliff") paths.push_back(e.path().string());
  std::sort(paths.begin(), paths.end());
  ASSERT_GE(paths.size(), 30u);
  const std::regex located("^" + std::string(FOLIO_SHARED_DIR) + "/xliff/samples/[^:]+:[0-9]+:[0-9]+: .+");
  std::string outcomes;
  for (const std::string& path : paths) {
    std::string bytes;
    ASSERT_TRUE(ReadFile(path, &bytes).ok()) << path;
    XliffFile f;
    Status s = ReadXliff(bytes, path, &f);
    std::string name = path.substr(path.find("/samples/") + 9);
    if (s.ok()) {
      size_t segments = 0, targets = 0;
      for (const XUnit& u : f.units)
        for (const XSegment& g : u.segments) {
          ++segments;
          if (g.target) ++targets;
        }
      outcomes += name + ": read, " + std::to_string(f.units.size()) + " units, " + std::to_string(segments) +
                  " segments, " + std::to_string(targets) + " targets, " + f.src_lang + ">" + f.trg_lang + "\n";
    } else {
      EXPECT_TRUE(std::regex_match(s.message(), located)) << s.message();
      outcomes += name + ": refused: " + s.message().substr(path.size() + 2) + "\n";
    }
  }
  EXPECT_EQ(
      outcomes,
      "1.2/broken-real-world/v1-duplicate-ids.xliff: read, 3 units, 3 segments, 1 targets, en-US>ko-KO\n"
      "1.2/crowdin/entities.xliff: read, 2 units, 2 segments, 2 targets, en-US>fa\n"
      "1.2/madcap-lingo-11/Working_with_the_Review_tool_single_tu.xlf: read, 1 units, 1 segments, 0 targets, "
      "en-us>zh-cn\n"
      "1.2/matecat-okapi-converter/calibre.docx.xliff: read, 188 units, 188 segments, 188 targets, en>id\n"
      "1.2/matecat-okapi-converter/from_jsont.xliff: read, 8 units, 24 segments, 24 targets, en-GB>it-IT\n"
      "1.2/matecat-okapi-converter/xliff12-with-segment-state.xliff: read, 1 units, 10 segments, 10 targets, en>it\n"
      "1.2/maxprograms-javapm/SF-12-Test02.xlf: read, 98 units, 98 segments, 90 targets, en>es\n"
      "1.2/memoq-4/MQ-12-Test01.xlf: read, 119 units, 119 segments, 50 targets, en>fr\n"
      "1.2/okapi-rainbow/RB-12-Test02.xlf: read, 9 units, 9 segments, 7 targets, en>fr\n"
      "1.2/security/file-with-notes-and-malicious-code.xliff: read, 3 units, 3 segments, 3 targets, hy-am>fr-fr\n"
      "1.2/trados-studio-2009/TS09-12-Test01.xlf: read, 42 units, 42 segments, 8 targets, en>de\n"
      "1.2/trados-studio/S9_Backlight.xls.ttx.sdlxliff: read, 15 units, 15 segments, 2 targets, en-US>nl-NL\n"
      "1.2/trados-studio/piazza.sdlxliff: read, 1 units, 1 segments, 1 targets, en-US>de-DE\n"
      "1.2/trados-studio/with-entities.xliff: read, 1 units, 1 segments, 1 targets, en>fr-FR\n"
      "1.2/typo3-l10nmgr/Typo3Draft.xlf: read, 1 units, 6 segments, 4 targets, EN>DE\n"
      "1.2/worldserver/altTrans-100.xlf: read, 1 units, 1 segments, 1 targets, en>es\n"
      "1.2/worldserver/test3_pt_BZ.xlf: read, 4 units, 4 segments, 3 targets, en-US>pt-BR\n"
      "1.2/xcode-12.5/long-segment-id.xliff: read, 3 units, 3 segments, 3 targets, en>it-IT\n"
      "generated-here/article-1.2.omegat-raw.xlf: read, 7 units, 8 segments, 6 targets, en>fr\n"
      "generated-here/article-1.2.omegat.xlf: read, 7 units, 8 segments, 6 targets, en>fr\n"
      "generated-here/article-1.2.podebug-unicode.xlf: read, 7 units, 8 segments, 7 targets, en>fr\n"
      "generated-here/article-1.2.translate-toolkit.xlf: read, 7 units, 8 segments, 5 targets, en>fr\n"
      "generated-here/article-1.2.xlf: read, 7 units, 8 segments, 1 targets, en>fr\n"
      "okapi-html-extraction/WorldsWorstWebsite.htm.xliff: read, 19 units, 19 segments, 19 targets, en>fr\n"
      "okapi-html-extraction/emoji1.html.xliff: read, 1 units, 1 segments, 1 targets, en>fr\n"
      "okapi-html-extraction/home_links.html.xliff: read, 12 units, 12 segments, 9 targets, en>fr\n"
      "okapi-html-extraction/segmentation_test.html.xliff: read, 1 units, 1 segments, 1 targets, en>fr\n"
      "okapi-html-extraction/simple_bold.html.xliff: read, 2 units, 2 segments, 2 targets, en>fr\n"
      "okapi-html-extraction/simple_link.html.xliff: read, 2 units, 2 segments, 2 targets, en>fr\n"
      "okapi-html-extraction/supplementals.html.xliff: read, 4 units, 4 segments, 4 targets, en>fr\n");
}

}  // namespace
}  // namespace folio::xliff
