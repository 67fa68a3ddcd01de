#include "segment/unit_ids.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <regex>
#include <set>

#include "base/text.h"
#include "segment/segmenter.h"
#include "segment/test_article.h"
#include "segment/test_braces.h"

namespace folio::segment {
namespace {

using doc::BlockKind;

// A unit of already split sentences: {"One.", " ", "Two."} = text, space, text.
doc::Block Unit(BlockKind kind, std::vector<std::string> parts) {
  doc::Block b;
  b.kind = kind;
  for (size_t i = 0; i < parts.size(); i += 2) {
    doc::Segment s;
    s.source = FragmentFromBraces(parts[i]);
    if (i + 1 < parts.size()) s.space_after = parts[i + 1];
    b.segments.push_back(s);
  }
  return b;
}

// "unit-id: segment-id segment-id", one string per unit in document order.
std::vector<std::string> Ids(const doc::Document& d) {
  std::vector<std::string> out;
  doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
    std::string s = b.id + ":";
    for (const doc::Segment& seg : b.segments) s += " " + seg.id;
    out.push_back(s);
  });
  return out;
}

doc::Document Segmented(doc::Document d) {
  Status s = SegmentDocument(&d);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return d;
}

size_t BlockStartingWith(const doc::Document& d, std::string_view prefix) {
  for (size_t i = 0; i < d.blocks.size(); ++i)
    if (!d.blocks[i].segments.empty() && d.blocks[i].segments[0].source.PlainText().rfind(prefix, 0) == 0) return i;
  ADD_FAILURE() << "no block starts with " << prefix;
  return 0;
}

// Ids are FNV-1a 64 of the strings below, low 32 bits; checked against an
// independent implementation. They must never change between versions:
// translators' XLIFF files are keyed on them.
TEST(UnitIds, NamesUnitsByKindAndTextAndSegmentsByText) {
  doc::Document d;
  d.blocks.push_back(Unit(BlockKind::kTitle, {"Tears"}));
  d.blocks.push_back(Unit(BlockKind::kHeading, {"Release & Emotions"}));
  d.blocks.push_back(Unit(BlockKind::kParagraph, {"One sentence.", " ", "Another one."}));
  doc::Block list;
  list.kind = BlockKind::kList;
  list.children.push_back(Unit(BlockKind::kListItem, {"{1}Term{/1}: text."}));
  d.blocks.push_back(list);
  AssignIds(&d);
  EXPECT_EQ(Ids(d), (std::vector<std::string>{
                        "t-4f9e8cb2: s-18004556",             // "title:Tears", "Tears"
                        "h-62515e16: s-0f1f4a7e",             // "heading:Release & Emotions"
                        "p-580ab01d: s-f0ca8da6 s-0f9b49ca",  // "paragraph:One sentence. Another one."
                        "li-9b36286e: s-8b7038e0",            // "list-item:Term: text."
                    }));
  EXPECT_EQ(d.blocks[3].id, "");
}

TEST(UnitIds, FoldsWhitespaceRunsBeforeHashing) {
  doc::Document d;
  d.blocks.push_back(Unit(BlockKind::kParagraph, {" One \u00A0sentence.\n", "  ", "Another\tone."}));
  AssignIds(&d);
  EXPECT_EQ(Ids(d), (std::vector<std::string>{"p-580ab01d: s-f0ca8da6 s-0f9b49ca"}));
}

// The definition in unit_ids.h, written plainly: decode (an ill-formed
// byte is U+FFFD), fold whitespace runs to one space, trim, FNV-1a 64.
std::string ReferenceId(const std::string& prefix, const std::string& hashed_prefix, const std::string& text) {
  std::string folded;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = DecodeUtf8(text, &i);
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x202F || c == 0x2007 ||
              c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
    if (ws) {
      space = true;
      continue;
    }
    if (space && !folded.empty()) folded += ' ';
    space = false;
    if (i - start == 1 && static_cast<unsigned char>(text[start]) >= 0x80)
      AppendUtf8(0xFFFD, &folded);
    else
      folded.append(text, start, i - start);
  }
  return prefix + "-" + HexDigits(Fnv1a64(hashed_prefix + folded), 32);
}

