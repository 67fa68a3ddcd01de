#include "langid/langid.h"

#include <gtest/gtest.h>

namespace folio::langid {
namespace {

const Identifier& Models() {
  const Identifier* id = nullptr;
  Status st = Identifier::Default(&id);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return *id;
}

// About 300 letters each: more than a file needs, as much as one long segment.
constexpr const char* kFrench =
    "Pleurer après l’amour est plus fréquent qu’on ne le croit. Les chercheurs parlent de dysphorie "
    "postcoïtale : une tristesse, une anxiété ou une irritabilité qui suit un rapport pourtant désiré "
    "et satisfaisant. Elle touche les femmes comme les hommes, et ceux qui la vivent se sentent souvent seuls.";
constexpr const char* kGerman =
    "Weinen nach dem Sex ist häufiger, als man denkt. Forscher sprechen von postkoitaler Dysphorie: "
    "Traurigkeit, Angst oder Gereiztheit nach einem Geschlechtsverkehr, der gewollt und befriedigend war. "
    "Sie betrifft Frauen wie Männer, und wer sie erlebt, fühlt sich oft allein damit.";
constexpr const char* kSpanish =
    "Llorar después del sexo es más común de lo que se cree. Los investigadores hablan de disforia "
    "poscoital: tristeza, ansiedad o irritabilidad después de una relación deseada y satisfactoria. "
    "Afecta tanto a mujeres como a hombres, y quienes la viven a menudo se sienten solos.";

TEST(Langid, LoadsTheModelsDebianShips) { EXPECT_GT(Models().model_count(), 100u); }

TEST(Langid, IdentifiesAParagraphInEachLanguageConfidently) {
  for (auto [text, lang] : {std::pair{kFrench, "fr"}, {kGerman, "de"}, {kSpanish, "es"}}) {
    Verdict v = Decide(Models().Identify(text), kFileThresholds);
    EXPECT_TRUE(v.confident) << lang << " margin " << v.margin;
    EXPECT_EQ(v.language, lang);
  }
}

TEST(Langid, RanksOneCandidatePerLanguageClosestFirst) {
  Identification id = Models().Identify(kGerman);
  ASSERT_GT(id.candidates.size(), 100u);
  EXPECT_EQ(id.candidates[0].language, "de");
  for (size_t i = 1; i < id.candidates.size(); ++i) {
    EXPECT_LE(id.candidates[i - 1].distance, id.candidates[i].distance);
    EXPECT_NE(id.candidates[i].language, "de") << "a language is listed once";
  }
  EXPECT_GT(id.candidates[0].distance, 0.0);
  EXPECT_LT(id.candidates[0].distance, 1.0);
}

TEST(Langid, SaysUnknownForAShortText) {
  Verdict v = Decide(Models().Identify("Merci beaucoup."), kSegmentThresholds);
  EXPECT_FALSE(v.confident);
  EXPECT_EQ(v.letters, 13);
}

TEST(Langid, SaysUnknownForTextWithoutLetters) {
  Identification id = Models().Identify("12, 13 % 2026 — {0} https://example.org/x");
  EXPECT_EQ(id.letters, 0);
  EXPECT_TRUE(id.candidates.empty());
  EXPECT_FALSE(Decide(id, kSegmentThresholds).confident);
}

TEST(Langid, StripsPlaceholdersAddressesMarkupAndNumbers) {
  EXPECT_EQ(PrepareText("Voir {0} et {{name}} sur https://example.org/a?b=1, ou écrivez à a.b@example.org."),
            "Voir et sur ou écrivez à");
  EXPECT_EQ(PrepareText("%s a %1$d ans et ${user} %d\u00a0fois <b>gras</b> &amp; 1 234,5 km"), "a ans et fois gras km");
  EXPECT_EQ(PrepareText("50 % des gens, 2,5\u202fh."), "% des gens, h.");
  EXPECT_EQ(PrepareText("  a\t\n b  "), "a b");
}

TEST(Langid, KeepsTextThatOnlyLooksLikeCode) {
  EXPECT_EQ(PrepareText("Es ist 100%dein Fehler {kein Platzhalter hier}"),
            "Es ist %dein Fehler {kein Platzhalter hier}");
}

TEST(Langid, MeasuresHowMuchOfATargetIsItsSourceAgain) {
  EXPECT_EQ(SharedWords("Crying after sex", "Crying after sex"), 1.0);
  EXPECT_EQ(SharedWords("  CRYING\n after\u00a0sex.", "Crying after sex"), 1.0);
  EXPECT_EQ(SharedWords("FR Crying after sex", "Crying after sex"), 0.75);
  EXPECT_EQ(SharedWords("Pleurer après l’amour", "Crying after sex"), 0.0);
  EXPECT_EQ(SharedWords("sex sex", "Crying after sex"), 0.5) << "each source word counts once";
  EXPECT_EQ(SharedWords("42 %", "Crying after sex"), 0.0);
}

TEST(Langid, JudgesTheClaimedLanguage) {
  Verdict v;
  EXPECT_EQ(Judge(Models(), "de", Models().Identify(kGerman), kFileThresholds, &v), Reading::kAsClaimed);
  EXPECT_EQ(Judge(Models(), "de-CH", Models().Identify(kGerman), kFileThresholds, &v), Reading::kAsClaimed);
  EXPECT_EQ(Judge(Models(), "de", Models().Identify(kFrench), kFileThresholds, &v), Reading::kOther);
  EXPECT_EQ(v.language, "fr");
}

TEST(Langid, NeverObjectsForALanguageWithoutAModel) {
  Verdict v;
  for (const char* tag : {"qps-ploc", "qps-plocm", "tlh", "x-private", ""}) {
    EXPECT_FALSE(Models().HasModel(tag)) << tag;
    EXPECT_EQ(Judge(Models(), tag, Models().Identify(kFrench), kFileThresholds, &v), Reading::kUnknown) << tag;
  }
}

TEST(Langid, TreatsCloseWrittenLanguagesAsOne) {
  EXPECT_TRUE(SameLanguageGroup("nb", "da"));
  EXPECT_TRUE(SameLanguageGroup("hr", "sr"));
  EXPECT_TRUE(SameLanguageGroup("ms", "id"));
  EXPECT_FALSE(SameLanguageGroup("fr", "es"));
}

TEST(Langid, DecidesOnlyWithAClearMargin) {
  Identification id;
  id.letters = 500;
  id.candidates = {{"fr", "fr--utf8", 0.60}, {"ca", "ca--utf8", 0.61}, {"es", "es--utf8", 0.70}};
  EXPECT_FALSE(Decide(id, kFileThresholds).confident);
  id.candidates[1].distance = 0.66;
  EXPECT_TRUE(Decide(id, kFileThresholds).confident);
  id.candidates = {{"nb", "nb--utf8", 0.60}, {"da", "da--utf8", 0.601}, {"sv", "sv--utf8", 0.70}};
  Verdict v = Decide(id, kFileThresholds);
  EXPECT_TRUE(v.confident) << "Danish is in Bokmål's group: the margin is over Swedish";
  EXPECT_NEAR(v.margin, 0.70 / 0.60 - 1, 1e-9);
}

TEST(Langid, MapsModelNamesAndTagsToPrimarySubtags) {
  EXPECT_EQ(PrimaryLanguage("fr--utf8"), "fr");
  EXPECT_EQ(PrimaryLanguage("zh-CN-utf8"), "zh");
  EXPECT_EQ(PrimaryLanguage("az-cyrillic-utf8"), "az");
  EXPECT_EQ(PrimaryLanguage("sh--utf8"), "sr");
  EXPECT_EQ(PrimaryLanguage("haw-utf8"), "haw");
  EXPECT_EQ(PrimaryLanguage("DE-ch"), "de");
  EXPECT_EQ(PrimaryLanguage("pt_BR"), "pt");
  EXPECT_EQ(PrimaryLanguage("no"), "nb");
}

TEST(Langid, NamesLanguagesInEnglish) {
  EXPECT_EQ(LanguageName("fr"), "French");
  EXPECT_EQ(LanguageName("de-CH"), "German");
  EXPECT_EQ(LanguageName("ja"), "Japanese");
  EXPECT_EQ(LanguageName("qps-ploc"), "qps-ploc");
}

TEST(Langid, RefusesToLoadAFolderWithoutModelsAndSaysWhatToInstall) {
  std::unique_ptr<Identifier> id;
  Status st = Identifier::Load("/nonexistent", &id);
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_EQ(st.message(),
            "/nonexistent/fpdb.conf: cannot read textcat's list of language models; install libexttextcat-data "
            "(or point FOLIO_LANGID_MODELS at its folder)");
}

}  // namespace
}  // namespace folio::langid
