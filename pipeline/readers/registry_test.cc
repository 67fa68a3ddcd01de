#include "readers/registry.h"

#include <gtest/gtest.h>

namespace folio::readers {
namespace {

TEST(ReaderRegistry, PicksTheReaderByExtensionIgnoringCase) {
  EXPECT_STREQ(ReaderForPath("source-text/article.txt").format, "text");
  EXPECT_STREQ(ReaderForPath("a/B.TXT").format, "text");
}

TEST(ReaderRegistry, ReadsAnUnknownExtensionAsPlainTextAsFolioAlwaysDid) {
  EXPECT_STREQ(ReaderForPath("notes.v2/README").format, "text");
  EXPECT_STREQ(ReaderForPath("article.unknown").format, "text");
}

TEST(ReaderRegistry, FindsAFormatByNameAndListsThem) {
  ASSERT_NE(ReaderForFormat("text"), nullptr);
  EXPECT_EQ(ReaderForFormat("yaml"), nullptr);
  EXPECT_EQ(FormatNames().substr(0, 4), "text");
}

}  // namespace
}  // namespace folio::readers
