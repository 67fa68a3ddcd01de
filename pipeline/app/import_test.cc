// Import's decisions, in process on an in-memory project
// (app/test_project.h): what a returned file changes in locales/, what
// reviewed and final work keeps (MergeWithStored), comments, partial
// imports with --accept-valid, and that a refused import changes nothing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "app/test_project.h"
#include "tm/memory.h"

namespace folio::app {
namespace {

using testing::FakeProject;
using testing::kFr;
using testing::Target;

constexpr const char* kBirds = "Birds sang in the old oak tree.";
constexpr const char* kCat = "A cat slept on the warm stones.";
constexpr const char* kNobody = "Nobody wanted to wake it.";
constexpr const char* kBirdsFr = "Des oiseaux chantaient dans le vieux chêne.";
constexpr const char* kCatFr = "Un chat dormait sur les pierres chaudes.";

// The segment of locales/fr/article.xlf whose source is `sentence`.
xliff::XSegment Stored(const FakeProject& p, const char* sentence) {
  xliff::XliffFile f = p.Xliff(kFr);
  const xliff::XSegment* s = FakeProject::FindIn(f, sentence);
  EXPECT_NE(s, nullptr) << sentence;
  return s ? *s : xliff::XSegment();
}

std::string TargetOf(const xliff::XSegment& s) { return s.target ? s.target->PlainText() : "(none)"; }

TEST(Import, MergesTheReturnedTargetsAndConfirmsPreFills) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr, doc::State::kInitial}}});
  Report report;
  Status st = p.Import({file}, &report);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(TargetOf(Stored(p, kBirds)), kBirdsFr);
  EXPECT_EQ(Stored(p, kBirds).state, doc::State::kTranslated);  // the translator returned it
  ASSERT_FALSE(report.lines.empty());
  EXPECT_EQ(report.lines[0], "/in/fr.xlf: 1 translated segments for fr, merged into /p/locales/fr/article.xlf");
  EXPECT_TRUE(std::filesystem::exists(p.project.memory_path));
  EXPECT_TRUE(p.NoTempFiles());
}

TEST(Import, APartialFileKeepsTheStoredTranslationsItLacks) {
  FakeProject p;
  p.Return(kFr, "fr", {{kCat, {kCatFr, doc::State::kFinal}}});
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr}}});
  ASSERT_TRUE(p.Import({file}).ok());
  EXPECT_EQ(TargetOf(Stored(p, kBirds)), kBirdsFr);
  EXPECT_EQ(TargetOf(Stored(p, kCat)), kCatFr);
  EXPECT_EQ(Stored(p, kCat).state, doc::State::kFinal);
}

TEST(Import, ReviewedTextReturnedUnchangedKeepsItsState) {
  FakeProject p;
  p.Return(kFr, "fr", {{kBirds, {kBirdsFr, doc::State::kReviewed}}});
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr, doc::State::kTranslated}}});
  Report report;
  ASSERT_TRUE(p.Import({file}, &report).ok());
  EXPECT_EQ(Stored(p, kBirds).state, doc::State::kReviewed);
  ASSERT_EQ(report.states.size(), 1u);
  const StateDecision& d = report.states[0];
  EXPECT_EQ(d.file, "/in/fr.xlf");
  EXPECT_EQ(d.locale, "fr");
  EXPECT_EQ(d.segment_id, p.IdOf(kBirds));
  EXPECT_EQ(d.stored, "reviewed");
  EXPECT_EQ(d.returned, "translated");
  EXPECT_EQ(d.action, "kept");
}

TEST(Import, ASameStateReturnedIsNoDecision) {
  FakeProject p;
  p.Return(kFr, "fr", {{kBirds, {kBirdsFr, doc::State::kReviewed}}});
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr, doc::State::kReviewed}}});
  Report report;
  ASSERT_TRUE(p.Import({file}, &report).ok());
  EXPECT_EQ(Stored(p, kBirds).state, doc::State::kReviewed);
  EXPECT_TRUE(report.states.empty());
}

TEST(Import, ARevisionOfReviewedTextTakesTheFilesState) {
  FakeProject p;
  p.Return(kFr, "fr", {{kBirds, {kBirdsFr, doc::State::kFinal}}});
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {"Les oiseaux chantaient.", doc::State::kTranslated}}});
  Report report;
  ASSERT_TRUE(p.Import({file}, &report).ok());
  EXPECT_EQ(TargetOf(Stored(p, kBirds)), "Les oiseaux chantaient.");
  EXPECT_EQ(Stored(p, kBirds).state, doc::State::kTranslated);
  ASSERT_EQ(report.states.size(), 1u);
  EXPECT_EQ(report.states[0].stored, "final");
  EXPECT_EQ(report.states[0].action, "revised");
}

