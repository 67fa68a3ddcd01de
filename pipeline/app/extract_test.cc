// Extract's decisions, in process on an in-memory project (app/test_project.h):
// which translations a new handoff keeps, which go to <article>.retired.xlf,
// and that a file it cannot read or write is never lost.
#include <gtest/gtest.h>

#include "app/test_project.h"

namespace folio::app {
namespace {

using testing::FakeProject;
using testing::kFr;
using testing::kFrRetired;
using testing::Target;

constexpr const char* kBirds = "Birds sang in the old oak tree.";
constexpr const char* kCat = "A cat slept on the warm stones.";
constexpr const char* kRain = "Later the rain came.";

// kArticle without one sentence.
std::string Without(const std::string& sentence) {
  std::string text = testing::kArticle;
  size_t at = text.find(sentence);
  EXPECT_NE(at, std::string::npos);
  text.erase(at, sentence.size() + (text[at + sentence.size()] == ' ' ? 1 : 0));
  return text;
}

TEST(Extract, WritesOneHandoffPerTargetLocaleAndNoRetiredFile) {
  FakeProject p;
  Report report;
  Status st = p.Extract(&report);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(report.lines,
            (std::vector<std::string>{"wrote /p/locales/fr/article.xlf", "wrote /p/locales/de/article.xlf"}));
  xliff::XliffFile fr = p.Xliff(kFr);
  EXPECT_EQ(fr.trg_lang, "fr");
  ASSERT_NE(FakeProject::FindIn(fr, kBirds), nullptr);
  EXPECT_FALSE(FakeProject::FindIn(fr, kBirds)->target.has_value());
  EXPECT_FALSE(p.Has(kFrRetired));
  EXPECT_TRUE(p.NoTempFiles());
  // A second run changes nothing.
  Report again;
  ASSERT_TRUE(p.Extract(&again).ok());
  EXPECT_EQ(again.lines,
            (std::vector<std::string>{"unchanged /p/locales/fr/article.xlf", "unchanged /p/locales/de/article.xlf"}));
}

TEST(Extract, KeepsTheTranslationAndStateOfEverySentenceStillThere) {
  FakeProject p;
  p.Return(kFr, "fr", {{kBirds, {"Des oiseaux chantaient dans le vieux chêne.", doc::State::kReviewed}}});
  p.SetArticle(Without(kRain));
  ASSERT_TRUE(p.Extract().ok());
  xliff::XliffFile fr = p.Xliff(kFr);
  const xliff::XSegment* s = FakeProject::FindIn(fr, kBirds);
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(s->target.has_value());
  EXPECT_EQ(s->target->PlainText(), "Des oiseaux chantaient dans le vieux chêne.");
  EXPECT_EQ(s->state, doc::State::kReviewed);
  EXPECT_FALSE(p.Has(kFrRetired));  // the removed sentence had no translation
}

TEST(Extract, MovesTheTranslationOfARemovedSentenceToTheRetiredFile) {
  FakeProject p;
  p.Return(kFr, "fr",
           {{kCat, {"Un chat dormait sur les pierres chaudes.", doc::State::kReviewed}},
            {kBirds, {"Des oiseaux chantaient dans le vieux chêne."}}});
  std::string cat_id = p.IdOf(kCat);
  p.SetArticle(Without(kCat));
  Report report;
  ASSERT_TRUE(p.Extract(&report).ok());
  EXPECT_EQ(FakeProject::FindIn(p.Xliff(kFr), kCat), nullptr);
  ASSERT_NE(FakeProject::FindIn(p.Xliff(kFr), kBirds), nullptr);
  EXPECT_TRUE(FakeProject::FindIn(p.Xliff(kFr), kBirds)->target.has_value());
  xliff::XliffFile retired = p.Xliff(kFrRetired);
  const xliff::XSegment* s = FakeProject::FindIn(retired, kCat);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->id, cat_id);
  ASSERT_TRUE(s->target.has_value());
  EXPECT_EQ(s->target->PlainText(), "Un chat dormait sur les pierres chaudes.");
  EXPECT_EQ(s->state, doc::State::kReviewed);
  EXPECT_EQ(FakeProject::FindIn(retired, kBirds), nullptr);  // still in the handoff
  EXPECT_EQ(report.lines.front(), "kept 1 translations of removed sentences in /p/locales/fr/article.retired.xlf");
  EXPECT_FALSE(p.Has("/p/locales/de/article.retired.xlf"));  // de had nothing to retire
}

TEST(Extract, KeepsTranslationsRetiredBeforeWhenMoreAreRetired) {
  FakeProject p;
  p.Return(kFr, "fr",
           {{kCat, {"Un chat dormait sur les pierres chaudes."}},
            {kBirds, {"Des oiseaux chantaient dans le vieux chêne."}}});
  p.SetArticle(Without(kCat));
  ASSERT_TRUE(p.Extract().ok());
  std::string text = Without(kCat);
  text.erase(text.find(kBirds), std::string(kBirds).size());
  p.SetArticle(text);
  ASSERT_TRUE(p.Extract().ok());
  xliff::XliffFile retired = p.Xliff(kFrRetired);
  ASSERT_NE(FakeProject::FindIn(retired, kBirds), nullptr);
  ASSERT_NE(FakeProject::FindIn(retired, kCat), nullptr);
  // The new orphans first, then what was retired before.
  EXPECT_EQ(retired.units.front().segments.front().source.PlainText(), kBirds);
}

TEST(Extract, NeverOverwritesAHandoffItCannotRead) {
  FakeProject p;
  p.env.SetFile(kFr, "<xliff version=\"2.1\"><file>");
  Status st = p.Extract();
  EXPECT_EQ(st.code(), Status::Code::kInvalidInput);
  EXPECT_NE(st.message().find("folio will not overwrite a translation file it cannot read"), std::string::npos)
      << st.message();
  EXPECT_EQ(p.File(kFr), "<xliff version=\"2.1\"><file>");
}

TEST(Extract, ADiskThatRefusesTheRetiredFileLeavesTheHandoffAsItWas) {
  FakeProject p;
  p.Return(kFr, "fr", {{kCat, {"Un chat dormait sur les pierres chaudes."}}});
  std::string before = p.File(kFr);
  p.SetArticle(Without(kCat));
  p.env.FailWritesUnder(kFrRetired);
  Status st = p.Extract();
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_NE(st.message().find("article.retired.xlf"), std::string::npos) << st.message();
  EXPECT_EQ(p.File(kFr), before);  // the translation is in the old handoff still
  EXPECT_FALSE(p.Has(kFrRetired));
  EXPECT_TRUE(p.NoTempFiles());
}

}  // namespace
}  // namespace folio::app
