// A returned file that fails a check is rejected with a precise
// "file:line:col: what; what to do" error, and locales/ is byte for byte
// unchanged afterwards.
#include <gtest/gtest.h>

#include <functional>
#include <regex>

#include "test_util.h"

namespace folio::testing {
namespace {

struct BadCase {
  const char* name;
  std::function<std::string(const std::string&)> corrupt;
  const char* expected;  // a phrase the error must contain
};

std::string ReplaceFirst(std::string s, const std::string& from, const std::string& to) {
  size_t p = s.find(from);
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

// The French handoff with the first segment given a target.
std::string TranslatedHandoff(const std::string& project) {
  std::string x = ReadFileOrEmpty(project + "/locales/fr/article.xlf");
  size_t e = x.find("</source>") + 9;
  return x.substr(0, e) + "<target>Les larmes après l’amour</target>" + x.substr(e);
}

class ImportRejects : public ::testing::TestWithParam<BadCase> {};

TEST_P(ImportRejects, WithAPreciseErrorAndLeavesLocalesUnchanged) {
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract"}).exit_code, 0);
  // Something is already stored: a good import first.
  std::string handoff = TranslatedHandoff(project.path());
  WriteFileOrDie(project / "good.xlf", handoff);
  RunResult good = RunFolio(project.path(), {"import", project / "good.xlf"});
  ASSERT_EQ(good.exit_code, 0) << good.err;
  auto before = SnapshotTree(project / "locales");

  std::string bad_path = project / "bad.xlf";
  WriteFileOrDie(bad_path, GetParam().corrupt(handoff));
  for (const char* cmd : {"validate", "import"}) {
    RunResult r = RunFolio(project.path(), {cmd, bad_path});
    EXPECT_EQ(r.exit_code, 1) << cmd << "\n" << r.err;
    EXPECT_TRUE(std::regex_search(r.err, std::regex("(^|\n)" + bad_path + ":[0-9]+:[0-9]+: ")))
        << cmd << " error has no file:line:col:\n" << r.err;
    EXPECT_NE(r.err.find(GetParam().expected), std::string::npos) << cmd << "\n" << r.err;
  }
  EXPECT_TRUE(before == SnapshotTree(project / "locales")) << "a rejected import changed locales/";
  EXPECT_NE(ReadFileOrEmpty(project / "locales/fr/article.xlf").find("Les larmes après l’amour"),
            std::string::npos)
      << "the stored translation was lost";
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, ImportRejects,
    ::testing::Values(
        BadCase{"WrongTargetLanguage", [](const std::string& x) { return ReplaceFirst(x, "trgLang=\"fr\"", "trgLang=\"pt\""); },
                "trgLang"},
        BadCase{"ChangedSource",
                [](const std::string& x) { return ReplaceFirst(x, "Crying after sex is more common", "Crying after sex is less common"); },
                "source"},
        BadCase{"DroppedInlineCode",
                [](const std::string& x) {
                  size_t s = x.find("<pc ");
                  size_t src_end = x.find("</source>", s) + 9;
                  std::string seg_src = x.substr(x.rfind("<source>", s) + 8, x.find("</source>", s) - x.rfind("<source>", s) - 8);
                  std::string plain = std::regex_replace(seg_src, std::regex("<[^>]+>"), "");
                  return x.substr(0, src_end) + "<target>" + plain + "</target>" + x.substr(src_end);
                },
                "1"},
        BadCase{"UnknownUnit", [](const std::string& x) { return ReplaceFirst(x, "<unit id=\"", "<unit id=\"zz"); },
                "zz"},
        BadCase{"Truncated", [](const std::string& x) { return x.substr(0, x.size() / 2); }, "XML"},
        BadCase{"ExternalEntity",
                [](const std::string& x) {
                  return ReplaceFirst(x, "?>\n", "?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n");
                },
                "DTD"},
        BadCase{"InvalidUtf8", [](const std::string& x) { return ReplaceFirst(x, "Les larmes", "Les \xC3\x28larmes"); },
                "UTF-8"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace folio::testing
