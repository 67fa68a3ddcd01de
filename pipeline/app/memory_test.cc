// TmImport and TmExport in process: what goes into the project's memory
// comes out as TMX that any XML parser reads.
#include "app/memory.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../../tests/integration/test_util.h"
#include "app/config.h"
#include "tm/tmx.h"
#include "xliff/xml_wellformed.h"

namespace folio::app {
namespace {

using folio::testing::ReadFileOrEmpty;
using folio::testing::ShellQuote;
using folio::testing::TempDir;
using folio::testing::WriteFileOrDie;

// An XLIFF 2 target may carry a character XML 1.0 cannot (here ESC) as
// <cp hex="001B"/>; TMX has no <cp>, so tm export must not write it raw.
TEST(TmExport, WritesWellFormedTmxForATargetHoldingACpElement) {
  TempDir dir;
  WriteFileOrDie(dir / "article.txt", "Press Escape.\n");
  WriteFileOrDie(dir / "article.meta.ini",
                 "title = T\nlanguage = en\ndate = 2026-01-01\n"
                 "identifier = urn:uuid:5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70\n");
  WriteFileOrDie(dir / "folio.ini",
                 "source-locale = en\ntarget-locale = fr\n[article]\nsource = article.txt\n"
                 "metadata = article.meta.ini\n");
  WriteFileOrDie(
      dir / "escape.xlf",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\">\n"
      " <file id=\"f1\"><unit id=\"u1\"><segment id=\"s1\" state=\"translated\">\n"
      "  <source>Press Escape.</source><target>Appuyez sur <cp hex=\"001B\"/>.</target>\n"
      " </segment></unit></file>\n</xliff>\n");
  Project project;
  ASSERT_TRUE(LoadProject(dir.path(), &project).ok());
  Report report;
  Status imported = TmImport(project, {dir / "escape.xlf"}, &report);
  ASSERT_TRUE(imported.ok()) << imported.ToString();
  Status exported = TmExport(project, "fr", dir / "fr.tmx", &report);
  ASSERT_TRUE(exported.ok()) << exported.ToString();

  std::string tmx = ReadFileOrEmpty(dir / "fr.tmx");
  EXPECT_EQ(tmx.find('\x1B'), std::string::npos) << tmx;
  xliff::XmlSyntaxError bad;
  EXPECT_TRUE(xliff::CheckWellFormedXml(tmx, &bad)) << bad.offset << ": " << bad.what << "\n" << tmx;
  std::vector<tm::Entry> entries;
  Status reread = tm::ReadTmx(tmx, dir / "fr.tmx", &entries);
  ASSERT_TRUE(reread.ok()) << reread.ToString();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].target.PlainText(), "Appuyez sur \uFFFD.");
  if (std::system("command -v xmllint >/dev/null") != 0) GTEST_SKIP() << "xmllint is not installed";
  EXPECT_EQ(std::system(("xmllint --noout --nonet " + ShellQuote(dir / "fr.tmx")).c_str()), 0) << tmx;
}

}  // namespace
}  // namespace folio::app
