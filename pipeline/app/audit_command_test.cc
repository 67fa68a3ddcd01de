// folio audit on a copy of the repository's project (article + stored
// translations of every locale).
#include "app/audit_command.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "../../tests/integration/test_util.h"
#include "audit/checks.h"
#include "audit/conformance.h"
#include "audit/json_reader.h"

namespace folio::app {
namespace {

using folio::testing::CopyProject;
using folio::testing::ReadFileOrEmpty;
using folio::testing::TempDir;

TEST(AuditCommand, AuditsEveryLocaleAndWritesJsonAndHtml) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/true);
  Project project;
  ASSERT_TRUE(LoadProject(dir.path(), &project).ok());
  std::vector<audit::AuditResult> results;
  Report report;
  Status st = Audit(project, AuditOptions{}, &results, &report);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_EQ(results.size(), 1 + project.target_locales.size());
  EXPECT_EQ(results[0].locale, "en");
  EXPECT_TRUE(results[0].regressions.empty());
  for (const audit::AuditResult& r : results) {
    for (const char* code : {"a11y.lang-declared", "a11y.page-title", "a11y.heading-order", "a11y.section-labelled",
                             "a11y.real-lists", "a11y.text-alternatives", "a11y.contrast"})
      EXPECT_NE(std::find(r.passed_checks.begin(), r.passed_checks.end(), code), r.passed_checks.end())
          << r.locale << " " << code;
    EXPECT_EQ(ReadFileOrEmpty(dir / ("outputs/" + r.locale + "/audit.json")), audit::WriteAuditJson(r));
    for (const audit::Finding& f : r.findings) std::cout << r.locale << ": " << f.ToString() << "\n";
    for (const audit::Finding& f : r.regressions) std::cout << r.locale << ": " << f.ToString() << "\n";
  }
  EXPECT_EQ(ReadFileOrEmpty(dir / "outputs/audit.html"), audit::WriteAuditHtml(results));
  EXPECT_EQ(report.lines.back(), "wrote " + (dir / "outputs/audit.html"));

  // Same input, same bytes: nothing is rewritten.
  Report again;
  ASSERT_TRUE(Audit(project, AuditOptions{}, &results, &again).ok());
  EXPECT_EQ(again.lines.back(), "unchanged " + (dir / "outputs/audit.html"));
}

TEST(AuditCommand, AuditsOnlyTheRequestedLocalesAndFoldsValidatorReports) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/true);
  Project project;
  ASSERT_TRUE(LoadProject(dir.path(), &project).ok());
  folio::testing::WriteFileOrDie(
      dir / "reports/fr/epubcheck.json",
      R"({"messages": [{"ID": "OPF-096", "severity": "ERROR", "message": "m", "locations": []}]})");
  AuditOptions options;
  options.locales = {"fr"};
  options.validator_reports_dir = dir / "reports";
  std::vector<audit::AuditResult> results;
  Report report;
  ASSERT_TRUE(Audit(project, options, &results, &report).ok());
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].locale, "fr");
  ASSERT_FALSE(results[0].findings.empty());
  EXPECT_EQ(results[0].findings.back().code, "epubcheck.OPF-096");
  EXPECT_EQ(audit::AuditExitCode(results, Severity::kError), 1);
}

TEST(AuditCommand, MalformedValidatorReportIsAnErrorAndWritesNothing) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/true);
  Project project;
  ASSERT_TRUE(LoadProject(dir.path(), &project).ok());
  folio::testing::WriteFileOrDie(dir / "reports/fr/ace/report.json", "{");
  AuditOptions options;
  options.locales = {"fr"};
  options.validator_reports_dir = dir / "reports";
  std::vector<audit::AuditResult> results;
  Report report;
  Status st = Audit(project, options, &results, &report);
  EXPECT_EQ(st.ToString(), dir / "reports/fr/ace/report.json" +
                               ":1:2: invalid JSON: expected a member name; is this the validator's JSON report?");
  EXPECT_EQ(ReadFileOrEmpty(dir / "outputs/audit.html"),
            ReadFileOrEmpty(folio::testing::kSourceDir + "/outputs/audit.html"))
      << "nothing was written";
}

