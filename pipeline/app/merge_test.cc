// merge.h's decisions on documents: which target a segment takes
// (ApplyTargets), what reviewed work keeps (MergeWithStored) and which
// translations a rewrite would lose (OrphanedTargets).
#include "app/merge.h"

#include <gtest/gtest.h>

#include "app/test_project.h"
#include "leverage/leverage.h"

namespace folio::app {
namespace {

using testing::FakeProject;

constexpr const char* kBirds = "Birds sang in the old oak tree.";
constexpr const char* kCat = "A cat slept on the warm stones.";

doc::Segment* Find(doc::Document* d, const std::string& sentence) {
  return const_cast<doc::Segment*>(FakeProject::Find(*d, sentence));
}

// An XLIFF file with one unit and one segment.
xliff::XliffFile OneSegment(const std::string& id, const std::string& source, const std::string& target,
                            doc::State state, const std::string& sub_state = "") {
  xliff::XliffFile f;
  xliff::XUnit u;
  u.id = "u1";
  xliff::XSegment s;
  s.id = id;
  s.source = doc::TextFragment(source);
  s.target = doc::TextFragment(target);
  s.state = state;
  s.sub_state = sub_state;
  u.segments.push_back(s);
  f.units.push_back(u);
  return f;
}

TEST(ApplyTargets, FindsAMovedSentenceByItsText) {
  FakeProject p;
  doc::Document d = p.Source();
  MergeStats stats = ApplyTargets(OneSegment("s-old-id", kBirds, "Des oiseaux.", doc::State::kTranslated), false, &d);
  EXPECT_EQ(stats.applied, 1);
  EXPECT_EQ(stats.by_text, 1);
  ASSERT_TRUE(Find(&d, kBirds)->target.has_value());
  EXPECT_EQ(Find(&d, kBirds)->target->PlainText(), "Des oiseaux.");
}

TEST(ApplyTargets, NeverTakesATargetWhoseSourceDiffers) {
  FakeProject p;
  doc::Document d = p.Source();
  std::string id = p.IdOf(kBirds);
  MergeStats stats = ApplyTargets(OneSegment(id, "Birds sang.", "Des oiseaux.", doc::State::kTranslated), false, &d);
  EXPECT_EQ(stats.applied, 0);
  EXPECT_FALSE(Find(&d, kBirds)->target.has_value());
}

TEST(ApplyTargets, KeepsAnExistingTargetUnlessOverwriting) {
  FakeProject p;
  doc::Document d = p.Source();
  std::string id = p.IdOf(kBirds);
  ApplyTargets(OneSegment(id, kBirds, "Premier.", doc::State::kTranslated), false, &d);
  ApplyTargets(OneSegment(id, kBirds, "Second.", doc::State::kTranslated), false, &d);
  EXPECT_EQ(Find(&d, kBirds)->target->PlainText(), "Premier.");
  ApplyTargets(OneSegment(id, kBirds, "Second.", doc::State::kTranslated), true, &d);
  EXPECT_EQ(Find(&d, kBirds)->target->PlainText(), "Second.");
}

TEST(ApplyTargets, PromotesAnInitialTargetOnlyWhenAsked) {
  FakeProject p;
  std::string id = p.IdOf(kBirds);
  xliff::XliffFile f = OneSegment(id, kBirds, "Des oiseaux.", doc::State::kInitial, leverage::kExactSubState);
  doc::Document kept = p.Source();
  ApplyTargets(f, false, &kept, /*promote_initial=*/false);
  EXPECT_EQ(Find(&kept, kBirds)->state, doc::State::kInitial);
  EXPECT_EQ(Find(&kept, kBirds)->sub_state, leverage::kExactSubState);
  doc::Document promoted = p.Source();
  ApplyTargets(f, false, &promoted);
  EXPECT_EQ(Find(&promoted, kBirds)->state, doc::State::kTranslated);
  EXPECT_EQ(Find(&promoted, kBirds)->sub_state, "");
}

TEST(MergeWithStored, TheStoredTargetFillsWhatTheFileLeftOut) {
  FakeProject p;
  doc::Document stored = p.Source();
  Find(&stored, kCat)->target = doc::TextFragment("Un chat.");
  Find(&stored, kCat)->state = doc::State::kFinal;
  doc::Document merged = p.Source();
  Find(&merged, kBirds)->target = doc::TextFragment("Des oiseaux.");
  StoredWork work = MergeWithStored(stored, false, &merged);
  EXPECT_EQ(Find(&merged, kCat)->target->PlainText(), "Un chat.");
  EXPECT_EQ(Find(&merged, kCat)->state, doc::State::kFinal);
  EXPECT_EQ(Find(&merged, kBirds)->target->PlainText(), "Des oiseaux.");
  EXPECT_TRUE(work.kept.empty() && work.revised.empty() && work.lowered.empty());
}

TEST(MergeWithStored, AStateNeverGoesDownForTheSameText) {
  FakeProject p;
  doc::Document stored = p.Source();
  Find(&stored, kBirds)->target = doc::TextFragment("Des oiseaux.");
  Find(&stored, kBirds)->state = doc::State::kReviewed;
  doc::Document merged = p.Source();
  Find(&merged, kBirds)->target = doc::TextFragment("Des oiseaux.");
  Find(&merged, kBirds)->state = doc::State::kTranslated;
  doc::Document lowered = merged;
  StoredWork work = MergeWithStored(stored, false, &merged);
  EXPECT_EQ(Find(&merged, kBirds)->state, doc::State::kReviewed);
  ASSERT_EQ(work.kept.size(), 1u);
  EXPECT_EQ(work.kept[0].stored, doc::State::kReviewed);
  EXPECT_EQ(work.kept[0].returned, doc::State::kTranslated);
  StoredWork overwrite = MergeWithStored(stored, true, &lowered);
  EXPECT_EQ(Find(&lowered, kBirds)->state, doc::State::kTranslated);
  EXPECT_EQ(overwrite.lowered.size(), 1u);
  EXPECT_TRUE(overwrite.kept.empty());
}

TEST(MergeWithStored, AHigherReturnedStateWins) {
  FakeProject p;
  doc::Document stored = p.Source();
  Find(&stored, kBirds)->target = doc::TextFragment("Des oiseaux.");
  Find(&stored, kBirds)->state = doc::State::kTranslated;
  doc::Document merged = p.Source();
  Find(&merged, kBirds)->target = doc::TextFragment("Des oiseaux.");
  Find(&merged, kBirds)->state = doc::State::kFinal;
  StoredWork work = MergeWithStored(stored, false, &merged);
  EXPECT_EQ(Find(&merged, kBirds)->state, doc::State::kFinal);
  EXPECT_TRUE(work.kept.empty() && work.revised.empty() && work.lowered.empty());
}

TEST(OrphanedTargets, AreTheTargetsWhoseIdAndSourceAreBothGone) {
  FakeProject p;
  doc::Document d = p.Source();
  std::string cat = p.IdOf(kCat);
  xliff::XliffFile f;
  xliff::XUnit u;
  auto add = [&](const std::string& id, const std::string& source, const std::string& target) {
    xliff::XSegment s;
    s.id = id;
    s.source = doc::TextFragment(source);
    if (!target.empty()) s.target = doc::TextFragment(target);
    u.segments.push_back(s);
  };
  add("s-gone", "A sentence that is gone.", "Une phrase disparue.");  // orphan
  add("s-gone-2", "Another sentence that is gone.", "");              // no target: nothing lost
  add("s-moved", kBirds, "Des oiseaux.");                             // its source is still there
  add(cat, "The old text of the cat sentence.", "Un chat.");          // its id is still there
  f.units.push_back(u);
  std::vector<xliff::XSegment> orphans = OrphanedTargets(f, d);
  ASSERT_EQ(orphans.size(), 1u);
  EXPECT_EQ(orphans[0].id, "s-gone");
}

}  // namespace
}  // namespace folio::app
