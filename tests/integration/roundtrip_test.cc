// Round trips through a translator: extract -> fill targets -> import ->
// build, by hand-written edits (any tool may reformat) and through
// Translate Toolkit (a real translator's tool, not ours).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "doc/dump.h"
#include "test_util.h"
#include "xliff/xliff_reader.h"

namespace folio::testing {
namespace {

// A recognisable "translation": ASCII letters upper-cased, wrapped in ⟪ ⟫.
std::string FakeTranslate(const std::string& text) {
  std::string out;
  for (char c : text) out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

// Adds <target> after every segment's <source>, translating text outside
// tags, the way a CAT tool does it; ignorables are left alone.
std::string FillTargets(const std::string& xlf) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t seg = xlf.find("<segment", pos);
    if (seg == std::string::npos) break;
    size_t s = xlf.find("<source>", seg);
    size_t e = xlf.find("</source>", s);
    std::string inner = xlf.substr(s + 8, e - s - 8);
    std::string target;
    bool in_tag = false;
    std::string text;
    for (char c : inner) {
      if (c == '<') {
        target += FakeTranslate(text);
        text.clear();
        in_tag = true;
      }
      if (in_tag)
        target += c;
      else
        text += c;
      if (c == '>') in_tag = false;
    }
    target += FakeTranslate(text);
    // Entities were upper-cased too; put them back.
    for (const char* ent : {"&AMP;", "&LT;", "&GT;", "&QUOT;"}) {
      std::string lower = ent;
      for (char& c : lower) c = static_cast<char>(std::tolower(c));
      for (size_t p; (p = target.find(ent)) != std::string::npos;) target.replace(p, lower.size(), lower);
    }
    out += xlf.substr(pos, e + 9 - pos) + "<target>" + target + "</target>";
    pos = e + 9;
  }
  out += xlf.substr(pos);
  return out;
}

std::string StripTags(const std::string& xhtml) {
  std::string out;
  bool in_tag = false;
  for (char c : xhtml) {
    if (c == '<')
      in_tag = true;
    else if (c == '>')
      in_tag = false;
    else if (!in_tag)
      out += c;
  }
  for (auto [ent, ch] : {std::pair{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}})
    for (size_t p; (p = out.find(ent)) != std::string::npos;) out.replace(p, std::string(ent).size(), ch);
  return out;
}

// Every target of `xlf_path` (except the description, which is metadata)
// must appear in the XHTML body, in document order.
void ExpectTargetsInOrder(const std::string& xlf_path, const std::string& xhtml_path, int* checked) {
  xliff::XliffFile f;
  std::string bytes = ReadFileOrEmpty(xlf_path);
  ASSERT_TRUE(xliff::ReadXliff(bytes, xlf_path, &f).ok());
  std::string xhtml = ReadFileOrEmpty(xhtml_path);
  std::string body = StripTags(xhtml.substr(xhtml.find("<body")));
  size_t at = 0;
  *checked = 0;
  for (const xliff::XUnit& u : f.units) {
    if (u.id.rfind("d-", 0) == 0) continue;
    for (const xliff::XSegment& s : u.segments) {
      ASSERT_TRUE(s.target.has_value()) << "segment " << s.id << " has no target";
      std::string t = s.target->PlainText();
      size_t found = body.find(t, at);
      ASSERT_NE(found, std::string::npos) << "target of " << s.id << " missing or out of order: " << t;
      at = found + t.size();
      ++*checked;
    }
  }
}

TEST(RoundTrip, EveryTranslatedSegmentReachesTheXhtmlInOrder) {
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract", "--locale", "fr"}).exit_code, 0);
  std::string handoff = ReadFileOrEmpty(project / "locales/fr/article.xlf");
  std::string filled = FillTargets(handoff);
  // A translator's tool reformats: other indentation, single-quoted declaration.
  for (size_t p; (p = filled.find("\n    ")) != std::string::npos;) filled.replace(p, 5, "\n\t");
  filled.replace(0, filled.find("?>") + 2, "<?xml version='1.0' encoding='UTF-8'?>");
  WriteFileOrDie(project / "returned/article.fr.xlf", filled);

  RunResult imp = RunFolio(project.path(), {"import", project / "returned/article.fr.xlf"});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  RunResult build = RunFolio(project.path(), {"build"});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_EQ(build.err.find("not translated into fr"), std::string::npos) << build.err;
  int checked = 0;
  ExpectTargetsInOrder(project / "locales/fr/article.xlf", project / "outputs/fr/article.xhtml", &checked);
  EXPECT_GT(checked, 80);
  std::string xhtml = ReadFileOrEmpty(project / "outputs/fr/article.xhtml");
  EXPECT_NE(xhtml.find("UNPROCESSED EMOTIONS"), std::string::npos);
  // Term spans survive the round trip as markup.
  size_t terms = 0;
  for (size_t p = 0; (p = xhtml.find("class=\"term\"", p)) != std::string::npos; ++p) ++terms;
  EXPECT_EQ(terms, 6u);
}

TEST(RoundTrip, ThroughTranslateToolkit) {
  std::string tool = kSharedDir + "/tools/translate-with-toolkit";
  if (RunCommand("/usr/bin/python3 -c 'import lxml, translate'").exit_code != 0) {
    if (InCi()) FAIL() << "translate-toolkit / python3-lxml are not installed";
    GTEST_SKIP()
        << "translate-toolkit / python3-lxml are not installed (apt-get install translate-toolkit python3-lxml)";
  }
  TempDir project;
  CopyProject(project.path(), false, false);
  ASSERT_EQ(RunFolio(project.path(), {"extract", "--locale", "fr"}).exit_code, 0);
  std::string handoff_path = project / "locales/fr/article.xlf";
  xliff::XliffFile f;
  std::string bytes = ReadFileOrEmpty(handoff_path);
  ASSERT_TRUE(xliff::ReadXliff(bytes, handoff_path, &f).ok());
  // The translator's memory: source<TAB>target with {1}..{/1} inline codes.
  std::string tsv;
  for (const xliff::XUnit& u : f.units)
    for (const xliff::XSegment& s : u.segments) {
      std::string src = doc::FragmentToBraces(s.source);
      tsv += src + "\t" + FakeTranslate(src) + "\n";
    }
  WriteFileOrDie(project / "memory.tsv", tsv);
  RunResult fill = RunCommand(ShellQuote(tool) + " --tsv " + ShellQuote(project / "memory.tsv") + " " +
                              ShellQuote(handoff_path) + " -o " + ShellQuote(project / "returned.xlf"));
  ASSERT_EQ(fill.exit_code, 0) << fill.out << fill.err;
  RunResult imp = RunFolio(project.path(), {"import", project / "returned.xlf"});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  ASSERT_EQ(RunFolio(project.path(), {"build"}).exit_code, 0);
  int checked = 0;
  ExpectTargetsInOrder(project / "locales/fr/article.xlf", project / "outputs/fr/article.xhtml", &checked);
  EXPECT_GT(checked, 80);
}

}  // namespace
}  // namespace folio::testing

