// The conformance claim folio build writes, on the project's own editions: a
// clean edition claims, one with a failing check does not and says why.
#include "app/conformance.h"

#include <gtest/gtest.h>

#include "../../tests/integration/test_util.h"
#include "app/audit_command.h"
#include "app/commands.h"
#include "app/ini_strings.h"
#include "app/localized.h"
#include "app/source.h"
#include "audit/checks.h"
#include "audit/conformance.h"
#include "base/file_io.h"
#include "epub/ocf_zip.h"
#include "render/xhtml.h"

namespace folio::app {
namespace {

using folio::testing::CopyProject;
using folio::testing::TempDir;

std::string MetaValue(const std::string& opf, const std::string& property) {
  std::string open = "<meta property=\"" + property + "\"";
  size_t at = opf.find(open);
  if (at == std::string::npos) return "";
  size_t start = opf.find('>', at) + 1;
  return opf.substr(start, opf.find("</meta>", start) - start);
}

class ConformanceClaim : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyProject(dir_.path(), /*with_locales=*/true, /*with_outputs=*/false);
    ASSERT_TRUE(LoadProject(dir_.path(), &project_).ok());
    Diagnostics warnings;
    ASSERT_TRUE(LoadSourceDocument(project_, project_.articles[0], &source_, &warnings).ok());
    ASSERT_TRUE(LoadLocalized(project_, project_.articles[0], source_, "fr", &fr_, &warnings).ok());
  }
  // The French book as folio build makes it, with the claim `own` allows.
  std::string FrenchPackage(const audit::AuditResult& own) {
    epub::EpubInput book;
    book.doc = &fr_;
    book.content_xhtml = render::WriteXhtml(fr_, render::XhtmlOptions{}, nullptr);
    book.modified_epoch = 1793491200;
    EXPECT_TRUE(LoadIniStrings(project_.LocaleDir("fr") + "/edition.ini", &book.strings).ok());
    SetConformance(own, &book);
    std::string opf;
    Status st = epub::PackageDocument(book, &opf);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return opf;
  }

  TempDir dir_;
  Project project_;
  doc::Document source_, fr_;
};

TEST_F(ConformanceClaim, AnEditionThatPassesFolioChecksClaimsConformance) {
  audit::AuditResult own;
  ASSERT_TRUE(CheckEdition(fr_, "fr", &own).ok());
  ASSERT_TRUE(audit::ClaimBlockers(own).empty());
  std::string opf = FrenchPackage(own);
  EXPECT_EQ(MetaValue(opf, "dcterms:conformsTo"), "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
  EXPECT_EQ(MetaValue(opf, "a11y:certifiedBy"), "folio automated accessibility checks");
  EXPECT_NE(MetaValue(opf, "schema:accessibilitySummary").find("Cette édition est conforme à EPUB Accessibility 1.1"),
            std::string::npos);
}

TEST_F(ConformanceClaim, AnEditionWithAFailingCheckClaimsNothingAndItsSummarySaysWhy) {
  // The French edition with an image that has no text alternative (WCAG
  // 1.1.1) and a skipped heading level (1.3.1), checked as folio build checks.
  audit::AuditInput input;
  input.doc = &fr_;
  input.xhtml = render::WriteXhtml(fr_, render::XhtmlOptions{"style.css"}, nullptr);
  size_t main_end = input.xhtml.find("</main>");
  ASSERT_NE(main_end, std::string::npos);
  input.xhtml.insert(main_end, "<h4>x</h4><p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"/></p>");
  input.css = epub::Stylesheet();
  input.locale = "fr";
  audit::AuditResult own;
  ASSERT_TRUE(audit::RunAudit(input, &own).ok());
  std::string opf = FrenchPackage(own);
  EXPECT_EQ(opf.find("dcterms:conformsTo"), std::string::npos) << opf;
  EXPECT_EQ(opf.find("a11y:certifiedBy"), std::string::npos);
  std::string summary = MetaValue(opf, "schema:accessibilitySummary");
  EXPECT_EQ(summary.find("est conforme"), std::string::npos);
  EXPECT_NE(summary.find("Des contrôles automatiques d’accessibilité ont relevé 2 problèmes (WCAG 1.1.1, 1.3.1)\u202f; "
                         "cette édition ne se déclare donc pas conforme."),
            std::string::npos)
      << summary;
}

TEST_F(ConformanceClaim, ARegressionAgainstTheSourceAlsoRulesOutTheClaim) {
  audit::AuditResult own;
  ASSERT_TRUE(CheckEdition(fr_, "fr", &own).ok());
  audit::Finding lost;
  lost.severity = Severity::kError;
  lost.code = "a11y.regression.heading-lost";
  lost.wcag = "1.3.1";
  own.regressions.push_back(lost);
  EXPECT_EQ(FrenchPackage(own).find("dcterms:conformsTo"), std::string::npos);
}

TEST_F(ConformanceClaim, BuildClaimsConformanceInEveryEditionOfTheProject) {
  Report report;
  Status st = Build(project_, &report);
  ASSERT_TRUE(st.ok()) << st.ToString();
  for (const Diagnostic& d : report.diagnostics) EXPECT_NE(d.code, "build.no-conformance-claim") << d.ToString();
  std::vector<std::string> tags = {project_.source_locale};
  for (const std::string& t : project_.target_locales) tags.push_back(t);
  for (const std::string& tag : tags) {
    std::string path = project_.OutputDir(tag) + "/article.epub", bytes, opf, claim;
    ASSERT_TRUE(ReadFile(path, &bytes).ok()) << path;
    ASSERT_TRUE(epub::ReadZipEntry(bytes, "EPUB/package.opf", path, &opf).ok()) << path;
    ASSERT_TRUE(audit::ReadConformsTo(opf, path, &claim).ok());
    EXPECT_EQ(claim, audit::kConformsTo) << tag;
    EXPECT_EQ(MetaValue(opf, "a11y:certifiedBy"), audit::kCertifiedBy) << tag;
  }
}

}  // namespace
}  // namespace folio::app
