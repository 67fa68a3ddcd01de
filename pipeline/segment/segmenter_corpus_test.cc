// Whole books through the segmenter: the invariants must hold on real text,
// with code pairs dropped in at random places.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "base/file_io.h"
#include "doc/dump.h"
#include "segment/segmenter.h"

namespace folio::segment {
namespace {

// Paragraphs as the reader makes them: blank-line separated, lines joined.
std::vector<std::string> Paragraphs(const std::string& path) {
  std::string text;
  EXPECT_TRUE(ReadFile(path, &text).ok()) << path;
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      continue;
    }
    cur += (cur.empty() ? "" : " ") + line;
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// Wraps a random run of words in {1}..{/1}, at a space so UTF-8 stays whole.
doc::Fragment WithCodePair(const std::string& p, std::mt19937* rng) {
  std::vector<size_t> spaces;
  for (size_t i = 0; i < p.size(); ++i)
    if (p[i] == ' ') spaces.push_back(i);
  if (spaces.size() < 2) return doc::TextFragment(p);
  std::uniform_int_distribution<size_t> pick(0, spaces.size() - 1);
  size_t a = spaces[pick(*rng)], b = spaces[pick(*rng)];
  if (a > b) std::swap(a, b);
  doc::Fragment f;
  f.AppendText(p.substr(0, a + 1));
  f.items.push_back({doc::Inline::Kind::kOpen, "", "1", "term", false});
  f.AppendText(p.substr(a + 1, b - a));
  f.items.push_back({doc::Inline::Kind::kClose, "", "1", "term", false});
  f.AppendText(p.substr(b + 1));
  return f;
}

void CheckBook(const std::string& file, const std::string& locale) {
  std::unique_ptr<Segmenter> s;
  ASSERT_TRUE(Segmenter::Create(locale, &s).ok());
  std::mt19937 rng(42);
  size_t sentences = 0;
  for (const std::string& p : Paragraphs(FOLIO_SHARED_DIR "/corpus/" + file)) {
    doc::Fragment f = WithCodePair(p, &rng);
    std::string rejoined;
    for (const Sentence& x : s->Split(f)) {
      int open = 0;
      for (const doc::Inline& i : x.text.items)
        open += i.kind == doc::Inline::Kind::kOpen ? 1 : i.kind == doc::Inline::Kind::kClose ? -1 : 0;
      ASSERT_EQ(open, 0) << file << ": code pair cut: " << doc::FragmentToBraces(x.text);
      ASSERT_TRUE(x.space_after.find_first_not_of(" \t") == std::string::npos) << x.space_after;
      rejoined += doc::FragmentToBraces(x.text) + x.space_after;
      ++sentences;
    }
    ASSERT_EQ(rejoined, doc::FragmentToBraces(f)) << file;
  }
  EXPECT_GT(sentences, 1000u);
}

TEST(SegmenterCorpus, KeepsTheInvariantsOverAnEnglishBook) { CheckBook("frankenstein.txt", "en"); }

TEST(SegmenterCorpus, KeepsTheInvariantsOverAFrenchBook) { CheckBook("du_cote_de_chez_swann.txt", "fr"); }

}  // namespace
}  // namespace folio::segment