TEST(UnitIds, MatchTheDefinitionOnRandomWhitespaceAndUtf8) {
  const char* pieces[] = {"a", "Word", "\u00E9t\u00E9", "\u2019", ".", " ", "  ", "\t", "\n", "\u00A0", "\u202F",
                          "\u3000", "\xC3", "\xEF\xBF\xBD", "\x01", "twelve bytes",
                          // ASCII runs long enough for the sixteen-byte blocks, with single
                          // and double spaces at every offset
                          "plain words in a row", "x y z", "seventeen letters", "\x7F"};
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    doc::Document d;
    std::vector<std::string> texts;
    std::string unit_text;
    std::vector<std::string> parts;
    int segments = 1 + static_cast<int>(rng() % 3);
    for (int s = 0; s < segments; ++s) {
      std::string t;
      for (int k = static_cast<int>(rng() % 12); k >= 0; --k) t += pieces[rng() % (sizeof pieces / sizeof *pieces)];
      std::string space = s + 1 < segments ? std::string(rng() % 2 ? " " : "\u00A0 ") : "";
      parts.push_back(t);
      parts.push_back(space);
      texts.push_back(t);
      unit_text += t + space;
    }
    doc::Block b;
    b.kind = BlockKind::kParagraph;
    for (size_t i = 0; i < parts.size(); i += 2) {
      doc::Segment seg;
      seg.source = doc::TextFragment(parts[i]);
      seg.space_after = parts[i + 1];
      b.segments.push_back(seg);
    }
    d.blocks.push_back(b);
    AssignIds(&d);
    ASSERT_EQ(d.blocks[0].id, ReferenceId("p", "paragraph:", unit_text)) << "round " << round;
    std::set<std::string> seen;
    for (size_t s = 0; s < texts.size(); ++s) {
      std::string expected = ReferenceId("s", "", texts[s]);
      // Repeated sentences are numbered; compare the unnumbered ones only.
      if (!seen.insert(expected).second) continue;
      ASSERT_EQ(d.blocks[0].segments[s].id, expected) << "round " << round << ", sentence " << s;
    }
  }
}

// ASCII text is checked for runs of spaces in blocks of sixteen and eight
// bytes: a run at every offset, inside a block and across two, is folded.
TEST(UnitIds, FoldsASpaceRunAtEveryOffset) {
  for (size_t at = 1; at < 40; ++at) {
    for (const char* run : {"  ", "   ", " \t", "\n "}) {
      std::string text = std::string(at, 'a') + run + std::string(40, 'b');
      doc::Document d;
      doc::Block b;
      b.kind = BlockKind::kParagraph;
      doc::Segment seg;
      seg.source = doc::TextFragment(text);
      b.segments.push_back(seg);
      d.blocks.push_back(b);
      AssignIds(&d);
      ASSERT_EQ(d.blocks[0].segments[0].id, ReferenceId("s", "", text)) << "run at " << at;
      ASSERT_EQ(d.blocks[0].id, ReferenceId("p", "paragraph:", text)) << "run at " << at;
    }
  }
}

TEST(UnitIds, NumbersRepeatedTextInDocumentOrder) {
  doc::Document d;
  d.blocks.push_back(Unit(BlockKind::kTitle, {"Tears"}));
  d.blocks.push_back(Unit(BlockKind::kParagraph, {"Release & Emotions"}));
  d.blocks.push_back(Unit(BlockKind::kHeading, {"Release & Emotions"}));
  d.blocks.push_back(Unit(BlockKind::kParagraph, {"Release & Emotions"}));
  d.blocks.push_back(Unit(BlockKind::kParagraph, {"Release & Emotions"}));
  AssignIds(&d);
  EXPECT_EQ(Ids(d), (std::vector<std::string>{
                        "t-4f9e8cb2: s-18004556",
                        "p-813ba51a: s-0f1f4a7e",
                        "h-62515e16: s-0f1f4a7e-2",
                        "p-813ba51a-2: s-0f1f4a7e-3",
                        "p-813ba51a-3: s-0f1f4a7e-4",
                    }));
}

