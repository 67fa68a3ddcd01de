#include "tm/tmx.h"

#include <gtest/gtest.h>

#include "base/file_io.h"
#include "tm/coded_text.h"
#include "tm/test_entries.h"

namespace folio::tm {
namespace {

using testing::MakeEntry;
using testing::TermFragment;

std::string Describe(const Entry& e) {
  return e.src_lang + ">" + e.trg_lang + " [" + WriteCodedText(e.source) + "] [" + WriteCodedText(e.target) +
         "] created=" + std::to_string(e.created) + " changed=" + std::to_string(e.changed) + " prev=" + e.prev_source +
         " next=" + e.next_source + " origin=" + e.origin;
}

std::vector<Entry> SampleEntries() {
  Entry a = MakeEntry("", "", "Alt text matters.", "Keep it short.");
  a.source = TermFragment("Screen readers announce the ", "alternative text", " of each image.");
  a.target = TermFragment("Les lecteurs d'écran annoncent le ", "texte alternatif", " de chaque image.");
  a.target.items.push_back({doc::Inline::Kind::kPlaceholder, "", "2", "image", true});
  a.unit_id = "p-1a2b3c4d";
  a.segment_id = "s-5e6f7a8b";
  a.created = 1700000000;
  a.changed = 1700003600;
  Entry b = MakeEntry("Tom & Jerry <3 \"quotes\".", "Tom & Jerry <3 « guillemets ».");
  b.trg_lang = "de-CH";
  b.created = b.changed = 86400;
  return {a, b};
}

TEST(Tmx, WritesTheHeaderPropsAndCodes) {
  std::vector<Entry> entries = SampleEntries();
  entries.resize(1);
  EXPECT_EQ(WriteTmx(entries, "en"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<tmx version=\"1.4\">\n"
            "  <header creationtool=\"folio\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" "
            "o-tmf=\"folio\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n"
            "  <body>\n"
            "    <tu creationdate=\"20231114T221320Z\" changedate=\"20231114T231320Z\">\n"
            "      <prop type=\"x-code-cannot-delete\">1</prop>\n"
            "      <prop type=\"x-context-next\">Keep it short.</prop>\n"
            "      <prop type=\"x-context-prev\">Alt text matters.</prop>\n"
            "      <prop type=\"x-segment-id\">s-5e6f7a8b</prop>\n"
            "      <prop type=\"x-unit-id\">p-1a2b3c4d</prop>\n"
            "      <tuv xml:lang=\"en\"><seg>Screen readers announce the <bpt i=\"1\" x=\"1\" "
            "type=\"term\">&lt;term&gt;</bpt>alternative text<ept i=\"1\">&lt;/term&gt;</ept> of "
            "each image.</seg></tuv>\n"
            "      <tuv xml:lang=\"fr\"><seg>Les lecteurs d'écran annoncent le <bpt i=\"1\" x=\"1\" "
            "type=\"term\">&lt;term&gt;</bpt>texte alternatif<ept i=\"1\">&lt;/term&gt;</ept> de "
            "chaque image.<ph x=\"2\" type=\"image\">&lt;image/&gt;</ph></seg></tuv>\n"
            "    </tu>\n"
            "  </body>\n"
            "</tmx>\n");
}

TEST(Tmx, ExportThenImportGivesTheSameEntries) {
  std::vector<Entry> entries = SampleEntries();
  std::string tmx = WriteTmx(entries, "en");
  std::vector<Entry> back;
  Status s = ReadTmx(tmx, "memory.tmx", &back);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(back.size(), entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    entries[i].origin = "tmx:memory.tmx";
    EXPECT_EQ(Describe(back[i]), Describe(entries[i]));
    EXPECT_EQ(back[i], entries[i]);
  }
  EXPECT_EQ(WriteTmx(back, "en"), tmx);
}

TEST(Tmx, ReadsTheGeneratedSampleMemory) {
  std::string bytes;
  std::string path = std::string(FOLIO_SHARED_DIR) + "/xliff/samples/generated-here/memory-1.2.tmx";
  ASSERT_TRUE(ReadFile(path, &bytes).ok());
  std::vector<Entry> out;
  Status s = ReadTmx(bytes, "memory-1.2.tmx", &out);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Describe(out[0]),
            "en-US>fr-FR [Screen readers announce the {o|7|bold}alternative text{c|7|bold} of each "
            "image.] [Les lecteurs d'écran annoncent le {o|7|}texte alternatif{c|7|} de chaque "
            "image.] created=0 changed=0 prev= next= origin=tmx:memory-1.2.tmx");
}

TEST(Tmx, ReadsAnOmegaTMemory) {
  // As OmegaT 4-6 writes project_save.tmx: upper-case tags, "lang" on older
  // versions, dates on the target <tuv>, prev/next props for alternatives.
  std::string tmx =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!-- OmegaT project memory -->\n"
      "<tmx version=\"1.4\">\n"
      "  <header creationtool=\"OmegaT\" o-tmf=\"OmegaT TMX\" adminlang=\"EN-US\" "
      "datatype=\"plaintext\" creationtoolversion=\"6.0.0_0_1bf1729c\" segtype=\"sentence\" "
      "srclang=\"EN-US\"/>\n"
      "  <body>\n"
      "    <tu>\n"
      "      <prop type=\"file\">article.xlf</prop>\n"
      "      <prop type=\"prev\">He fell.</prop>\n"
      "      <prop type=\"next\">Then he cried.</prop>\n"
      "      <tuv lang=\"EN-US\">\n"
      "        <seg>It <bpt i=\"0\">&lt;g0&gt;</bpt>hurts<ept i=\"0\">&lt;/g0&gt;</ept>.</seg>\n"
      "      </tuv>\n"
      "      <tuv lang=\"FR-FR\" changeid=\"anna\" changedate=\"20240102T030405Z\" "
      "creationid=\"anna\" creationdate=\"20240101T000000Z\">\n"
      "        <seg>Ça <bpt i=\"0\">&lt;g0&gt;</bpt>fait mal<ept i=\"0\">&lt;/g0&gt;</ept>.</seg>\n"
      "      </tuv>\n"
      "    </tu>\n"
      "    <tu><tuv lang=\"EN-US\"><seg>Untranslated.</seg></tuv></tu>\n"
      "  </body>\n"
      "</tmx>\n";
  std::vector<Entry> out;
  Status s = ReadTmx(tmx, "omegat/project_save.tmx", &out);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Describe(out[0]),
            "en-US>fr-FR [It {o|0|}hurts{c|0|}.] [Ça {o|0|}fait mal{c|0|}.] created=1704067200 "
            "changed=1704164645 prev=He fell. next=Then he cried. "
            "origin=tmx:omegat/project_save.tmx");
}

TEST(Tmx, ReadsATradosStyleMemoryInUtf16) {
  std::string utf8 =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
      "<tmx version=\"1.4\"><header creationtool=\"SDL Language Platform\" "
      "creationtoolversion=\"8.1\" o-tmf=\"SDL TM8 Format\" datatype=\"xml\" segtype=\"sentence\" "
      "adminlang=\"en-US\" srclang=\"en-US\"/><body>"
      "<tu creationdate=\"20230501T101112Z\" creationid=\"X\" changedate=\"20230601T101112Z\">"
      "<prop type=\"x-ContextContent:SingleString\">abc</prop>"
      "<tuv xml:lang=\"fr-FR\"><seg>Voir<ph x=\"3\" type=\"image\"/> ici.</seg></tuv>"
      "<tuv xml:lang=\"en-US\"><seg>See<ph x=\"3\" type=\"image\"/> <hi>here</hi>.</seg></tuv>"
      "</tu></body></tmx>";
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) {
    utf16 += c;
    utf16 += '\0';
  }
  std::vector<Entry> out;
  Status s = ReadTmx(utf16, "trados.tmx", &out);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Describe(out[0]),
            "en-US>fr-FR [See{x|3|image} here.] [Voir{x|3|image} ici.] created=1682935872 "
            "changed=1685614272 prev= next= origin=tmx:trados.tmx");
}

