#include "leverage/leverage.h"

#include <gtest/gtest.h>

#include <memory>

#include "tm/test_entries.h"

namespace folio::leverage {
namespace {

using tm::testing::MakeEntry;

// A document of one paragraph per entry of `units`, each a list of sentences.
doc::Document MakeDoc(const std::vector<std::vector<std::string>>& units) {
  doc::Document d;
  d.source_language = "en";
  d.target_language = "fr";
  int n = 0;
  for (const auto& sentences : units) {
    doc::Block b;
    b.kind = doc::BlockKind::kParagraph;
    b.id = "p-" + std::to_string(++n);
    for (const std::string& s : sentences) {
      doc::Segment seg;
      seg.id = "s-" + std::to_string(++n);
      seg.source = doc::TextFragment(s);
      seg.space_after = " ";
      seg.words = 1;
      b.segments.push_back(seg);
    }
    d.blocks.push_back(b);
  }
  return d;
}

std::vector<doc::Segment*> Segs(doc::Document* d) {
  std::vector<doc::Segment*> out;
  doc::ForEachUnit(d->blocks, [&](doc::Block& b) {
    for (doc::Segment& s : b.segments) out.push_back(&s);
  });
  return out;
}

class LeverageTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(tm::Memory::Open(":memory:", &memory_).ok()); }
  void Add(const tm::Entry& e) { ASSERT_TRUE(memory_->Add(e).ok()); }
  std::unique_ptr<tm::Memory> memory_;
};

TEST_F(LeverageTest, ContextMatchIsPrefilledAsTranslated) {
  Add(MakeEntry("Tears are a language.", "Les larmes sont un langage.", "", "It heals."));
  doc::Document d = MakeDoc({{"Tears are a language.", "It heals."}});
  std::vector<SegmentResult> r;
  ASSERT_TRUE(Leverage({memory_.get()}, Options(), &d, &r).ok());
  doc::Segment& s = *Segs(&d)[0];
  ASSERT_TRUE(s.target.has_value());
  EXPECT_EQ(s.target->PlainText(), "Les larmes sont un langage.");
  EXPECT_EQ(s.state, doc::State::kTranslated);
  EXPECT_EQ(s.sub_state, kContextSubState);
  EXPECT_EQ(r[0].band, Band::kContext);
  EXPECT_EQ(r[0].best, 101);
}

TEST_F(LeverageTest, ExactMatchElsewhereIsPrefilledForReview) {
  Add(MakeEntry("Tears are a language.", "Les larmes sont un langage.", "Something else.", ""));
  doc::Document d = MakeDoc({{"Tears are a language.", "It heals."}});
  std::vector<SegmentResult> r;
  ASSERT_TRUE(Leverage({memory_.get()}, Options(), &d, &r).ok());
  doc::Segment& s = *Segs(&d)[0];
  ASSERT_TRUE(s.target.has_value());
  EXPECT_EQ(s.state, doc::State::kInitial);
  EXPECT_EQ(s.sub_state, kExactSubState);
  EXPECT_NE(s.change_note.find("check that it fits"), std::string::npos);
  EXPECT_EQ(r[0].band, Band::kExact);
  EXPECT_FALSE(Segs(&d)[1]->target.has_value());
  EXPECT_EQ(r[1].band, Band::kNoMatch);
}

TEST_F(LeverageTest, FuzzyMatchIsACandidateWithADiffNoteAndNoTarget) {
  Add(MakeEntry("The cat sat on the mat today.", "Le chat était sur le tapis aujourd’hui."));
  doc::Document d = MakeDoc({{"The cat sat on a mat today."}});
  std::vector<SegmentResult> r;
  ASSERT_TRUE(Leverage({memory_.get()}, Options(), &d, &r).ok());
  doc::Segment& s = *Segs(&d)[0];
  EXPECT_FALSE(s.target.has_value());
  ASSERT_EQ(s.candidates.size(), 1u);
  EXPECT_EQ(s.candidates[0].kind, doc::Candidate::Kind::kFuzzy);
  EXPECT_EQ(s.candidates[0].similarity, 87);
  EXPECT_EQ(s.candidates[0].target.PlainText(), "Le chat était sur le tapis aujourd’hui.");
  EXPECT_NE(s.change_note.find("Before: \u201CThe cat sat on the mat today.\u201D"), std::string::npos);
  EXPECT_NE(s.change_note.find("Now: \u201CThe cat sat on a mat today.\u201D"), std::string::npos);
  EXPECT_NE(s.change_note.find("The cat sat on [-the-]{+a+} mat today."), std::string::npos);
  EXPECT_EQ(r[0].band, Band::kFuzzy85);
}

TEST_F(LeverageTest, ThresholdIsAnOption) {
  Add(MakeEntry("The cat sat on the mat today.", "Le chat était sur le tapis aujourd’hui."));
  doc::Document d = MakeDoc({{"The cat sat on a mat today."}});
  Options o;
  o.threshold = 90;
  ASSERT_TRUE(Leverage({memory_.get()}, o, &d, nullptr).ok());
  EXPECT_TRUE(Segs(&d)[0]->candidates.empty());
  EXPECT_TRUE(Segs(&d)[0]->change_note.empty());
}

