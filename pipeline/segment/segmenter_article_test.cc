// The article's sentences, line by line, against the list the translators
// received (testdata/article_sentences.txt, copied from the handoff; term
// spans written {1}..{/1}).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "doc/dump.h"
#include "segment/segmenter.h"

namespace folio::segment {
namespace {

std::vector<std::string> Lines(const std::string& path) {
  std::string text;
  Status s = ReadFile(path, &text);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A bullet "- Term: text" becomes {1}Term{/1}: text, as the reader makes it.
doc::Fragment LineFragment(const std::string& line) {
  if (line.rfind("- ", 0) != 0) return doc::TextFragment(line);
  std::string item = line.substr(2);
  size_t colon = item.find(": ");
  if (colon == std::string::npos) return doc::TextFragment(item);
  doc::Fragment f;
  doc::Inline open{doc::Inline::Kind::kOpen, "", "1", "term", false};
  doc::Inline close{doc::Inline::Kind::kClose, "", "1", "term", false};
  f.items.push_back(open);
  f.AppendText(item.substr(0, colon));
  f.items.push_back(close);
  f.AppendText(item.substr(colon));
  return f;
}

TEST(SegmenterArticle, GivesTheHandedOffSentencesForEveryLine) {
  std::vector<std::string> article = Lines(FOLIO_SOURCE_DIR "/source-text/article.txt");
  std::vector<std::string> expected = Lines(FOLIO_SOURCE_DIR "/pipeline/segment/testdata/article_sentences.txt");
  ASSERT_EQ(expected.size(), 80u);
  std::unique_ptr<Segmenter> segmenter;
  ASSERT_TRUE(Segmenter::Create("en", &segmenter).ok());
  size_t next = 0;
  for (size_t n = 0; n < article.size(); ++n) {
    if (article[n].empty()) continue;
    for (const Sentence& s : segmenter->Split(LineFragment(article[n]))) {
      std::string got = doc::FragmentToBraces(s.text);
      ASSERT_LT(next, expected.size()) << "article.txt:" << n + 1 << ": extra sentence: " << got;
      EXPECT_EQ(got, expected[next]) << "article.txt:" << n + 1 << ": sentence " << next + 1;
      ++next;
    }
  }
  EXPECT_EQ(next, expected.size()) << "fewer sentences than expected";
}

}  // namespace
}  // namespace folio::segment