TEST(Tmx, RefusesADoctype) {
  std::vector<Entry> out;
  Status s = ReadTmx("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx/>", "x.tmx", &out);
  EXPECT_EQ(s.message(),
            "x.tmx:2:1: TMX files must not contain a DTD or entity declarations (they could read "
            "local files or expand without bound); remove the <!DOCTYPE> and try again");
}

// pugixml alone stored "AT&T" from a bare '&' as if it were "AT&amp;T".
TEST(Tmx, RefusesXmlThatIsNotWellFormed) {
  std::vector<Entry> out;
  Status s = ReadTmx(
      "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>AT&T</seg>"
      "</tuv></tu></body></tmx>",
      "x.tmx", &out);
  EXPECT_EQ(s.message(),
            "x.tmx:1:78: not well-formed XML ('&' starts no character or entity reference; write &amp; for an "
            "ampersand); the file may be truncated or damaged: re-export it");
}

TEST(Tmx, RefusesAnotherRootElement) {
  std::vector<Entry> out;
  Status s = ReadTmx("<xliff version=\"2.0\"/>", "x.tmx", &out);
  EXPECT_EQ(s.message(),
            "x.tmx:1:1: not a TMX file (the root element is <xliff>, not <tmx>); choose the .tmx "
            "file your tool exported");
}

TEST(Tmx, ReportsTheLineOfAVariantWithoutLanguage) {
  std::vector<Entry> out;
  Status s = ReadTmx(
      "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>\n"
      "  <tuv><seg>x</seg></tuv></tu></body></tmx>",
      "x.tmx", &out);
  EXPECT_EQ(s.message(),
            "x.tmx:2:3: <tuv> without xml:lang; every variant needs its language: fix the file "
            "or re-export it");
}

TEST(Tmx, DatesAndLanguageTags) {
  int64_t t = 0;
  ASSERT_TRUE(ParseTmxDate("20240229T235959Z", &t));
  EXPECT_EQ(FormatTmxDate(t), "20240229T235959Z");
  EXPECT_FALSE(ParseTmxDate("2024-02-29", &t));
  EXPECT_EQ(NormalizeLanguageTag("EN-us"), "en-US");
  EXPECT_EQ(NormalizeLanguageTag("zh-hant-tw"), "zh-Hant-TW");
  EXPECT_EQ(NormalizeLanguageTag("fr"), "fr");
}

}  // namespace
}  // namespace folio::tm