TEST(Import, OverwriteReviewedLowersTheStateOfUnchangedText) {
  FakeProject p;
  p.Return(kFr, "fr", {{kBirds, {kBirdsFr, doc::State::kReviewed}}});
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr, doc::State::kTranslated}}});
  Report report;
  ASSERT_TRUE(p.Import({file}, &report, /*accept_valid=*/false, /*overwrite_reviewed=*/true).ok());
  EXPECT_EQ(Stored(p, kBirds).state, doc::State::kTranslated);
  ASSERT_EQ(report.states.size(), 1u);
  EXPECT_EQ(report.states[0].action, "lowered");
}

TEST(Import, KeepsTheStoredCommentsAndAddsTheFilesNewOnes) {
  FakeProject p;
  p.Return(kFr, "fr", {{kBirds, {kBirdsFr, doc::State::kTranslated, "Which birds? Ask the author."}}});
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr, doc::State::kReviewed, "Checked."}}});
  ASSERT_TRUE(p.Import({file}).ok());
  xliff::XliffFile f = p.Xliff(kFr);
  const xliff::XUnit* u = FakeProject::UnitOf(f, kBirds);
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->comments, (std::vector<std::string>{"Which birds? Ask the author.", "Checked."}));
  // A file that carries no comment keeps them too.
  std::string plain = p.Return("/in/fr2.xlf", "fr", {{kCat, {kCatFr}}});
  ASSERT_TRUE(p.Import({plain}).ok());
  f = p.Xliff(kFr);
  u = FakeProject::UnitOf(f, kBirds);
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->comments, (std::vector<std::string>{"Which birds? Ask the author.", "Checked."}));
}

// A returned file whose unit holding kNobody changed its source text: that
// unit fails CheckAgainstSource, the others pass.
std::string OneBadUnit(FakeProject& p) {
  std::string file =
      p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr}}, {kNobody, {"Personne ne voulait le réveiller."}}});
  std::string bytes = p.File(file);
  size_t at = bytes.find(kNobody);
  EXPECT_NE(at, std::string::npos);
  bytes.replace(at, std::string(kNobody).size(), "Nobody wanted to wake him.");
  p.env.SetFile(file, bytes);
  return file;
}

TEST(Import, WithoutAcceptValidOneBadUnitChangesNothing) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string before = p.File(kFr);
  std::string file = OneBadUnit(p);
  Report report;
  Status st = p.Import({file}, &report);
  EXPECT_EQ(st.code(), Status::Code::kInvalidInput);
  EXPECT_NE(st.message().find("nothing was imported; locales/ is unchanged"), std::string::npos) << st.message();
  EXPECT_EQ(p.File(kFr), before);
  EXPECT_FALSE(std::filesystem::exists(p.project.memory_path));
  EXPECT_TRUE(report.refused.empty());
}

TEST(Import, AcceptValidImportsTheUnitsThatPassAndListsTheOthers) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string file = OneBadUnit(p);
  Report report;
  Status st = p.Import({file}, &report, /*accept_valid=*/true);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(TargetOf(Stored(p, kBirds)), kBirdsFr);
  EXPECT_EQ(TargetOf(Stored(p, kNobody)), "(none)");
  ASSERT_GE(report.refused.size(), 2u);  // the unit's problems, then the unit
  std::string unit_id = FakeProject::UnitOf(p.Xliff(kFr), kNobody)->id;
  EXPECT_NE(report.refused.back().find(": unit " + unit_id + " refused: none of its translations were imported"),
            std::string::npos)
      << report.refused.back();
  EXPECT_EQ(report.refused.back().rfind("/in/fr.xlf:", 0), 0u) << report.refused.back();
  ASSERT_FALSE(report.lines.empty());
  EXPECT_NE(report.lines[0].find("/in/fr.xlf: 1 translated segments for fr (1 of "), std::string::npos)
      << report.lines[0];
  EXPECT_NE(report.lines[0].find(" units refused), merged into /p/locales/fr/article.xlf"), std::string::npos)
      << report.lines[0];
}

