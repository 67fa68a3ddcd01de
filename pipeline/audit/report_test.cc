#include "audit/report.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "audit/checks.h"
#include "audit/json_reader.h"

namespace folio::audit {
namespace {

namespace fs = std::filesystem;

Finding F(Severity sev, const std::string& code, const std::string& wcag, const std::string& unit,
          const std::string& msg) {
  Finding f;
  f.severity = sev;
  f.code = code;
  f.wcag = wcag;
  f.unit_id = unit;
  f.message = msg;
  return f;
}

AuditResult French() {
  AuditResult r;
  r.locale = "fr";
  r.passed_checks = {"a11y.page-title", "a11y.contrast"};
  r.notes["a11y.contrast"] = "the stylesheet sets no colours; the reader's default colours apply";
  r.findings.push_back(F(Severity::kWarning, "a11y.lang-of-parts", "3.1.2", "s-6", "segment s-6 is “en”"));
  r.regressions.push_back(F(Severity::kError, "a11y.regression.heading-lost", "1.3.1", "h-a", "lost <h2>"));
  return r;
}

TEST(AuditReportJson, HasEveryFieldInAFixedOrder) {
  EXPECT_EQ(WriteAuditJson(French()),
            "{\n"
            "  \"locale\": \"fr\",\n"
            "  \"passed\": [\"a11y.page-title\", \"a11y.contrast\"],\n"
            "  \"notes\": {\n"
            "    \"a11y.contrast\": \"the stylesheet sets no colours; the reader's default colours apply\"\n"
            "  },\n"
            "  \"validators\": [],\n"
            "  \"claims\": {},\n"
            "  \"findings\": [\n"
            "    {\"code\": \"a11y.lang-of-parts\", \"severity\": \"warning\", \"wcag\": \"3.1.2\", \"unit_id\": "
            "\"s-6\", \"location\": \"\", \"message\": \"segment s-6 is “en”\"}\n"
            "  ],\n"
            "  \"regressions\": [\n"
            "    {\"code\": \"a11y.regression.heading-lost\", \"severity\": \"error\", \"wcag\": \"1.3.1\", "
            "\"unit_id\": \"h-a\", \"location\": \"\", \"message\": \"lost <h2>\"}\n"
            "  ],\n"
            "  \"summary\": {\"error\": 1, \"warning\": 1, \"info\": 0}\n"
            "}\n");
}

TEST(AuditReportJson, NamesTheValidatorsWithTheirVersionsAndTheClaims) {
  AuditResult r;
  r.locale = "ar";
  r.validators = {{"EPUBCheck", "ran", "4.2.6", ""},
                  {"DAISY Ace", "not installed", "", "no ace-cli; install it with install-validators"}};
  r.claims["article.epub"] = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";
  r.findings.push_back(F(Severity::kError, "epubcheck.RSC-005", "", "", "element \"p\" not allowed here"));
  r.findings.back().where = {"article.epub/EPUB/article.xhtml", 12, 7};
  std::string json = WriteAuditJson(r);
  EXPECT_NE(json.find("  \"validators\": [\n"
                      "    {\"name\": \"EPUBCheck\", \"status\": \"ran\", \"version\": \"4.2.6\", \"detail\": \"\"},\n"
                      "    {\"name\": \"DAISY Ace\", \"status\": \"not installed\", \"version\": \"\", \"detail\": "
                      "\"no ace-cli; install it with install-validators\"}\n"
                      "  ],\n"
                      "  \"claims\": {\n"
                      "    \"article.epub\": \"EPUB Accessibility 1.1 - WCAG 2.2 Level AA\"\n"
                      "  },\n"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"location\": \"article.epub/EPUB/article.xhtml:12:7\""), std::string::npos);
  JsonValue v;
  ASSERT_TRUE(ParseJson(json, "audit.json", &v).ok()) << json;
  EXPECT_EQ(v.Find("validators")->array[1].Find("status")->Str(), "not installed");

  std::string html = WriteAuditHtml({r});
  EXPECT_NE(html.find("<tr><th scope=\"row\">EPUBCheck: EPUB conformance</th><td></td><td>4.2.6: fail (1)</td></tr>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<tr><th scope=\"row\">DAISY Ace: accessibility of the EPUB</th><td></td><td>not "
                      "installed</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>claimed</td>"), std::string::npos);
  EXPECT_NE(html.find("<li>EPUBCheck 4.2.6: ran</li>"), std::string::npos);
  EXPECT_NE(html.find("<li>DAISY Ace: not installed (no ace-cli; install it with install-validators)</li>"),
            std::string::npos);
  EXPECT_NE(html.find("<p><code>article.epub</code> claims “EPUB Accessibility 1.1 - WCAG 2.2 Level AA”.</p>"),
            std::string::npos);
}

TEST(AuditReportJson, CleanResultIsValidJsonWithEmptyLists) {
  AuditResult r;
  r.locale = "en";
  std::string json = WriteAuditJson(r);
  JsonValue v;
  ASSERT_TRUE(ParseJson(json, "audit.json", &v).ok()) << json;
  EXPECT_EQ(v.Find("findings")->array.size(), 0u);
  EXPECT_EQ(v.Find("notes")->type, JsonValue::Type::kObject);
  EXPECT_EQ(v.Find("locale")->Str(), "en");
}

TEST(AuditReportHtml, TableHasCaptionScopedHeadersAndWordsNotColours) {
  AuditResult en;
  en.locale = "en";
  for (const AuditCheck& c : AuditChecks()) en.passed_checks.push_back(c.code);
  std::string html = WriteAuditHtml({en, French()});
  EXPECT_NE(html.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("<title>folio accessibility audit</title>"), std::string::npos);
  EXPECT_NE(html.find("<caption>Checks (rows) by locale (columns)</caption>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">en</th><th scope=\"col\">fr</th>"), std::string::npos);
  EXPECT_NE(html.find("<td>3.1.2</td><td>pass</td><td>fail (1)</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("<td>1.4.3</td><td>pass</td><td>pass (not applicable)</td>"), std::string::npos);
  EXPECT_NE(html.find("<li><strong>warning</strong> <code>a11y.lang-of-parts</code> (WCAG 3.1.2), unit "
                      "<code>s-6</code>: segment s-6 is “en”</li>"),
            std::string::npos);
  EXPECT_NE(html.find("<h3>Regressions against the source edition</h3>"), std::string::npos);
}

bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

TEST(AuditReportHtml, PassesXmllintVnuAndAxe) {
  AuditResult en;
  en.locale = "en";
  for (const AuditCheck& c : AuditChecks()) en.passed_checks.push_back(c.code);
  std::string pattern = (fs::temp_directory_path() / "folio-audit-html.XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  fs::path dir = pattern;
  std::string page = WriteAuditHtml({en, French()});
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n", 0), 0u) << "no XML declaration: the file is served as HTML";
  std::ofstream(dir / "audit.xhtml", std::ios::binary) << page;
  std::string command = "bash '" + std::string(FOLIO_SHARED_DIR) + "/tools/check-xhtml' -o '" +
                        (dir / "reports").string() + "' '" + (dir / "audit.xhtml").string() + "' > '" +
                        (dir / "summary.txt").string() + "' 2>&1";
  int raw = std::system(command.c_str());
  int rc = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream in(dir / "summary.txt");
  std::stringstream summary;
  summary << in.rdbuf();
  std::cout << summary.str();
  if (rc == 3 && !InCi()) {
    fs::remove_all(dir);
    GTEST_SKIP() << "validators missing (run ../shared/tools/install-validators):\n" << summary.str();
  }
  EXPECT_EQ(rc, 0) << summary.str() << "the page and the reports are kept in " << dir;
  if (rc == 0) fs::remove_all(dir);
}

TEST(AuditExitCodes, ZeroWhenNothingReachesTheThreshold) {
  AuditResult r = French();
  r.regressions.clear();
  EXPECT_EQ(AuditExitCode({r}, Severity::kError), 0);
  EXPECT_EQ(AuditExitCode({}, Severity::kInfo), 0);
}

TEST(AuditExitCodes, OneWhenAFindingOrRegressionReachesTheThreshold) {
  AuditResult r = French();
  EXPECT_EQ(AuditExitCode({r}, Severity::kError), 1);  // the regression
  r.regressions.clear();
  EXPECT_EQ(AuditExitCode({r}, Severity::kWarning), 1);
  EXPECT_EQ(kAuditToolError, 3);
}

}  // namespace
}  // namespace folio::audit
