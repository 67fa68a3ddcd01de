// Issue 14: what a translator or an author delivered is never lost. Article
// names that would share files are refused; reviewed and final work keeps
// its state unless a returned file really revises it; the memory keeps every
// translation it ever had.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
  return s;
}

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t at = 0; (at = s.find(what, at)) != std::string::npos; at += what.size()) ++n;
  return n;
}

// A second article with the same file name in another folder.
void AddSecondArticle(const TempDir& dir, const std::string& name_line) {
  fs::create_directories(dir / "source-text/b");
  fs::copy_file(dir / "source-text/article.txt", dir / "source-text/b/article.txt");
  WriteFileOrDie(dir / "source-text/b/article.meta.ini",
                 Replace(ReadFileOrEmpty(dir / "source-text/article.meta.ini"), "Tears After Sex", "Tears, Again"));
  WriteFileOrDie(dir / "folio.ini",
                 ReadFileOrEmpty(dir / "folio.ini") + "\n[article]\n" + name_line +
                     "source = source-text/b/article.txt\nmetadata = source-text/b/article.meta.ini\n");
}

TEST(NothingLost, TwoArticlesWithOneFileNameAreRefusedAtLoadNamingBothSections) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  AddSecondArticle(dir, "");
  auto before = SnapshotTree(dir.path());
  for (const char* command : {"extract", "build", "status", "import"}) {
    std::vector<std::string> args = {command};
    if (std::string(command) == "import") args.push_back(dir / "locales/fr/article.xlf");
    RunResult r = RunFolio(dir.path(), args);
    EXPECT_EQ(r.exit_code, 1) << command << r.err;
    EXPECT_NE(r.err.find("/folio.ini:21:1: this [article] (source-text/b/article.txt) would write "
                         "locales/<tag>/article.xlf and outputs/<tag>/article.*, as the [article] at "),
              std::string::npos)
        << command << ": " << r.err;
    EXPECT_NE(r.err.find("/folio.ini:16:1 ("), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("name = b-article"), std::string::npos) << r.err;
  }
  EXPECT_EQ(SnapshotTree(dir.path()), before) << "nothing was written";
}

