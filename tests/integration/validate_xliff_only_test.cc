// folio validate --xliff-only: XLIFF 2.x conformance of any file, with no
// project (like Okapi's Lynx), through the folio binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "test_util.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSuite = kSharedDir + "/xliff/testsuite";

// The suite's files with the manifest's verdict ("valid/..." or "invalid/...").
std::vector<std::string> SuiteFiles(const std::string& kind) {
  std::vector<std::string> files;
  std::ifstream manifest(kSuite + "/MANIFEST.tsv");
  std::string line;
  while (std::getline(manifest, line)) {
    std::string path = line.substr(0, line.find('\t'));
    std::string expected = line.substr(path.size() + 1, line.find('\t', path.size() + 1) - path.size() - 1);
    if (path.starts_with(kind + "/") && expected == kind && path.ends_with(".xlf"))
      files.push_back(kSuite + "/" + path);
  }
  return files;
}

// Runs folio validate --xliff-only from an empty folder: no folio.ini anywhere.
RunResult ValidateOnly(const TempDir& empty, const std::vector<std::string>& files) {
  std::vector<std::string> args = {"validate", "--xliff-only"};
  args.insert(args.end(), files.begin(), files.end());
  return RunFolio(empty.path(), args);
}

TEST(ValidateXliffOnly, AcceptsEveryValidFileOfTheSuiteWithNoProject) {
  TempDir empty;
  std::vector<std::string> valid = SuiteFiles("valid");
  ASSERT_EQ(valid.size(), 55u);
  // withTBXExtension.xlf refers to TBX with the prefix the suite registers.
  valid.insert(valid.begin(), {"--extra-prefixes", kSuite + "/valid/core/extra-prefixes.properties"});
  RunResult r = ValidateOnly(empty, valid);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find(valid[2] + ": valid XLIFF 2.x\n"), std::string::npos) << r.out;
  // Without the registration, the TBX reference is to an unknown prefix.
  RunResult tbx = ValidateOnly(empty, {kSuite + "/valid/core/withTBXExtension.xlf"});
  EXPECT_EQ(tbx.exit_code, 1);
  EXPECT_NE(tbx.err.find("prefix \"tbx\" is not registered"), std::string::npos) << tbx.err;
}

TEST(ValidateXliffOnly, RejectsEveryInvalidFileOfTheSuiteWithFileLineCol) {
  TempDir empty;
  std::vector<std::string> invalid = SuiteFiles("invalid");
  ASSERT_EQ(invalid.size(), 135u);
  int rejected = 0;
  for (const std::string& f : invalid) {
    RunResult r = ValidateOnly(empty, {f});
    rejected += r.exit_code == 1;
    EXPECT_EQ(r.exit_code, 1) << f << "\n" << r.err;
    EXPECT_TRUE(std::regex_search(
        r.err, std::regex("^" + std::regex_replace(f, std::regex("[.+]"), "\\$&") + ":[0-9]+:[0-9]+: ")))
        << f << ": no file:line:col:\n"
        << r.err;
  }
  EXPECT_EQ(rejected, 135);
}

// Today's `folio validate` checks a file against the project; a valid file
// of another project passes --xliff-only.
TEST(ValidateXliffOnly, AValidFileOfAnotherProjectPasses) {
  TempDir project;
  CopyProject(project.path(), true, false);
  std::string file = kSuite + "/valid/core/allExtensions.xlf";
  if (!fs::exists(file)) file = SuiteFiles("valid")[0];
  EXPECT_EQ(RunFolio(project.path(), {"validate", file}).exit_code, 1);
  RunResult r = RunFolio(project.path(), {"validate", "--xliff-only", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, file + ": valid XLIFF 2.x\n");
}

TEST(ValidateXliffOnly, ListsEveryProblemOfEveryFileAndCountsThem) {
  TempDir dir;
  std::string head =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" "
      "trgLang=\"fr\">\n<file id=\"f\"><unit id=\"u\">\n";
  WriteFileOrDie(dir / "amp.xlf", head +
                                      "<segment><source>a</source><target>b & c</target></segment>\n"
                                      "</unit></file></xliff>\n");
  WriteFileOrDie(dir / "two.xlf", head +
                                      "<segment state=\"done\"><source dir=\"rtl\">a</source></segment>\n"
                                      "</unit></file></xliff>\n");
  RunResult r = ValidateOnly(dir, {dir / "amp.xlf", dir / "two.xlf"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, dir / "amp.xlf" +
                       ":3:38: XML well-formedness: not well-formed XML ('&' starts no character or "
                       "entity reference; write &amp; for an ampersand)\n" +
                       dir / "two.xlf" +
                       ":3:1: XLIFF 2.1 <segment> state (state is initial, translated, reviewed or "
                       "final): \"done\" is not\n" +
                       dir / "two.xlf" +
                       ":3:23: XLIFF 2.1 <source> attributes (<source> has no attribute dir): "
                       "remove dir or put it in an extension namespace\n"
                       "3 problems in 2 files; fix them in the tool that wrote the file and export "
                       "it again\n");
}

TEST(ValidateXliffOnly, AMissingFileIsExit3AndUsageErrorsAreExit2) {
  TempDir empty;
  RunResult r = ValidateOnly(empty, {empty / "nope.xlf"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, empty / "nope.xlf" + ": no such file\n");
  EXPECT_EQ(RunFolio(empty.path(), {"validate", "--xliff-only"}).exit_code, 2);
  EXPECT_EQ(RunFolio(empty.path(), {"validate", "--xliff-only", "--accept-valid", empty / "x.xlf"}).exit_code, 2);
  EXPECT_EQ(RunFolio(empty.path(), {"validate", "--extra-prefixes", empty / "p.properties", empty / "x.xlf"}).exit_code,
            2);
  EXPECT_EQ(
      ValidateOnly(empty, {"--extra-prefixes", empty / "none.properties", kSuite + "/valid/core/allExtensions.xlf"})
          .exit_code,
      3);
  RunResult help = RunFolio(empty.path(), {"validate", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--xliff-only"), std::string::npos) << help.out;
}

}  // namespace
}  // namespace folio::testing
