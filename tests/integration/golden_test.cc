// Golden files: output the code produced, reviewed, and committed under
// tests/golden/. Rewrite them with FOLIO_UPDATE_GOLDEN=1 after a reviewed change.
#include <gtest/gtest.h>

#include "test_util.h"

namespace folio::testing {
namespace {

class Golden : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyProject(project_.path(), /*with_locales=*/false, false);
    ASSERT_EQ(RunFolio(project_.path(), {"extract"}).exit_code, 0);
    ASSERT_EQ(RunFolio(project_.path(), {"build"}).exit_code, 0);
  }
  void Expect(const std::string& golden, const std::string& produced) {
    std::string expected;
    std::string actual = ReadFileOrEmpty(project_ / produced);
    EXPECT_TRUE(MatchesGolden(golden, actual, &expected)) << produced << " differs from tests/golden/" << golden
                                                          << "; review the change and rerun with FOLIO_UPDATE_GOLDEN=1";
  }
  TempDir project_;
};

TEST_F(Golden, ArticleHandoffXliff) { Expect("article.fr.handoff.xlf", "locales/fr/article.xlf"); }
TEST_F(Golden, ArticleEnglishXhtml) { Expect("article.en.xhtml", "outputs/en/article.xhtml"); }
TEST_F(Golden, ArticleEnglishSpeechText) { Expect("article.en.txt", "outputs/en/article.txt"); }
TEST_F(Golden, ArticlePseudoXhtml) { Expect("article.qps-ploc.xhtml", "outputs/qps-ploc/article.xhtml"); }

}  // namespace
}  // namespace folio::testing
