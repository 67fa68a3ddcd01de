// The three test editions through the real validators (EPUBCheck and Ace by
// DAISY, via ../shared/tools/check-epub --strict), and their package and
// navigation documents against reviewed golden files under
// tests/golden/epub/ (rewrite with FOLIO_UPDATE_GOLDEN=1 after review).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "epub/epub.h"
#include "epub/test_books.h"

namespace folio::epub {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void Spit(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

// Writes book-<lang>.epub and runs check-epub --strict on it. The Arabic
// book also carries the conformance metadata (dcterms:conformsTo,
// a11y:certifiedBy) so that those properties meet the validators too.
void ExpectBookPassesStrictChecks(const std::string& lang) {
  doc::Document d;
  EpubInput in = testing::Input(lang, &d);
  in.conformance_verified = lang == "ar";
  if (in.conformance_verified) in.certified_by = "folio automated accessibility checks";
  std::string bytes;
  Status st = WriteEpub(in, &bytes);
  ASSERT_TRUE(st.ok()) << st.ToString();

  std::string pattern = (fs::temp_directory_path() / "folio-epub-check.XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  fs::path dir = pattern;
  fs::path book = dir / ("book-" + lang + ".epub");
  Spit(book, bytes);
  std::string command = "bash " + Quote(std::string(FOLIO_SHARED_DIR) + "/tools/check-epub") + " --strict -o " +
                        Quote((dir / "reports").string()) + " " + Quote(book.string()) + " > " +
                        Quote((dir / "summary.txt").string()) + " 2>&1";
  int raw = std::system(command.c_str());
  int rc = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::string summary = Slurp(dir / "summary.txt");
  std::cout << summary;
  if (rc == 3 && !InCi()) {
    fs::remove_all(dir);
    GTEST_SKIP() << "validators missing (run ../shared/tools/install-validators):\n" << summary;
  }
  EXPECT_EQ(rc, 0) << summary << "the book and the full reports are kept in " << dir;
  if (rc == 0) fs::remove_all(dir);
}

TEST(EpubValidators, EnglishSourceEditionPassesEpubCheckAndAce) { ExpectBookPassesStrictChecks("en"); }
TEST(EpubValidators, FrenchEditionWithUntranslatedPassagesPassesEpubCheckAndAce) { ExpectBookPassesStrictChecks("fr"); }
TEST(EpubValidators, ArabicRightToLeftEditionPassesEpubCheckAndAce) { ExpectBookPassesStrictChecks("ar"); }

void ExpectGolden(const std::string& name, const std::string& actual) {
  fs::path path = fs::path(FOLIO_SOURCE_DIR) / "tests/golden/epub" / name;
  const char* update = std::getenv("FOLIO_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    Spit(path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(path)) << path << " is missing; create it with FOLIO_UPDATE_GOLDEN=1 and review it";
  EXPECT_EQ(actual, Slurp(path)) << "differs from tests/golden/epub/" << name
                                 << "; review the change and rerun with FOLIO_UPDATE_GOLDEN=1";
}

TEST(EpubGolden, PackageAndNavigationDocumentsMatchTheReviewedFiles) {
  for (const std::string lang : {"en", "fr", "ar"}) {
    doc::Document d;
    EpubInput in = testing::Input(lang, &d);
    std::string opf, nav;
    ASSERT_TRUE(PackageDocument(in, &opf).ok());
    ASSERT_TRUE(NavDocument(in, &nav).ok());
    ExpectGolden(lang + "/package.opf", opf);
    ExpectGolden(lang + "/nav.xhtml", nav);
  }
}

}  // namespace
}  // namespace folio::epub
