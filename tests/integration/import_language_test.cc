// A returned file must be in the language it claims (issue 14): the French
// translation relabelled trgLang="de" is refused by validate and import, and
// neither locales/de/ nor the translation memory changes; a file whose
// targets are those of another locale is refused naming that locale.
#include <gtest/gtest.h>

#include <regex>

#include "test_util.h"

namespace folio::testing {
namespace {

std::string ReplaceFirst(std::string s, const std::string& from, const std::string& to) {
  size_t p = s.find(from);
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

// `xlf` with only the units for which keep(unit text) is true.
template <typename Keep>
std::string KeepUnits(const std::string& xlf, Keep keep) {
  size_t first = xlf.find("<unit ");
  size_t last = xlf.rfind("</unit>") + 7;
  std::string out = xlf.substr(0, first);
  for (size_t b = first; b < last;) {
    size_t e = xlf.find("</unit>", b) + 7;
    std::string unit = xlf.substr(b, e - b);
    if (keep(unit)) out += unit + "\n    ";
    b = xlf.find("<unit ", e);
    if (b == std::string::npos || b > last) break;
  }
  return out + xlf.substr(last);
}

// The letters of the targets of one unit, roughly (tags left out).
size_t TargetLength(const std::string& unit) {
  size_t n = 0;
  for (size_t t = unit.find("<target>"); t != std::string::npos; t = unit.find("<target>", t + 1))
    n += unit.find("</target>", t) - t - 8;
  return n;
}

class ImportLanguage : public ::testing::Test {
 protected:
  void SetUp() override { CopyProject(project_.path(), /*with_locales=*/true, /*with_outputs=*/false); }

  // Runs validate and import on `file` and expects both to refuse it with
  // `message` (a regex, after "FILE:1:1: ") and to leave the German locale
  // file and the memory byte for byte as they were.
  void ExpectRefused(const std::string& file, const std::string& message) {
    std::string de = ReadFileOrEmpty(project_ / "locales/de/article.xlf");
    std::string memory = ReadFileOrEmpty(project_ / "memory/translation-memory.sqlite");
    ASSERT_FALSE(de.empty());
    ASSERT_FALSE(memory.empty());
    auto before = SnapshotTree(project_ / "locales");
    for (const char* cmd : {"validate", "import"}) {
      RunResult r = RunFolio(project_.path(), {cmd, file});
      EXPECT_EQ(r.exit_code, 1) << cmd << "\n" << r.err;
      EXPECT_TRUE(std::regex_search(r.err, std::regex("^" + file + ":1:1: " + message + "\n"))) << cmd << " said:\n"
                                                                                                << r.err;
    }
    EXPECT_TRUE(ReadFileOrEmpty(project_ / "locales/de/article.xlf") == de) << "the German translations changed";
    EXPECT_TRUE(ReadFileOrEmpty(project_ / "memory/translation-memory.sqlite") == memory) << "the memory changed";
    EXPECT_TRUE(SnapshotTree(project_ / "locales") == before) << "locales/ changed";
  }

  TempDir project_;
};

TEST_F(ImportLanguage, TheFrenchTranslationLabelledGermanIsRefusedAndNothingChanges) {
  std::string file = project_ / "fr-labelled-de.xlf";
  WriteFileOrDie(
      file, ReplaceFirst(ReadFileOrEmpty(project_ / "locales/fr/article.xlf"), "trgLang=\"fr\"", "trgLang=\"de\""));
  ExpectRefused(file,
                "the targets read as French \\(fr\\), not German \\(de\\): [1-9][0-9] of 83 targets, "
                "[1-9],[0-9]{3} characters; if this is the French translation, set trgLang=\"fr\" in the "
                "translation tool's export; otherwise export the German file again");
}

TEST_F(ImportLanguage, ACopyOfAnotherLocaleTooShortToIdentifyIsRefusedNamingThatLocale) {
  // Four short French headings: too little text for the identifier, but
  // every target is the stored French one.
  int kept = 0;
  std::string fr = ReadFileOrEmpty(project_ / "locales/fr/article.xlf");
  std::string file = project_ / "short-fr-labelled-de.xlf";
  WriteFileOrDie(file, ReplaceFirst(KeepUnits(fr,
                                              [&](const std::string& unit) {
                                                size_t n = TargetLength(unit);
                                                return n > 0 && n < 40 && ++kept <= 4;
                                              }),
                                    "trgLang=\"fr\"", "trgLang=\"de\""));
  ASSERT_GE(kept, 4);
  ExpectRefused(file,
                "the targets are the French \\(fr\\) translation stored in locales/fr/article.xlf, not a German "
                "one: 4 of 4 targets are the same; if this is the French translation, set trgLang=\"fr\" in the "
                "translation tool's export; otherwise export the German file again");
}

TEST_F(ImportLanguage, AShortFileSharingTwoTargetsWithAnotherLocaleIsNotCalledACopy) {
  int kept = 0;
  std::string fr = ReadFileOrEmpty(project_ / "locales/fr/article.xlf");
  std::string file = project_ / "two-fr-labelled-de.xlf";
  WriteFileOrDie(file, ReplaceFirst(KeepUnits(fr,
                                              [&](const std::string& unit) {
                                                size_t n = TargetLength(unit);
                                                return n > 0 && n < 30 && ++kept <= 2;
                                              }),
                                    "trgLang=\"fr\"", "trgLang=\"de\""));
  RunResult r = RunFolio(project_.path(), {"validate", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(ImportLanguage, EveryCommittedLocaleFileValidatesInItsOwnLanguage) {
  for (const char* tag : {"fr", "de", "es", "ar", "ja"}) {
    RunResult r = RunFolio(project_.path(), {"validate", project_ / ("locales/" + std::string(tag) + "/article.xlf")});
    EXPECT_EQ(r.exit_code, 0) << tag << "\n" << r.err;
  }
}

TEST_F(ImportLanguage, MissingLanguageModelsRefuseTheFileAndSayWhatToInstall) {
  // The machine lacks the models: exit 3, as for any file folio cannot read,
  // never "the translator's file is bad".
  RunResult r =
      RunCommand("FOLIO_LANGID_MODELS=/nonexistent " + ShellQuote(kFolio) + " -C " + ShellQuote(project_.path()) +
                 " validate " + ShellQuote(project_ / "locales/de/article.xlf"));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/fpdb.conf: cannot read textcat's list of language models; install "
                       "libexttextcat-data"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace folio::testing
