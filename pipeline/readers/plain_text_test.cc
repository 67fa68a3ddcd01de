#include "readers/plain_text.h"

#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "doc/dump.h"

namespace folio::readers {
namespace {

using doc::Block;
using doc::BlockKind;
using doc::Inline;

doc::Document Read(std::string_view text, Diagnostics* warnings = nullptr) {
  doc::Document d;
  Status s = ReadPlainText(std::string(text), "a.txt", &d, warnings);
  EXPECT_TRUE(s.ok()) << s.message();
  return d;
}

std::string Dump(std::string_view text) {
  return doc::DumpDocument(Read(text), {.ids = false, .lines = true, .segments = true});
}

// Two hard-wrapped paragraphs (lines of about 70 characters, blank lines
// between paragraphs), as Project Gutenberg files have them.
constexpr std::string_view kWrapped =
    "It is a truth universally acknowledged, that a single man in possession\n"
    "of a good fortune must be in want of a wife.\n"
    "\n"
    "However little known the feelings or views of such a man may be on his\n"
    "first entering a neighbourhood, this truth is well fixed.\n";

TEST(PlainText, StripsTheByteOrderMark) {
  EXPECT_EQ(Dump("\xEF\xBB\xBFHello there."), "paragraph line=1\n  | Hello there.\n");
}

TEST(PlainText, AcceptsCrlfLfAndCrLineEnds) {
  EXPECT_EQ(Dump("Intro\r\nText one.\rText two.\nText three."),
            "heading level=2 line=1\n  | Intro\n"
            "paragraph line=2\n  | Text one.\n"
            "paragraph line=3\n  | Text two.\n"
            "paragraph line=4\n  | Text three.\n");
}

// CRLF files are split in place (the CR of each line end dropped from the
// line's view); a CR that is not part of a CRLF sends the file through the
// rewrite. Both must read as the same text with LF line ends does.
TEST(PlainText, ReadsCrlfAndCrFilesAsTheLfFile) {
  std::string lf = std::string(kWrapped) + "\n- one item\n- two  items\t\n\nEnd \n";
  std::string crlf, cr, mixed;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  mixed = crlf;
  mixed.replace(mixed.find("\r\n\r\n"), 4, "\r\r\n");  // CR CR LF: two line ends, as before
  const std::string want = Dump(lf);
  EXPECT_EQ(Dump(crlf), want);
  EXPECT_EQ(Dump(cr), want);
  EXPECT_EQ(Dump("\xEF\xBB\xBF" + crlf), want);
  EXPECT_EQ(Dump(mixed), want);
  EXPECT_EQ(Dump("\r"), Dump("\n"));
  EXPECT_EQ(Dump("Last line without its LF\r"), Dump("Last line without its LF\n"));
}

// Whitespace runs and control characters at every offset of the 16- and
// 8-byte scans collapse and go exactly as byte by byte.
TEST(PlainText, CollapsesBlanksAndDropsControlsAtEveryOffset) {
  const std::string base = "Abcdefghij klmnopqrstu vwxyz0123 456789abcd efghijklmn opqrstuvwxyz.";
  for (size_t at = 1; at + 1 < base.size(); ++at) {
    for (std::string_view insert : {" ", "  ", "\t", "\x01", " \x02 "}) {
      std::string text = base;
      text.insert(at, insert);
      std::string expect;  // the rule, byte by byte: controls go, blank runs become one space
      bool space = false;
      for (char c : text) {
        if (c == ' ' || c == '\t') {
          space = true;
        } else if (static_cast<unsigned char>(c) >= 0x20) {
          if (space && !expect.empty()) expect += ' ';
          space = false;
          expect += c;
        }
      }
      Diagnostics warnings;
      doc::Document d = Read(text, &warnings);
      ASSERT_EQ(d.blocks.size(), 1u) << text;
      EXPECT_EQ(d.blocks[0].segments[0].source.PlainText(), expect) << "insert at " << at;
    }
  }
}

TEST(PlainText, ReportsInvalidUtf8WithPathLineAndColumn) {
  doc::Document d;
  Status s = ReadPlainText("\xEF\xBB\xBFok\r\nab\xFF", "a.txt", &d, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "a.txt:2:3: invalid UTF-8 byte 0xFF; save the file as UTF-8 (folio reads only UTF-8) "
            "and try again");
}

TEST(PlainText, CountsLinesOfCrOnlyFilesInUtf8Errors) {
  doc::Document d;
  Status s = ReadPlainText("one\rtwo\r\xC3(", "b.txt", &d, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "b.txt:3:1: invalid UTF-8 byte 0xC3; save the file as UTF-8 (folio reads only UTF-8) "
            "and try again");
}

TEST(PlainText, JoinsHardWrappedLinesWithSingleSpaces) {
  EXPECT_EQ(Dump(kWrapped),
            "paragraph line=1\n"
            "  | It is a truth universally acknowledged, that a single man in possession of a "
            "good fortune must be in want of a wife.\n"
            "paragraph line=4\n"
            "  | However little known the feelings or views of such a man may be on his first "
            "entering a neighbourhood, this truth is well fixed.\n");
}

TEST(PlainText, KeepsShortLinesApartWhenTheFileIsNotWrapped) {
  EXPECT_EQ(Dump("First short paragraph.\nSecond short paragraph.\n"),
            "paragraph line=1\n  | First short paragraph.\n"
            "paragraph line=2\n  | Second short paragraph.\n");
}

TEST(PlainText, CollapsesWhitespaceRuns) {
  EXPECT_EQ(Dump("  Tabs\tand   spaces \t here.  \n"), "paragraph line=1\n  | Tabs and spaces here.\n");
}

// The reader scans lines eight bytes at a time: double spaces, tabs and
// control characters must be found at every offset, across chunk edges.
TEST(PlainText, CollapsesWhitespaceAtEveryOffsetOfALongLine) {
  const std::string words = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi";
  for (const char* blank : {"  ", "\t", " \t ", "\x01"}) {
    for (size_t at = 0; at <= words.size(); ++at) {
      std::string line = words;
      line.insert(at, blank);
      std::string expected;
      bool space = false;
      for (char c : line) {  // the definition: runs of blanks (and dropped controls) fold
        if (c == ' ' || c == '\t') {
          space = !expected.empty();
        } else if (static_cast<unsigned char>(c) >= 0x20) {
          if (space) expected += ' ';
          expected += c;
          space = false;
        }
      }
      doc::Document d = Read(line + "\n");
      ASSERT_EQ(d.blocks.size(), 1u) << line;
      EXPECT_EQ(d.blocks[0].segments[0].source.PlainText(), expected) << "blank at " << at;
    }
  }
}

TEST(PlainText, NormalizesTextToNfc) {
  doc::Document d = Read("Cafe\xCC\x81 au lait.\n");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].segments[0].source.PlainText(), "Caf\xC3\xA9 au lait.");
}