TEST(NothingLost, ANameKeyGivesEachArticleItsOwnFiles) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  AddSecondArticle(dir, "name = b-article\n");
  RunResult r = RunFolio(dir.path(), {"extract", "--locale", "fr"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string a = ReadFileOrEmpty(dir / "locales/fr/article.xlf");
  std::string b = ReadFileOrEmpty(dir / "locales/fr/b-article.xlf");
  EXPECT_NE(a.find("Les larmes après le sexe"), std::string::npos) << "article A's translations are kept";
  EXPECT_NE(b.find("original=\"source-text/b/article.txt\""), std::string::npos) << "a returned file names one article";
  EXPECT_NE(b.find("Tears, Again"), std::string::npos);
  r = RunFolio(dir.path(), {"build"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(ReadFileOrEmpty(dir / "outputs/fr/article.xhtml"), ReadFileOrEmpty(dir / "outputs/fr/b-article.xhtml"));
  EXPECT_TRUE(fs::exists(dir / "outputs/fr/b-article.epub"));
}

TEST(NothingLost, ATargetLocaleEqualToTheSourceIsRefusedAndAnUnregisteredTagWarned) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/false, /*with_outputs=*/false);
  std::string ini = ReadFileOrEmpty(dir / "folio.ini");
  WriteFileOrDie(dir / "folio.ini", Replace(ini, "target-locale = ja\n", "target-locale = en\n"));
  RunResult r = RunFolio(dir.path(), {"status"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("folio.ini:12:1: target-locale en is the source locale"), std::string::npos) << r.err;
  WriteFileOrDie(dir / "folio.ini", Replace(ini, "target-locale = ja\n", "target-locale = french\n"));
  r = RunFolio(dir.path(), {"status"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("folio.ini:12:1: warning: target-locale french is well-formed but its language subtag is "
                       "not in the IANA registry; did you mean fr (French)? [project.unregistered-language]"),
            std::string::npos)
      << r.err;
  r = RunFolio(dir.path(), {"extract", "--locale", "en"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--locale en: that is the source locale"), std::string::npos) << r.err;
}

class ReviewedWork : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyProject(dir_.path(), /*with_locales=*/true, /*with_outputs=*/false);
    returned_ = ReadFileOrEmpty(dir_ / "locales/fr/article.xlf");
    // The reviewer signed every French segment off.
    WriteFileOrDie(dir_ / "locales/fr/article.xlf", Replace(returned_, "state=\"translated\"", "state=\"final\""));
  }
  std::string Stored() const { return ReadFileOrEmpty(dir_ / "locales/fr/article.xlf"); }
  TempDir dir_;
  std::string returned_;  // the translator's file: every segment "translated"
};

TEST_F(ReviewedWork, ATranslatedFileWithTheSameTextsDowngradesNothing) {
  WriteFileOrDie(dir_ / "returned.xlf", returned_);
  std::string before = Stored();
  RunResult r = RunFolio(dir_.path(), {"import", dir_ / "returned.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Stored(), before) << "every segment stays final";
  EXPECT_NE(r.out.find("returned.xlf: 83 reviewed or final segments kept their state: the file returns their "
                       "text unchanged with a lower state (import --overwrite-reviewed takes the file's states)"),
            std::string::npos)
      << r.out;
  r = RunFolio(dir_.path(), {"validate", "--format", "json", dir_ / "returned.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count(r.out, "\"stored\": \"final\", \"returned\": \"translated\", \"action\": \"kept\""), 83) << r.out;
}

TEST_F(ReviewedWork, AnEditedTargetIsARevisionAndTheMemoryKeepsTheOldOne) {
  // The translator rewrote one sentence; the rest is returned as it was.
  std::string old_target = "Les larmes après le sexe\u202F: ce que votre âme essaie de vous dire";
  std::string new_target = "Pleurer après l’amour\u202F: ce que votre âme cherche à vous dire";
  WriteFileOrDie(dir_ / "returned.xlf", Replace(returned_, old_target, new_target));
  RunResult r = RunFolio(dir_.path(), {"import", dir_ / "returned.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string stored = Stored();
  EXPECT_NE(stored.find(new_target), std::string::npos);
  EXPECT_EQ(Count(stored, "state=\"final\""), 82);
  EXPECT_EQ(Count(stored, "state=\"translated\""), 1) << "the revised segment has the file's state";
  EXPECT_NE(r.out.find("returned.xlf: 1 reviewed or final segments revised"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("returned.xlf: 82 reviewed or final segments kept their state"), std::string::npos) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(": 0 new, 1 updated \\(previous translations kept as history\\), "
                                                  "82 unchanged; [0-9]+ entries in all")))
      << r.out;

  r = RunFolio(dir_.path(), {"tm", "history", "--locale", "fr", "s-fe5ff91a"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t earlier = r.out.find("  earlier ");
  size_t current = r.out.find("  current ");
  ASSERT_NE(earlier, std::string::npos) << r.out;
  ASSERT_NE(current, std::string::npos) << r.out;
  EXPECT_NE(r.out.find(old_target, earlier), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("import:returned.xlf  " + new_target, current), std::string::npos) << r.out;

  // tm export --history writes both versions, oldest first; importing it into
  // an empty memory rebuilds the same history.
  r = RunFolio(dir_.path(), {"tm", "export", "--locale", "fr", "--history", "-o", dir_ / "fr.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 of them earlier versions"), std::string::npos) << r.out;
  std::string tmx = ReadFileOrEmpty(dir_ / "fr.tmx");
  ASSERT_NE(tmx.find(old_target), std::string::npos);
  EXPECT_LT(tmx.find(old_target), tmx.find(new_target));
  TempDir other;
  CopyProject(other.path(), /*with_locales=*/false, /*with_outputs=*/false);
  r = RunFolio(other.path(), {"tm", "import", dir_ / "fr.tmx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("83 new, 1 updated"), std::string::npos) << r.out;
  r = RunFolio(other.path(), {"tm", "history", "--locale", "fr", "s-fe5ff91a"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(old_target), std::string::npos) << r.out;
}

TEST_F(ReviewedWork, OverwriteReviewedTakesTheFilesStatesOnPurpose) {
  WriteFileOrDie(dir_ / "returned.xlf", returned_);
  RunResult r = RunFolio(dir_.path(), {"import", "--overwrite-reviewed", dir_ / "returned.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Stored(), returned_);
  EXPECT_NE(r.out.find("83 reviewed or final segments lowered to the file's state (--overwrite-reviewed)"),
            std::string::npos)
      << r.out;
}

TEST(NothingLost, TranslatorCommentsAreKeptInLocalesAndListedForTheProjectManager) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  std::string xlf = ReadFileOrEmpty(dir / "locales/fr/article.xlf");
  // A note on the title unit and a comment annotation on words of a target,
  // as a reviewer's tool writes them.
  std::string note_at = "<note category=\"context\">Book title";
  ASSERT_NE(xlf.find(note_at), std::string::npos);
  xlf.replace(xlf.find(note_at), 0, "<note>Is “sexe” too blunt for the cover? Ask the editor.</note>\n        ");
  std::string words = "Pleurer après le sexe";
  ASSERT_NE(xlf.find(words), std::string::npos);
  xlf.replace(xlf.find(words), words.size(),
              "<mrk id=\"c1\" type=\"comment\" value=\"Keep the gerund, as in the source.\">" + words + "</mrk>");
  WriteFileOrDie(dir / "returned.xlf", xlf);
  RunResult r = RunFolio(dir.path(), {"import", dir / "returned.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string stored = ReadFileOrEmpty(dir / "locales/fr/article.xlf");
  EXPECT_NE(stored.find("<note category=\"translator\">Is “sexe” too blunt for the cover? Ask the editor.</note>"),
            std::string::npos);
  EXPECT_NE(stored.find("<note category=\"translator\">“Pleurer après le sexe”: Keep the gerund, as in the "
                        "source.</note>"),
            std::string::npos);
  // extract keeps them; qa and status list them.
  r = RunFolio(dir.path(), {"extract", "--locale", "fr"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFileOrEmpty(dir / "locales/fr/article.xlf"), stored);
  r = RunFolio(dir.path(), {"qa", "--locale", "fr"});
  EXPECT_NE(r.out.find("info: comment: Is “sexe” too blunt for the cover? Ask the editor. [qa.translator-comment]"),
            std::string::npos)
      << r.out;
  r = RunFolio(dir.path(), {"status"});
  EXPECT_NE(r.out.find("fr: 2 translator comments in locales/fr/ (folio qa --locale fr lists them)"), std::string::npos)
      << r.out;
  // Importing the file again adds no duplicate.
  r = RunFolio(dir.path(), {"import", dir / "returned.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFileOrEmpty(dir / "locales/fr/article.xlf"), stored);
}

TEST(Messages, UsageAndEnvironmentErrorsHaveTheirOwnExitCodes) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  RunResult r = RunFolio(dir.path(), {"import"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("folio import: give at least one FILE.xlf"), std::string::npos) << r.err;
  r = RunFolio(dir.path(), {"import", dir / "nowhere.xlf"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find(dir / "nowhere.xlf" + ": no such file; check the path"), std::string::npos) << r.err;
  for (const char* command : {"status", "qa", "analyze", "import"}) {
    r = RunFolio(dir.path(), {command, "--format", "yaml", dir / "locales/fr/article.xlf"});
    if (std::string(command) != "import" && std::string(command) != "qa")
      r = RunFolio(dir.path(), {command, "--format", "yaml"});
    EXPECT_EQ(r.exit_code, 2) << command << ": " << r.err;
  }
  r = RunFolio(dir.path(), {"tm", "export", "--locale", "it", "-o", dir / "it.tmx"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("tm export --locale it: not a target locale of this project"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "it.tmx"));
  r = RunFolio(dir.path(), {"audit", "--validators", "off"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no built edition to audit"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("run folio build first"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "outputs/audit.html"));
  r = RunFolio(dir.path(), {"audit", "--fail-on", "nothing"});
  EXPECT_EQ(r.exit_code, 2);
  // Without the language models nothing can be judged: the machine's
  // problem (exit 3), not the file's.
  r = RunCommand("FOLIO_LANGID_MODELS=" + dir / "no-models" + " " + ShellQuote(kFolio) + " -C " +
                 ShellQuote(dir.path()) + " validate " + ShellQuote(dir / "locales/fr/article.xlf"));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("libexttextcat-data"), std::string::npos) << r.err;
}

TEST(Messages, AFileOfAnotherArticleGetsOneLineFromValidateImportAndQa) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  WriteFileOrDie(dir / "alice.xlf", Replace(ReadFileOrEmpty(dir / "locales/fr/article.xlf"), "original=\"article.txt\"",
                                            "original=\"alice.txt\""));
  for (const char* command : {"validate", "import", "qa"}) {
    RunResult r = RunFolio(dir.path(), {command, dir / "alice.xlf"});
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_NE(r.err.find("alice.xlf:2:1: original=\"alice.txt\" names no article of this project"), std::string::npos)
        << command << ": " << r.err;
    EXPECT_EQ(r.err.find("is not in the source document"), std::string::npos)
        << command << ": one line, not one per unit";
  }
}

TEST(Messages, EveryMetadataProblemIsReportedAtOnceByEveryCommand) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  WriteFileOrDie(dir / "source-text/article.meta.ini", "author = Anonymous\nlanguage = en\n");
  for (const char* command : {"extract", "status", "build", "qa"}) {
    RunResult r = RunFolio(dir.path(), {command});
    EXPECT_EQ(r.exit_code, 1) << command << ": " << r.err;
    for (const char* key : {"title", "date", "identifier"})
      EXPECT_NE(r.err.find(std::string(key) + " is missing; add " + key + " = ..."), std::string::npos)
          << command << ": " << r.err;
  }
}

}  // namespace
}  // namespace folio::testing
