// The localized editions: every locale fully translated and clean under QA,
// right-to-left and CJK rules, pseudo-locales, and nothing lost on re-extract.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <regex>

#include "base/text.h"
#include "test_util.h"
#include "xliff/xliff_reader.h"

namespace folio::testing {
namespace {

const std::vector<std::string> kRealLocales = {"fr", "de", "es", "ar", "ja"};

// Share of letters (ignoring common/inherited characters) in the given scripts.
double ScriptShare(const std::string& text, std::initializer_list<UScriptCode> scripts, int* letters_out) {
  int letters = 0, in = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t c = DecodeUtf8(text, &i);
    if (!u_isalpha(static_cast<UChar32>(c))) continue;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &err);
    if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    ++letters;
    for (UScriptCode s : scripts) in += (s == sc);
  }
  *letters_out = letters;
  return letters ? static_cast<double>(in) / letters : 0;
}

TEST(Locales, ArabicEditionIsInArabicScript) {
  int letters = 0;
  std::string text = ReadFileOrEmpty(kSourceDir + "/outputs/ar/article.txt");
  EXPECT_GT(ScriptShare(text, {USCRIPT_ARABIC}, &letters), 0.99);
  EXPECT_GT(letters, 3000);
}

TEST(Locales, JapaneseEditionIsInKanaAndKanji) {
  int letters = 0;
  std::string text = ReadFileOrEmpty(kSourceDir + "/outputs/ja/article.txt");
  EXPECT_GT(ScriptShare(text, {USCRIPT_HIRAGANA, USCRIPT_KATAKANA, USCRIPT_HAN}, &letters), 0.99);
  EXPECT_GT(letters, 2000);
}

TEST(Locales, JapaneseHasNoSpacesBetweenSentencesOrWords) {
  for (const char* file : {"/outputs/ja/article.txt", "/outputs/ja/article.xhtml"}) {
    std::string text = ReadFileOrEmpty(kSourceDir + file);
    // A space after Japanese full stop or between two Japanese characters.
    EXPECT_FALSE(std::regex_search(text, std::regex("。 |、 "))) << file;
    std::u32string t;
    for (size_t i = 0; i < text.size();) t += DecodeUtf8(text, &i);
    for (size_t i = 1; i + 1 < t.size(); ++i) {
      if (t[i] != ' ') continue;
      auto cjk = [](char32_t c) { return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF); };
      EXPECT_FALSE(cjk(t[i - 1]) && cjk(t[i + 1])) << file << " has a space between Japanese characters at " << i;
    }
  }
}

TEST(Locales, RightToLeftEditionsSayRtlAndUseNoBidiControls) {
  for (const char* tag : {"ar", "qps-plocm"}) {
    std::string xhtml = ReadFileOrEmpty(kSourceDir + "/outputs/" + std::string(tag) + "/article.xhtml");
    EXPECT_TRUE(std::regex_search(xhtml, std::regex("<html [^>]*dir=\"rtl\""))) << tag;
  }
  for (std::string tag : {"ar", "ja", "fr", "qps-plocm"}) {
    for (const char* ext : {".xhtml", ".txt", ".ssml"}) {
      std::string text = ReadFileOrEmpty(kSourceDir + "/outputs/" + tag + "/article" + ext);
      for (const char* control : {"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
                                  "\u2067", "\u2068", "\u2069", "\u061C"})
        EXPECT_EQ(text.find(control), std::string::npos) << tag << ext;
    }
  }
  std::string fr = ReadFileOrEmpty(kSourceDir + "/outputs/fr/article.xhtml");
  EXPECT_TRUE(std::regex_search(fr, std::regex("<html [^>]*dir=\"ltr\"")));
}

TEST(Locales, PseudoLocalesAreGeneratedWithCodesKept) {
  for (const char* tag : {"qps-ploc", "qps-plocm"}) {
    std::string xhtml = ReadFileOrEmpty(kSourceDir + "/outputs/" + std::string(tag) + "/article.xhtml");
    size_t terms = 0;
    for (size_t p = 0; (p = xhtml.find("<strong class=\"term\">", p)) != std::string::npos; ++p) ++terms;
    EXPECT_EQ(terms, 6u) << tag;
    EXPECT_EQ(xhtml.find("Crying after sex"), std::string::npos) << tag << " still shows English text";
  }
}

TEST(Locales, EveryRealLocaleIsTranslatedAndCleanUnderQa) {
  for (const std::string& tag : kRealLocales) {
    RunResult r = RunFolio(kSourceDir, {"qa", "--strict", "--locale", tag});
    EXPECT_EQ(r.exit_code, 0) << tag << "\n" << r.out << r.err;
    EXPECT_NE(r.out.find("0 findings, 0 errors"), std::string::npos) << tag << "\n" << r.out;
  }
}

TEST(Locales, StatusCountsJapaneseWordsWithDictionaryBreaks) {
  RunResult r = RunFolio(kSourceDir, {"status", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex("\"locale\": \"ja\"[^}]*\"target_words\": ([0-9]+)")));
  // Japanese has no spaces: counting by spaces would give about one word per
  // segment (83); ICU's dictionary finds the real words.
  EXPECT_GT(std::stoi(m[1]), 800);
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex("\"locale\": \"fr\"[^}]*\"initial\": ([0-9]+)")));
  EXPECT_EQ(m[1], "0");
}

TEST(Locales, ReExtractAfterImportLosesNoTranslation) {
  TempDir project;
  CopyProject(project.path(), /*with_locales=*/true, false);
  auto targets = [&](const std::string& tag) {
    std::string path = project / ("locales/" + tag + "/article.xlf");
    std::string bytes = ReadFileOrEmpty(path);
    xliff::XliffFile f;
    EXPECT_TRUE(xliff::ReadXliff(bytes, path, &f).ok());
    std::map<std::string, std::string> out;
    for (const auto& u : f.units)
      for (const auto& s : u.segments)
        if (s.target) out[s.id] = s.target->PlainText();
    return out;
  };
  std::map<std::string, std::map<std::string, std::string>> before;
  for (const std::string& tag : kRealLocales) before[tag] = targets(tag);
  // The article changes: one paragraph edited, so one unit is new.
  std::string article = ReadFileOrEmpty(project / "source-text/article.txt");
  size_t p = article.find("Let’s explore");
  article.insert(p, "A new opening line, just added.\n");
  WriteFileOrDie(project / "source-text/article.txt", article);
  ASSERT_EQ(RunFolio(project.path(), {"extract"}).exit_code, 0);
  for (const std::string& tag : kRealLocales) {
    auto after = targets(tag);
    for (const auto& [id, text] : before[tag]) EXPECT_EQ(after[id], text) << tag << " lost " << id;
  }
}

}  // namespace
}  // namespace folio::testing