// Stand-ins for EPUBCheck and Ace (called as folio calls the real ones; see
// audit/run_validators_test.cc) in a folder that is the whole search PATH.
class AuditWithValidators : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyProject(dir_.path(), /*with_locales=*/true, /*with_outputs=*/false);
    ASSERT_TRUE(LoadProject(dir_.path(), &project_).ok());
    std::filesystem::create_directories(tools_.path() + "/bin");
    search_.path = tools_ / "bin";
    search_.epubcheck_jar = tools_ / "none.jar";
    search_.validators_home = tools_ / "none";
  }
  void Script(const std::string& name, const std::string& body) {
    std::string path = tools_ / ("bin/" + name);
    std::ofstream(path) << "#!/bin/sh\n" << body;
    ::chmod(path.c_str(), 0755);
  }
  void CleanEpubCheck() {
    Script("epubcheck",
           "cat > \"$3\" <<'JSON'\n{\"checker\": {\"checkerVersion\": \"4.2.6\"}, \"messages\": []}\nJSON\n");
  }
  // Ace finding one minor violation in every EPUB.
  void AceWithAViolation() {
    Script("ace",
           "mkdir -p \"$6\"\ncat > \"$6/report.json\" <<'JSON'\n"
           "{\"earl:assertedBy\": {\"doap:release\": {\"doap:revision\": \"1.4.6\"}}, \"assertions\": ["
           "{\"earl:testSubject\": {\"url\": \"article.xhtml\"}, \"assertions\": ["
           "{\"earl:test\": {\"dct:title\": \"region\", \"earl:impact\": \"minor\", "
           "\"dct:description\": \"All content in landmarks\", \"rulesetTags\": [\"best-practice\"]}, "
           "\"earl:result\": {\"earl:outcome\": \"fail\", \"dct:description\": \"a p outside main\"}}]}]}\n"
           "JSON\n");
    Script("chromium", "exit 0\n");
  }
  Status AuditFrench(ValidatorMode mode, std::vector<audit::AuditResult>* results) {
    AuditOptions options;
    options.locales = {"fr"};
    options.validators = mode;
    options.validator_search = &search_;
    Report report;
    return Audit(project_, options, results, &report);
  }

  TempDir dir_, tools_;
  Project project_;
  audit::ValidatorSearch search_;
};

TEST_F(AuditWithValidators, ReportSaysWhichValidatorsRanWithTheirVersionsAndWhichAreNotInstalled) {
  Report build;
  ASSERT_TRUE(Build(project_, &build).ok());
  CleanEpubCheck();
  std::vector<audit::AuditResult> results;
  Status st = AuditFrench(ValidatorMode::kAuto, &results);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_EQ(results.size(), 1u);
  const audit::AuditResult& fr = results[0];
  ASSERT_EQ(fr.validators.size(), 2u);
  EXPECT_EQ(fr.validators[0].name + " " + fr.validators[0].version + " " + fr.validators[0].status,
            "EPUBCheck 4.2.6 ran");
  EXPECT_EQ(fr.validators[1].name + ": " + fr.validators[1].status, "DAISY Ace: not installed");
  EXPECT_NE(fr.validators[1].detail.find("install-validators"), std::string::npos);
  EXPECT_EQ(fr.claims.at("article.epub"), audit::kConformsTo);
  EXPECT_EQ(audit::AuditExitCode(results, Severity::kError), 0);
  std::string json = ReadFileOrEmpty(dir_ / "outputs/fr/audit.json");
  EXPECT_NE(json.find("{\"name\": \"EPUBCheck\", \"status\": \"ran\", \"version\": \"4.2.6\", \"detail\": \"\"}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"article.epub\": \"EPUB Accessibility 1.1 - WCAG 2.2 Level AA\""), std::string::npos);
  std::string html = ReadFileOrEmpty(dir_ / "outputs/audit.html");
  EXPECT_NE(html.find("<td>4.2.6: pass</td>"), std::string::npos);
  EXPECT_NE(html.find("<td>not installed</td>"), std::string::npos);
  EXPECT_NE(html.find("<td>claimed</td>"), std::string::npos);
}