namespace folio::testing {
namespace {

TEST(RoundTrip, Xliff12HandoffIsStrictlyValidAndComesBackThroughTranslateToolkit) {
  if (RunCommand("/usr/bin/python3 -c 'import lxml, translate'").exit_code != 0) {
    if (InCi()) FAIL() << "translate-toolkit / python3-lxml are not installed";
    GTEST_SKIP() << "translate-toolkit / python3-lxml are not installed";
  }
  TempDir project;
  CopyProject(project.path(), false, false);
  RunResult ex = RunFolio(project.path(), {"extract", "--locale", "it", "--xliff", "1.2"});
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  std::string handoff = project / "locales/it/article.xlf";
  std::string x = kSharedDir + "/xliff";
  RunResult schema =
      RunCommand("XML_CATALOG_FILES=" + ShellQuote(x + "/catalog.xml") + " xmllint --nonet --noout --schema " +
                 ShellQuote(x + "/schemas/1.2/xliff-core-1.2-strict.xsd") + " " + ShellQuote(handoff));
  ASSERT_EQ(schema.exit_code, 0) << schema.err;
  xliff::XliffFile f;
  std::string bytes = ReadFileOrEmpty(handoff);
  ASSERT_TRUE(xliff::ReadXliff(bytes, handoff, &f).ok());
  EXPECT_EQ(f.version, "1.2");
  std::string tsv;
  for (const xliff::XUnit& u : f.units)
    for (const xliff::XSegment& s : u.segments) {
      std::string src = doc::FragmentToBraces(s.source);
      tsv += src + "\t" + FakeTranslate(src) + "\n";
    }
  WriteFileOrDie(project / "memory.tsv", tsv);
  RunResult fill = RunCommand(ShellQuote(kSharedDir + "/tools/translate-with-toolkit") + " --overwrite --tsv " +
                              ShellQuote(project / "memory.tsv") + " " + ShellQuote(handoff) + " -o " +
                              ShellQuote(project / "returned.xlf"));
  ASSERT_EQ(fill.exit_code, 0) << fill.out << fill.err;
  RunResult imp = RunFolio(project.path(), {"import", project / "returned.xlf"});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  ASSERT_EQ(RunFolio(project.path(), {"build"}).exit_code, 0);
  int checked = 0;
  ExpectTargetsInOrder(handoff, project / "outputs/it/article.xhtml", &checked);
  EXPECT_GT(checked, 80);
  // The stored file stays 1.2 for that translator's tool.
  EXPECT_NE(ReadFileOrEmpty(handoff).find("version=\"1.2\""), std::string::npos);
}

}  // namespace
}  // namespace folio::testing