TEST(Import, AcceptValidStillRefusesEverythingWhenNoFilePasses) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string before = p.File(kFr);
  std::string file = p.Return("/in/es.xlf", "es", {{kBirds, {"Los pájaros cantaban."}}});
  Report report;
  Status st = p.Import({file}, &report, /*accept_valid=*/true);
  EXPECT_EQ(st.code(), Status::Code::kInvalidInput);
  EXPECT_NE(st.message().find("trgLang \"es\" is not a target locale of this project"), std::string::npos)
      << st.message();
  EXPECT_EQ(p.File(kFr), before);
}

TEST(Import, AcceptValidTakesTheGoodFileAndRefusesTheOther) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string bad = p.Return("/in/es.xlf", "es", {{kBirds, {"Los pájaros cantaban."}}});
  std::string good = p.Return("/in/fr.xlf", "fr", {{kCat, {kCatFr}}});
  Report report;
  ASSERT_TRUE(p.Import({bad, good}, &report, /*accept_valid=*/true).ok());
  EXPECT_EQ(TargetOf(Stored(p, kCat)), kCatFr);
  ASSERT_FALSE(report.refused.empty());
  EXPECT_NE(report.refused[0].find("/in/es.xlf: file refused; none of its translations were imported"),
            std::string::npos)
      << report.refused[0];
}

TEST(Import, TwoFilesForOneLocaleBothEndUpInIt) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string a = p.Return("/in/a.xlf", "fr", {{kBirds, {kBirdsFr}}});
  std::string b = p.Return("/in/b.xlf", "fr", {{kCat, {kCatFr}}});
  ASSERT_TRUE(p.Import({a, b}).ok());
  EXPECT_EQ(TargetOf(Stored(p, kBirds)), kBirdsFr);
  EXPECT_EQ(TargetOf(Stored(p, kCat)), kCatFr);
}

TEST(Import, DryRunWritesNothing) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string before = p.File(kFr);
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr}}});
  Report report;
  ImportOptions options;
  options.files = {file};
  options.dry_run = true;
  ASSERT_TRUE(Import(p.project, options, &report).ok());
  EXPECT_EQ(p.File(kFr), before);
  EXPECT_FALSE(std::filesystem::exists(p.project.memory_path));
  ASSERT_FALSE(report.lines.empty());
  EXPECT_EQ(report.lines[0], "/in/fr.xlf: 1 translated segments for fr (valid; not imported)");
}

TEST(Import, AFullDiskLeavesLocalesAndTheMemoryAsTheyWere) {
  FakeProject p;
  ASSERT_TRUE(p.Extract().ok());
  std::string before = p.File(kFr);
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr}}});
  p.env.FailWritesUnder("/p/locales");
  Status st = p.Import({file});
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_NE(st.message().find("/p/locales/fr/article.xlf"), std::string::npos) << st.message();
  EXPECT_EQ(p.File(kFr), before);
  EXPECT_FALSE(std::filesystem::exists(p.project.memory_path));  // the memory is written after the temp files
  EXPECT_TRUE(p.NoTempFiles());
}

TEST(Import, AMissingFileIsNotFoundBeforeAnythingIsRead) {
  FakeProject p;
  Status st = p.Import({"/in/none.xlf"});
  EXPECT_EQ(st.code(), Status::Code::kNotFound);
  EXPECT_EQ(st.message(), "/in/none.xlf: no such file; check the path");
}

TEST(Import, MemoryDatesComeFromTheEnvsClockWithoutSourceDateEpoch) {
  const char* was = std::getenv("SOURCE_DATE_EPOCH");
  std::string saved = was ? was : "";
  unsetenv("SOURCE_DATE_EPOCH");
  FakeProject p;
  p.env.set_now(1700000000);
  ASSERT_TRUE(p.Extract().ok());
  std::string file = p.Return("/in/fr.xlf", "fr", {{kBirds, {kBirdsFr}}});
  Status st = p.Import({file});
  if (was) setenv("SOURCE_DATE_EPOCH", saved.c_str(), 1);
  ASSERT_TRUE(st.ok()) << st.message();
  std::unique_ptr<tm::Memory> memory;
  tm::MemoryOptions mo;
  mo.read_only = true;
  ASSERT_TRUE(tm::Memory::Open(p.project.memory_path, mo, &memory).ok());
  std::vector<tm::Entry> entries;
  ASSERT_TRUE(memory->ReadAll(&entries).ok());
  ASSERT_FALSE(entries.empty());
  for (const tm::Entry& e : entries) {
    EXPECT_EQ(e.created, 1700000000);
    EXPECT_EQ(e.changed, 1700000000);
  }
}

}  // namespace
}  // namespace folio::app
