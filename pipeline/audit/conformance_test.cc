#include "audit/conformance.h"

#include <gtest/gtest.h>

namespace folio::audit {
namespace {

Finding F(Severity sev, const std::string& code, const std::string& wcag) {
  Finding f;
  f.severity = sev;
  f.code = code;
  f.wcag = wcag;
  f.message = code;
  return f;
}

std::vector<std::string> Messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.where.ToString() + ": " + f.code + ": " + f.message);
  return out;
}

TEST(Conformance, OnlyErrorsOfFindingsAndRegressionsBlockAClaim) {
  AuditResult r;
  r.findings = {F(Severity::kWarning, "a11y.lang-script", "3.1.1"), F(Severity::kInfo, "a11y.reading-level", "3.1.5")};
  EXPECT_TRUE(ClaimBlockers(r).empty());
  r.regressions = {F(Severity::kError, "a11y.regression.heading-lost", "1.3.1")};
  r.findings.push_back(F(Severity::kError, "a11y.text-alternatives", "1.1.1"));
  std::vector<Finding> blockers = ClaimBlockers(r);
  ASSERT_EQ(blockers.size(), 2u);
  EXPECT_EQ(blockers[0].code, "a11y.text-alternatives");
  EXPECT_EQ(blockers[1].code, "a11y.regression.heading-lost");
}

TEST(Conformance, CriteriaAreListedOnceInNumericOrder) {
  EXPECT_EQ(
      WcagCriteria({F(Severity::kError, "a", "1.4.10"), F(Severity::kError, "b", "1.4.3"), F(Severity::kError, "c", ""),
                    F(Severity::kError, "d", "1.1.1"), F(Severity::kError, "e", "1.4.3")}),
      "1.1.1, 1.4.3, 1.4.10");
  EXPECT_EQ(WcagCriteria({}), "");
}

TEST(Conformance, ReadsTheConformsToOfAPackageDocument) {
  std::string claim = "x";
  ASSERT_TRUE(ReadConformsTo("<package><metadata><meta property=\"dcterms:modified\">2026</meta>"
                             "<meta property=\"dcterms:conformsTo\">\n  EPUB Accessibility 1.1 - WCAG 2.2 Level AA "
                             "</meta></metadata></package>",
                             "p.opf", &claim)
                  .ok());
  EXPECT_EQ(claim, kConformsTo);
  ASSERT_TRUE(ReadConformsTo("<package><metadata/></package>", "p.opf", &claim).ok());
  EXPECT_EQ(claim, "");
  EXPECT_EQ(ReadConformsTo("<package>\n<metadata>", "a.epub/EPUB/package.opf", &claim).ToString(),
            "a.epub/EPUB/package.opf:2:10: the package document is not well-formed: Start-end tags mismatch; "
            "rebuild the EPUB with folio build");
}

TEST(Conformance, NoClaimNothingToCheck) {
  AuditResult own;
  own.findings = {F(Severity::kError, "a11y.page-title", "2.4.2")};
  std::vector<Finding> out;
  CheckConformanceClaim("article.epub", "", own, {F(Severity::kError, "epubcheck.RSC-005", "")}, &out);
  EXPECT_TRUE(out.empty());
}

TEST(Conformance, ClaimBackedByCleanChecksAndValidatorsIsSupported) {
  AuditResult own;
  own.findings = {F(Severity::kWarning, "a11y.long-sentence", "3.1.5")};
  std::vector<Finding> out;
  // EPUBCheck warnings and infos do not contradict conformance.
  CheckConformanceClaim("article.epub", kConformsTo, own,
                        {F(Severity::kWarning, "epubcheck.ACC-011", ""), F(Severity::kInfo, "epubcheck.HTM-051", "")},
                        &out);
  EXPECT_TRUE(out.empty());
}

TEST(Conformance, ClaimContradictedByFolioChecksOrValidatorsIsAnError) {
  AuditResult own;
  own.regressions = {F(Severity::kError, "a11y.regression.lang-missing", "3.1.1")};
  std::vector<Finding> out;
  CheckConformanceClaim("article.epub", kConformsTo, own,
                        {F(Severity::kError, "epubcheck.RSC-005", ""), F(Severity::kError, "epubcheck.OPF-096", ""),
                         F(Severity::kInfo, "ace.region", "")},
                        &out);
  EXPECT_EQ(Messages(out),
            (std::vector<std::string>{
                "article.epub: a11y.conformance-claim: article.epub claims “EPUB Accessibility 1.1 - WCAG 2.2 Level "
                "AA” but folio's checks of this edition find 1 error (WCAG 3.1.1); the claim is not supported: fix "
                "them and run folio build, which drops the claim while they remain",
                "article.epub: a11y.conformance-claim: article.epub claims “EPUB Accessibility 1.1 - WCAG 2.2 Level "
                "AA” but EPUBCheck reports 2 errors and Ace reports 1 violation; the claim is not supported: fix "
                "what they report (listed above) and build again"}));
  for (const Finding& f : out) EXPECT_EQ(f.severity, Severity::kError);
}

}  // namespace
}  // namespace folio::audit
