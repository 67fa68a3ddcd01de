#include "render/bidi.h"

#include <gtest/gtest.h>

namespace folio::render {
namespace {

TEST(Bidi, MarksALatinRunInsideArabicAsLeftToRight) {
  EXPECT_EQ(IsolateLtrRuns("تضيء شاكرا Svadhisthana العجزية"),
            "تضيء شاكرا <span dir=\"ltr\">Svadhisthana</span> العجزية");
}

TEST(Bidi, KeepsSpacesBetweenLatinWordsInsideOneRunAndTrailingPunctuationOutside) {
  EXPECT_EQ(IsolateLtrRuns("كما يقول Carl Jung، الروح"), "كما يقول <span dir=\"ltr\">Carl Jung</span>، الروح");
}

TEST(Bidi, IsolatesNumbersWithTheirSeparators) {
  EXPECT_EQ(IsolateLtrRuns("بين 3-4 دقائق عند 10:30"), "بين <bdi>3-4</bdi> دقائق عند <bdi>10:30</bdi>");
}

TEST(Bidi, LeavesPureArabicTextAloneButEscapesIt) { EXPECT_EQ(IsolateLtrRuns("الدموع & الروح"), "الدموع &amp; الروح"); }

TEST(Bidi, NeverWritesBidiControlCharacters) {
  std::string out = IsolateLtrRuns("نص Latin 12 نص");
  EXPECT_EQ(out.find("\u200F"), std::string::npos);
  EXPECT_EQ(out.find("\u202B"), std::string::npos);
  EXPECT_EQ(out.find("\u2067"), std::string::npos);
}

}  // namespace
}  // namespace folio::render
