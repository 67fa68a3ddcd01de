// RunValidators with stand-ins for EPUBCheck and Ace: small scripts that
// check how they are called and leave a report as the real tools do (the real
// ones run in tests/integration/audit_validators_test.cc).
#include "audit/run_validators.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace folio::audit {
namespace {

namespace fs = std::filesystem;

class RunValidatorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "folio-run-validators.XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    fs::create_directories(dir_ / "bin");
    search_.path = (dir_ / "bin").string();
    search_.epubcheck_jar = (dir_ / "none/epubcheck.jar").string();
    search_.validators_home = (dir_ / "none").string();
    search_.chromium = "";
    std::ofstream(dir_ / "book.epub") << "not read by the stand-ins";
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Script(const std::string& name, const std::string& body) {
    fs::path p = dir_ / "bin" / name;
    std::ofstream(p) << "#!/bin/sh\n" << body;
    ::chmod(p.c_str(), 0755);
  }
  std::string Read(const std::string& name) {
    std::ifstream in(dir_ / name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // EPUBCheck's calling convention: EPUB --json OUT --locale en.
  void FakeEpubCheck(const std::string& json) {
    Script("epubcheck", "echo \"$@\" > '" + (dir_ / "epubcheck.args").string() + "'\ncat > \"$3\" <<'JSON'\n" + json +
                            "\nJSON\nexit 1\n");
  }
  // Ace's: -f -s -l en -o OUTDIR EPUB, Chromium named in the environment.
  void FakeAce(const std::string& json) {
    Script("ace", "echo \"$@ $PUPPETEER_EXECUTABLE_PATH\" > '" + (dir_ / "ace.args").string() +
                      "'\nmkdir -p \"$6\"\ncat > \"$6/report.json\" <<'JSON'\n" + json + "\nJSON\n");
    Script("chromium", "exit 0\n");
  }

  fs::path dir_;
  ValidatorSearch search_;
};

constexpr const char* kEpubCheckReport = R"({
  "checker": {"path": "/tmp/x/book.epub", "checkerVersion": "4.2.6", "checkDate": "11-26-2026 16:49:29",
              "elapsedTime": 20131},
  "messages": [
    {"ID": "RSC-005", "severity": "ERROR", "message": "element \"p\" not allowed here",
     "locations": [{"path": "EPUB/article.xhtml", "line": 40, "column": 3}]},
    {"ID": "OPF-085", "severity": "WARNING", "message": "dc:identifier is not a valid UUID", "locations": []},
    {"ID": "RSC-005", "severity": "ERROR", "message": "attribute \"x\" not allowed here",
     "locations": [{"path": "EPUB/article.xhtml", "line": 12, "column": 7}]}
  ]
})";

constexpr const char* kAceReport = R"({
  "earl:assertedBy": {"doap:name": "DAISY Ace", "doap:release": {"doap:revision": "1.4.6"}},
  "dct:date": "11/26/2026 4:49:29 PM",
  "earl:testSubject": {"url": "/tmp/folio-validators.abc/book.epub"},
  "assertions": [
    {"earl:testSubject": {"url": "article.xhtml"}, "earl:result": {"earl:outcome": "fail"},
     "assertions": [
       {"earl:test": {"dct:title": "landmark-unique", "earl:impact": "moderate", "dct:description": "landmarks",
                      "rulesetTags": ["best-practice"]},
        "earl:result": {"earl:outcome": "fail", "dct:description": "two mains"}},
       {"earl:test": {"dct:title": "color-contrast", "earl:impact": "serious", "dct:description": "contrast",
                      "rulesetTags": ["wcag2aa", "wcag143"]},
        "earl:result": {"earl:outcome": "fail", "dct:description": "low"}}
     ]}
  ]
})";

std::vector<std::string> Lines(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    out.push_back(std::string(SeverityName(f.severity)) + " " + f.code + " [" + f.wcag + "] " + f.where.ToString() +
                  ": " + f.message);
  return out;
}

TEST_F(RunValidatorsTest, NothingInstalledSaysWhatIsMissingAndHowToInstallIt) {
  ValidatorTools tools = FindValidatorTools(search_);
  EXPECT_TRUE(tools.epubcheck.empty());
  EXPECT_TRUE(tools.ace.empty());
  EXPECT_EQ(tools.epubcheck_missing, "no java with " + search_.epubcheck_jar +
                                         " and no epubcheck on PATH; install it with "
                                         "../shared/tools/install-validators");
  EXPECT_EQ(tools.ace_missing, "no ace-cli in " + search_.validators_home +
                                   "/npm and no ace on PATH; install it with ../shared/tools/install-validators");
  std::vector<ValidatorRun> runs = ValidatorsNotRun(tools, "off", "--validators=off");
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].name, "EPUBCheck");
  EXPECT_EQ(runs[0].status, "not installed");
  EXPECT_EQ(runs[1].name, "DAISY Ace");
  EXPECT_EQ(runs[1].detail, tools.ace_missing);
}

TEST_F(RunValidatorsTest, PrefersTheEpubCheckJarWithJavaAsCheckEpubRunsIt) {
  Script("java", "exit 0\n");
  Script("epubcheck", "exit 0\n");
  fs::create_directories(dir_ / "none");
  std::ofstream(search_.epubcheck_jar) << "jar";
  ValidatorTools tools = FindValidatorTools(search_);
  EXPECT_EQ(tools.epubcheck, (std::vector<std::string>{(dir_ / "bin/java").string(), "-jar", search_.epubcheck_jar}));
  fs::remove(search_.epubcheck_jar);
  EXPECT_EQ(FindValidatorTools(search_).epubcheck, (std::vector<std::string>{(dir_ / "bin/epubcheck").string()}));
}

