// folio audit on a copy of the repository's project (article + stored
// translations of every locale).
#include "app/audit_command.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "../../tests/integration/test_util.h"
#include "audit/checks.h"

namespace folio::app {
namespace {

using folio::testing::CopyProject;
using folio::testing::ReadFileOrEmpty;
using folio::testing::TempDir;

TEST(AuditCommand, AuditsEveryLocaleAndWritesJsonAndHtml) {
  TempDir dir;
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
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
    for (const char* code : {"a11y.lang-declared", "a11y.page-title", "a11y.heading-order",
                             "a11y.section-labelled", "a11y.real-lists", "a11y.text-alternatives", "a11y.contrast"})
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
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
  Project project;
  ASSERT_TRUE(LoadProject(dir.path(), &project).ok());
  folio::testing::WriteFileOrDie(dir / "reports/fr/epubcheck.json",
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
  CopyProject(dir.path(), /*with_locales=*/true, /*with_outputs=*/false);
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
  EXPECT_EQ(ReadFileOrEmpty(dir / "outputs/audit.html"), "");
}

}  // namespace
}  // namespace folio::app