TEST_F(LeverageTest, SplitSentenceFindsTheOldTranslationForBothParts) {
  Add(MakeEntry("It can feel like grief you cannot name, or sadness that is not yours.",
                "On peut ressentir un chagrin sans nom, ou une tristesse qui n’est pas la vôtre."));
  doc::Document d = MakeDoc({{"It can feel like grief you cannot name.", "Or sadness that is not yours."}});
  ASSERT_TRUE(Leverage({memory_.get()}, Options(), &d, nullptr).ok());
  for (doc::Segment* s : Segs(&d)) {
    ASSERT_EQ(s->candidates.size(), 1u) << s->source.PlainText();
    EXPECT_EQ(s->candidates[0].kind, doc::Candidate::Kind::kSplit);
    EXPECT_EQ(s->candidates[0].target.PlainText(),
              "On peut ressentir un chagrin sans nom, ou une tristesse qui n’est pas la vôtre.");
    EXPECT_NE(s->change_note.find("split"), std::string::npos);
  }
}

TEST_F(LeverageTest, MergedSentenceFindsTheJoinedTranslations) {
  xliff::XliffFile old;
  old.trg_lang = "fr";
  xliff::XUnit u;
  u.id = "p-1";
  for (auto [src, trg] : {std::pair{"Crying after sex isn’t weird.", "Pleurer après l’amour n’a rien de bizarre."},
                          std::pair{"It’s not shameful.", "Ce n’est pas honteux."}}) {
    xliff::XSegment s;
    s.id = "s-" + std::to_string(u.segments.size());
    s.source = doc::TextFragment(src);
    s.target = doc::TextFragment(trg);
    s.state = doc::State::kTranslated;
    u.segments.push_back(s);
  }
  old.units.push_back(u);
  std::vector<tm::Entry> entries = EntriesFromXliff(old, "en", "locales/fr/article.xlf", true, " ");
  ASSERT_EQ(entries.size(), 3u);  // two sentences and their pair
  EXPECT_EQ(entries[1].segment_id, "s-0+s-1");
  EXPECT_EQ(entries[0].next_source, "It’s not shameful.");
  ASSERT_TRUE(memory_->AddBatch(entries).ok());

  doc::Document d = MakeDoc({{"Crying after sex isn’t weird; it’s not shameful."}});
  std::vector<SegmentResult> r;
  ASSERT_TRUE(Leverage({memory_.get()}, Options(), &d, &r).ok());
  doc::Segment& s = *Segs(&d)[0];
  ASSERT_FALSE(s.candidates.empty());
  EXPECT_EQ(s.candidates[0].kind, doc::Candidate::Kind::kMerge);
  EXPECT_EQ(s.candidates[0].target.PlainText(), "Pleurer après l’amour n’a rien de bizarre. Ce n’est pas honteux.");
  EXPECT_EQ(s.candidates[0].similarity, 80);
  EXPECT_EQ(r[0].band, Band::kFuzzy75);
}

TEST_F(LeverageTest, TranslatedSegmentsAreClassifiedButNotTouched) {
  Add(MakeEntry("Tears are a language.", "Autre traduction.", "", ""));
  doc::Document d = MakeDoc({{"Tears are a language."}});
  doc::Segment& s = *Segs(&d)[0];
  s.target = doc::TextFragment("Les larmes sont un langage.");
  s.state = doc::State::kReviewed;
  std::vector<SegmentResult> r;
  ASSERT_TRUE(Leverage({memory_.get()}, Options(), &d, &r).ok());
  EXPECT_EQ(s.target->PlainText(), "Les larmes sont un langage.");
  EXPECT_EQ(s.state, doc::State::kReviewed);
  EXPECT_TRUE(s.candidates.empty());
  EXPECT_EQ(r[0].band, Band::kContext);
}

TEST_F(LeverageTest, RepetitionsComeAfterExactMatchesAndBeforeFuzzy) {
  Add(MakeEntry("It heals today.", "Cela guérit aujourd’hui."));
  doc::Document d = MakeDoc({{"Brand new words.", "Brand new words.", "It heals today.", "It heals today."}});
  std::vector<SegmentResult> r;
  ASSERT_TRUE(Leverage({memory_.get()}, Options(), &d, &r).ok());
  EXPECT_EQ(r[0].band, Band::kNoMatch);
  EXPECT_EQ(r[1].band, Band::kRepetition);
  EXPECT_EQ(r[2].band, Band::kExact);  // different neighbours than stored
  EXPECT_EQ(r[3].band, Band::kExact);  // exact wins over repetition
}

TEST_F(LeverageTest, NoMemoriesStillCountsRepetitions) {
  doc::Document d = MakeDoc({{"Same.", "Same."}});
  std::vector<SegmentResult> r;
  ASSERT_TRUE(Leverage({}, Options(), &d, &r).ok());
  EXPECT_EQ(r[0].band, Band::kNoMatch);
  EXPECT_EQ(r[1].band, Band::kRepetition);
}

TEST(DocumentNeighbours, CrossUnitBoundaries) {
  doc::Document d = MakeDoc({{"A.", "B."}, {"C."}});
  std::vector<Neighbours> n = DocumentNeighbours(d);
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[0].prev, "");
  EXPECT_EQ(n[1].next, "C.");
  EXPECT_EQ(n[2].prev, "B.");
  EXPECT_EQ(n[2].next, "");
}

TEST(BandOfScore, Edges) {
  EXPECT_EQ(BandOfScore(101), Band::kContext);
  EXPECT_EQ(BandOfScore(100), Band::kExact);
  EXPECT_EQ(BandOfScore(95), Band::kFuzzy95);
  EXPECT_EQ(BandOfScore(94), Band::kFuzzy85);
  EXPECT_EQ(BandOfScore(85), Band::kFuzzy85);
  EXPECT_EQ(BandOfScore(84), Band::kFuzzy75);
  EXPECT_EQ(BandOfScore(75), Band::kFuzzy75);
  EXPECT_EQ(BandOfScore(74), Band::kNoMatch);
}

}  // namespace
}  // namespace folio::leverage
