#include "xliff/check.h"

#include <gtest/gtest.h>

#include "xliff/test_documents.h"
#include "xliff/xliff2_writer.h"
#include "xliff/xliff_reader.h"

namespace folio::xliff {
namespace {

using doc::Inline;
using testing::Code;
using testing::RichDocument;
using testing::RichDocumentInFrench;
using testing::TermFragment;

// RichDocumentInFrench as a reader would return it, with made-up positions
// that are easy to read in messages: unit k (from 1) at line 100k col 5, its
// segment i (from 1) at line 100k+10i col 7, that segment's target one line
// below, col 9.
XliffFile FrenchFile() {
  doc::Document d = RichDocumentInFrench();
  XliffFile f;
  f.path = "fr.xlf";
  f.version = "2.1";
  f.src_lang = "en";
  f.trg_lang = "fr";
  f.where = {"fr.xlf", 2, 1};
  int k = 0;
  doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
    XUnit u;
    u.id = b.id;
    u.where = {"fr.xlf", 100 * ++k, 5};
    int i = 0;
    for (const doc::Segment& s : b.segments) {
      XSegment x;
      x.id = s.id;
      x.source = s.source;
      x.target = s.target;
      x.state = s.state;
      x.where = {"fr.xlf", 100 * k + 10 * ++i, 7};
      x.target_where = {"fr.xlf", 100 * k + 10 * i + 1, 9};
      u.segments.push_back(std::move(x));
    }
    f.units.push_back(std::move(u));
  });
  return f;
}

XSegment& SegmentOf(XliffFile* f, const std::string& id) {
  for (XUnit& u : f->units)
    for (XSegment& s : u.segments)
      if (s.id == id) return s;
  ADD_FAILURE() << "no segment " << id;
  return f->units[0].segments[0];
}

std::string Check(const XliffFile& f, const std::string& trg = "fr") {
  Status s = CheckAgainstSource(f, RichDocument(), trg);
  return s.ok() ? "OK" : s.message();
}

// The term segment's target with its codes replaced by `items`.
std::string CheckTermTarget(std::vector<Inline> items) {
  XliffFile f = FrenchFile();
  SegmentOf(&f, "s-0000000f").target->items = std::move(items);
  return Check(f);
}

doc::Inline Text(const std::string& t) {
  doc::Inline i;
  i.text = t;
  return i;
}

const Inline kOpen1 = Code(Inline::Kind::kOpen, "1");
const Inline kClose1 = Code(Inline::Kind::kClose, "1");

TEST(CheckAgainstSource, AcceptsTheFileFolioWroteAndATranslatorFilledIn) {
  XliffFile f;
  ASSERT_TRUE(ReadXliff(WriteXliff2(RichDocumentInFrench(), {"article.txt"}), "fr.xlf", &f).ok());
  EXPECT_EQ(Check(f), "OK");
  EXPECT_EQ(Check(FrenchFile()), "OK");
}

TEST(CheckAgainstSource, AcceptsMissingTargetsAndMissingUnits) {
  XliffFile f = FrenchFile();
  SegmentOf(&f, "s-0000000a").target.reset();
  f.units.pop_back();
  EXPECT_EQ(Check(f), "OK");
}

TEST(CheckAgainstSource, ComparesOnlyThePrimarySourceLanguageIgnoringCase) {
  XliffFile f = FrenchFile();
  f.src_lang = "EN-us";
  f.trg_lang = "FR";
  EXPECT_EQ(Check(f), "OK");
}

TEST(CheckAgainstSource, RefusesAnotherSourceLanguage) {
  XliffFile f = FrenchFile();
  f.src_lang = "de";
  EXPECT_EQ(Check(f),
            "fr.xlf:2:1: the file's source language is \"de\" (srcLang) but the project's is "
            "\"en\"; this file belongs to another project: translate the XLIFF that folio "
            "exported for this one");
}

TEST(CheckAgainstSource, RefusesAnotherOrMissingTargetLanguage) {
  XliffFile f = FrenchFile();
  EXPECT_EQ(Check(f, "fr-CA"),
            "fr.xlf:2:1: the file's target language is \"fr\" (trgLang) but it is being imported "
            "as \"fr-CA\"; import it as \"fr\", or set the target language to \"fr-CA\" and export "
            "the file again");
  f.trg_lang.clear();
  EXPECT_EQ(Check(f),
            "fr.xlf:2:1: the file has no target language (trgLang); set it to \"fr\" in your "
            "translation tool and export the file again");
}

TEST(CheckAgainstSource, RefusesUnitsThatAreNotInTheSource) {
  XliffFile f = FrenchFile();
  f.units[1].id = "d-99999999";
  EXPECT_EQ(Check(f),
            "fr.xlf:200:5: unit d-99999999 is not in the source document (the article changed "
            "since this file was exported, or the file is from another project); export the "
            "XLIFF again and translate that");
}

TEST(CheckAgainstSource, RefusesDuplicateUnits) {
  XliffFile f = FrenchFile();
  f.units[1].id = f.units[0].id;
  EXPECT_EQ(Check(f), "fr.xlf:200:5: unit t-00000001 appears twice (first at line 100); delete one of the two");
}

