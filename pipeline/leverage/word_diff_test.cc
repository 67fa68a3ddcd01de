#include "leverage/word_diff.h"

#include <gtest/gtest.h>

namespace folio::leverage {
namespace {

TEST(WordDiff, ReplacedWord) {
  EXPECT_EQ(WordDiff("The cat sat on the mat.", "The cat sat on a mat."), "The cat sat on [-the-]{+a+} mat.");
}

TEST(WordDiff, TypoFix) {
  EXPECT_EQ(WordDiff("It can recieve love.", "It can receive love."), "It can [-recieve-]{+receive+} love.");
}

TEST(WordDiff, InsertionAndDeletionRuns) {
  EXPECT_EQ(WordDiff("Old wounds open slowly.", "Old wounds that never healed open."),
            "Old wounds {+that never healed+} open [-slowly-].");
}

TEST(WordDiff, ApostropheStaysInsideAWord) {
  EXPECT_EQ(WordDiff("It\u2019s emotional.", "It\u2019s physical."), "It\u2019s [-emotional-]{+physical+}.");
}

TEST(WordDiff, IdenticalTextIsUnmarked) {
  EXPECT_EQ(WordDiff("Nothing changed here.", "Nothing changed here."), "Nothing changed here.");
}

TEST(WordDiff, EmptySides) {
  EXPECT_EQ(WordDiff("", "New text."), "{+New text.+}");
  EXPECT_EQ(WordDiff("Old text.", ""), "[-Old text.-]");
}

}  // namespace
}  // namespace folio::leverage
