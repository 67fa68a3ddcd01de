// Outputs checked by real validators, not only by our own code: the OASIS
// XLIFF schemas (xmllint) for every committed handoff, and check-xhtml
// (xmllint + Nu checker + axe + EPUBCheck xhtml mode) for every XHTML.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Committed(const std::string& dir, const std::string& ext) {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(kSourceDir + "/" + dir))
    if (e.is_regular_file() && e.path().extension() == ext) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(Validators, EveryHandoffIsValidAgainstTheOasisXliff21Schemas) {
  std::string x = kSharedDir + "/xliff";
  auto files = Committed("locales", ".xlf");
  ASSERT_FALSE(files.empty());
  for (const char* schema : {"/schemas/2.1/xliff_core_2.0.xsd", "/schemas/local/xliff-2.1-with-modules.xsd"}) {
    std::string cmd = "XML_CATALOG_FILES=" + ShellQuote(x + "/catalog.xml") + " xmllint --nonet --noout --schema " +
                      ShellQuote(x + schema);
    for (const std::string& f : files) cmd += " " + ShellQuote(f);
    RunResult r = RunCommand(cmd);
    EXPECT_EQ(r.exit_code, 0) << schema << "\n" << r.err;
  }
}

TEST(Validators, EveryXhtmlOutputPassesCheckXhtml) {
  auto files = Committed("outputs", ".xhtml");
  ASSERT_FALSE(files.empty());
  TempDir reports;
  std::string cmd =
      "bash " + ShellQuote(kSharedDir + "/tools/check-xhtml") + " --epub -o " + ShellQuote(reports.path());
  for (const std::string& f : files) cmd += " " + ShellQuote(f);
  RunResult r = RunCommand(cmd);
  if (r.exit_code == 3 && !InCi())
    GTEST_SKIP() << "validators not installed (run ../shared/tools/install-validators)\n" << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  std::cout << r.out;
}

}  // namespace
}  // namespace folio::testing

namespace folio::testing {
namespace {

TEST(Validators, EveryEpubPassesEpubCheckAndAceStrictly) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(kSourceDir + "/outputs"))
    if (e.is_regular_file() && e.path().extension() == ".epub") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 8u) << "one EPUB per edition (en + 7 target locales)";
  TempDir reports;
  std::string cmd =
      "bash " + ShellQuote(kSharedDir + "/tools/check-epub") + " --strict -o " + ShellQuote(reports.path());
  for (const std::string& f : files) cmd += " " + ShellQuote(f);
  RunResult r = RunCommand(cmd);
  if (r.exit_code == 3 && !InCi())
    GTEST_SKIP() << "validators not installed (run ../shared/tools/install-validators)\n" << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  std::cout << r.out;
}

}  // namespace
}  // namespace folio::testing