TEST(CheckAgainstSource, RefusesSegmentsThatAreNotInTheirUnit) {
  XliffFile f = FrenchFile();
  f.units.erase(f.units.begin());
  SegmentOf(&f, "s-0000000e").id = "s-0000000a";  // in the source, but in the title unit
  EXPECT_EQ(Check(f),
            "fr.xlf:420:7: segment s-0000000a is not in unit p-00000004 of the source document; "
            "segments must not be split, joined or moved: export the XLIFF again");
}

TEST(CheckAgainstSource, RefusesDuplicateSegments) {
  XliffFile f = FrenchFile();
  f.units[3].segments.push_back(f.units[3].segments[0]);
  f.units[3].segments.back().where.line = 430;
  EXPECT_EQ(Check(f),
            "fr.xlf:430:7: segment s-0000000d appears twice (first at line 410); delete one of the "
            "two");
}

TEST(CheckAgainstSource, MatchesSegmentsWithoutIdsByPosition) {
  XliffFile f = FrenchFile();
  for (XSegment& s : f.units[3].segments) s.id.clear();
  EXPECT_EQ(Check(f), "OK");
  f.units[3].segments[1].source = doc::TextFragment("That is odd.");
  EXPECT_EQ(Check(f),
            "fr.xlf:420:7: the source text of segment s-0000000e was changed (expected \u201CThat "
            "is normal.\u201D, found \u201CThat is odd.\u201D); translators must not edit the "
            "source: restore it");
  f.units[3].segments.pop_back();
  EXPECT_EQ(Check(f),
            "fr.xlf:410:7: segment 1 of unit p-00000004 has no id, and the unit has 1 segments "
            "instead of 2; segments must not be split or joined: export the XLIFF again");
}

TEST(CheckAgainstSource, RefusesAnEditedSource) {
  XliffFile f = FrenchFile();
  SegmentOf(&f, "s-0000000d").source = doc::TextFragment("Intimacy brings up what we hid.");
  EXPECT_EQ(Check(f),
            "fr.xlf:410:7: the source text of segment s-0000000d was changed (expected "
            "\u201CIntimacy brings up what we hide.\u201D, found \u201CIntimacy brings up what we "
            "hid.\u201D); translators must not edit the source: restore it");
}

TEST(CheckAgainstSource, RefusesASourceWhoseCodesWereMovedButNotOneWhoseRunsWereSplit) {
  XliffFile f = FrenchFile();
  SegmentOf(&f, "s-0000000f").source = TermFragment("Unprocessed ", "emotions", ": they surface.");
  EXPECT_EQ(Check(f),
            "fr.xlf:510:7: the source text of segment s-0000000f was changed (expected "
            "\u201C{1}Unprocessed emotions{/1}: they surface.\u201D, found \u201CUnprocessed "
            "{1}emotions{/1}: they surface.\u201D); translators must not edit the source: restore "
            "it");
  doc::Fragment& source = SegmentOf(&f, "s-0000000f").source;
  source = TermFragment("", "Unprocessed emotions", ": they surface.");
  source.items[0].can_delete = true;  // the file's attributes are not trusted
  source.items.insert(source.items.begin() + 2, Text(""));
  source.items.back().text = ": they ";
  source.items.push_back(Text("surface."));
  EXPECT_EQ(Check(f), "OK");
}

TEST(CheckAgainstSource, RefusesATargetThatLostACodeThatCannotBeDeleted) {
  EXPECT_EQ(CheckTermTarget({Text("\u00C9motions : elles remontent.")}),
            "fr.xlf:511:9: the target of segment s-0000000f lacks the inline code {1}\u2026{/1} (around "
            "\u201cUnprocessed emotions\u201d in the source), which must not be deleted; put it back around their "
            "translation");
}

TEST(CheckAgainstSource, AcceptsATargetThatDroppedADeletableCodePair) {
  XliffFile f = FrenchFile();
  doc::Fragment& source = SegmentOf(&f, "s-0000000f").source;
  source.items[0].can_delete = source.items[2].can_delete = true;
  doc::Document d = RichDocument();
  d.blocks[4].children[0].segments[0].source = source;
  SegmentOf(&f, "s-0000000f").target = doc::TextFragment("\u00C9motions : elles remontent.");
  EXPECT_TRUE(CheckAgainstSource(f, d, "fr").ok());
  // Half a pair is never fine.
  SegmentOf(&f, "s-0000000f").target->items.push_back(Code(Inline::Kind::kClose, "1", "term", true));
  EXPECT_EQ(CheckAgainstSource(f, d, "fr").message(),
            "fr.xlf:511:9: the target of segment s-0000000f closes the inline code {/1} that is "
            "not open; add {1} before the words it marks, or remove {/1}");
}

TEST(CheckAgainstSource, RefusesATargetWithACodeTheSourceDoesNotHave) {
  EXPECT_EQ(CheckTermTarget({kOpen1, Text("a"), kClose1, Code(Inline::Kind::kPlaceholder, "7"),
                             Code(Inline::Kind::kPlaceholder, "7")}),
            "fr.xlf:511:9: the target of segment s-0000000f has the inline code {7/}, which is "
            "not in the source; remove it");
}

