#include "qa/typography.h"

#include <gtest/gtest.h>

namespace folio::qa {
namespace {

using Problems = std::vector<std::string>;

TEST(Typography, FrenchAcceptsNarrowNoBreakSpacesBeforeHighPunctuation) {
  EXPECT_EQ(CheckTypography("Vraiment\u202F? Oui\u202F: «\u202Fbien\u202F».", "fr"), Problems{});
  EXPECT_EQ(CheckTypography("Il est 10:30.", "fr"), Problems{});
}

TEST(Typography, FrenchWantsANoBreakSpaceBeforeTheColon) {
  EXPECT_EQ(
      CheckTypography("Cela peut arriver :", "fr"),
      Problems{"French typography: put a no-break space (U+202F or U+00A0) before “:” instead of an ordinary space"});
  EXPECT_EQ(CheckTypography("Vraiment?", "fr"),
            Problems{"French typography: put a no-break space (U+202F or U+00A0) before “?”"});
}

TEST(Typography, FrenchWantsASpaceInsideGuillemets) {
  EXPECT_EQ(CheckTypography("«mal\u202F»", "fr"),
            Problems{"French typography: put a no-break space (U+202F or U+00A0) after “«”"});
}

TEST(Typography, GermanWantsLowOpeningQuotes) {
  EXPECT_EQ(CheckTypography("etwas „falsch“ ist", "de"), Problems{});
  EXPECT_EQ(CheckTypography("etwas “falsch” ist", "de"),
            Problems{"German typography: use „…“ (the closing mark is “, U+201C), not ”"});
  EXPECT_EQ(CheckTypography("etwas \"falsch\" ist", "de"),
            Problems{"German typography: use „…“ instead of straight quotes"});
}

TEST(Typography, SpanishWantsOpeningQuestionAndExclamationMarks) {
  EXPECT_EQ(CheckTypography("¿De verdad? ¡Sí!", "es"), Problems{});
  EXPECT_EQ(CheckTypography("De verdad?", "es"), Problems{"Spanish typography: every question needs its opening ¿"});
  EXPECT_EQ(CheckTypography("Sí!", "es"), Problems{"Spanish typography: every exclamation needs its opening ¡"});
}

TEST(Typography, JapaneseWantsFullWidthPunctuationAndNoSpaces) {
  EXPECT_EQ(CheckTypography("涙は「言葉」です。", "ja"), Problems{});
  EXPECT_EQ(CheckTypography("涙は言葉です.", "ja"),
            Problems{"Japanese typography: use full-width “。” instead of “.”"});
  EXPECT_EQ(CheckTypography("涙は“言葉”です。", "ja"), Problems{"Japanese typography: use 「」 instead of “ ”"});
  EXPECT_EQ(CheckTypography("涙は 言葉です。", "ja"), Problems{"Japanese typography: no space between Japanese words"});
}

TEST(Typography, ArabicWantsArabicPunctuation) {
  EXPECT_EQ(CheckTypography("الدموع، لغة؟", "ar"), Problems{});
  EXPECT_EQ(CheckTypography("الدموع, لغة", "ar"),
            Problems{"Arabic typography: use the Arabic comma “،” instead of “,”"});
  EXPECT_EQ(CheckTypography("لغة?", "ar"),
            Problems{"Arabic typography: use the Arabic question mark “؟” instead of “?”"});
}

TEST(Typography, EnglishHasNoRulesHere) { EXPECT_EQ(CheckTypography("Really ?", "en"), Problems{}); }

}  // namespace
}  // namespace folio::qa
