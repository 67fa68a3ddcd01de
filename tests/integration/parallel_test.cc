// extract and build run the articles of a project on several threads: the
// files they write, what they print and their exit codes must not depend on
// the number of threads.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_util.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;

// The first `lines` lines of a corpus book (Gutenberg header, START line and
// the opening chapters: hard-wrapped, CRLF, BOM).
std::string BookStart(const std::string& name, int lines) {
  std::ifstream in(kSharedDir + "/corpus/" + name, std::ios::binary);
  std::string out, line;
  for (int i = 0; i < lines && std::getline(in, line); ++i) out += line + "\n";
  return out;
}

// The bundled project plus three more articles: two book openings and the
// article again under another name, so that threads have work to share.
void MakeProject(const std::string& dir) {
  CopyProject(dir, /*with_locales=*/true, /*with_outputs=*/false);
  std::string ini = ReadFileOrEmpty(dir + "/folio.ini");
  struct Extra {
    std::string name, text;
  };
  std::vector<Extra> extras = {{"frankenstein", BookStart("frankenstein.txt", 400)},
                               {"moby_dick", BookStart("moby_dick.txt", 700)},
                               {"article_copy", ReadFileOrEmpty(dir + "/source-text/article.txt")}};
  int n = 0;
  for (const Extra& e : extras) {
    WriteFileOrDie(dir + "/source-text/" + e.name + ".txt", e.text);
    WriteFileOrDie(dir + "/source-text/" + e.name + ".meta.ini",
                   "title = " + e.name + "\nlanguage = en\ndate = 2026-01-01\n" +
                       "identifier = urn:uuid:6f1c2a52-0000-4000-8000-00000000000" + std::to_string(++n) + "\n");
    ini += "\n[article]\nsource = source-text/" + e.name + ".txt\nmetadata = source-text/" + e.name + ".meta.ini\n";
  }
  WriteFileOrDie(dir + "/folio.ini", ini);
}

// What a run printed, with the project folder's name taken out.
std::string Printed(const RunResult& r, const TempDir& dir) {
  std::string s = r.out + "\n--- stderr ---\n" + r.err;
  for (size_t at; (at = s.find(dir.path())) != std::string::npos;) s.replace(at, dir.path().size(), "PROJECT");
  return s;
}

TEST(Parallel, ExtractAndBuildGiveTheSameFilesAndMessagesOnOneThreadOrMany) {
  TempDir one, many;
  MakeProject(one.path());
  MakeProject(many.path());
  RunResult e1 = RunFolio(one.path(), {"extract", "-j", "1"});
  RunResult e4 = RunFolio(many.path(), {"extract", "-j", "4"});
  ASSERT_EQ(e1.exit_code, 0) << e1.err;
  ASSERT_EQ(e4.exit_code, 0) << e4.err;
  EXPECT_EQ(Printed(e1, one), Printed(e4, many));
  EXPECT_NE(Printed(e1, one).find("wrote PROJECT/locales/fr/moby_dick.xlf"), std::string::npos) << e1.out;
  auto l1 = SnapshotTree(one / "locales"), l4 = SnapshotTree(many / "locales");
  EXPECT_EQ(l1.size(), l4.size());
  EXPECT_TRUE(l1 == l4);

  RunResult b1 = RunFolio(one.path(), {"build", "-j", "1"});
  RunResult b4 = RunFolio(many.path(), {"build", "-j", "4"});
  ASSERT_EQ(b1.exit_code, 0) << b1.err;
  ASSERT_EQ(b4.exit_code, 0) << b4.err;
  EXPECT_EQ(Printed(b1, one), Printed(b4, many));
  auto o1 = SnapshotTree(one / "outputs"), o4 = SnapshotTree(many / "outputs");
  EXPECT_TRUE(o1.count("fr/article_copy.epub")) << "outputs hold every article";
  EXPECT_TRUE(o1 == o4);
}

TEST(Parallel, AnArticleThatFailsDoesNotStopTheOthersAndTheErrorIsTheSame) {
  TempDir one, many;
  MakeProject(one.path());
  MakeProject(many.path());
  // A translator's file that cannot be read: never overwritten.
  for (const TempDir* d : {&one, &many}) {
    fs::create_directories(*d / "locales/de");
    WriteFileOrDie(*d / "locales/de/frankenstein.xlf", "<xliff version=\"2.1\"><broken");
  }
  RunResult r1 = RunFolio(one.path(), {"extract", "-j", "1"});
  RunResult r4 = RunFolio(many.path(), {"extract", "-j", "4"});
  EXPECT_EQ(r1.exit_code, 1) << r1.err;
  EXPECT_EQ(r4.exit_code, r1.exit_code);
  EXPECT_EQ(Printed(r1, one), Printed(r4, many));
  EXPECT_NE(r1.err.find("locales/de/frankenstein.xlf"), std::string::npos) << r1.err;
  EXPECT_EQ(ReadFileOrEmpty(one / "locales/de/frankenstein.xlf"), "<xliff version=\"2.1\"><broken");
  // The other articles were extracted.
  EXPECT_TRUE(fs::exists(one / "locales/de/moby_dick.xlf"));
  EXPECT_TRUE(SnapshotTree(one / "locales") == SnapshotTree(many / "locales"));
}

TEST(Parallel, JobsMustBeAtLeastOne) {
  TempDir project;
  CopyProject(project.path(), true, false);
  RunResult r = RunFolio(project.path(), {"extract", "-j", "0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--jobs 0: give at least 1"), std::string::npos) << r.err;
  r = RunFolio(project.path(), {"build", "--jobs", "-3"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace folio::testing

namespace folio::testing {
namespace {

// The EPUB's zip entries carry DOS times; libzip converts them through the
// local time zone. folio runs in UTC so that the bytes are the same in every
// zone, even for a time that does not exist locally (02:30 on the day
// central Europe moves its clocks forward). A POSIX TZ rule, so no tzdata
// is needed.
TEST(Determinism, EpubBytesDoNotDependOnTheTimeZone) {
  TempDir utc, paris;
  CopyProject(utc.path(), true, false);
  CopyProject(paris.path(), true, false);
  const std::string epoch = "SOURCE_DATE_EPOCH=1774751400 ";  // 2026-03-29 02:30 UTC
  RunResult a = RunCommand(epoch + "TZ=UTC " + ShellQuote(kFolio) + " -C " + ShellQuote(utc.path()) + " build");
  RunResult b = RunCommand(epoch + "TZ='CET-1CEST,M3.5.0,M10.5.0/3' " + ShellQuote(kFolio) + " -C " +
                           ShellQuote(paris.path()) + " build");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  std::string epub = ReadFileOrEmpty(utc / "outputs/fr/article.epub");
  EXPECT_FALSE(epub.empty());
  EXPECT_TRUE(epub == ReadFileOrEmpty(paris / "outputs/fr/article.epub"));
}

}  // namespace
}  // namespace folio::testing