TEST(CheckAgainstSource, RefusesATargetThatOpensACodeAndNeverClosesIt) {
  EXPECT_EQ(CheckTermTarget({kOpen1, Text("a")}),
            "fr.xlf:511:9: the target of segment s-0000000f opens the inline code {1} but never "
            "closes it; add {/1} after the words it marks");
}

TEST(CheckAgainstSource, RefusesATargetThatClosesBeforeItOpens) {
  EXPECT_EQ(CheckTermTarget({kClose1, Text("a"), kOpen1}),
            "fr.xlf:511:9: the target of segment s-0000000f closes the inline code {/1} that is "
            "not open; add {1} before the words it marks, or remove {/1}\n"
            "fr.xlf:511:9: the target of segment s-0000000f opens the inline code {1} but never "
            "closes it; add {/1} after the words it marks");
}

TEST(CheckAgainstSource, RefusesATargetWithOverlappingCodes) {
  XliffFile f = FrenchFile();
  doc::Document d = RichDocument();
  doc::Fragment two = TermFragment("", "a", " ");
  two.items.push_back(Code(Inline::Kind::kOpen, "2", "link", true));
  two.AppendText("b");
  two.items.push_back(Code(Inline::Kind::kClose, "2", "link", true));
  d.blocks[4].children[0].segments[0].source = two;
  SegmentOf(&f, "s-0000000f").source = two;
  SegmentOf(&f, "s-0000000f").target =
      doc::Fragment{{kOpen1, Text("a "), Code(Inline::Kind::kOpen, "2", "link", true), kClose1, Text("b"),
                     Code(Inline::Kind::kClose, "2", "link", true)}};
  EXPECT_EQ(CheckAgainstSource(f, d, "fr").message(),
            "fr.xlf:511:9: the target of segment s-0000000f has the inline codes {1} and {2} "
            "overlapping; close {/2} before {/1}");
}

TEST(CheckAgainstSource, RefusesATargetWithACodeTwice) {
  EXPECT_EQ(CheckTermTarget({kOpen1, Text("a"), kClose1, kOpen1, Text("b"), kClose1}),
            "fr.xlf:511:9: the target of segment s-0000000f has the inline code {1} more than "
            "once; keep only one");
}

TEST(CheckAgainstSource, RefusesATargetThatTurnedAPairIntoAPlaceholder) {
  EXPECT_EQ(CheckTermTarget({Code(Inline::Kind::kPlaceholder, "1"), Text("a")}),
            "fr.xlf:511:9: the target of segment s-0000000f has the inline code {1/} where the "
            "source has {1}\u2026{/1}; use the code as it is in the source");
}

TEST(CheckAgainstSource, ReportsEveryProblemOneLineEachInFileOrder) {
  XliffFile f = FrenchFile();
  f.src_lang = "de";
  f.units[0].id = "t-99999999";
  SegmentOf(&f, "s-0000000d").source = doc::TextFragment("Changed.");
  SegmentOf(&f, "s-0000000f").target->items = {Text("x")};
  EXPECT_EQ(Check(f),
            "fr.xlf:2:1: the file's source language is \"de\" (srcLang) but the project's is "
            "\"en\"; this file belongs to another project: translate the XLIFF that folio "
            "exported for this one\n"
            "fr.xlf:100:5: unit t-99999999 is not in the source document (the article changed "
            "since this file was exported, or the file is from another project); export the "
            "XLIFF again and translate that\n"
            "fr.xlf:410:7: the source text of segment s-0000000d was changed (expected "
            "\u201CIntimacy brings up what we hide.\u201D, found \u201CChanged.\u201D); "
            "translators must not edit the source: restore it\n"
            "fr.xlf:511:9: the target of segment s-0000000f lacks the inline code {1}\u2026{/1} (around "
            "\u201cUnprocessed emotions\u201d in the source), which must not be deleted; put it back around their "
            "translation");
}

TEST(CheckAgainstSource, PointsAtTheLineAndColumnInTheReturnedFile) {
  std::string xml = WriteXliff2(RichDocumentInFrench(), {"article.txt"});
  std::string from =
      "<target><pc id=\"1\" type=\"fmt\" subType=\"folio:term\" canDelete=\"no\">"
      "\u00C9motions non trait\u00E9es</pc>";
  size_t at = xml.find(from);
  ASSERT_NE(at, std::string::npos);
  xml.replace(at, from.size(), "<target>\u00C9motions non trait\u00E9es");
  XliffFile f;
  ASSERT_TRUE(ReadXliff(xml, "locales/fr/article.xlf", &f).ok());
  EXPECT_EQ(Check(f),
            "locales/fr/article.xlf:84:9: the target of segment s-0000000f lacks the inline code "
            "{1}\u2026{/1} (around \u201cUnprocessed emotions\u201d in the source), which must not be deleted; put it "
            "back around their translation");
}

}  // namespace
}  // namespace folio::xliff