TEST(PlainText, GivesEachUnitOneSegmentWithoutIdInStateInitial) {
  doc::Document d = Read("Heading Here\nOne sentence. Another sentence.\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  for (const Block& b : d.blocks) {
    ASSERT_EQ(b.segments.size(), 1u);
    EXPECT_EQ(b.id, "");
    EXPECT_EQ(b.segments[0].id, "");
    EXPECT_EQ(b.segments[0].state, doc::State::kInitial);
    EXPECT_FALSE(b.segments[0].target.has_value());
  }
  EXPECT_EQ(d.blocks[1].segments[0].source.PlainText(), "One sentence. Another sentence.");
}

TEST(PlainText, ShortTitleCaseLineBeforeAParagraphIsALevelTwoHeading) {
  doc::Document d = Read("When Tears Feel Like Healing\nNot every round is heavy or sad.\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(d.blocks[0].level, 2);
  EXPECT_EQ(d.blocks[1].kind, BlockKind::kParagraph);
}

TEST(PlainText, ColonLineIsAParagraphNotAHeading) {
  EXPECT_EQ(Dump("That Can Happen When:\nIt rains.\n"),
            "paragraph line=1\n  | That Can Happen When:\n"
            "paragraph line=2\n  | It rains.\n");
}

TEST(PlainText, SentenceEndingLineIsNotAHeading) {
  EXPECT_EQ(Dump("Maybe You Are Right.\nIt rains.\n"),
            "paragraph line=1\n  | Maybe You Are Right.\n"
            "paragraph line=2\n  | It rains.\n");
}

TEST(PlainText, LowerCaseWordsOtherThanSmallWordsMakeALineProse) {
  EXPECT_EQ(Dump("Sex is more than physical\nIt rains.\n"),
            "paragraph line=1\n  | Sex is more than physical\n"
            "paragraph line=2\n  | It rains.\n");
}

TEST(PlainText, SingleLineFileIsAParagraph) {
  EXPECT_EQ(Dump("Release & Emotions\n"), "paragraph line=1\n  | Release & Emotions\n");
}

TEST(PlainText, HeadingLikeLastLineIsAParagraph) {
  EXPECT_EQ(Dump("It rains.\nThe End\n"),
            "paragraph line=1\n  | It rains.\n"
            "paragraph line=2\n  | The End\n");
}

TEST(PlainText, FindsChapterHeadingPatternsInWrappedText) {
  std::string text;
  for (const char* heading : {"CHAPTER I.", "Chapter 2", "CHAPTER 3. Loomings.", "LETTER IV", "V."})
    text += std::string(heading) + "\n\n" + std::string(kWrapped) + "\n";
  doc::Document d = Read(text);
  std::vector<std::string> headings;
  for (const Block& b : d.blocks)
    if (b.kind == BlockKind::kHeading) headings.push_back(b.segments[0].source.PlainText());
  EXPECT_EQ(headings, (std::vector<std::string>{"CHAPTER I.", "Chapter 2", "CHAPTER 3. Loomings.", "LETTER IV", "V."}));
  EXPECT_EQ(d.blocks.size(), 15u);
}

TEST(PlainText, ThreeHeadingLikeLinesInARowAreNotHeadings) {
  EXPECT_EQ(Dump("CONTENTS\n\nChapter 1\n\nChapter 2\n\n" + std::string(kWrapped)),
            "paragraph line=1\n  | CONTENTS\n"
            "paragraph line=3\n  | Chapter 1\n"
            "paragraph line=5\n  | Chapter 2\n"
            "paragraph line=7\n"
            "  | It is a truth universally acknowledged, that a single man in possession of a "
            "good fortune must be in want of a wife.\n"
            "paragraph line=10\n"
            "  | However little known the feelings or views of such a man may be on his first "
            "entering a neighbourhood, this truth is well fixed.\n");
}

TEST(PlainText, KeepsTheLinesOfAContentsGroupApart) {
  // Twice the prose, so that most line breaks in the file are wraps.
  doc::Document d = Read("Chapter 1\nChapter 2\nChapter 3\n\n" + std::string(kWrapped) + "\n" + std::string(kWrapped));
  ASSERT_EQ(d.blocks.size(), 7u);
  EXPECT_EQ(d.blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(d.blocks[2].segments[0].source.PlainText(), "Chapter 3");
  EXPECT_EQ(d.blocks[2].source_line, 3);
}

// Keywords in any case, blanks of any kind between the words, a numeral
// alone: still a contents group. A paragraph whose first word is a keyword
// but whose lines are prose is not one.
TEST(PlainText, KeepsContentsLinesApartWhateverTheKeywordsCaseAndBlanks) {
  doc::Document d = Read("CHAPTER\tI.\nLetter  2\nXII.\nBOOK\tIII. The Voyage\n\n" + std::string(kWrapped) + "\n" +
                         std::string(kWrapped) +
                         "\nChapter and verse were quoted at length by the\n"
                         "vicar, who liked nothing better than a long sermon.\n");
  ASSERT_EQ(d.blocks.size(), 9u);
  EXPECT_EQ(d.blocks[0].segments[0].source.PlainText(), "CHAPTER I.");
  EXPECT_EQ(d.blocks[1].segments[0].source.PlainText(), "Letter 2");
  EXPECT_EQ(d.blocks[2].segments[0].source.PlainText(), "XII.");
  EXPECT_EQ(d.blocks[3].segments[0].source.PlainText(), "BOOK III. The Voyage");
  EXPECT_EQ(d.blocks[8].segments[0].source.PlainText(),
            "Chapter and verse were quoted at length by the vicar, who liked nothing better than a long "
            "sermon.");
}

TEST(PlainText, ListItemsLoseTheirBullet) {
  EXPECT_EQ(Dump("Bullets:\n- dash item\n* star item\n\xE2\x80\xA2 dot item\n\xE2\x80\x93 en dash item\n"),
            "paragraph line=1\n  | Bullets:\n"
            "list items=4 continues-lead-in line=2\n"
            "  list-item line=2\n    | dash item\n"
            "  list-item line=3\n    | star item\n"
            "  list-item line=4\n    | dot item\n"
            "  list-item line=5\n    | en dash item\n");
}

TEST(PlainText, StarsSectionBreakIsNotAList) {
  EXPECT_EQ(Dump("It rains.\n* * *\nIt snows.\n"),
            "paragraph line=1\n  | It rains.\n"
            "paragraph line=2\n  | * * *\n"
            "paragraph line=3\n  | It snows.\n");
}

TEST(PlainText, WrappedListItemTakesItsContinuationLines) {
  doc::Document d = Read(std::string(kWrapped) +
                         "\n- the first item of this list is long enough to wrap onto\n"
                         "  a second line\n- the second item\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  const Block& list = d.blocks[2];
  ASSERT_EQ(list.children.size(), 2u);
  EXPECT_EQ(list.children[0].segments[0].source.PlainText(),
            "the first item of this list is long enough to wrap onto a second line");
  EXPECT_EQ(list.children[1].source_line, 9);
}

TEST(PlainText, TermBecomesASpanWithTheColonOutside) {
  doc::Document d = Read(
      "Release & Emotions\nIt is often about release.\n"
      "- Unprocessed emotions: Intimacy has a way of surfacing grief.\n"
      "- Energetic cleansing: Many traditions view tears as sacred water.\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  ASSERT_EQ(d.blocks[2].children.size(), 2u);
  Inline open{Inline::Kind::kOpen, "", "1", "term", false};
  Inline close{Inline::Kind::kClose, "", "1", "term", false};
  Inline term{Inline::Kind::kText, "Unprocessed emotions", "", "", true};
  Inline rest{Inline::Kind::kText, ": Intimacy has a way of surfacing grief.", "", "", true};
  EXPECT_EQ(d.blocks[2].children[0].segments[0].source.items, (std::vector<Inline>{open, term, close, rest}));
}

TEST(PlainText, ColonInOneItemOfAPlainListIsNotATerm) {
  EXPECT_EQ(Dump("Pack these things.\n- Water bottle\n- Note: fragile glass\n- Warm socks\n"),
            "paragraph line=1\n  | Pack these things.\n"
            "list items=3 line=2\n"
            "  list-item line=2\n    | Water bottle\n"
            "  list-item line=3\n    | Note: fragile glass\n"
            "  list-item line=4\n    | Warm socks\n");
}

TEST(PlainText, TermNeedsAShortCapitalisedPhrase) {
  EXPECT_EQ(Dump("Notes follow here.\n"
                 "- one more thing: it rains\n"
                 "- This is far too long a term: it rains\n"
                 "- Rain, snow: it rains\n"),
            "paragraph line=1\n  | Notes follow here.\n"
            "list items=3 line=2\n"
            "  list-item line=2\n    | one more thing: it rains\n"
            "  list-item line=3\n    | This is far too long a term: it rains\n"
            "  list-item line=4\n    | Rain, snow: it rains\n");
}

TEST(PlainText, SingleItemListKeepsItsTerm) {
  EXPECT_EQ(Dump("Only one.\n- Tears of awe: The intimacy is profound.\n"),
            "paragraph line=1\n  | Only one.\n"
            "list items=1 line=2\n"
            "  list-item line=2\n    | {1}Tears of awe{/1}: The intimacy is profound.\n");
}

TEST(PlainText, TermStopsBeforeTheSpaceOfFrenchColons) {
  doc::Document d = Read("Liste.\n- Larmes\xC2\xA0: elles coulent.\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(doc::FragmentToBraces(d.blocks[1].children[0].segments[0].source), "{1}Larmes{/1}\xC2\xA0: elles coulent.");
}

TEST(PlainText, LowerCaseItemsAfterAColonParagraphContinueTheLeadIn) {
  doc::Document d = Read("That can happen when:\n- old wounds sneak back up,\n- or when you feel far.\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_TRUE(d.blocks[1].continues_lead_in);
  EXPECT_EQ(d.blocks[1].lead_in, "That can happen when:");
}

TEST(PlainText, CapitalisedItemsDoNotContinueTheLeadIn) {
  doc::Document d = Read("You will need:\n- Water\n- Bread\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_FALSE(d.blocks[1].continues_lead_in);
  EXPECT_EQ(d.blocks[1].lead_in, "");
}

TEST(PlainText, ListAfterAParagraphWithoutColonHasNoLeadIn) {
  doc::Document d = Read("It can happen.\n- old wounds sneak back up\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_FALSE(d.blocks[1].continues_lead_in);
}

TEST(PlainText, DropsControlCharactersWithAWarning) {
  Diagnostics warnings;
  doc::Document d = Read("Bell\x07 and\x01 nul.\n", &warnings);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].segments[0].source.PlainText(), "Bell and nul.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].ToString(),
            "a.txt:1:5: warning: removed 2 control character(s), which XLIFF and XHTML cannot "
            "hold [read.control-character]");
}

TEST(PlainText, EmptyFileGivesAnEmptyDocumentAndAWarning) {
  Diagnostics warnings;
  doc::Document d = Read("\xEF\xBB\xBF\r\n  \r\n", &warnings);
  EXPECT_TRUE(d.blocks.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].ToString(), "a.txt: warning: the file holds no text, so the document is empty [read.empty]");
}

TEST(PlainText, ReadsOnlyTheBookBetweenGutenbergMarkers) {
  Diagnostics warnings;
  doc::Document d = Read(
      "The Project Gutenberg eBook of Something\n"
      "*** START OF THE PROJECT GUTENBERG EBOOK SOMETHING ***\n"
      "It rains.\n"
      "*** END OF THE PROJECT GUTENBERG EBOOK SOMETHING ***\n"
      "The Full Project Gutenberg License\n",
      &warnings);
  EXPECT_EQ(doc::DumpDocument(d, {.ids = false, .lines = true, .segments = true}), "paragraph line=3\n  | It rains.\n");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].ToString(),
            "a.txt:2:1: info: read only lines 3-3, between the Project Gutenberg START and END "
            "lines [read.gutenberg-boilerplate]");
}

TEST(PlainText, DropsIllustrationMarkersButKeepsCaptions) {
  EXPECT_EQ(Dump(std::string(kWrapped) + "\n[Illustration]\n\n[Illustration:\n\n  \xE2\x80\x9CHe came down to see the "
                                         "place\xE2\x80\x9D\n  ]\n"),
            "paragraph line=1\n"
            "  | It is a truth universally acknowledged, that a single man in possession of a "
            "good fortune must be in want of a wife.\n"
            "paragraph line=4\n"
            "  | However little known the feelings or views of such a man may be on his first "
            "entering a neighbourhood, this truth is well fixed.\n"
            "paragraph line=11\n"
            "  | \xE2\x80\x9CHe came down to see the place\xE2\x80\x9D\n");
}

TEST(PlainText, KeepsTheCaptionOfAOneLineIllustrationMarker) {
  EXPECT_EQ(Dump(std::string(kWrapped) + "\n  [Illustration: The whale, seen from the boat]  \n"),
            "paragraph line=1\n"
            "  | It is a truth universally acknowledged, that a single man in possession of a "
            "good fortune must be in want of a wife.\n"
            "paragraph line=4\n"
            "  | However little known the feelings or views of such a man may be on his first "
            "entering a neighbourhood, this truth is well fixed.\n"
            "paragraph line=7\n"
            "  | The whale, seen from the boat\n");
}

TEST(PlainText, ReadsTheArticleAsFiveSectionsTwentyOneParagraphsAndThreeLists) {
  std::string bytes;
  ASSERT_TRUE(ReadFile(FOLIO_SOURCE_DIR "/source-text/article.txt", &bytes).ok());
  Diagnostics warnings;
  doc::Document d = Read(bytes, &warnings);
  EXPECT_TRUE(warnings.empty());
  std::vector<std::string> headings;
  std::vector<int> heading_lines;
  std::vector<size_t> list_sizes;
  int paragraphs = 0;
  for (const Block& b : d.blocks) {
    if (b.kind == BlockKind::kHeading) {
      EXPECT_EQ(b.level, 2);
      headings.push_back(b.segments[0].source.PlainText());
      heading_lines.push_back(b.source_line);
    }
    if (b.kind == BlockKind::kParagraph) ++paragraphs;
    if (b.kind == BlockKind::kList) list_sizes.push_back(b.children.size());
  }
  EXPECT_EQ(headings,
            (std::vector<std::string>{"Sex Is More Than Physical", "Release & Emotions", "When Tears Feel Like Healing",
                                      "When Tears Reveal Shadows", "What the Tears Are Really Saying"}));
  EXPECT_EQ(heading_lines, (std::vector<int>{4, 9, 15, 22, 30}));
  EXPECT_EQ(paragraphs, 21);
  EXPECT_EQ(list_sizes, (std::vector<size_t>{3, 3, 4}));
}

TEST(PlainText, ArticleListsHaveTermsAndTheLeadIn) {
  std::string bytes;
  ASSERT_TRUE(ReadFile(FOLIO_SOURCE_DIR "/source-text/article.txt", &bytes).ok());
  doc::Document d = Read(bytes);
  std::vector<const Block*> lists;
  for (const Block& b : d.blocks)
    if (b.kind == BlockKind::kList) lists.push_back(&b);
  ASSERT_EQ(lists.size(), 3u);
  EXPECT_EQ(doc::FragmentToBraces(lists[0]->children[2].segments[0].source).substr(0, 25), "{1}Chakra shifts{/1}: Sex");
  EXPECT_EQ(doc::FragmentToBraces(lists[1]->children[0].segments[0].source).substr(0, 24), "{1}Tears of awe{/1}: The");
  EXPECT_FALSE(lists[0]->continues_lead_in);
  EXPECT_TRUE(lists[2]->continues_lead_in);
  EXPECT_EQ(lists[2]->lead_in, "That can happen when:");
  EXPECT_EQ(lists[2]->source_line, 25);
  EXPECT_EQ(lists[2]->children[3].segments[0].source.PlainText(),
            "or when you just feel miles away from your partner even while they\xE2\x80\x99re "
            "right there.");
}

struct Book {
  const char* file;
  std::string heading_prefix;  // how its chapter headings start, any case
  std::vector<std::string> first_chapters;
  size_t chapters;
};

std::vector<std::string> Headings(const doc::Document& d, const std::string& prefix) {
  std::vector<std::string> out;
  for (const Block& b : d.blocks) {
    if (b.kind != BlockKind::kHeading) continue;
    std::string text = b.segments[0].source.PlainText();
    if (text.size() < prefix.size()) continue;
    bool match = true;
    for (size_t i = 0; i < prefix.size(); ++i) match = match && std::tolower(text[i]) == prefix[i];
    if (match) out.push_back(text);
  }
  return out;
}

TEST(PlainText, FindsTheChaptersOfEveryCorpusBookAsHeadings) {
  const Book books[] = {
      {"pride_and_prejudice.txt", "chapter ", {"Chapter I.", "CHAPTER II.", "CHAPTER III."}, 61},
      {"frankenstein.txt", "chapter ", {"Chapter 1", "Chapter 2", "Chapter 3"}, 24},
      {"frankenstein.txt", "letter ", {"Letter 1", "Letter 2", "Letter 3"}, 4},
      {"moby_dick.txt",
       "chapter ",
       {"CHAPTER 1. Loomings.", "CHAPTER 2. The Carpet-Bag.", "CHAPTER 3. The Spouter-Inn."},
       135},
      {"du_cote_de_chez_swann.txt", "", {"PREMI\xC3\x88RE PARTIE COMBRAY", "I.", "II."}, 5},
  };
  for (const Book& book : books) {
    SCOPED_TRACE(book.file);
    std::string bytes;
    ASSERT_TRUE(ReadFile(std::string(FOLIO_SHARED_DIR "/corpus/") + book.file, &bytes).ok());
    doc::Document d = Read(bytes);
    std::vector<std::string> headings = Headings(d, book.heading_prefix);
    ASSERT_GE(headings.size(), 3u);
    EXPECT_EQ(std::vector<std::string>(headings.begin(), headings.begin() + 3), book.first_chapters);
    EXPECT_EQ(headings.size(), book.chapters);
    EXPECT_GT(d.blocks.size(), 700u);
  }
}

TEST(PlainText, PrideAndPrejudiceChaptersRunFromOneToSixtyOne) {
  std::string bytes;
  ASSERT_TRUE(ReadFile(FOLIO_SHARED_DIR "/corpus/pride_and_prejudice.txt", &bytes).ok());
  std::vector<std::string> chapters = Headings(Read(bytes), "chapter ");
  ASSERT_EQ(chapters.size(), 61u);
  EXPECT_EQ(chapters[45], "Chapter XLVI.");
  EXPECT_EQ(chapters[60], "CHAPTER LXI.");
}

// cmark's pathological tests: inputs that would expose quadratic work.
TEST(PlainText, ReadsPathologicalMegabyteInputsQuickly) {
  const size_t kSize = 1 << 20;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"one long line", std::string(kSize, 'a')},
      {"blank lines", std::string(kSize, '\n')},
      {"bullets",
       [&] {
         std::string s;
         while (s.size() < kSize) s += "- Term: x\n";
         return s;
       }()},
      {"unclosed illustrations",
       [&] {
         std::string s;
         while (s.size() < kSize) s += "[Illustration: x\n";
         return s;
       }()},
      {"headings",
       [&] {
         std::string s;
         while (s.size() < kSize) s += "Chapter 1\n\n";
         return s;
       }()},
      {"control characters",
       [&] {
         std::string s;
         while (s.size() < kSize) s += "x\x01";
         return s;
       }()},
      {"one wrapped group",
       [&] {
         std::string s;
         while (s.size() < kSize) s += std::string(60, 'w') + " x\n";
         return s;
       }()},
  };
  for (const auto& [name, text] : cases) {
    SCOPED_TRACE(name);
    auto start = std::chrono::steady_clock::now();
    doc::Document d;
    EXPECT_TRUE(ReadPlainText(std::string(text), "p.txt", &d, nullptr).ok());
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(ms, 3000);
  }
}

}  // namespace
}  // namespace folio::readers
