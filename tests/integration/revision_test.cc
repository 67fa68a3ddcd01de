// Issue #5's revision scenario, end to end through the folio command: the
// source article changes after the French handoff was translated and
// imported, and `folio extract` must keep every translation and tell the
// translator exactly what changed.
//
// v0  the article as the client first delivered it, with a typo ("arive");
//     translated (the translator accepts the candidate folio offers for the
//     typo'd sentence) and imported, which fills the translation memory.
// v1  the revision: edits one sentence, fixes the typo, inserts a paragraph,
//     moves a paragraph, splits one sentence in two, merges two, deletes a
//     list item -- all at once.
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <sstream>

#include "test_util.h"
#include "tm/memory.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;

struct Seg {
  std::string id, source, target_xml, state, sub_state;
  bool has_target = false;
};

struct Match {
  std::string sub_type, similarity, target_text;
};

struct Parsed {
  std::vector<Seg> segments;
  std::map<std::string, std::vector<Match>> matches;  // by segment id
  std::map<std::string, std::string> notes;           // change notes by segment id (first one mentioning it)
  std::vector<std::string> change_notes;
};

std::string InnerXml(const pugi::xml_node& n) {
  std::ostringstream os;
  for (pugi::xml_node c : n.children()) c.print(os, "", pugi::format_raw);
  return os.str();
}

std::string Text(const pugi::xml_node& n) {
  std::string s;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata)
      s += c.value();
    else
      s += Text(c);
  }
  return s;
}

Parsed Parse(const std::string& xml) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  Parsed p;
  for (pugi::xpath_node u : doc.select_nodes("//*[local-name()='unit']")) {
    for (pugi::xml_node c : u.node().children()) {
      std::string name = c.name();
      if (name == "segment") {
        Seg s;
        s.id = c.attribute("id").value();
        s.state = c.attribute("state").value();
        s.sub_state = c.attribute("subState").value();
        s.source = Text(c.child("source"));
        if (c.child("target")) {
          s.has_target = true;
          s.target_xml = InnerXml(c.child("target"));
        }
        p.segments.push_back(s);
      } else if (name == "mtc:matches") {
        for (pugi::xml_node m : c.children("mtc:match")) {
          std::string ref = m.attribute("ref").value();
          p.matches[ref.substr(1)].push_back(
              {m.attribute("subType").value(), m.attribute("similarity").value(), Text(m.child("target"))});
        }
      } else if (name == "notes") {
        for (pugi::xml_node n : c.children("note"))
          if (std::string(n.attribute("category").value()) == "change") p.change_notes.push_back(Text(n));
      }
    }
  }
  return p;
}

// The n-th (0-based) segment with this source text.
const Seg* BySource(const Parsed& p, const std::string& source, int n = 0) {
  for (const Seg& s : p.segments)
    if (s.source == source && n-- == 0) return &s;
  return nullptr;
}

// What a translator does in a CAT tool: accept the first candidate offered
// for every segment that has none of its own, and mark it translated.
std::string AcceptCandidates(const std::string& xml) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  for (pugi::xpath_node u : doc.select_nodes("//*[local-name()='unit']")) {
    for (pugi::xml_node seg : u.node().children("segment")) {
      if (seg.child("target")) continue;
      std::string ref = std::string("#") + seg.attribute("id").value();
      for (pugi::xml_node m : u.node().child("mtc:matches").children("mtc:match")) {
        if (ref != m.attribute("ref").value()) continue;
        seg.append_copy(m.child("target"));
        seg.remove_attribute("state");
        seg.append_attribute("state") = "translated";
        break;
      }
    }
  }
  std::ostringstream os;
  doc.save(os, "", pugi::format_raw);
  return os.str();
}

void Replace(std::string* s, const std::string& from, const std::string& to) {
  size_t at = s->find(from);
  ASSERT_NE(at, std::string::npos) << from;
  ASSERT_EQ(s->find(from, at + 1), std::string::npos) << "not unique: " << from;
  s->replace(at, from.size(), to);
}

