// A returned file that fails a check is rejected with a precise
// "file:line:col: what; what to do" error, and locales/ is byte for byte
// unchanged afterwards.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <regex>
#include <set>

#include "test_util.h"
#include "xliff/xliff_reader.h"

namespace folio::testing {
namespace {

struct BadCase {
  const char* name;
  std::function<std::string(const std::string&)> corrupt;
  const char* expected;  // a phrase the error must contain
};

std::string ReplaceFirst(std::string s, const std::string& from, const std::string& to) {
  size_t p = s.find(from);
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

// The French handoff with the first segment given a target.
std::string TranslatedHandoff(const std::string& project) {
  std::string x = ReadFileOrEmpty(project + "/locales/fr/article.xlf");
  size_t e = x.find("</source>") + 9;
  return x.substr(0, e) + "<target>Les larmes après l’amour</target>" + x.substr(e);
}

class ImportRejects : public ::testing::TestWithParam<BadCase> {};

TEST_P(ImportRejects, WithAPreciseErrorAndLeavesLocalesUnchanged) {
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract"}).exit_code, 0);
  // Something is already stored: a good import first.
  std::string handoff = TranslatedHandoff(project.path());
  WriteFileOrDie(project / "good.xlf", handoff);
  RunResult good = RunFolio(project.path(), {"import", project / "good.xlf"});
  ASSERT_EQ(good.exit_code, 0) << good.err;
  auto before = SnapshotTree(project / "locales");

  std::string bad_path = project / "bad.xlf";
  WriteFileOrDie(bad_path, GetParam().corrupt(handoff));
  for (const char* cmd : {"validate", "import"}) {
    RunResult r = RunFolio(project.path(), {cmd, bad_path});
    EXPECT_EQ(r.exit_code, 1) << cmd << "\n" << r.err;
    EXPECT_TRUE(std::regex_search(r.err, std::regex("(^|\n)" + bad_path + ":[0-9]+:[0-9]+: ")))
        << cmd << " error has no file:line:col:\n"
        << r.err;
    EXPECT_NE(r.err.find(GetParam().expected), std::string::npos) << cmd << "\n" << r.err;
  }
  EXPECT_TRUE(before == SnapshotTree(project / "locales")) << "a rejected import changed locales/";
  EXPECT_NE(ReadFileOrEmpty(project / "locales/fr/article.xlf").find("Les larmes après l’amour"), std::string::npos)
      << "the stored translation was lost";
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, ImportRejects,
    ::testing::Values(
        BadCase{"WrongTargetLanguage",
                [](const std::string& x) { return ReplaceFirst(x, "trgLang=\"fr\"", "trgLang=\"pt\""); }, "trgLang"},
        BadCase{"ChangedSource",
                [](const std::string& x) {
                  return ReplaceFirst(x, "Crying after sex is more common", "Crying after sex is less common");
                },
                "source"},
        BadCase{"DroppedInlineCode",
                [](const std::string& x) {
                  size_t s = x.find("<pc ");
                  size_t src_end = x.find("</source>", s) + 9;
                  std::string seg_src =
                      x.substr(x.rfind("<source>", s) + 8, x.find("</source>", s) - x.rfind("<source>", s) - 8);
                  std::string plain = std::regex_replace(seg_src, std::regex("<[^>]+>"), "");
                  return x.substr(0, src_end) + "<target>" + plain + "</target>" + x.substr(src_end);
                },
                "1"},
        BadCase{"UnknownUnit", [](const std::string& x) { return ReplaceFirst(x, "<unit id=\"", "<unit id=\"zz"); },
                "zz"},
        BadCase{"Truncated", [](const std::string& x) { return x.substr(0, x.size() / 2); }, "XML"},
        BadCase{"ExternalEntity",
                [](const std::string& x) {
                  return ReplaceFirst(x, "?>\n",
                                      "?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n");
                },
                "DTD"},
        BadCase{"InvalidUtf8", [](const std::string& x) { return ReplaceFirst(x, "Les larmes", "Les \xC3\x28larmes"); },
                "UTF-8"},
        // pugixml alone kept a bare '&' as text, and import stored "&amp;".
        BadCase{"BareAmpersandInTarget",
                [](const std::string& x) { return ReplaceFirst(x, "Les larmes après", "Les larmes & après"); },
                "not well-formed XML ('&' starts no character or entity reference; write &amp; for an ampersand)"},
        BadCase{"LessThanInAnAttribute",
                [](const std::string& x) { return ReplaceFirst(x, "<unit id=\"", "<unit name=\"a<b\" id=\""); },
                "not well-formed XML ('<' in the value of attribute name; write &lt;)"},
        BadCase{"UndeclaredEntity",
                [](const std::string& x) { return ReplaceFirst(x, "Les larmes", "Les&nbsp;larmes"); },
                "undeclared entity &nbsp;"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return std::string(info.param.name); });

// A file translated for another article or project: one line that names
// its original, not one "not in the source document" error per unit.
TEST(Import, AFileFromAnotherArticleGetsOneLineNamingIt) {
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract", "--locale", "fr"}).exit_code, 0);
  auto before = SnapshotTree(project / "locales");
  std::string x = ReplaceFirst(TranslatedHandoff(project.path()), "original=\"article.txt\"", "original=\"alice.txt\"");
  x = ReplaceFirst(x, "<unit id=\"", "<unit id=\"alice-");  // its units are not ours either
  WriteFileOrDie(project / "alice.xlf", x);
  for (const char* cmd : {"validate", "import"}) {
    RunResult r = RunFolio(project.path(), {cmd, project / "alice.xlf"});
    EXPECT_EQ(r.exit_code, 1) << cmd;
    EXPECT_EQ(r.err, project / "alice.xlf" +
                         ":2:1: original=\"alice.txt\" names no article of this project; the file belongs to another "
                         "article or project: import the translation of the handoff folio wrote in locales/fr/ "
                         "(original \"article.txt\")\nnothing was imported; locales/ is unchanged\n")
        << cmd;
  }
  EXPECT_TRUE(before == SnapshotTree(project / "locales"));
}

// Tools that write the path they imported from still name the article.
TEST(Import, AnOriginalThatIsAPathToTheArticleNamesIt) {
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract", "--locale", "fr"}).exit_code, 0);
  std::string x = ReplaceFirst(TranslatedHandoff(project.path()), "original=\"article.txt\"",
                               "original=\"C:\\work\\source-text\\article.txt\"");
  WriteFileOrDie(project / "windows.xlf", x);
  RunResult r = RunFolio(project.path(), {"import", project / "windows.xlf"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(ReadFileOrEmpty(project / "locales/fr/article.xlf").find("Les larmes après l’amour"), std::string::npos);
}

}  // namespace
}  // namespace folio::testing

// folio import --accept-valid: a file with some bad units.
namespace folio::testing {
namespace {

// The handoff with a target "FR " + source markup in every segment.
std::string EverySegmentTranslated(const std::string& handoff) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t seg = handoff.find("<segment", pos);
    if (seg == std::string::npos) break;
    size_t s = handoff.find("<source>", seg) + 8;
    size_t e = handoff.find("</source>", s);
    out += handoff.substr(pos, e + 9 - pos) + "<target>FR " + handoff.substr(s, e - s) + "</target>";
    pos = e + 9;
  }
  return out + handoff.substr(pos);
}

// [begin, end) of the <unit id="id"> element in `x`.
std::pair<size_t, size_t> UnitSpan(const std::string& x, const std::string& id) {
  size_t b = x.find("<unit id=\"" + id + "\"");
  return {b, x.find("</unit>", b) + 7};
}

struct Segments {
  int total = 0, translated = 0;
  std::set<std::string> translated_units;
};

Segments StoredSegments(const std::string& path) {
  xliff::XliffFile f;
  std::string bytes = ReadFileOrEmpty(path);
  EXPECT_TRUE(xliff::ReadXliff(bytes, path, &f).ok());
  Segments s;
  for (const xliff::XUnit& u : f.units)
    for (const xliff::XSegment& seg : u.segments) {
      ++s.total;
      if (seg.target && seg.target->PlainText().rfind("FR ", 0) == 0) {
        ++s.translated;
        s.translated_units.insert(u.id);
      }
    }
  return s;
}

class AcceptValid : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyProject(project_.path(), false, false);
    ASSERT_EQ(RunFolio(project_.path(), {"extract", "--locale", "fr"}).exit_code, 0);
    std::string handoff = ReadFileOrEmpty(project_ / "locales/fr/article.xlf");
    xliff::XliffFile f;
    ASSERT_TRUE(xliff::ReadXliff(handoff, "h.xlf", &f).ok());
    // Two units to spoil: a paragraph, and the first with an inline code.
    for (const xliff::XUnit& u : f.units) {
      bool has_code = false;
      for (const doc::Inline& i : u.segments[0].source.items) has_code |= i.kind == doc::Inline::Kind::kOpen;
      if (has_code && coded_unit_.empty()) coded_unit_ = u.id;
      if (u.id.rfind("p-", 0) == 0 && plain_unit_.empty()) plain_unit_ = u.id;
      for (const xliff::XSegment& s : u.segments) (void)s, ++segments_;
    }
    ASSERT_FALSE(coded_unit_.empty());
    ASSERT_FALSE(plain_unit_.empty());
    std::string x = EverySegmentTranslated(handoff);
    // Unit 1: a source text changed by the translator.
    auto [pb, pe] = UnitSpan(x, plain_unit_);
    size_t src = x.find("<source>", pb) + 8;
    x.insert(src, "Edited: ");
    // Unit 2: the target lost its term code (canDelete="no").
    auto [cb, ce] = UnitSpan(x, coded_unit_);
    size_t t = x.find("<target>", cb);
    size_t pc = x.find("<pc ", t);
    size_t pc_end = x.find(">", pc) + 1;
    x.erase(pc, pc_end - pc);
    x.erase(x.find("</pc>", pc), 5);
    bad_ = project_ / "returned/bad.xlf";
    WriteFileOrDie(bad_, x);
    before_ = SnapshotTree(project_ / "locales");
  }

  TempDir project_;
  std::string plain_unit_, coded_unit_, bad_;
  int segments_ = 0;
  std::map<std::string, std::string> before_;
};

TEST_F(AcceptValid, WithoutTheFlagOneBadUnitRefusesTheWholeFile) {
  // The XLIFF 2 conformance check stops first (the missing canDelete="no" code).
  RunResult r = RunFolio(project_.path(), {"import", bad_});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("(^|\n)" + bad_ + ":[0-9]+:[0-9]+: XLIFF 2.1 <pc> canDelete")))
      << r.err;
  EXPECT_NE(r.err.find("nothing was imported; locales/ is unchanged"), std::string::npos) << r.err;
  EXPECT_TRUE(before_ == SnapshotTree(project_ / "locales")) << "a rejected import changed locales/";
  // With the code put back, the changed source alone refuses the whole file.
  std::string only_source = project_ / "returned/only-source.xlf";
  std::string x = ReadFileOrEmpty(bad_);
  std::string handoff = EverySegmentTranslated(ReadFileOrEmpty(project_ / "locales/fr/article.xlf"));
  auto [cb, ce] = UnitSpan(handoff, coded_unit_);
  auto [xb, xe] = UnitSpan(x, coded_unit_);
  x.replace(xb, xe - xb, handoff.substr(cb, ce - cb));
  WriteFileOrDie(only_source, x);
  r = RunFolio(project_.path(), {"import", only_source});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(
      std::regex_search(r.err, std::regex("(^|\n)" + only_source + ":[0-9]+:[0-9]+: the source text of segment ")))
      << r.err;
  EXPECT_TRUE(before_ == SnapshotTree(project_ / "locales")) << "a rejected import changed locales/";
  // ... and --accept-valid takes every other unit of it.
  r = RunFolio(project_.path(), {"import", "--accept-valid", only_source});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  Segments stored = StoredSegments(project_ / "locales/fr/article.xlf");
  EXPECT_EQ(stored.translated_units.count(plain_unit_), 0u);
  EXPECT_EQ(stored.translated_units.count(coded_unit_), 1u);
}

