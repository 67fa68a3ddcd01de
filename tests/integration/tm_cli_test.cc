// folio tm import / tm export / import -> memory, through the command.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"
#include "tm/memory.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;

const char* kMemory = "memory/translation-memory.sqlite";

std::vector<tm::Entry> ReadMemory(const std::string& path) {
  std::unique_ptr<tm::Memory> m;
  tm::MemoryOptions o;
  o.read_only = true;
  EXPECT_TRUE(tm::Memory::Open(path, o, &m).ok()) << path;
  std::vector<tm::Entry> all;
  if (m) {
    EXPECT_TRUE(m->ReadAll(&all).ok());
  }
  for (tm::Entry& e : all) e.origin.clear();  // ReadTmx sets it to the file read
  return all;
}

TEST(TmCli, ExportThenImportGivesTheSameMemory) {
  TempDir a, b;
  CopyProject(a.path(), true, false);
  fs::remove_all(a / "memory");
  RunResult r = RunFolio(a.path(), {"tm", "import", a / "locales/fr/article.xlf", a / "locales/ja/article.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("83 translations (83 en -> fr)"), std::string::npos) << r.out;
  r = RunFolio(a.path(), {"tm", "export", "--locale", "fr", "-o", a / "fr.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunFolio(a.path(), {"tm", "export", "--locale", "ja", "-o", a / "ja.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  CopyProject(b.path(), false, false);
  r = RunFolio(b.path(), {"tm", "import", a / "fr.tmx", a / "ja.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadMemory(b / kMemory), ReadMemory(a / kMemory));
  r = RunFolio(b.path(), {"tm", "export", "--locale", "fr", "-o", b / "fr.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFileOrEmpty(b / "fr.tmx"), ReadFileOrEmpty(a / "fr.tmx"));
  // Importing the same memory again adds nothing and does not touch the file.
  std::string before = ReadFileOrEmpty(b / kMemory);
  r = RunFolio(b.path(), {"tm", "import", a / "fr.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 new, 0 updated"), std::string::npos) << r.out;
  EXPECT_EQ(ReadFileOrEmpty(b / kMemory), before);
}

// A memory written by another tool (region-tagged languages, <bpt>/<ept>,
// OmegaT's "lang" attribute) is read, mapped onto the project's languages
// and offers its translations when the source has a similar sentence.
TEST(TmCli, ForeignTmxIsImportedAndLeveraged) {
  TempDir dir;
  CopyProject(dir.path(), false, false);
  WriteFileOrDie(dir / "other.tmx", R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="3.6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="EN-US" datatype="plaintext"/>
<body>
<tu><tuv lang="EN-US"><seg>Tears are simply another language your <bpt i="1">&lt;b&gt;</bpt>body<ept i="1">&lt;/b&gt;</ept> knows how to speak.</seg></tuv>
<tuv lang="FR-FR" creationdate="20240102T030405Z"><seg>Les larmes sont simplement une autre langue que votre <bpt i="1">&lt;b&gt;</bpt>corps<ept i="1">&lt;/b&gt;</ept> sait parler.</seg></tuv></tu>
</body></tmx>
)");
  RunResult r = RunFolio(dir.path(), {"tm", "import", dir / "other.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 en -> fr"), std::string::npos) << r.out;
  std::vector<tm::Entry> all = ReadMemory(dir / kMemory);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].created, 1704164645);
  ASSERT_EQ(all[0].target.items.size(), 5u);
  EXPECT_EQ(all[0].target.items[1].kind, doc::Inline::Kind::kOpen);

  r = RunFolio(dir.path(), {"extract", "--locale", "fr"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string xlf = ReadFileOrEmpty(dir / "locales/fr/article.xlf");
  size_t at = xlf.find("origin=\"tmx:");
  ASSERT_NE(at, std::string::npos) << "the foreign translation is offered";
  EXPECT_NE(xlf.find("Les larmes sont simplement une autre langue", at), std::string::npos);
  r = RunFolio(dir.path(), {"validate", dir / "locales/fr/article.xlf"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunFolio(dir.path(), {"analyze", "--locale", "fr", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("{\"band\": \"fuzzy-75-84\", \"segments\": 1,"), std::string::npos) << r.out;
}

TEST(TmCli, BrokenFilesLeaveTheMemoryUnchanged) {
  TempDir dir;
  CopyProject(dir.path(), true, false);
  fs::remove_all(dir / "memory");
  RunResult r = RunFolio(dir.path(), {"tm", "import", dir / "locales/fr/article.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string before = ReadFileOrEmpty(dir / kMemory);
  WriteFileOrDie(dir / "broken.tmx",
                 "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>x");
  WriteFileOrDie(dir / "xxe.tmx",
                 "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                 "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
                 "<tuv xml:lang=\"fr\"><seg>y</seg></tuv></tu></body></tmx>");
  r = RunFolio(dir.path(), {"tm", "import", dir / "locales/de/article.xlf", dir / "broken.tmx", dir / "xxe.tmx"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("broken.tmx:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("xxe.tmx:2:1: TMX files must not contain a DTD"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("the memory is unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("root:"), std::string::npos) << "nothing read from /etc/passwd";
  EXPECT_EQ(ReadFileOrEmpty(dir / kMemory), before);

  // A rejected folio import does not touch the memory either.
  std::string bad = ReadFileOrEmpty(dir / "locales/es/article.xlf");
  bad.replace(bad.find("trgLang=\"es\""), 12, "trgLang=\"it\"");
  WriteFileOrDie(dir / "bad.xlf", bad);
  r = RunFolio(dir.path(), {"import", dir / "locales/de/article.xlf", dir / "bad.xlf"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(ReadFileOrEmpty(dir / kMemory), before);
  EXPECT_FALSE(fs::exists(dir / (std::string(kMemory) + "-wal")));
}

TEST(TmCli, ImportFillsTheMemoryWithContext) {
  TempDir dir;
  CopyProject(dir.path(), true, false);
  fs::remove_all(dir / "memory");
  RunResult r = RunFolio(dir.path(), {"import", dir / "locales/es/article.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("83 new, 0 updated"), std::string::npos) << r.out;
  std::vector<tm::Entry> all = ReadMemory(dir / kMemory);
  ASSERT_EQ(all.size(), 83u);
  EXPECT_EQ(all[0].trg_lang, "es");
  EXPECT_EQ(all[0].prev_source, "");
  EXPECT_EQ(all[1].prev_source, all[0].source.PlainText());
  EXPECT_FALSE(all[0].unit_id.empty());
  EXPECT_FALSE(all[0].segment_id.empty());
  // extract and analyze read the memory without writing anything.
  auto before = SnapshotTree(dir.path());
  r = RunFolio(dir.path(), {"extract"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunFolio(dir.path(), {"analyze"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(SnapshotTree(dir.path()), before);
}

}  // namespace
}  // namespace folio::testing