// Sentences of the revision, in the article's typography.
const std::string kEdited = "Crying after sex is more common than most people admit.";
const std::string kEditedNew = "Crying after sex is much more common than most people will admit.";
const std::string kTypo = "Sometimes they arive like a tide going out, leaving you lighter, softer, more open.";
const std::string kFixed = "Sometimes they arrive like a tide going out, leaving you lighter, softer, more open.";
const std::string kInserted1 = "Nothing here is medical advice.";
const std::string kInserted2 = "If the tears frighten you, talk to someone you trust.";
const std::string kMoved = "Maybe you\u2019re letting go of old hurt you didn\u2019t realize was still hiding in you.";
const std::string kSplitOld =
    "It can feel like you\u2019re grieving something you can\u2019t quite name, or carrying sadness that "
    "doesn\u2019t even seem to belong to the moment.";
const std::string kSplit1 = "It can feel like you\u2019re grieving something you can\u2019t quite name.";
const std::string kSplit2 = "Or you may be carrying sadness that doesn\u2019t even seem to belong to the moment.";
const std::string kMerge1 = "Crying after sex isn\u2019t weird.";
const std::string kMerge2 = "It\u2019s not shameful.";
const std::string kMerged = "Crying after sex isn\u2019t weird; it\u2019s not shameful.";
const std::string kDeletedItem = "the sex didn\u2019t actually line up with what you really wanted,";