TEST_F(RunValidatorsTest, AceWithoutAChromiumIsNotInstalled) {
  Script("ace", "exit 0\n");
  search_.chromium = (dir_ / "no-such-chromium").string();
  ValidatorTools tools = FindValidatorTools(search_);
  EXPECT_TRUE(tools.ace.empty());
  EXPECT_EQ(tools.ace_missing, "Ace is installed but no Chromium was found for it to drive (" + search_.chromium +
                                   "); install it with ../shared/tools/install-validators");
}

TEST_F(RunValidatorsTest, RunsBothAndFoldsTheirFindingsSortedWithVersionsAndNoMachinePaths) {
  FakeEpubCheck(kEpubCheckReport);
  FakeAce(kAceReport);
  ValidatorTools tools = FindValidatorTools(search_);
  ASSERT_FALSE(tools.epubcheck.empty()) << tools.epubcheck_missing;
  ASSERT_FALSE(tools.ace.empty()) << tools.ace_missing;
  std::vector<ValidatorRun> runs;
  std::vector<Finding> findings(1);  // findings already there stay first
  findings[0].code = "a11y.first";
  std::string epub = (dir_ / "book.epub").string();
  Status st = RunValidators(tools, epub, &runs, &findings);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].name + " " + runs[0].version + " " + runs[0].status + runs[0].detail, "EPUBCheck 4.2.6 ran");
  EXPECT_EQ(runs[1].name + " " + runs[1].version + " " + runs[1].status + runs[1].detail, "DAISY Ace 1.4.6 ran");
  EXPECT_EQ(Lines(findings),
            (std::vector<std::string>{
                "warning a11y.first [] <input>: ",
                "warning epubcheck.OPF-085 [] book.epub: dc:identifier is not a valid UUID",
                "error epubcheck.RSC-005 [] book.epub/EPUB/article.xhtml:12:7: attribute \"x\" not allowed here",
                "error epubcheck.RSC-005 [] book.epub/EPUB/article.xhtml:40:3: element \"p\" not allowed here",
                "error ace.color-contrast [1.4.3] book.epub/article.xhtml: contrast: low",
                "warning ace.landmark-unique [] book.epub/article.xhtml: landmarks: two mains"}));
  // English messages, the EPUB as given, Ace driving the Chromium found.
  std::string epubcheck_args = Read("epubcheck.args");
  EXPECT_EQ(epubcheck_args.substr(0, epub.size() + 8), epub + " --json ");
  EXPECT_NE(epubcheck_args.find(" --locale en\n"), std::string::npos) << epubcheck_args;
  std::string ace_args = Read("ace.args");
  EXPECT_EQ(ace_args.substr(0, 14), "-f -s -l en -o");
  EXPECT_NE(ace_args.find(" " + epub + " " + (dir_ / "bin/chromium").string() + "\n"), std::string::npos) << ace_args;
}

// The same messages as kEpubCheckReport in another order, checked at another
// time from another path.
constexpr const char* kEpubCheckReportReordered = R"({
  "checker": {"path": "/home/ci/book.epub", "checkerVersion": "4.2.6", "checkDate": "01-02-2027 08:00:00",
              "elapsedTime": 9000},
  "messages": [
    {"ID": "RSC-005", "severity": "ERROR", "message": "attribute \"x\" not allowed here",
     "locations": [{"path": "EPUB/article.xhtml", "line": 12, "column": 7}]},
    {"ID": "RSC-005", "severity": "ERROR", "message": "element \"p\" not allowed here",
     "locations": [{"path": "EPUB/article.xhtml", "line": 40, "column": 3}]},
    {"ID": "OPF-085", "severity": "WARNING", "message": "dc:identifier is not a valid UUID", "locations": []}
  ]
})";

TEST_F(RunValidatorsTest, EqualReportsGiveEqualFindingsWhateverTheirOrderTimeOrPath) {
  FakeEpubCheck(kEpubCheckReport);
  ValidatorTools tools = FindValidatorTools(search_);
  std::vector<ValidatorRun> runs;
  std::vector<Finding> a, b;
  ASSERT_TRUE(RunValidators(tools, (dir_ / "book.epub").string(), &runs, &a).ok());
  FakeEpubCheck(kEpubCheckReportReordered);
  ASSERT_TRUE(RunValidators(tools, (dir_ / "book.epub").string(), &runs, &b).ok());
  EXPECT_EQ(a.size(), 3u);
  EXPECT_EQ(Lines(a), Lines(b));
  EXPECT_EQ(runs[1].status, "not installed");
}

TEST_F(RunValidatorsTest, AnInstalledValidatorThatLeavesNoReportIsAnError) {
  Script("epubcheck", "echo 'Error: Unable to access jarfile' >&2\nexit 1\n");
  ValidatorTools tools = FindValidatorTools(search_);
  std::vector<ValidatorRun> runs;
  std::vector<Finding> findings;
  std::string epub = (dir_ / "book.epub").string();
  Status st = RunValidators(tools, epub, &runs, &findings);
  EXPECT_EQ(st.ToString(), epub +
                               ": EPUBCheck could not check it (exit code 1, no report): Error: Unable to access "
                               "jarfile\n"
                               "run it by hand, or audit with --validators=off");
  EXPECT_TRUE(findings.empty());
  EXPECT_TRUE(runs.empty());
}

}  // namespace
}  // namespace folio::audit
