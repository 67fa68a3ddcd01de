// PrepareHandoff's decisions, in process on an in-memory project
// (app/test_project.h): stored targets keep their state, a retired sentence
// that comes back is offered its old translation for review, and the
// project memory gives in-context matches.
#include "app/handoff.h"

#include <gtest/gtest.h>

#include "app/test_project.h"
#include "leverage/leverage.h"

namespace folio::app {
namespace {

using testing::FakeProject;
using testing::kFr;
using testing::kFrRetired;

constexpr const char* kCat = "A cat slept on the warm stones.";
constexpr const char* kBirds = "Birds sang in the old oak tree.";
constexpr const char* kCatFr = "Un chat dormait sur les pierres chaudes.";

Handoff Prepare(FakeProject& p, const std::string& tag) {
  Handoff h;
  Status st = PrepareHandoff(p.project, p.project.articles[0], p.Source(), tag, &h);
  EXPECT_TRUE(st.ok()) << st.message();
  return h;
}

TEST(PrepareHandoff, AppliesStoredTargetsWithTheirStateUnpromoted) {
  FakeProject p;
  p.Return(kFr, "fr",
           {{kBirds, {"Des oiseaux chantaient.", doc::State::kInitial}}, {kCat, {kCatFr, doc::State::kFinal}}});
  Handoff h = Prepare(p, "fr");
  EXPECT_TRUE(h.exists);
  const doc::Segment* birds = FakeProject::Find(h.doc, kBirds);
  ASSERT_NE(birds, nullptr);
  ASSERT_TRUE(birds->target.has_value());
  EXPECT_EQ(birds->state, doc::State::kInitial);  // a pre-fill nobody confirmed stays one
  const doc::Segment* cat = FakeProject::Find(h.doc, kCat);
  ASSERT_NE(cat, nullptr);
  EXPECT_EQ(cat->state, doc::State::kFinal);
}

TEST(PrepareHandoff, OffersARestoredSentenceItsRetiredTranslationForReview) {
  FakeProject p;
  p.Return(kFr, "fr", {{kCat, {kCatFr, doc::State::kReviewed}}});
  std::string text = testing::kArticle;
  p.SetArticle(text.substr(0, text.find(kCat)) + text.substr(text.find(kCat) + std::string(kCat).size() + 1));
  ASSERT_TRUE(p.Extract().ok());
  ASSERT_NE(FakeProject::FindIn(p.Xliff(kFrRetired), kCat), nullptr);
  ASSERT_EQ(FakeProject::FindIn(p.Xliff(kFr), kCat), nullptr);
  p.SetArticle(text);  // the sentence comes back
  Handoff h = Prepare(p, "fr");
  const doc::Segment* cat = FakeProject::Find(h.doc, kCat);
  ASSERT_NE(cat, nullptr);
  ASSERT_TRUE(cat->target.has_value());
  EXPECT_EQ(cat->target->PlainText(), kCatFr);
  // An exact match, never an in-context one: a retired sentence has no
  // neighbours any more, so a translator reviews it.
  EXPECT_EQ(cat->state, doc::State::kInitial);
  EXPECT_EQ(cat->sub_state, leverage::kExactSubState);
  // And extract writes it into the handoff so.
  ASSERT_TRUE(p.Extract().ok());
  xliff::XliffFile fr = p.Xliff(kFr);
  const xliff::XSegment* s = FakeProject::FindIn(fr, kCat);
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(s->target.has_value());
  EXPECT_EQ(s->target->PlainText(), kCatFr);
  EXPECT_EQ(s->sub_state, leverage::kExactSubState);
}

TEST(PrepareHandoff, NeighboursInTheRetiredFileAreNoContext) {
  // Two whole paragraphs retired and restored: in the retired file a
  // sentence has the same neighbours as in the article, but they are not
  // the article's context any more, so it stays a 100 % match to review.
  FakeProject p;
  constexpr const char* kQuiet = "The garden was quiet in the morning.";
  p.Return(kFr, "fr",
           {{kQuiet, {"Le jardin était calme le matin."}}, {kBirds, {"Des oiseaux chantaient."}}, {kCat, {kCatFr}}});
  std::string text = testing::kArticle;
  p.SetArticle(text.substr(text.find("Later the rain came.")));
  ASSERT_TRUE(p.Extract().ok());
  ASSERT_NE(FakeProject::FindIn(p.Xliff(kFrRetired), kBirds), nullptr);
  p.SetArticle(text);
  Handoff h = Prepare(p, "fr");
  const doc::Segment* birds = FakeProject::Find(h.doc, kBirds);
  ASSERT_NE(birds, nullptr);
  ASSERT_TRUE(birds->target.has_value());
  EXPECT_EQ(birds->target->PlainText(), "Des oiseaux chantaient.");
  EXPECT_EQ(birds->state, doc::State::kInitial);
  EXPECT_EQ(birds->sub_state, leverage::kExactSubState);
}

TEST(PrepareHandoff, TakesInContextMatchesFromTheProjectMemory) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string file = p.Return("/in/fr.xlf", "fr", {{kCat, {kCatFr}}});
  Status st = p.Import({file});
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_TRUE(p.env.RemoveFile(kFr).ok());  // only the memory knows the translation now
  Handoff h = Prepare(p, "fr");
  EXPECT_FALSE(h.exists);
  const doc::Segment* cat = FakeProject::Find(h.doc, kCat);
  ASSERT_NE(cat, nullptr);
  ASSERT_TRUE(cat->target.has_value());
  EXPECT_EQ(cat->target->PlainText(), kCatFr);
  EXPECT_EQ(cat->state, doc::State::kTranslated);
  EXPECT_EQ(cat->sub_state, leverage::kContextSubState);
}

TEST(PrepareHandoff, FillsAPseudoLocaleItself) {
  FakeProject p;
  Handoff h = Prepare(p, "qps-ploc");
  const doc::Segment* cat = FakeProject::Find(h.doc, kCat);
  ASSERT_NE(cat, nullptr);
  ASSERT_TRUE(cat->target.has_value());
  EXPECT_NE(cat->target->PlainText(), kCat);
  EXPECT_EQ(cat->state, doc::State::kTranslated);
}

TEST(ReadExistingXliff, SaysWhetherTheFileExistsAndRefusesOneItCannotRead) {
  MemEnv env;
  xliff::XliffFile f;
  bool exists = true;
  ASSERT_TRUE(ReadExistingXliff("/p/locales/fr/article.xlf", &f, &exists, &env).ok());
  EXPECT_FALSE(exists);
  env.SetFile("/p/locales/fr/article.xlf", "not XML");
  Status st = ReadExistingXliff("/p/locales/fr/article.xlf", &f, &exists, &env);
  EXPECT_TRUE(exists);
  EXPECT_EQ(st.code(), Status::Code::kInvalidInput);
  EXPECT_NE(st.message().find("(folio will not overwrite a translation file it cannot read; fix or move it)"),
            std::string::npos)
      << st.message();
}

}  // namespace
}  // namespace folio::app
