#include "qa/checks.h"

#include <gtest/gtest.h>

namespace folio::qa {
namespace {

doc::Fragment Text(const std::string& s) { return doc::TextFragment(s); }

doc::Fragment WithTerm(const std::string& term, const std::string& rest) {
  doc::Fragment f;
  f.items.push_back({doc::Inline::Kind::kOpen, "", "1", "term", false});
  f.items.push_back({doc::Inline::Kind::kText, term, "", "", true});
  f.items.push_back({doc::Inline::Kind::kClose, "", "1", "term", false});
  f.AppendText(rest);
  return f;
}

// A document with one paragraph whose segments are (source, target) pairs.
doc::Document Doc(const std::string& target_language,
                  const std::vector<std::pair<doc::Fragment, std::optional<doc::Fragment>>>& pairs) {
  doc::Document d;
  d.source_language = "en";
  d.target_language = target_language;
  doc::Block b;
  b.kind = doc::BlockKind::kParagraph;
  b.id = "p-1";
  int n = 0;
  for (const auto& [s, t] : pairs) {
    doc::Segment seg;
    seg.id = "s-" + std::to_string(++n);
    seg.source = s;
    seg.target = t;
    b.segments.push_back(seg);
  }
  d.blocks.push_back(b);
  return d;
}

std::vector<std::string> Codes(const Diagnostics& ds) {
  std::vector<std::string> c;
  for (const auto& d : ds) c.push_back(d.code + "@" + d.unit_id);
  return c;
}

using Codes_ = std::vector<std::string>;

TEST(QaChecks, ACleanTranslationHasNoFindings) {
  auto d = Doc("fr", {{Text("Tears are a language."), Text("Les larmes sont un langage.")},
                      {WithTerm("Tears of awe", ": deep."), WithTerm("Larmes d’émerveillement", "\u202F: profond.")}});
  EXPECT_EQ(Codes(RunChecks(d, "fr.xlf")), Codes_{});
}

TEST(QaChecks, ReportsUntranslatedSegments) {
  auto d = Doc("fr", {{Text("Tears are a language."), std::nullopt}});
  auto ds = RunChecks(d, "fr.xlf");
  ASSERT_EQ(Codes(ds), Codes_{"qa.untranslated@s-1"});
  EXPECT_EQ(ds[0].ToString(), "fr.xlf: warning: not translated yet [qa.untranslated] (unit s-1)");
}

TEST(QaChecks, ReportsATargetIdenticalToTheSource) {
  auto d = Doc("fr", {{Text("Tears are a language."), Text("Tears are a language.")}});
  EXPECT_EQ(Codes(RunChecks(d, "x")), Codes_{"qa.same-as-source@s-1"});
}

TEST(QaChecks, ReportsAMissingInlineCode) {
  auto d = Doc("fr", {{WithTerm("Tears of awe", ": deep."), Text("Larmes d’émerveillement\u202F: profond.")}});
  auto ds = RunChecks(d, "x");
  ASSERT_EQ(Codes(ds), Codes_{"qa.codes@s-1"});
  EXPECT_EQ(ds[0].message,
            "inline code open:1 of the source is missing in the target; put it back around the words it marks");
  EXPECT_EQ(ds[0].severity, Severity::kError);
}

TEST(QaChecks, ReportsChangedNumbersButAcceptsArabicIndicDigits) {
  auto bad = Doc("fr", {{Text("In 2 minutes or 10."), Text("En 3 minutes ou 10.")}});
  auto ds = RunChecks(bad, "x");
  ASSERT_EQ(Codes(ds), Codes_{"qa.numbers@s-1"});
  EXPECT_EQ(ds[0].message, "numbers differ: source has 10, 2, target has 10, 3");
  auto ok = Doc("ar", {{Text("In 2 minutes."), Text("في ٢ دقائق.")}});
  EXPECT_EQ(Codes(RunChecks(ok, "x")), Codes_{});
}

TEST(QaChecks, ReportsWhitespaceAtTheEdgesAndDoubleSpaces) {
  auto d = Doc("fr", {{Text("Tears are a language."), Text(" Les larmes  sont un langage.")}});
  EXPECT_EQ(Codes(RunChecks(d, "x")), (Codes_{"qa.whitespace-edges@s-1", "qa.double-space@s-1"}));
}

TEST(QaChecks, ReportsALostQuestionMarkButNotLanguageSpecificStops) {
  auto lost = Doc("fr", {{Text("Is it wrong?"), Text("C’est mal.")}});
  EXPECT_EQ(Codes(RunChecks(lost, "x")), Codes_{"qa.end-punctuation@s-1"});
  auto ja = Doc("ja", {{Text("Tears are a language."), Text("涙は言葉です。")}});
  EXPECT_EQ(Codes(RunChecks(ja, "x")), Codes_{});
}

TEST(QaChecks, ReportsLengthOutliers) {
  auto d = Doc("de", {{Text("Tears are just another language your body knows how to speak."), Text("Tränen.")}});
  EXPECT_EQ(Codes(RunChecks(d, "x")), Codes_{"qa.length-ratio@s-1"});
}

TEST(QaChecks, ReportsUnbalancedBrackets) {
  auto d = Doc("fr", {{Text("The sacral chakra (pleasure) glows."), Text("Le chakra sacré (plaisir glow.")}});
  EXPECT_EQ(Codes(RunChecks(d, "x")), Codes_{"qa.brackets@s-1"});
}

TEST(QaChecks, ReportsBidiControlCharacters) {
  auto d = Doc("ar", {{Text("Tears."), Text("الدموع\u202E.")}});
  auto ds = RunChecks(d, "x");
  ASSERT_EQ(Codes(ds), Codes_{"qa.control-characters@s-1"});
  EXPECT_NE(ds[0].message.find("U+202E"), std::string::npos);
}

TEST(QaChecks, ReportsTextInTheWrongScript) {
  auto d = Doc("ar", {{Text("Tears are a language."), Text("Les larmes sont un langage.")}});
  EXPECT_EQ(Codes(RunChecks(d, "x")), Codes_{"qa.script@s-1"});
  auto ja = Doc("ja", {{Text("Tears are a language."), Text("涙は言葉です。")}});
  EXPECT_EQ(Codes(RunChecks(ja, "x")), Codes_{});
}

TEST(QaChecks, ReportsALongTargetInAnotherLanguage) {
  const std::string source =
      "Crying after sex is more common than most people admit, and it is rarely a sign that something is wrong.";
  const std::string german =
      "Weinen nach dem Sex ist häufiger, als die meisten zugeben, und es ist selten ein Zeichen dafür, dass "
      "etwas nicht stimmt.";
  auto ds = RunChecks(Doc("fr", {{Text(source), Text(german)}}), "x");
  ASSERT_EQ(Codes(ds), Codes_{"qa.wrong-language@s-1"});
  EXPECT_EQ(ds[0].severity, Severity::kWarning);
  EXPECT_EQ(ds[0].message,
            "the target reads as German (de), not French (fr); translate it, unless it is a quotation meant to "
            "stay in that language");
  EXPECT_EQ(Codes(RunChecks(Doc("de", {{Text(source), Text(german)}}), "x")), Codes_{});
}

TEST(QaChecks, LeavesShortTargetsAndPseudoLocalesAlone) {
  EXPECT_EQ(Codes(RunChecks(Doc("fr", {{Text("It heals."), Text("Es heilt.")}}), "x")), Codes_{});
  const std::string english = "Crying after sex is more common than most people admit, and it is rarely a sign.";
  const std::string spanish =
      "Llorar después del sexo es más común de lo que la mayoría admite, y rara vez es una señal.";
  EXPECT_EQ(Codes(RunChecks(Doc("qps-ploc", {{Text(english), Text(spanish)}}), "x")), Codes_{});
}

TEST(QaChecks, ReportsInconsistentTranslations) {
  auto d = Doc("fr", {{Text("It heals."), Text("Cela guérit.")}, {Text("It heals."), Text("Ça soigne.")}});
  auto ds = RunChecks(d, "x");
  ASSERT_EQ(Codes(ds), Codes_{"qa.inconsistent@s-2"});
  EXPECT_EQ(ds[0].message, "the same source is translated differently in s-1: “Cela guérit.”");
}

TEST(QaChecks, RunsTheTypographyCheckForTheTargetLanguage) {
  auto d = Doc("es", {{Text("Is it wrong?"), Text("Está mal?")}});
  EXPECT_EQ(Codes(RunChecks(d, "x")), Codes_{"qa.typography@s-1"});
}

TEST(QaChecks, EveryCheckHasACodeASeverityAndADescription) {
  for (const SegmentCheck& c : SegmentChecks()) {
    EXPECT_EQ(std::string(c.code).rfind("qa.", 0), 0u) << c.code;
    EXPECT_GT(std::string(c.description).size(), 20u) << c.code;
  }
}

}  // namespace
}  // namespace folio::qa

