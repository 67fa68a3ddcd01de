#include <gtest/gtest.h>

#include "doc/dump.h"
#include "segment/segmenter.h"
#include "segment/test_article.h"
#include "segment/test_braces.h"

namespace folio::segment {
namespace {

using doc::BlockKind;

doc::Document SmallDocument() {
  doc::Document d;
  d.source_language = "en";
  d.blocks.push_back(TestUnit(BlockKind::kTitle, FragmentFromBraces("Tears After Sex")));
  d.blocks.push_back(TestUnit(BlockKind::kParagraph, FragmentFromBraces("One sentence. Another one.")));
  doc::Block list;
  list.kind = BlockKind::kList;
  list.children.push_back(TestUnit(BlockKind::kListItem, FragmentFromBraces("{1}Term{/1}: text. More.")));
  d.blocks.push_back(list);
  d.blocks.push_back(TestUnit(BlockKind::kParagraph, FragmentFromBraces("  ")));
  return d;
}

TEST(SegmentDocument, SplitsEveryUnitAndAssignsIds) {
  doc::Document d = SmallDocument();
  ASSERT_TRUE(SegmentDocument(&d).ok());
  EXPECT_EQ(doc::DumpDocument(d),
            "title id=t-06aec6c8\n"
            "  | Tears After Sex\n"
            "paragraph id=p-580ab01d\n"
            "  | One sentence.\n"
            "  | Another one.\n"
            "list items=1\n"
            "  list-item id=li-305d6b87\n"
            "    | {1}Term{/1}: text.\n"
            "    | More.\n"
            "paragraph id=p-2894ab99\n");
  EXPECT_EQ(d.blocks[1].segments[0].id, "s-f0ca8da6");
  EXPECT_EQ(d.blocks[1].segments[0].space_after, " ");
  EXPECT_EQ(d.blocks[1].segments[1].space_after, "");
}

TEST(SegmentDocument, CountsWordsOfEachSentence) {
  doc::Document d = SmallDocument();
  ASSERT_TRUE(SegmentDocument(&d).ok());
  std::vector<int> words;
  doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
    for (const doc::Segment& s : b.segments) words.push_back(s.words);
  });
  EXPECT_EQ(words, (std::vector<int>{3, 2, 2, 2, 1}));
}

TEST(SegmentDocument, GivesNoSegmentToABlockWithEmptyText) {
  doc::Document d = SmallDocument();
  ASSERT_TRUE(SegmentDocument(&d).ok());
  EXPECT_TRUE(d.blocks[3].segments.empty());
}

TEST(SegmentDocument, GivesTheSameResultWhenRunTwice) {
  doc::Document once = TestArticle();
  ASSERT_TRUE(SegmentDocument(&once).ok());
  doc::Document twice = once;
  ASSERT_TRUE(SegmentDocument(&twice).ok());
  EXPECT_EQ(doc::DumpDocument(twice), doc::DumpDocument(once));
}

TEST(SegmentDocument, KeepsTheWholeTextOfEveryUnit) {
  doc::Document before = TestArticle();
  doc::Document after = before;
  ASSERT_TRUE(SegmentDocument(&after).ok());
  doc::DumpOptions whole;
  whole.ids = false;
  whole.segments = false;
  EXPECT_EQ(doc::DumpDocument(after, whole), doc::DumpDocument(before, whole));
}

TEST(SegmentDocument, UsesTheSourceLanguageRules) {
  doc::Document d;
  d.source_language = "ja";
  d.blocks.push_back(TestUnit(BlockKind::kParagraph, doc::TextFragment("涙は魂の言葉です。心が話しています！")));
  ASSERT_TRUE(SegmentDocument(&d).ok());
  ASSERT_EQ(d.blocks[0].segments.size(), 2u);
  EXPECT_EQ(doc::FragmentToBraces(d.blocks[0].segments[1].source), "心が話しています！");
  EXPECT_EQ(d.blocks[0].segments[0].space_after, "");
  EXPECT_GT(d.blocks[0].segments[0].words, 1);
}

}  // namespace
}  // namespace folio::segment
