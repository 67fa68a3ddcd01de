// Round trip through OmegaT 3.6 (Debian's `omegat`), a translator's tool
// that reads XLIFF 1.2 only: folio extract --xliff 1.2 -> an OmegaT project
// whose translation memory holds the committed French translations ->
// omegat --mode=console-translate -> folio import -> folio build. Every
// translation, inline codes included, must reach the French XHTML.
//
// OmegaT shows XLIFF inline elements as its own tags (<g0>...</g0>, <x1/>),
// and an exact match in tm/auto/ is only applied when the TMX holds the
// segment in that notation. The test therefore first asks OmegaT how it
// sees each segment (console-createpseudotranslatetmx), then writes the
// memory: for each segment, the committed French target with its codes
// written as the OmegaT tags of that segment's source.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <regex>

#include "doc/dump.h"
#include "test_util.h"
#include "xliff/xliff_reader.h"

namespace folio::testing {
namespace {

const char kOmegaTProject[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en</source_lang>
    <target_lang>fr</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
)";

// Runs OmegaT headless on `project_dir` with a private configuration and
// home (nothing read from or written to the user's ~/.omegat), team
// synchronisation off.
RunResult RunOmegaT(const TempDir& work, const std::string& project_dir, const std::string& args) {
  return RunCommand("HOME=" + ShellQuote(work / "home") + " JAVA_TOOL_OPTIONS=-Djava.awt.headless=true omegat " +
                    ShellQuote(project_dir) + " --config-dir=" + ShellQuote(work / "omegat-config") + " --no-team " +
                    args);
}

// All the text of an element (TMX <seg> content is escaped text in OmegaT's files).
std::string TextOf(const pugi::xml_node& n) {
  std::string s;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
      s += c.value();
    else if (c.type() == pugi::node_element)
      s += TextOf(c);
  }
  return s;
}

const std::regex kOmegaTTag("<(/?)([A-Za-z]+)([0-9]+)(/?)>");

// `omegat_source`'s tags, in order, matched to the codes of `source`
// (kind + id -> tag); false when they do not line up.
bool MapCodesToTags(const std::string& omegat_source, const doc::Fragment& source,
                    std::map<std::pair<doc::Inline::Kind, std::string>, std::string>* out) {
  std::vector<std::smatch> tags;
  for (auto it = std::sregex_iterator(omegat_source.begin(), omegat_source.end(), kOmegaTTag);
       it != std::sregex_iterator(); ++it)
    tags.push_back(*it);
  size_t t = 0;
  for (const doc::Inline& i : source.items) {
    if (i.kind == doc::Inline::Kind::kText) continue;
    if (t == tags.size()) return false;
    const std::smatch& m = tags[t++];
    doc::Inline::Kind kind = m[1].length()   ? doc::Inline::Kind::kClose
                             : m[4].length() ? doc::Inline::Kind::kPlaceholder
                                             : doc::Inline::Kind::kOpen;
    if (kind != i.kind) return false;
    (*out)[{i.kind, i.id}] = m.str();
  }
  return t == tags.size();
}

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

TEST(OmegaT, Xliff12RoundTripCarriesEveryTranslationAndInlineCodeToTheXhtml) {
  if (RunCommand("command -v omegat >/dev/null && command -v java").exit_code != 0) {
    if (InCi()) FAIL() << "omegat is not installed (.ci/install-deps installs it)";
    GTEST_SKIP() << "omegat is not installed (apt-get install omegat)";
  }
  TempDir work;
  std::string project = work / "project";
  std::filesystem::create_directories(project);
  CopyProject(project, false, false);
  RunResult ex = RunFolio(project, {"extract", "--locale", "fr", "--xliff", "1.2"});
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  std::string handoff = project + "/locales/fr/article.xlf";

  // The translations: the committed French edition's targets, by source text.
  std::string committed_path = kSourceDir + "/locales/fr/article.xlf";
  std::string committed_bytes = ReadFileOrEmpty(committed_path);
  xliff::XliffFile committed;
  ASSERT_TRUE(xliff::ReadXliff(committed_bytes, committed_path, &committed).ok());
  std::map<std::string, const xliff::XSegment*> by_source;
  int expected_terms = 0, committed_segments = 0;
  for (const xliff::XUnit& u : committed.units)
    for (const xliff::XSegment& s : u.segments) {
      ++committed_segments;
      ASSERT_TRUE(s.target.has_value()) << "committed fr segment " << s.id << " is untranslated";
      by_source[s.source.PlainText()] = &s;
      if (u.id.rfind("d-", 0) != 0)
        for (const doc::Inline& i : s.target->items) expected_terms += i.kind == doc::Inline::Kind::kOpen;
    }
  ASSERT_GT(expected_terms, 0) << "the committed translations have no inline codes to carry";

  // The OmegaT project.
  std::string omt = work / "omegat-project";
  WriteFileOrDie(omt + "/omegat.project", kOmegaTProject);
  WriteFileOrDie(omt + "/source/article.xlf", ReadFileOrEmpty(handoff));
  for (const char* dir : {"/target/.keep", "/tm/auto/.keep", "/glossary/.keep", "/dictionary/.keep", "/omegat/.keep"})
    WriteFileOrDie(omt + dir, "");
  WriteFileOrDie(work / "omegat-config/.keep", "");

  // How OmegaT sees each segment (source text with its tags).
  RunResult pseudo = RunOmegaT(work, omt,
                               "--mode=console-createpseudotranslatetmx --pseudotranslatetype=equal "
                               "--pseudotranslatetmx=" +
                                   ShellQuote(work / "pseudo.tmx"));
  std::string pseudo_tmx = ReadFileOrEmpty(work / "pseudo.tmx");
  ASSERT_FALSE(pseudo_tmx.empty()) << "OmegaT wrote no pseudo-translation TMX\n" << pseudo.out << pseudo.err;
  pugi::xml_document seen;
  ASSERT_TRUE(seen.load_string(pseudo_tmx.c_str()));

  // The memory OmegaT will apply: TMX 1.4, exact matches in tm/auto/.
  pugi::xml_document tmx;
  pugi::xml_node root = tmx.append_child("tmx");
  root.append_attribute("version") = "1.4";
  pugi::xml_node header = root.append_child("header");
  for (auto [k, v] : {std::pair{"creationtool", "folio-tests"},
                      {"creationtoolversion", "1"},
                      {"segtype", "sentence"},
                      {"o-tmf", "folio"},
                      {"adminlang", "en"},
                      {"srclang", "en"},
                      {"datatype", "plaintext"}})
    header.append_attribute(k) = v;
  pugi::xml_node body = root.append_child("body");
  int entries = 0;
  for (pugi::xml_node tu : seen.child("tmx").child("body").children("tu")) {
    std::string omegat_source = TextOf(tu.child("tuv").child("seg"));
    std::string plain = std::regex_replace(omegat_source, kOmegaTTag, "");
    auto it = by_source.find(plain);
    ASSERT_NE(it, by_source.end()) << "OmegaT shows a segment that is not in the article: " << omegat_source;
    std::map<std::pair<doc::Inline::Kind, std::string>, std::string> tag_of;
    ASSERT_TRUE(MapCodesToTags(omegat_source, it->second->source, &tag_of))
        << "OmegaT's tags do not match the codes of " << it->second->id << ": " << omegat_source;
    std::string translation;
    for (const doc::Inline& i : it->second->target->items) {
      if (i.kind == doc::Inline::Kind::kText) {
        translation += i.text;
        continue;
      }
      auto tag = tag_of.find({i.kind, i.id});
      ASSERT_NE(tag, tag_of.end()) << "target code " << i.id << " of " << it->second->id << " is not in its source";
      translation += tag->second;
    }
    pugi::xml_node out_tu = body.append_child("tu");
    for (auto [lang, text] : {std::pair{"en", omegat_source}, {"fr", translation}}) {
      pugi::xml_node tuv = out_tu.append_child("tuv");
      tuv.append_attribute("xml:lang") = lang;
      tuv.append_child("seg").text() = text.c_str();
    }
    ++entries;
  }
  ASSERT_GT(entries, 80);
  ASSERT_TRUE(tmx.save_file((omt + "/tm/auto/fr.tmx").c_str(), "  ", pugi::format_default, pugi::encoding_utf8));

  // OmegaT translates the project headless; the result is in target/.
  RunResult translate = RunOmegaT(work, omt, "--mode=console-translate --quiet");
  std::string returned = ReadFileOrEmpty(omt + "/target/article.xlf");
  ASSERT_FALSE(returned.empty()) << "OmegaT wrote no target/article.xlf (exit " << translate.exit_code << ")\n"
                                 << translate.out << translate.err;
  WriteFileOrDie(work / "returned/article.fr.xlf", returned);

  RunResult imp = RunFolio(project, {"import", work / "returned/article.fr.xlf"});
  ASSERT_EQ(imp.exit_code, 0) << imp.out << imp.err;
  RunResult build = RunFolio(project, {"build"});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_EQ(build.err.find("not translated into fr"), std::string::npos) << build.err;

  // Every stored target is the committed one, codes and all...
  std::string stored_bytes = ReadFileOrEmpty(handoff);
  xliff::XliffFile stored;
  ASSERT_TRUE(xliff::ReadXliff(stored_bytes, handoff, &stored).ok());
  EXPECT_EQ(stored.version, "1.2") << "the locale must stay XLIFF 1.2 for OmegaT";
  int segments = 0;
  for (const xliff::XUnit& u : stored.units)
    for (const xliff::XSegment& s : u.segments) {
      ++segments;
      auto it = by_source.find(s.source.PlainText());
      ASSERT_NE(it, by_source.end());
      ASSERT_TRUE(s.target.has_value()) << s.id << " came back untranslated from OmegaT";
      EXPECT_EQ(doc::FragmentToBraces(*s.target), doc::FragmentToBraces(*it->second->target)) << s.id;
    }
  EXPECT_EQ(segments, committed_segments);

  // ... and reaches the XHTML: each body target's text in document order,
  // each term code as a term element around the same words.
  std::string xhtml = ReadFileOrEmpty(project + "/outputs/fr/article.xhtml");
  std::string body_xml = xhtml.substr(xhtml.find("<body"));
  std::string text_only = std::regex_replace(body_xml, std::regex("<[^>]*>"), "");
  size_t at = 0;
  int terms = 0;
  for (const xliff::XUnit& u : stored.units) {
    if (u.id.rfind("d-", 0) == 0) continue;  // the description is EPUB metadata
    for (const xliff::XSegment& s : u.segments) {
      std::string t = XmlEscape(s.target->PlainText());
      size_t found = text_only.find(t, at);
      ASSERT_NE(found, std::string::npos) << "target of " << s.id << " missing or out of order: " << t;
      at = found + t.size();
      for (size_t k = 0; k < s.target->items.size(); ++k) {
        if (s.target->items[k].kind != doc::Inline::Kind::kOpen) continue;
        std::string words = k + 1 < s.target->items.size() ? s.target->items[k + 1].text : "";
        EXPECT_NE(body_xml.find("class=\"term\">" + XmlEscape(words) + "</"), std::string::npos)
            << "term \"" << words << "\" of " << s.id << " is not marked up in the XHTML";
        ++terms;
      }
    }
  }
  EXPECT_EQ(terms, expected_terms);
  size_t marked = 0;
  for (size_t p = 0; (p = body_xml.find("class=\"term\"", p)) != std::string::npos; ++p) ++marked;
  EXPECT_EQ(marked, static_cast<size_t>(expected_terms));
}

}  // namespace
}  // namespace folio::testing
