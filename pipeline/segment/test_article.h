// Test helper: the article as a Document, built the way the plain-text
// reader builds it (one segment per unit, term spans as code pairs), without
// depending on the reader. Title and description come from
// source-text/article.meta.ini. Lines without final punctuation are
// headings; "- " lines are list items.
#ifndef FOLIO_SEGMENT_TEST_ARTICLE_H_
#define FOLIO_SEGMENT_TEST_ARTICLE_H_

#include <sstream>
#include <string>

#include "base/file_io.h"
#include "doc/document.h"

namespace folio::segment {

inline doc::Block TestUnit(doc::BlockKind kind, doc::Fragment f, int line = 0) {
  doc::Block b;
  b.kind = kind;
  b.level = kind == doc::BlockKind::kHeading ? 2 : 0;
  b.source_line = line;
  doc::Segment s;
  s.source = std::move(f);
  b.segments.push_back(std::move(s));
  return b;
}

inline doc::Fragment TermFragment(const std::string& item) {
  size_t colon = item.find(": ");
  if (colon == std::string::npos) return doc::TextFragment(item);
  doc::Fragment f;
  f.items.push_back({doc::Inline::Kind::kOpen, "", "1", "term", false});
  f.AppendText(item.substr(0, colon));
  f.items.push_back({doc::Inline::Kind::kClose, "", "1", "term", false});
  f.AppendText(item.substr(colon));
  return f;
}

inline doc::Document TestArticle() {
  doc::Document d;
  d.source_language = "en";
  d.meta.language = "en";
  d.blocks.push_back(
      TestUnit(doc::BlockKind::kTitle, doc::TextFragment("Tears After Sex: What Your Soul Is Trying to Tell You")));
  d.blocks.push_back(
      TestUnit(doc::BlockKind::kDescription,
               doc::TextFragment("Crying after sex is more common than most people admit. This gentle, spiritual "
                                 "look at those tears explores what they can mean: release, healing, gratitude, "
                                 "or an old wound asking to be seen, and why they are nothing to be ashamed of.")));
  std::string text;
  (void)ReadFile(FOLIO_SOURCE_DIR "/source-text/article.txt", &text);
  std::istringstream in(text);
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (line.empty()) continue;
    if (line.rfind("- ", 0) == 0) {
      if (d.blocks.back().kind != doc::BlockKind::kList) {
        d.blocks.emplace_back();
        d.blocks.back().kind = doc::BlockKind::kList;
      }
      d.blocks.back().children.push_back(TestUnit(doc::BlockKind::kListItem, TermFragment(line.substr(2)), n));
      continue;
    }
    char last = line.back();
    bool heading = last != '.' && last != ':' && last != '?' && last != '!';
    d.blocks.push_back(
        TestUnit(heading ? doc::BlockKind::kHeading : doc::BlockKind::kParagraph, doc::TextFragment(line), n));
  }
  return d;
}

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_TEST_ARTICLE_H_
