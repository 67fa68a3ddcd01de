#include "render/speech_text.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "render/test_documents.h"

namespace folio::render {
namespace {

using doc::BlockKind;
using testing::FrenchTargets;
using testing::List;
using testing::SampleDocument;
using testing::Seg;
using testing::Unit;

SpeechStrings French() {
  SpeechStrings s;
  s.values = {
      {"heading", "Section : {text}."},
      {"list", "{n, plural, one {Une liste d’un élément.} other {Une liste de # éléments.}}"},
      {"list_end", "Fin de la liste."},
      {"and", "et"},
  };
  return s;
}

// A source-edition document holding one paragraph per text.
doc::Document Paragraphs(std::vector<std::string> texts) {
  doc::Document d;
  d.source_language = "en";
  int n = 0;
  for (const std::string& t : texts) {
    ++n;
    d.blocks.push_back(Unit(BlockKind::kParagraph, "p-" + std::to_string(n), {Seg("s", t)}));
  }
  return d;
}

doc::Document ListOf(int items, const std::string& target_language) {
  doc::Document d;
  d.source_language = "en";
  d.target_language = target_language;
  std::vector<doc::Block> children;
  for (int i = 0; i < items; ++i) children.push_back(Unit(BlockKind::kListItem, "li", {Seg("s", "Item", "Élément")}));
  d.blocks.push_back(List(children));
  return d;
}

TEST(SpeechText, ReadsTheSourceEditionWithEnglishAnnouncements) {
  EXPECT_EQ(WriteSpeechText(SampleDocument(""), SpeechStrings()),
            "Tears After Sex: What Your Soul Is Trying to Tell You\n"
            "\n"
            "The tears come. You thought you’d be wrapped in bliss.\n"
            "\n"
            "Section: Sex Is More Than Physical.\n"
            "\n"
            "Sex is layered. It’s flesh, yes. It’s also memory. Walls come down.\n"
            "\n"
            "Section: Release and Emotions.\n"
            "\n"
            "Sex stirs energy.\n"
            "\n"
            "A list of 2 items.\n"
            "Unprocessed emotions: Intimacy surfaces grief.\n"
            "Energetic cleansing: Tears are sacred water.\n"
            "End of list.\n"
            "\n"
            "Section: When Tears Feel Like Healing.\n"
            "\n"
            "That can happen when:\n"
            "\n"
            "A list of 2 items.\n"
            "you feel safe,\n"
            "you feel seen.\n"
            "End of list.\n");
}

TEST(SpeechText, ReadsTheTranslationWithTheLocalesWords) {
  EXPECT_EQ(WriteSpeechText(SampleDocument("fr", FrenchTargets()), French()),
            "Pleurer après l’amour : ce que votre âme essaie de vous dire\n"
            "\n"
            "Les larmes arrivent. Vous pensiez baigner dans le bonheur.\n"
            "\n"
            "Section : Le sexe est plus que physique.\n"
            "\n"
            "Le sexe a plusieurs couches. C’est de la chair, oui. It’s also memory. Walls come down.\n"
            "\n"
            "Section : Libération et émotions.\n"
            "\n"
            "Le sexe remue l’énergie.\n"
            "\n"
            "Une liste de 2 éléments.\n"
            "Émotions non traitées : l’intimité fait remonter le chagrin.\n"
            "Nettoyage énergétique : les larmes sont une eau sacrée.\n"
            "Fin de la liste.\n"
            "\n"
            "Section : Quand les larmes guérissent.\n"
            "\n"
            "Cela peut arriver quand :\n"
            "\n"
            "Une liste de 2 éléments.\n"
            "vous vous sentez en sécurité,\n"
            "vous vous sentez vu.\n"
            "Fin de la liste.\n");
}

TEST(SpeechText, AnnouncesOneItemWithThePluralOne) {
  EXPECT_EQ(WriteSpeechText(ListOf(1, ""), SpeechStrings()), "A list of one item.\nItem\nEnd of list.\n");
  EXPECT_EQ(WriteSpeechText(ListOf(1, "fr"), French()), "Une liste d’un élément.\nÉlément\nFin de la liste.\n");
}

TEST(SpeechText, FormatsTheCountInTheEditionsLocale) {
  std::string text = WriteSpeechText(ListOf(1200, "fr"), French());
  EXPECT_EQ(text.substr(0, text.find('\n')), "Une liste de 1\u202F200 éléments.");
}

TEST(SpeechText, FormatsEnglishDefaultsWithEnglishRulesInAnyEdition) {
  std::string text = WriteSpeechText(ListOf(2, "ar"), SpeechStrings());
  EXPECT_EQ(text.substr(0, text.find('\n')), "A list of 2 items.");
}

TEST(SpeechText, NumbersItemsWhenTheItemPatternAsksForIt) {
  SpeechStrings s;
  s.values["item"] = "{n}. {text}";
  EXPECT_EQ(WriteSpeechText(ListOf(2, ""), s), "A list of 2 items.\n1. Item\n2. Item\nEnd of list.\n");
}

TEST(SpeechText, LeavesOutEmptyAnnouncements) {
  SpeechStrings s;
  s.values = {{"list", ""}, {"list_end", ""}, {"item", ""}};
  EXPECT_EQ(WriteSpeechText(ListOf(2, ""), s), "Item\nItem\n");
}

TEST(SpeechText, AddsNoSecondPunctuationAfterAHeadingThatEndsASentence) {
  doc::Document d;
  d.source_language = "en";
  d.blocks = {Unit(BlockKind::kHeading, "h1", {Seg("a", "Why Do We Cry?")}),
              Unit(BlockKind::kHeading, "h2", {Seg("b", "It Doesn’t Mean Something’s “Wrong.”")}),
              Unit(BlockKind::kHeading, "h3", {Seg("c", "Healing")})};
  EXPECT_EQ(WriteSpeechText(d, SpeechStrings()),
            "Section: Why Do We Cry?\n\n"
            "Section: It Doesn’t Mean Something’s “Wrong.”\n\n"
            "Section: Healing.\n");
}

TEST(SpeechText, ReadsNoSymbols) {
  EXPECT_EQ(WriteSpeechText(Paragraphs({"- Salt & pepper", "• *Bold* move #1", "R&D for well-being"}), SpeechStrings()),
            "Salt and pepper\n\nBold move 1\n\nR and D for well-being\n");
}

TEST(SpeechText, StripsInvisibleAndBidiControlCharacters) {
  doc::Document d =
      Paragraphs({"a\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff\u202Ag\u202Bh\u202Ci\u202Dj\u202Ek\u2066l\u2067m"
                  "\u2068n\u2069o\uFEFFp\u00ADq\u061Cr\tz"});
  d.blocks.push_back(List({Unit(BlockKind::kListItem, "li", {Seg("s", "x")})}));
  SpeechStrings s;
  s.values["list"] = "\u200F{n, plural, other {# \u202Bitems}}";
  EXPECT_EQ(WriteSpeechText(d, s), "abcdefghijklmnopqr z\n\n1 items\nx\nEnd of list.\n");
}

TEST(SpeechText, WritesNfc) {
  EXPECT_EQ(WriteSpeechText(Paragraphs({"Cafe\u0301 cre\u0300me"}), SpeechStrings()), "Caf\u00E9 cr\u00E8me\n");
}

TEST(SpeechText, JoinsJapaneseSentencesWithoutSpacesAndAndWithoutSpaces) {
  doc::Document d;
  d.source_language = "en";
  d.target_language = "ja";
  d.blocks = {Unit(BlockKind::kParagraph, "p",
                   {Seg("a", "Salt & pepper.", "塩 & 胡椒。"), Seg("b", "Good.", "良い。"), Seg("c", "Untranslated."),
                    Seg("d", "End.")})};
  SpeechStrings s;
  s.values["and"] = "と";
  EXPECT_EQ(WriteSpeechText(d, s), "塩と胡椒。良い。Untranslated. End.\n");
}

TEST(SpeechText, KeepsTheEnglishAndInAnUntranslatedSentence) {
  doc::Document d;
  d.source_language = "en";
  d.target_language = "fr";
  d.blocks = {
      Unit(BlockKind::kParagraph, "p", {Seg("a", "Salt & pepper.", "Sel & poivre."), Seg("b", "Oil & vinegar.")})};
  EXPECT_EQ(WriteSpeechText(d, French()), "Sel et poivre. Oil and vinegar.\n");
}

TEST(SpeechText, ReadsTheMetadataTitleWhenThereIsNoTitleBlockAndNeverTheDescription) {
  doc::Document d = SampleDocument("");
  d.blocks.erase(d.blocks.begin());
  d.meta.title = "Meta & Title";
  std::string text = WriteSpeechText(d, SpeechStrings());
  EXPECT_EQ(text.substr(0, text.find("\n\nSection")),
            "Meta and Title\n\nThe tears come. You thought you’d be wrapped in bliss.");
  EXPECT_EQ(text.find("Crying"), std::string::npos);
}

TEST(SpeechText, WritesNothingForAnEmptyDocument) { EXPECT_EQ(WriteSpeechText(doc::Document(), SpeechStrings()), ""); }

TEST(SpeechStrings, EveryLocaleOfTheProjectLoadsAndAnnouncesAList) {
  const std::filesystem::path locales = FOLIO_SOURCE_DIR "/locales";
  if (!std::filesystem::is_directory(locales)) GTEST_SKIP() << "no locales/ folder yet";
  int loaded = 0;
  for (const auto& entry : std::filesystem::directory_iterator(locales)) {
    std::string path = (entry.path() / "speech.ini").string();
    if (!std::filesystem::exists(path)) continue;
    SpeechStrings s;
    Status status = LoadSpeechStrings(path, &s);
    ASSERT_TRUE(status.ok()) << status.ToString();
    std::string text = WriteSpeechText(ListOf(3, entry.path().filename().string()), s);
    EXPECT_EQ(text.find('{'), std::string::npos) << path << ":\n" << text;
    EXPECT_NE(text.find("\nÉlément\n"), std::string::npos) << path << ":\n" << text;
    ++loaded;
  }
  EXPECT_GT(loaded, 0);
}

TEST(SpeechText, ReadsAFrenchListWithTheProjectsFrenchStrings) {
  SpeechStrings s;
  ASSERT_TRUE(LoadSpeechStrings(FOLIO_SOURCE_DIR "/locales/fr/speech.ini", &s).ok());
  if (s.values.empty()) GTEST_SKIP() << "locales/fr/speech.ini is not there";
  EXPECT_EQ(WriteSpeechText(ListOf(2, "fr"), s), "Une liste de 2 éléments.\nÉlément\nÉlément\nFin de la liste.\n");
}

}  // namespace
}  // namespace folio::render