TEST_F(AuditWithValidators, AnAceViolationInAnEpubThatClaimsConformanceFailsTheAudit) {
  Report build;
  ASSERT_TRUE(Build(project_, &build).ok());
  CleanEpubCheck();
  AceWithAViolation();
  std::vector<audit::AuditResult> results;
  Status st = AuditFrench(ValidatorMode::kRequired, &results);
  ASSERT_TRUE(st.ok()) << st.ToString();
  const audit::AuditResult& fr = results[0];
  std::vector<std::string> codes;
  for (const audit::Finding& f : fr.findings) codes.push_back(f.code + " " + std::string(SeverityName(f.severity)));
  EXPECT_NE(std::find(codes.begin(), codes.end(), "ace.region info"), codes.end());
  ASSERT_EQ(codes.back(), "a11y.conformance-claim error");
  EXPECT_EQ(fr.findings.back().ToString(),
            "article.epub: error: article.epub claims “EPUB Accessibility 1.1 - WCAG 2.2 Level AA” but Ace reports 1 "
            "violation; the claim is not supported: fix what they report (listed above) and build again "
            "[a11y.conformance-claim]");
  EXPECT_EQ(audit::AuditExitCode(results, Severity::kError), 1);
  EXPECT_NE(ReadFileOrEmpty(dir_ / "outputs/audit.html").find("<td>claimed, not supported (1)</td>"),
            std::string::npos);
}

TEST_F(AuditWithValidators, RequiredValidatorsThatAreMissingStopTheAuditBeforeAnyWrite) {
  Report build;
  ASSERT_TRUE(Build(project_, &build).ok());
  CleanEpubCheck();
  std::vector<audit::AuditResult> results;
  Status st = AuditFrench(ValidatorMode::kRequired, &results);
  EXPECT_EQ(st.ToString(), "DAISY Ace is required but not installed: no ace-cli in " + (tools_ / "none") +
                               "/npm and no ace on PATH; install it with ../shared/tools/install-validators; or "
                               "audit with --validators=auto");
  EXPECT_EQ(ReadFileOrEmpty(dir_ / "outputs/fr/audit.json"), "");
}

TEST(AuditCommand, WithNothingBuiltIsAnErrorThatSaysToBuildNeverACleanReport) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  Project project;
  ASSERT_TRUE(LoadProject(dir.path(), &project).ok());
  std::vector<audit::AuditResult> results;
  Report report;
  AuditOptions options;
  options.validators = ValidatorMode::kOff;
  Status st = Audit(project, options, &results, &report);
  EXPECT_EQ(st.code(), Status::Code::kNotFound);
  EXPECT_EQ(st.ToString(), dir / "outputs" +
                               ": no built edition to audit (en/article, fr/article, de/article, "
                               "es/article, ar/article, ja/article, qps-ploc/article, qps-plocm/article); run folio "
                               "build first, then folio audit");
  EXPECT_TRUE(results.empty());
  EXPECT_EQ(ReadFileOrEmpty(dir / "outputs/audit.html"), "");
}

TEST_F(AuditWithValidators, WithoutAnEpubAutoSaysSoAndRequiredIsAnError) {
  Report build;
  ASSERT_TRUE(Build(project_, &build).ok());
  std::filesystem::remove(dir_ / "outputs/fr/article.epub");
  CleanEpubCheck();
  AceWithAViolation();
  std::vector<audit::AuditResult> results;
  ASSERT_TRUE(AuditFrench(ValidatorMode::kAuto, &results).ok());
  EXPECT_EQ(results[0].validators[0].status, "not run");
  EXPECT_EQ(results[0].validators[0].detail, "outputs/fr/article.epub does not exist; run folio build");
  EXPECT_TRUE(results[0].claims.empty());
  Status st = AuditFrench(ValidatorMode::kRequired, &results);
  EXPECT_EQ(st.ToString(), project_.OutputDir("fr") +
                               "/article.epub: no EPUB for the validators to check; run folio "
                               "build first");
}

TEST_F(AuditWithValidators, WithValidatorsOffTheClaimIsStillReadAndTheReportSaysTheyWereOff) {
  Report build;
  ASSERT_TRUE(Build(project_, &build).ok());
  CleanEpubCheck();
  std::vector<audit::AuditResult> results;
  ASSERT_TRUE(AuditFrench(ValidatorMode::kOff, &results).ok());
  EXPECT_EQ(results[0].validators[0].status, "off");
  EXPECT_EQ(results[0].validators[1].detail, "--validators=off");
  EXPECT_EQ(results[0].claims.at("article.epub"), audit::kConformsTo);
}

}  // namespace
}  // namespace folio::app