namespace folio::qa {
namespace {

doc::Fragment Marked(const std::string& before, const std::string& term, const std::string& after) {
  doc::Fragment f;
  if (!before.empty()) f.AppendText(before);
  f.items.push_back({doc::Inline::Kind::kOpen, "", "1", "term", false});
  if (!term.empty()) f.items.push_back({doc::Inline::Kind::kText, term, "", "", true});
  f.items.push_back({doc::Inline::Kind::kClose, "", "1", "term", false});
  f.AppendText(after);
  return f;
}

TEST(QaCodePlacement, WarnsAboutACodeLeftEmptyNamingTheWordsItMarks) {
  auto d = Doc("fr", {{Marked("", "Unprocessed emotions", ": they surface in tears."),
                       Marked("Émotions non traitées", "", "\u202F: elles remontent en larmes.")}});
  Diagnostics ds = RunChecks(d, "fr.xlf");
  ASSERT_EQ(Codes(ds), Codes_{"qa.code-placement@s-1"});
  EXPECT_EQ(ds[0].message,
            "inline code {1}\u2026{/1} encloses nothing in the target; in the source it marks "
            "\u201cUnprocessed emotions\u201d: put it around their translation");
}

TEST(QaCodePlacement, WarnsAboutACodeMovedFarFromItsWordsButNotAboutNormalReordering) {
  auto moved =
      Doc("fr", {{Marked("", "Unprocessed emotions", ": they surface in tears, again and again."),
                  Marked("Émotions non traitées\u202F: elles remontent en larmes, encore et ", "encore", ".")}});
  Diagnostics ds = RunChecks(moved, "fr.xlf");
  ASSERT_EQ(Codes(ds), Codes_{"qa.code-placement@s-1"});
  EXPECT_NE(ds[0].message.find("marks \u201cencore\u201d far from where the source marks"), std::string::npos);
  // An adjective after its noun moves a code by a word or two: not a finding.
  auto reordered = Doc("fr", {{Marked("We saw a ", "red", " car in the street today."),
                               Marked("Nous avons vu une voiture ", "rouge", " dans la rue aujourd’hui.")}});
  EXPECT_EQ(Codes(RunChecks(reordered, "fr.xlf")), Codes_{});
}

}  // namespace
}  // namespace folio::qa