TEST_F(AcceptValid, WithTheFlagTheGoodUnitsLandAndTheBadOnesAreListed) {
  RunResult r = RunFolio(project_.path(), {"import", "--accept-valid", bad_});
  EXPECT_EQ(r.exit_code, 4) << r.out << r.err;
  // Each refused unit, with where it is and why.
  for (const std::string& unit : {plain_unit_, coded_unit_})
    EXPECT_TRUE(std::regex_search(r.err, std::regex("(^|\n)" + bad_ + ":[0-9]+:[0-9]+: unit " + unit + " refused")))
        << unit << "\n"
        << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("(^|\n)" + bad_ + ":[0-9]+:[0-9]+: the source text of segment ")));
  EXPECT_TRUE(std::regex_search(
      r.err, std::regex("(^|\n)" + bad_ + ":[0-9]+:[0-9]+: the target of segment [^ ]+ lacks the inline code \\{1\\}")))
      << r.err;
  EXPECT_NE(r.out.find("(2 of "), std::string::npos) << r.out;
  // The good units landed, the bad ones did not.
  Segments stored = StoredSegments(project_ / "locales/fr/article.xlf");
  EXPECT_EQ(stored.total, segments_);
  EXPECT_EQ(stored.translated_units.count(plain_unit_), 0u);
  EXPECT_EQ(stored.translated_units.count(coded_unit_), 0u);
  int bad_segments = 0;
  {
    xliff::XliffFile f;
    std::string bytes = ReadFileOrEmpty(bad_);
    ASSERT_TRUE(xliff::ReadXliff(bytes, bad_, &f).ok());
    for (const xliff::XUnit& u : f.units)
      if (u.id == plain_unit_ || u.id == coded_unit_) bad_segments += static_cast<int>(u.segments.size());
  }
  EXPECT_EQ(stored.translated, segments_ - bad_segments);
  // Nothing but the locale file changed (atomic write: no temporary left).
  auto after = SnapshotTree(project_ / "locales");
  ASSERT_EQ(after.size(), before_.size());
  for (const auto& [name, bytes] : before_) {
    if (name != "fr/article.xlf") {
      EXPECT_EQ(after[name], bytes) << name;
    }
  }
  // Importing the same file again changes nothing more and still says so.
  RunResult again = RunFolio(project_.path(), {"import", "--accept-valid", bad_});
  EXPECT_EQ(again.exit_code, 4);
  EXPECT_TRUE(after == SnapshotTree(project_ / "locales"));
}

