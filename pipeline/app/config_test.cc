// LoadProject and LoadMetadata: what a project file may say, and that every
// problem names its line.
#include "app/config.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "../../tests/integration/test_util.h"

namespace folio::app {
namespace {

namespace fs = std::filesystem;
using folio::testing::TempDir;
using folio::testing::WriteFileOrDie;

constexpr const char* kMeta =
    "title = T\nlanguage = en\ndate = 2026-01-01\nidentifier = urn:uuid:5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70\n";

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* dir : {"src/a", "src/b"}) {
      fs::create_directories(dir_ / dir);
      WriteFileOrDie(dir_ / (std::string(dir) + "/article.txt"), "Hello.\n");
      WriteFileOrDie(dir_ / (std::string(dir) + "/article.meta.ini"), kMeta);
    }
  }
  Status Load(const std::string& ini) {
    WriteFileOrDie(dir_ / "folio.ini", ini);
    return LoadProject(dir_.path(), &project_);
  }
  std::string Ini() const { return dir_.path() + "/folio.ini"; }
  TempDir dir_;
  Project project_;
};

TEST_F(ConfigTest, RefusesTwoArticlesThatWouldWriteTheSameFilesNamingBothSections) {
  Status st = Load(
      "source-locale = en\ntarget-locale = fr\n\n[article]\nsource = src/a/article.txt\n"
      "metadata = src/a/article.meta.ini\n\n[article]\nsource = src/b/article.txt\n"
      "metadata = src/b/article.meta.ini\n");
  EXPECT_EQ(st.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(st.message(), Ini() +
                              ":8:1: this [article] (src/b/article.txt) would write locales/<tag>/article.xlf "
                              "and outputs/<tag>/article.*, as the [article] at " +
                              Ini() + ":4:1 (" + dir_.path() +
                              "/src/a/article.txt) does; give one of them its own name, e.g. name = b-article");
}

TEST_F(ConfigTest, GivesArticlesTheirNameKeySoTheyNoLongerCollide) {
  ASSERT_TRUE(Load("source-locale = en\ntarget-locale = fr\n[article]\nsource = src/a/article.txt\n"
                   "metadata = src/a/article.meta.ini\n[article]\nname = b-article\nsource = src/b/article.txt\n"
                   "metadata = src/b/article.meta.ini\n")
                  .ok());
  ASSERT_EQ(project_.articles.size(), 2u);
  EXPECT_EQ(project_.articles[0].name, "article");
  EXPECT_EQ(project_.articles[1].name, "b-article");
  EXPECT_EQ(project_.XliffPath("fr", project_.articles[1]), dir_.path() + "/locales/fr/b-article.xlf");
}

TEST_F(ConfigTest, RefusesNamesThatDifferOnlyInCaseOrThatAreAnotherArticlesRetiredFile) {
  std::string two =
      "source-locale = en\n[article]\nsource = src/a/article.txt\nmetadata = src/a/article.meta.ini\n"
      "[article]\nname = %s\nsource = src/b/article.txt\nmetadata = src/b/article.meta.ini\n";
  for (const char* name : {"Article", "article.retired"}) {
    std::string ini = two;
    ini.replace(ini.find("%s"), 2, name);
    Status st = Load(ini);
    EXPECT_EQ(st.code(), Status::Code::kInvalidInput) << name;
    EXPECT_NE(st.message().find(":5:1: this [article] (src/b/article.txt) would write"), std::string::npos)
        << st.message();
  }
  Status st = Load(
      "source-locale = en\n[article]\nname = ../x\nsource = src/a/article.txt\n"
      "metadata = src/a/article.meta.ini\n");
  EXPECT_NE(st.message().find(":3:1: '../x' cannot name an article's files"), std::string::npos) << st.message();
}

TEST_F(ConfigTest, RefusesATargetLocaleEqualToTheSourceOrGivenTwice) {
  Status st = Load(
      "source-locale = en\ntarget-locale = fr\ntarget-locale = EN\ntarget-locale = FR\n[article]\n"
      "source = src/a/article.txt\nmetadata = src/a/article.meta.ini\n");
  EXPECT_EQ(st.message(), Ini() +
                              ":3:1: target-locale EN is the source locale; a project translates from en into "
                              "other languages: remove this line\n" +
                              Ini() +
                              ":4:1: target-locale FR is already given at line 2 (language tags ignore case); "
                              "remove one");
}

TEST_F(ConfigTest, WarnsAboutAWellFormedTagNoRegistryKnowsAndNamesTheLikelyOne) {
  ASSERT_TRUE(Load("source-locale = en\ntarget-locale = french\ntarget-locale = deu\ntarget-locale = qps-ploc\n"
                   "target-locale = xyzzy\n[article]\nsource = src/a/article.txt\nmetadata = src/a/article.meta.ini\n")
                  .ok());
  ASSERT_EQ(project_.warnings.size(), 3u);
  EXPECT_EQ(project_.warnings[0].ToString(),
            Ini() +
                ":2:1: warning: target-locale french is well-formed but its language subtag is not in the IANA "
                "registry; did you mean fr (French)? [project.unregistered-language]");
  EXPECT_NE(project_.warnings[1].message.find("did you mean de (German)?"), std::string::npos);
  EXPECT_NE(project_.warnings[2].message.find("use a registered tag like fr"), std::string::npos);
}

TEST_F(ConfigTest, ReportsEveryProblemOfTheFileAtOnceWithItsLine) {
  Status st = Load(
      "source-locale = en\nsource-locale = fr\ncolour = blue\n[leverage]\nfuzzy-threshold = 120\n"
      "[article]\nsource = src/a/missing.txt\nmetadata = src/a/article.meta.ini\n");
  EXPECT_EQ(st.message(), Ini() + ":2:1: source-locale given twice (first at line 1); keep one\n" + Ini() +
                              ":3:1: unknown key 'colour' in the top of the file; see README.md (\"Project file\") for "
                              "the keys folio knows\n" +
                              Ini() + ":5:1: fuzzy-threshold must be a similarity from 1 to 99 (percent), not '120'\n" +
                              Ini() + ":7:1: " + dir_.path() +
                              "/src/a/missing.txt: no such file; correct source = or "
                              "add the article");
}

TEST_F(ConfigTest, ReportsEveryMissingMetadataKeyAtLoadNotOneARunAndNotFirstAtBuild) {
  WriteFileOrDie(dir_ / "src/a/article.meta.ini", "author = A\nlanguage = fr\n");
  Status st = Load("source-locale = en\n[article]\nsource = src/a/article.txt\nmetadata = src/a/article.meta.ini\n");
  std::string meta = dir_.path() + "/src/a/article.meta.ini";
  EXPECT_EQ(st.code(), Status::Code::kInvalidInput);
  EXPECT_NE(st.message().find(meta + ":1:1: title is missing; add title = ..."), std::string::npos) << st.message();
  EXPECT_NE(st.message().find(meta + ":1:1: date is missing"), std::string::npos);
  EXPECT_NE(st.message().find(meta + ":1:1: identifier is missing; add identifier = ... (a stable id for the "
                                     "edition, e.g. urn:uuid:"),
            std::string::npos);
  EXPECT_NE(st.message().find(meta + ":2:1: language = fr but folio.ini says source-locale = en"), std::string::npos);
}

TEST_F(ConfigTest, KeepsAHashInAMetadataValue) {
  WriteFileOrDie(dir_ / "src/a/article.meta.ini", std::string(kMeta) + "description = C# for #1 fans\n");
  doc::Meta meta;
  ASSERT_TRUE(LoadMetadata(dir_ / "src/a/article.meta.ini", &meta).ok());
  EXPECT_EQ(meta.description, "C# for #1 fans");
}

}  // namespace
}  // namespace folio::app