class RevisionScenario : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyProject(dir_.path(), /*with_locales=*/true, /*with_outputs=*/false);
    fs::remove_all(dir_ / "memory");
    article_path_ = dir_ / "source-text/article.txt";
    xlf_ = dir_ / "locales/fr/article.xlf";
    original_ = ReadFileOrEmpty(article_path_);
  }

  // v0: the delivered article had a typo; its translation went through a
  // full handoff: extract, translate, import.
  void DeliverV0() {
    std::string v0 = original_;
    Replace(&v0, kFixed, kTypo);
    WriteFileOrDie(article_path_, v0);
    RunResult r = RunFolio(dir_.path(), {"extract", "--locale", "fr"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Parsed handoff = Parse(ReadFileOrEmpty(xlf_));
    const Seg* typo = BySource(handoff, kTypo);
    ASSERT_NE(typo, nullptr);
    EXPECT_FALSE(typo->has_target);
    ASSERT_EQ(handoff.matches[typo->id].size(), 1u) << "the typo'd sentence gets its old translation offered";
    WriteFileOrDie(dir_ / "returned.xlf", AcceptCandidates(ReadFileOrEmpty(xlf_)));
    r = RunFolio(dir_.path(), {"import", dir_ / "returned.xlf"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(fs::exists(dir_ / "memory/translation-memory.sqlite"));
    // As delivered, the typo-free sentence never existed: no retired copy.
    fs::remove(dir_ / "locales/fr/article.retired.xlf");
    v0_ = Parse(ReadFileOrEmpty(xlf_));
    ASSERT_TRUE(BySource(v0_, kTypo)->has_target);
  }

  std::string V1() {
    std::string v1 = original_;
    Replace(&v1, kEdited, kEditedNew);
    Replace(&v1,
            "Let\u2019s explore what\u2019s really happening on the spiritual level when sex leaves you in tears.\n",
            "Let\u2019s explore what\u2019s really happening on the spiritual level when sex leaves you in tears.\n" +
                kInserted1 + " " + kInserted2 + "\n");
    Replace(&v1, kMoved + "\n", "");
    Replace(&v1, "Or maybe you\u2019re just overwhelmed", kMoved + "\nOr maybe you\u2019re just overwhelmed");
    Replace(&v1, kSplitOld, kSplit1 + " " + kSplit2);
    Replace(&v1, kMerge1 + " " + kMerge2, kMerged);
    Replace(&v1, "- " + kDeletedItem + "\n", "");
    return v1;
  }

  TempDir dir_;
  std::string article_path_, xlf_, original_;
  Parsed v0_;
};

TEST_F(RevisionScenario, NothingTranslatedIsLostAndEveryChangeIsExplained) {
  DeliverV0();
  if (HasFatalFailure()) return;
  WriteFileOrDie(article_path_, V1());
  RunResult r = RunFolio(dir_.path(), {"extract", "--locale", "fr"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Parsed v1 = Parse(ReadFileOrEmpty(xlf_));

  // Every unchanged sentence keeps its exact target, byte for byte, and its
  // state, wherever it moved.
  // (The edited sentence also opens the description, which did not change:
  // occurrences are matched in order.)
  int unchanged = 0;
  std::map<std::string, int> occurrence;
  for (const Seg& old : v0_.segments) {
    const Seg* now = BySource(v1, old.source, occurrence[old.source]++);
    if (now == nullptr) continue;
    ++unchanged;
    ASSERT_TRUE(now->has_target) << old.source;
    EXPECT_EQ(now->target_xml, old.target_xml) << old.source;
    EXPECT_EQ(now->state, old.state) << old.source;
  }
  EXPECT_EQ(unchanged, static_cast<int>(v0_.segments.size()) - 6);  // edited, typo, split, 2 merged, deleted
  EXPECT_EQ(v1.segments.size(), v0_.segments.size() - 6 + 7);       // + edited, fixed, 2 inserted, 2 split, merged
  ASSERT_NE(BySource(v1, kMoved), nullptr);
  EXPECT_TRUE(BySource(v1, kMoved)->has_target);

  auto old_target_text = [&](const std::string& source) {
    const Seg* s = BySource(v0_, source);
    EXPECT_NE(s, nullptr) << source;
    pugi::xml_document d;
    d.load_string(("<t>" + s->target_xml + "</t>").c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
    return Text(d.child("t"));
  };
  auto note_about = [&](const std::string& sentence) {
    for (const std::string& n : v1.change_notes)
      if (n.find("Now: \u201C" + sentence + "\u201D") != std::string::npos) return n;
    return std::string();
  };

  // The edited sentence: no target, the old translation as a fuzzy candidate
  // and a note with the old source, the new source and a word diff.
  const Seg* edited = BySource(v1, kEditedNew);
  ASSERT_NE(edited, nullptr);
  EXPECT_FALSE(edited->has_target);
  ASSERT_FALSE(v1.matches[edited->id].empty());
  EXPECT_EQ(v1.matches[edited->id][0].target_text, old_target_text(kEdited));
  EXPECT_GE(std::stoi(v1.matches[edited->id][0].similarity), 75);
  std::string note = note_about(kEditedNew);
  EXPECT_NE(note.find("Before: \u201C" + kEdited + "\u201D"), std::string::npos) << note;
  EXPECT_NE(note.find("Crying after sex is {+much+} more common than most people {+will+} admit."), std::string::npos)
      << note;

  // The typo fix: a high fuzzy match of the typo'd sentence's translation.
  const Seg* fixed = BySource(v1, kFixed);
  ASSERT_NE(fixed, nullptr);
  EXPECT_FALSE(fixed->has_target);
  ASSERT_FALSE(v1.matches[fixed->id].empty());
  EXPECT_GE(std::stoi(v1.matches[fixed->id][0].similarity), 90);
  EXPECT_EQ(v1.matches[fixed->id][0].target_text, old_target_text(kTypo));
  EXPECT_NE(note_about(kFixed).find("[-arive-]{+arrive+}"), std::string::npos) << note_about(kFixed);

  // The inserted paragraph: new text, nothing to offer.
  for (const std::string& s : {kInserted1, kInserted2}) {
    const Seg* seg = BySource(v1, s);
    ASSERT_NE(seg, nullptr) << s;
    EXPECT_FALSE(seg->has_target);
    EXPECT_TRUE(v1.matches[seg->id].empty()) << s;
  }

  // The split sentence: both parts are offered the old whole translation.
  for (const std::string& s : {kSplit1, kSplit2}) {
    const Seg* seg = BySource(v1, s);
    ASSERT_NE(seg, nullptr) << s;
    ASSERT_FALSE(v1.matches[seg->id].empty()) << s;
    EXPECT_EQ(v1.matches[seg->id][0].sub_type, "folio:split");
    EXPECT_EQ(v1.matches[seg->id][0].target_text, old_target_text(kSplitOld));
  }

  // The merged sentence: the two old translations joined.
  const Seg* merged = BySource(v1, kMerged);
  ASSERT_NE(merged, nullptr);
  ASSERT_FALSE(v1.matches[merged->id].empty());
  EXPECT_EQ(v1.matches[merged->id][0].sub_type, "folio:merge");
  EXPECT_EQ(v1.matches[merged->id][0].target_text, old_target_text(kMerge1) + " " + old_target_text(kMerge2));

  // The deleted list item: its translation is kept, in the retired file and
  // in the memory.
  EXPECT_EQ(BySource(v1, kDeletedItem), nullptr);
  std::string retired = ReadFileOrEmpty(dir_ / "locales/fr/article.retired.xlf");
  EXPECT_NE(retired.find(old_target_text(kDeletedItem)), std::string::npos);
  std::unique_ptr<tm::Memory> memory;
  ASSERT_TRUE(tm::Memory::Open(dir_ / "memory/translation-memory.sqlite", &memory).ok());
  std::vector<tm::Match> found;
  ASSERT_TRUE(memory->Lookup({"en", "fr", doc::TextFragment(kDeletedItem), "", ""}, tm::LookupOptions(), &found).ok());
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].score, 100);
  EXPECT_EQ(found[0].entry.target.PlainText(), old_target_text(kDeletedItem));
  memory.reset();

  // The handoff is valid XLIFF 2 (folio's rules; the schemas in validators_test).
  r = RunFolio(dir_.path(), {"validate", xlf_});
  EXPECT_EQ(r.exit_code, 0) << r.err;

  // The analysis counts what the translator is paid for. (After extract,
  // the kept translations are in the handoff itself: in-context matches.)
  r = RunFolio(dir_.path(), {"analyze", "--locale", "fr", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto band = [&](const std::string& name) {
    size_t at = r.out.find("\"band\": \"" + name + "\", \"segments\": ");
    EXPECT_NE(at, std::string::npos) << name;
    return std::stoi(r.out.substr(r.out.find(": ", at + 10 + name.size()) + 2));
  };
  EXPECT_EQ(band("context") + band("exact"), unchanged);
  EXPECT_EQ(band("fuzzy-85-94"), 1) << r.out;  // the typo fix
  EXPECT_EQ(band("fuzzy-75-84"), 2) << r.out;  // the edited and the merged sentences
  EXPECT_EQ(band("no-match"), 4) << r.out;     // the inserted paragraph and the two split parts

  std::string fr_before = ReadFileOrEmpty(xlf_);
  // Extract again on the unchanged revision: no file changes (fr was
  // extracted above; the other locales once here, then again).
  r = RunFolio(dir_.path(), {"extract"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFileOrEmpty(xlf_), fr_before);
  auto before = SnapshotTree(dir_.path());
  r = RunFolio(dir_.path(), {"extract"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto after = SnapshotTree(dir_.path());
  for (const auto& [name, bytes] : after) EXPECT_EQ(bytes, before[name]) << name << " changed on a second extract";
  EXPECT_EQ(after.size(), before.size());
}

TEST_F(RevisionScenario, TheSameRevisionHandedOffAsXliff12KeepsTheSameTranslations) {
  DeliverV0();
  if (HasFatalFailure()) return;
  WriteFileOrDie(article_path_, V1());
  RunResult r = RunFolio(dir_.path(), {"extract", "--locale", "fr", "--xliff", "1.2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string xml = ReadFileOrEmpty(xlf_);
  EXPECT_NE(xml.find("<alt-trans match-quality=\""), std::string::npos);
  EXPECT_NE(xml.find("alttranstype=\"x-folio-merge\""), std::string::npos);
  r = RunFolio(dir_.path(), {"validate", xlf_});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Back to 2.1: the same translations as a direct 2.1 extract.
  r = RunFolio(dir_.path(), {"extract", "--locale", "fr", "--xliff", "2.1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Parsed v1 = Parse(ReadFileOrEmpty(xlf_));
  for (const Seg& old : v0_.segments) {
    const Seg* now = BySource(v1, old.source);
    if (now != nullptr) {
      EXPECT_EQ(now->target_xml, old.target_xml) << old.source;
    }
  }
}

}  // namespace
}  // namespace folio::testing
