// folio audit running the real EPUBCheck and DAISY Ace on a copy of the
// project's committed EPUBs: their results are in the report with their
// versions, the conformance claims hold up, and the report is what is
// committed (outputs/ are regenerated with the validators installed).
#include <gtest/gtest.h>

#include "test_util.h"

namespace folio::testing {
namespace {

TEST(AuditWithRealValidators, FolioAuditRunsEpubCheckAndAceAndFoldsThemIntoTheReport) {
  TempDir project;
  CopyProject(project.path(), /*with_locales=*/true, /*with_outputs=*/true);
  RunResult r = RunFolio(project.path(), {"audit", "--locale", "fr", "--validators", "required"});
  if (r.exit_code == 3 && r.err.find("is required but not installed") != std::string::npos && !InCi())
    GTEST_SKIP() << "validators not installed (run ../shared/tools/install-validators)\n" << r.err;
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  std::string json = ReadFileOrEmpty(project / "outputs/fr/audit.json");
  EXPECT_NE(json.find("{\"name\": \"EPUBCheck\", \"status\": \"ran\", \"version\": \""), std::string::npos) << json;
  EXPECT_NE(json.find("{\"name\": \"DAISY Ace\", \"status\": \"ran\", \"version\": \""), std::string::npos) << json;
  EXPECT_EQ(json.find("\"version\": \"\""), std::string::npos) << "a validator ran without a version:\n" << json;
  EXPECT_NE(json.find("\"article.epub\": \"EPUB Accessibility 1.1 - WCAG 2.2 Level AA\""), std::string::npos);
  EXPECT_EQ(json.find("a11y.conformance-claim"), std::string::npos) << json;
  // Nothing of the run (temporary folders, this checkout) leaks into it.
  EXPECT_EQ(json.find(project.path()), std::string::npos) << json;
  EXPECT_EQ(json.find("/tmp"), std::string::npos) << json;
  // The committed report is the one the validators give.
  EXPECT_EQ(json, ReadFileOrEmpty(kSourceDir + "/outputs/fr/audit.json"))
      << "outputs/fr/audit.json is stale: run `folio audit` with the validators installed and commit it";

  // A second run gives the same bytes.
  RunResult again = RunFolio(project.path(), {"audit", "--locale", "fr", "--validators", "required"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("unchanged "), std::string::npos) << again.out;
  EXPECT_EQ(again.out.find("wrote "), std::string::npos) << again.out;
}

TEST(AuditWithRealValidators, AnEpubWhoseClaimTheValidatorsContradictFailsTheAudit) {
  TempDir project;
  CopyProject(project.path(), /*with_locales=*/true, /*with_outputs=*/true);
  // The committed French EPUB, with the stylesheet link of its content
  // document broken: EPUBCheck reports a missing resource.
  std::string dir = project / "outputs/fr";
  RunResult unzip = RunCommand("cd " + ShellQuote(dir) +
                               " && mkdir x && cd x && unzip -q ../article.epub && "
                               "sed -i 's/href=\"style.css\"/href=\"missing.css\"/' EPUB/article.xhtml && "
                               "rm ../article.epub && zip -q -X -0 ../article.epub mimetype && "
                               "zip -q -X -r ../article.epub META-INF EPUB");
  ASSERT_EQ(unzip.exit_code, 0) << unzip.err;
  RunResult r = RunFolio(project.path(), {"audit", "--locale", "fr", "--validators", "required"});
  if (r.exit_code == 3 && r.err.find("is required but not installed") != std::string::npos && !InCi())
    GTEST_SKIP() << "validators not installed (run ../shared/tools/install-validators)\n" << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string json = ReadFileOrEmpty(project / "outputs/fr/audit.json");
  EXPECT_NE(json.find("\"code\": \"epubcheck.RSC-007\", \"severity\": \"error\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"code\": \"a11y.conformance-claim\", \"severity\": \"error\""), std::string::npos) << json;
}

}  // namespace
}  // namespace folio::testing
