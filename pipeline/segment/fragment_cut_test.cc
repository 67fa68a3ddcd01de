#include "segment/fragment_cut.h"

#include <gtest/gtest.h>

#include "doc/dump.h"
#include "segment/test_braces.h"

namespace folio::segment {
namespace {

// "[text][space_after]" per sentence.
std::string Cut(std::string_view braces, std::vector<SentenceCut> cuts) {
  std::string out;
  for (const Sentence& s : CutFragment(FragmentFromBraces(braces), cuts))
    out += "[" + doc::FragmentToBraces(s.text) + "][" + s.space_after + "]";
  return out;
}

// Plain text "A. B." is 5 bytes; the cut is the space at [2, 3).
TEST(SegmentCut, MovesTheWhitespaceBetweenSentencesToSpaceAfter) {
  EXPECT_EQ(Cut("A. B.", {{2, 3}, {5, 5}}), "[A.][ ][B.][]");
}

TEST(SegmentCut, KeepsACloseCodeAtTheCutWithTheSentenceBefore) {
  EXPECT_EQ(Cut("{1}A.{/1} B.", {{2, 3}, {5, 5}}), "[{1}A.{/1}][ ][B.][]");
}

TEST(SegmentCut, StartsTheNextSentenceWithAnOpenOrPlaceholderCodeAtTheCut) {
  EXPECT_EQ(Cut("A. {1}B.{/1}", {{2, 3}, {5, 5}}), "[A.][ ][{1}B.{/1}][]");
  EXPECT_EQ(Cut("A. {2/}B.", {{2, 3}, {5, 5}}), "[A.][ ][{2/}B.][]");
}

TEST(SegmentCut, DropsACutInsideACodePair) {
  EXPECT_EQ(Cut("{1}A. B.{/1} C.", {{2, 3}, {5, 6}, {8, 8}}), "[{1}A. B.{/1}][ ][C.][]");
}

TEST(SegmentCut, LeavesWhitespaceFollowedByACodeInTheText) {
  EXPECT_EQ(Cut("{1}A. {/1}B.", {{2, 3}, {5, 5}}), "[{1}A. {/1}][][B.][]");
}

TEST(SegmentCut, GivesTrailingWhitespaceOfTheFragmentToTheLastSentence) {
  EXPECT_EQ(Cut("A. B.  ", {{2, 3}, {5, 7}}), "[A.][ ][B.][  ]");
}

TEST(SegmentCut, KeepsAWhitespaceOnlyFragmentAsSpaceAfter) { EXPECT_EQ(Cut("  ", {{0, 2}}), "[][  ]"); }

TEST(SegmentCut, ReturnsNothingForAnEmptyFragment) { EXPECT_TRUE(CutFragment(doc::Fragment(), {{0, 0}}).empty()); }

}  // namespace
}  // namespace folio::segment
