// The file-level language decision on the project's own translations.
#include "app/language_check.h"

#include <gtest/gtest.h>

#include <regex>

#include "../../tests/integration/test_util.h"
#include "xliff/xliff_reader.h"

namespace folio::app {
namespace {

const langid::Identifier& Models() {
  const langid::Identifier* id = nullptr;
  Status st = langid::Identifier::Default(&id);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return *id;
}

xliff::XliffFile Committed(const std::string& tag) {
  std::string bytes;
  xliff::XliffFile f;
  Status st = xliff::LoadXliffFile(folio::testing::kSourceDir + "/locales/" + tag + "/article.xlf", &bytes, &f);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return f;
}

TEST(LanguageCheck, EveryTranslatedLocaleReadsAsItsOwnLanguage) {
  for (const char* tag : {"fr", "de", "es", "ar", "ja"}) {
    LanguageEvidence ev = JudgeFileLanguage(Models(), Committed(tag), tag);
    EXPECT_EQ(ev.reading, langid::Reading::kAsClaimed) << tag;
    EXPECT_EQ(ev.targets, 83) << tag;
  }
}

TEST(LanguageCheck, APseudoLocaleIsNeverJudged) {
  LanguageEvidence ev = JudgeFileLanguage(Models(), Committed("qps-ploc"), "qps-ploc");
  EXPECT_EQ(ev.reading, langid::Reading::kUnknown);
  EXPECT_EQ(ev.targets, 0) << "no model of the claimed language: nothing to weigh";
}

TEST(LanguageCheck, TargetsThatAreTheSourceAgainSayNothing) {
  xliff::XliffFile f = Committed("de");
  for (auto& u : f.units)
    for (auto& s : u.segments) s.target = s.source;
  LanguageEvidence ev = JudgeFileLanguage(Models(), f, "de");
  EXPECT_EQ(ev.reading, langid::Reading::kUnknown);
  EXPECT_EQ(ev.targets, 0);
}

TEST(LanguageCheck, RefusesTheFrenchFileLabelledGermanWithTheEvidence) {
  xliff::XliffFile f = Committed("fr");
  f.trg_lang = "de";
  f.path = "returned.xlf";
  Status st = CheckTargetLanguage(Models(), f);
  ASSERT_FALSE(st.ok());
  EXPECT_TRUE(
      std::regex_match(st.message(), std::regex("returned\\.xlf:1:1: the targets read as French \\(fr\\), not German "
                                                "\\(de\\): [0-9]+ of 83 targets, [0-9],[0-9]{3} characters; if this is "
                                                "the French translation, set trgLang=\"fr\" in the translation tool's "
                                                "export; otherwise export the German file again")))
      << st.message();
}

TEST(LanguageCheck, MixedContentIsNotRefusedWhenMostTargetsReadAsClaimed) {
  // Every third Japanese target in German: Latin letters outweigh kana and
  // kanji in textcat's ranks, so the whole text leans German, but the
  // targets, one by one, are mostly Japanese.
  xliff::XliffFile ja = Committed("ja"), de = Committed("de");
  int k = 0;
  for (size_t u = 0; u < ja.units.size(); ++u)
    for (size_t s = 0; s < ja.units[u].segments.size(); ++s)
      if (++k % 3 == 0) ja.units[u].segments[s].target = de.units[u].segments[s].target;
  LanguageEvidence ev = JudgeFileLanguage(Models(), ja, "ja");
  EXPECT_EQ(ev.verdict.language, "de") << "the whole text no longer leans German: this test shows nothing";
  EXPECT_NE(ev.reading, langid::Reading::kOther)
      << "votes: " << ev.votes_claimed << " ja, " << ev.votes_other << " " << ev.verdict.language;
}

}  // namespace
}  // namespace folio::app