TEST(UnitIds, GivesUniqueXmlNamesAcrossTheArticle) {
  doc::Document d = Segmented(TestArticle());
  std::regex ncname("[A-Za-z_][A-Za-z0-9._-]*");
  std::set<std::string> seen;
  size_t count = 0;
  doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
    EXPECT_TRUE(std::regex_match(b.id, ncname)) << b.id;
    EXPECT_TRUE(seen.insert(b.id).second) << "repeated " << b.id;
    ++count;
    for (const doc::Segment& s : b.segments) {
      EXPECT_TRUE(std::regex_match(s.id, ncname)) << s.id;
      EXPECT_TRUE(seen.insert(s.id).second) << "repeated " << s.id;
      ++count;
    }
  });
  // 38 units (title, description, 36 article lines) and 83 sentences (80 +
  // title + 2 in the description).
  EXPECT_EQ(count, 38u + 83u);
}

TEST(UnitIds, KeepsEveryOtherIdWhenAParagraphIsEdited) {
  doc::Document d = Segmented(TestArticle());
  std::vector<std::string> before = Ids(d);
  size_t k = BlockStartingWith(d, "Crying after sex isn’t weird.");
  d.blocks[k].segments.resize(1);
  d.blocks[k].segments[0].source = doc::TextFragment("Crying after sex is not weird. It is not shameful.");
  std::vector<std::string> after = Ids(Segmented(d));
  ASSERT_EQ(after.size(), before.size());
  size_t changed = 0;
  for (size_t i = 0; i < before.size(); ++i) changed += before[i] != after[i];
  EXPECT_EQ(changed, 1u);
}

TEST(UnitIds, KeepsEveryOtherIdWhenAParagraphIsInserted) {
  doc::Document d = Segmented(TestArticle());
  std::vector<std::string> before = Ids(d);
  size_t k = BlockStartingWith(d, "Crying after sex isn’t weird.");
  d.blocks.insert(d.blocks.begin() + k, TestUnit(BlockKind::kParagraph, doc::TextFragment("A new thought.")));
  d = Segmented(d);
  std::vector<std::string> after = Ids(d);
  std::string added = d.blocks[k].id + ": " + d.blocks[k].segments[0].id;
  auto at = std::find(after.begin(), after.end(), added);
  ASSERT_NE(at, after.end()) << added;
  after.erase(at);
  EXPECT_EQ(after, before);
}

TEST(UnitIds, KeepsEveryOtherIdWhenAParagraphIsDeleted) {
  doc::Document d = Segmented(TestArticle());
  size_t k = BlockStartingWith(d, "Crying after sex isn’t weird.");
  std::string gone = d.blocks[k].id;
  std::vector<std::string> before = Ids(d);
  d.blocks.erase(d.blocks.begin() + k);
  std::vector<std::string> after = Ids(Segmented(d));
  before.erase(
      std::find_if(before.begin(), before.end(), [&](const std::string& s) { return s.rfind(gone + ":", 0) == 0; }));
  EXPECT_EQ(after, before);
}

TEST(UnitIds, KeepsEveryIdWhenAParagraphIsMoved) {
  doc::Document d = Segmented(TestArticle());
  std::vector<std::string> before = Ids(d);
  size_t from = BlockStartingWith(d, "Sometimes they mean you’re healing.");
  size_t to = BlockStartingWith(d, "We like to pretend");
  doc::Block moved = d.blocks[from];
  d.blocks.erase(d.blocks.begin() + from);
  d.blocks.insert(d.blocks.begin() + to, moved);
  std::vector<std::string> after = Ids(Segmented(d));
  EXPECT_NE(after, before);  // the order changed...
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  EXPECT_EQ(after, before);  // ...the ids did not
}

}  // namespace
}  // namespace folio::segment
