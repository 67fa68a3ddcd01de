// The text-to-speech edition: SSML 1.1 whose <s> ids are XLIFF segment ids,
// spoken by a real engine (espeak-ng) without error.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "test_util.h"
#include "xliff/xliff_reader.h"

namespace folio::testing {
namespace {

TEST(Ssml, SentenceIdsAreTheXliffSegmentIds) {
  for (const char* tag : {"fr", "ar", "ja"}) {
    std::string ssml = ReadFileOrEmpty(kSourceDir + "/outputs/" + std::string(tag) + "/article.ssml");
    ASSERT_FALSE(ssml.empty()) << tag;
    EXPECT_NE(ssml.find(std::string("xml:lang=\"") + tag + "\""), std::string::npos);
    std::string xlf_path = kSourceDir + "/locales/" + std::string(tag) + "/article.xlf";
    std::string bytes = ReadFileOrEmpty(xlf_path);
    xliff::XliffFile f;
    ASSERT_TRUE(xliff::ReadXliff(bytes, xlf_path, &f).ok());
    std::set<std::string> ids;
    for (const auto& u : f.units)
      for (const auto& s : u.segments) ids.insert(s.id);
    std::regex s_id("<s xml:id=\"([^\"]+)\"");
    int n = 0;
    for (auto it = std::sregex_iterator(ssml.begin(), ssml.end(), s_id); it != std::sregex_iterator(); ++it, ++n)
      EXPECT_TRUE(ids.count((*it)[1])) << tag << ": <s xml:id=" << (*it)[1] << "> is not a segment of " << xlf_path;
    EXPECT_GT(n, 75) << tag;
  }
}

TEST(Ssml, IsWellFormed) {
  RunResult r = RunCommand("xmllint --noout --nonet " + ShellQuote(kSourceDir + "/outputs/en/article.ssml") + " " +
                           ShellQuote(kSourceDir + "/outputs/ar/article.ssml"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(Ssml, EspeakSpeaksTheEnglishEdition) {
  if (RunCommand("command -v espeak-ng").exit_code != 0) {
    if (InCi()) FAIL() << "espeak-ng is not installed";
    GTEST_SKIP() << "espeak-ng is not installed (apt-get install espeak-ng)";
  }
  TempDir tmp;
  RunResult r = RunCommand("espeak-ng -m -v en -w " + ShellQuote(tmp / "en.wav") + " -f " +
                           ShellQuote(kSourceDir + "/outputs/en/article.ssml"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // Several minutes of speech: the whole article was read, not just a prefix.
  EXPECT_GT(ReadFileOrEmpty(tmp / "en.wav").size(), 5'000'000u);
}

}  // namespace
}  // namespace folio::testing
