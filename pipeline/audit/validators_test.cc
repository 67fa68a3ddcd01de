#include "audit/validators.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "audit/json_reader.h"

namespace folio::audit {
namespace {

namespace fs = std::filesystem;

class AuditValidators : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "folio-audit-validators.XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

std::vector<std::string> Lines(const AuditResult& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings)
    out.push_back(std::string(SeverityName(f.severity)) + " " + f.code + " [" + f.wcag + "] " +
                  (f.where.file.empty() ? std::string() : f.where.ToString()) + ": " + f.message);
  return out;
}

constexpr const char* kEpubCheck = R"({
  "checker": {"checkerVersion": "5.1.0", "nFatal": 0, "nError": 1, "nWarning": 1},
  "messages": [
    {"ID": "RSC-005", "severity": "ERROR", "message": "Error while parsing file: element \"p\" not allowed here",
     "additionalLocations": 0,
     "locations": [{"url": {}, "path": "EPUB/fr.xhtml", "line": 12, "column": 7, "context": null}],
     "suggestion": null},
    {"ID": "ACC-011", "severity": "WARNING", "message": "Sections should have a heading \u00e0 la fin",
     "locations": []},
    {"ID": "HTM-051", "severity": "USAGE", "message": "usage", "locations": [{"path": "EPUB/nav.xhtml", "line": -1, "column": -1}]}
  ]
})";

constexpr const char* kAce = R"({
  "@type": "earl:report",
  "earl:outcome": "fail",
  "assertions": [
    {"@type": "earl:assertion", "earl:testSubject": {"url": "EPUB/fr.xhtml"},
     "earl:result": {"earl:outcome": "fail"},
     "assertions": [
       {"@type": "earl:assertion", "earl:assertedBy": "aXe",
        "earl:test": {"dct:title": "color-contrast", "earl:impact": "serious",
                      "dct:description": "Ensures the contrast between foreground and background colors meets WCAG 2 AA",
                      "rulesetTags": ["cat.color", "wcag2aa", "wcag143"]},
        "earl:result": {"earl:outcome": "fail", "dct:description": "Fix any of the following: low contrast"}},
       {"@type": "earl:assertion",
        "earl:test": {"dct:title": "region", "earl:impact": "moderate", "dct:description": "All content in landmarks",
                      "rulesetTags": ["cat.keyboard", "best-practice"]},
        "earl:result": {"earl:outcome": "fail", "dct:description": ""}},
       {"@type": "earl:assertion",
        "earl:test": {"dct:title": "image-alt", "earl:impact": "critical", "dct:description": "alt",
                      "rulesetTags": ["wcag2a", "wcag111"]},
        "earl:result": {"earl:outcome": "pass"}}
     ]}
  ]
})";

TEST_F(AuditValidators, FoldsEpubCheckMessagesAndAceFailures) {
  AuditResult r;
  Status st = FoldValidatorReports(Write("epubcheck.json", kEpubCheck), Write("report.json", kAce), &r);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(Lines(r), (std::vector<std::string>{
                          "error epubcheck.RSC-005 [] EPUB/fr.xhtml:12:7: Error while parsing file: element \"p\" not "
                          "allowed here",
                          "warning epubcheck.ACC-011 [] : Sections should have a heading à la fin",
                          "info epubcheck.HTM-051 [] EPUB/nav.xhtml: usage",
                          "error ace.color-contrast [1.4.3] EPUB/fr.xhtml: Ensures the contrast between foreground and "
                          "background colors meets WCAG 2 AA: Fix any of the following: low contrast",
                          "warning ace.region [] EPUB/fr.xhtml: All content in landmarks"}));
}

TEST_F(AuditValidators, MissingReportsAreNotAnError) {
  AuditResult r;
  EXPECT_TRUE(FoldValidatorReports((dir_ / "none.json").string(), "", &r).ok());
  EXPECT_TRUE(r.findings.empty());
}

TEST_F(AuditValidators, MalformedReportIsAnErrorWithLineAndColumn) {
  AuditResult r;
  std::string path = Write("epubcheck.json", "{\"messages\": [\n  {\"ID\": RSC}\n]}");
  Status st = FoldValidatorReports(path, "", &r);
  EXPECT_EQ(st.ToString(), path + ":2:10: invalid JSON: unexpected character; is this the validator's JSON report?");
  EXPECT_TRUE(r.findings.empty());
}

TEST(AuditJsonReader, ReadsEscapesNumbersAndNesting) {
  JsonValue v;
  ASSERT_TRUE(ParseJson(R"({"a": [1, -2.5e1, true, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00"})", "t.json", &v).ok());
  EXPECT_EQ(v.Find("a")->array[1].number, -25);
  EXPECT_TRUE(v.Find("a")->array[2].boolean);
  EXPECT_EQ(v.Find("s")->Str(), "x\"\\/\né😀");
  EXPECT_EQ(v.Find("missing"), nullptr);
  EXPECT_EQ(ParseJson("[1,]", "t.json", &v).ToString(),
            "t.json:1:4: invalid JSON: unexpected character; is this the validator's JSON report?");
  EXPECT_EQ(ParseJson("{} x", "t.json", &v).ToString(),
            "t.json:1:4: invalid JSON: unexpected text after the value; is this the validator's JSON report?");
}

}  // namespace
}  // namespace folio::audit