TEST_F(AcceptValid, AFileRefusedWholeDoesNotStopTheOthersButAllRefusedIsExit1) {
  std::string foreign = project_ / "returned/foreign.xlf";
  WriteFileOrDie(foreign, ReplaceFirst(ReadFileOrEmpty(bad_), "trgLang=\"fr\"", "trgLang=\"pt\""));
  RunResult none = RunFolio(project_.path(), {"import", "--accept-valid", foreign});
  EXPECT_EQ(none.exit_code, 1) << none.err;
  EXPECT_TRUE(std::regex_search(none.err, std::regex(foreign + ":[0-9]+:[0-9]+: trgLang \"pt\"")));
  EXPECT_TRUE(before_ == SnapshotTree(project_ / "locales"));

  RunResult some = RunFolio(project_.path(), {"import", "--accept-valid", foreign, bad_});
  EXPECT_EQ(some.exit_code, 4) << some.err;
  EXPECT_NE(some.err.find(foreign + ": file refused"), std::string::npos) << some.err;
  EXPECT_GT(StoredSegments(project_ / "locales/fr/article.xlf").translated, 0);
}

TEST(Import, TwoFilesForOneLocaleBothLand) {
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract", "--locale", "fr"}).exit_code, 0);
  std::string all = EverySegmentTranslated(ReadFileOrEmpty(project / "locales/fr/article.xlf"));
  // First half of the targets in one file, second half in the other.
  size_t mid = all.find("<target>", all.size() / 2);
  auto strip_targets = [](std::string x, size_t from, size_t to) {
    std::string out;
    size_t pos = 0;
    for (size_t p; (p = x.find("<target>", pos)) != std::string::npos;) {
      size_t e = x.find("</target>", p) + 9;
      out += x.substr(pos, p - pos);
      if (p < from || p >= to) out += x.substr(p, e - p);
      pos = e;
    }
    return out + x.substr(pos);
  };
  WriteFileOrDie(project / "a.xlf", strip_targets(all, mid, all.size()));  // keeps the first half
  WriteFileOrDie(project / "b.xlf", strip_targets(all, 0, mid));           // keeps the second half
  RunResult r = RunFolio(project.path(), {"import", project / "a.xlf", project / "b.xlf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Segments stored = StoredSegments(project / "locales/fr/article.xlf");
  EXPECT_EQ(stored.translated, stored.total) << "one file's translations were lost";
}

}  // namespace
}  // namespace folio::testing
