#include "readers/plain_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/scan.h"
#include "base/text.h"

namespace folio::readers {

namespace {

using doc::Block;
using doc::BlockKind;
using doc::Inline;

// Hard-wrapped text (Project Gutenberg, e-mail) wraps at 60-78 columns; a
// paragraph-per-line article has most lines far longer than that.
constexpr size_t kWrapMaxLine = 80;
// A wrapped line is nearly full: a break after a shorter line is deliberate.
constexpr size_t kWrapFullLine = 50;
constexpr size_t kMaxHeadingChars = 70;
constexpr size_t kMaxHeadingWords = 10;
// "CHAPTER 56. Of the Less Erroneous Pictures of Whales, and the True
// Pictures of Whaling Scenes." is still a chapter heading.
constexpr size_t kMaxChapterHeadingChars = 160;
constexpr size_t kMaxTermWords = 5;
// Bounds the search for the "]" that closes "[Illustration:", so an unclosed
// marker costs a constant, not the rest of the file.
constexpr size_t kMaxIllustrationLines = 50;

struct Line {
  std::string_view text;     // what is left to read of the line
  std::string_view trimmed;  // text without blanks at either end
  std::string_view full;     // the whole line without its end, for columns
  int number = 0;            // 1-based
};

// A block before headings and lists are decided.
struct RawBlock {
  bool item = false;        // starts with a bullet
  bool standalone = false;  // a whole line or blank-separated group: may be a heading
  std::string text;         // whitespace collapsed, not yet NFC
  int line = 0;
};

// Space within a line: what indents and separates, never a line end.
constexpr bool IsBlankChar(char32_t c) { return IsAsciiSpace(c) && c != '\n' && c != '\r'; }

std::string_view TrimBlank(std::string_view s) { return Trim(s, IsBlankChar); }

char32_t FirstCodePoint(std::string_view s) {
  size_t i = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &i);
}

char32_t FirstLetter(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = DecodeUtf8(s, &i);
    if (u_isalpha(c)) return c;
  }
  return 0;
}

// Removes the last code point of `s` into *last (0 when empty).
std::string_view PopLast(std::string_view s, char32_t* last) {
  if (s.empty()) {
    *last = 0;
    return s;
  }
  size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t i = start;
  *last = DecodeUtf8(s, &i);
  return s.substr(0, start);
}

bool IsSentencePunct(char32_t c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case ',':
    case 0x2026:  // …
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF1A:
    case 0xFF1B:
    case 0xFF0C:
      return true;
  }
  return false;
}

bool IsCloser(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case '_':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
    case 0x203A:  // ’ ” » ›
      return true;
  }
  return false;
}

std::vector<std::string_view> SplitOnSpace(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsAsciiPunct(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u < 0x80 && !std::isalnum(u);
}

bool IsSmallWord(std::string_view word) {
  static constexpr std::string_view kSmall[] = {
      "a",    "an",   "the", "and",  "or",   "nor",  "but", "of",  "in", "on", "at",  "to",  "for",   "by",
      "with", "from", "as",  "into", "onto", "over", "per", "via", "vs", "up", "off", "out", "upon",  "so",
      "yet",  "than", "de",  "du",   "des",  "la",   "le",  "les", "et", "en", "au",  "aux", "\u00E0"};
  while (!word.empty() && IsAsciiPunct(word.front())) word.remove_prefix(1);
  while (!word.empty() && IsAsciiPunct(word.back())) word.remove_suffix(1);
  std::string w = AsciiLower(word);
  for (std::string_view s : kSmall)
    if (w == s) return true;
  return false;
}

// Every word starts upper-case except small words after the first.
bool IsTitleCase(const std::vector<std::string_view>& words, size_t from) {
  bool seen_letter = false;
  for (size_t k = from; k < words.size(); ++k) {
    char32_t c = FirstLetter(words[k]);
    if (c == 0) continue;
    if (!u_isupper(c) && !u_istitle(c) && (!seen_letter || !IsSmallWord(words[k]))) return false;
    seen_letter = true;
  }
  return seen_letter;
}

// A short word made only of `chars`.
bool IsMadeOf(std::string_view w, std::string_view chars) {
  return !w.empty() && w.size() <= 8 && w.find_first_not_of(chars) == std::string_view::npos;
}

bool IsNumber(std::string_view w) { return IsMadeOf(w, "0123456789"); }

bool IsNumeral(std::string_view w) { return IsMadeOf(w, "IVXLCDM") || (w.size() <= 4 && IsNumber(w)); }

// "Chapter"/"CHAPTER" and friends; the capital keeps "letter 4" in prose out.
bool IsChapterKeyword(std::string_view w) {
  static constexpr std::string_view kKeywords[] = {"chapter", "letter", "book", "part", "volume", "section", "chapitre",
                                                   "livre",   "partie", "tome", "act",  "scene",  "stave",   "canto"};
  if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (std::string_view k : kKeywords) {
    if (k.size() != w.size()) continue;
    size_t i = 0;
    while (i < k.size() && (w[i] == k[i] || w[i] == k[i] - 'a' + 'A')) ++i;
    if (i == k.size()) return true;
  }
  return false;
}

// "CHAPTER XIII", "Chapter 1", "CHAPTER 1. Loomings.", "LETTER I", "II.".
bool IsChapterHeading(const std::vector<std::string_view>& words) {
  if (words.size() == 1) {
    std::string_view w = words[0];
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return w.size() <= 7 && IsMadeOf(w, "IVXLC");
  }
  if (words.size() < 2 || !IsChapterKeyword(words[0])) return false;
  std::string_view number = words[1];
  bool separated = !number.empty() && (number.back() == '.' || number.back() == ':');
  if (separated) number.remove_suffix(1);
  if (!IsNumeral(number)) return false;
  if (words.size() == 2 || separated) return true;
  if (words[2] == "-" || words[2] == "\u2013" || words[2] == "\u2014") return true;
  return IsTitleCase(words, 2);
}

// Every chapter heading starts with a capital A-Z (a keyword or a roman
// numeral): most lines are rejected on their first letter.
bool MayBeChapterHeading(std::string_view trimmed) {
  return !trimmed.empty() && trimmed[0] >= 'A' && trimmed[0] <= 'Z';
}

bool IsChapterLine(std::string_view line) {
  std::string_view t = TrimBlank(line);
  if (!MayBeChapterHeading(t)) return false;
  // A heading of two words or more starts with a keyword (IsChapterHeading):
  // the first line of most paragraphs is turned down here, without copying
  // and splitting it.
  size_t first_word = 0;
  while (first_word < t.size() && !IsBlankChar(t[first_word])) ++first_word;
  if (first_word < t.size() && !IsChapterKeyword(t.substr(0, first_word))) return false;
  std::string spaced(t);
  for (char& c : spaced)
    if (IsBlankChar(c)) c = ' ';
  return IsChapterHeading(SplitOnSpace(spaced));
}

bool HasInnerSentenceEnd(std::string_view text) {
  for (std::string_view end : {". ", "! ", "? "})
    if (text.find(end) != std::string_view::npos) return true;
  return false;
}

// A chapter heading pattern, or a short line that starts with a capital
// letter, is all capitals or title case, holds no sentence end, and does not
// end with sentence punctuation (a single all-caps word may end with '.':
// "PREFACE.") or with a page number (a contents entry).
bool IsHeadingCandidate(std::string_view text) {
  if (text.empty() || text.size() > 4 * kMaxChapterHeadingChars) return false;
  size_t chars = CountCodePoints(text);
  if (chars > kMaxChapterHeadingChars) return false;
  if (chars > kMaxHeadingChars && !MayBeChapterHeading(text)) return false;  // no need to split it
  std::vector<std::string_view> words = SplitOnSpace(text);
  if (MayBeChapterHeading(text) && IsChapterHeading(words)) return true;
  if (words.size() > kMaxHeadingWords || chars > kMaxHeadingChars) return false;
  if (!u_isalnum(FirstCodePoint(text))) return false;
  char32_t first = FirstLetter(text);
  if (first == 0 || !u_isupper(first)) return false;
  if (words.size() > 1 && IsNumber(words.back())) return false;
  char32_t last;
  std::string_view body = PopLast(text, &last);
  while (IsCloser(last)) body = PopLast(body, &last);
  if (HasInnerSentenceEnd(body)) return false;
  bool has_lower = false;
  for (size_t i = 0; i < text.size() && !has_lower;) has_lower = u_islower(DecodeUtf8(text, &i));
  bool all_caps = !has_lower && CountCodePoints(text) >= 2;
  if (IsSentencePunct(last)) {
    bool one_word = words.size() == 1 && body.find('.') == std::string_view::npos;
    if (!(all_caps && one_word && last == '.')) return false;
  }
  return all_caps || IsTitleCase(words, 0);
}

constexpr std::string_view kBullets[] = {"-", "*", "\u2022", "\u2013"};

// The text after a leading bullet and blank, or an empty view.
std::string_view AfterBullet(std::string_view line) {
  if (line.empty() || (line[0] != '-' && line[0] != '*' && line[0] != '\xE2')) return {};
  for (std::string_view b : kBullets) {
    if (line.substr(0, b.size()) != b) continue;
    if (line.size() == b.size()) return line.substr(b.size());
    if (IsBlankChar(line[b.size()])) return TrimBlank(line.substr(b.size()));
  }
  return {};
}

// A bullet ("- ", "* ", "• ", "– ") followed by text with a letter or digit.
// "* * *" is a section break and "* * * Utter confusion" an ellipsis.
bool ListItemText(std::string_view line, std::string_view* rest) {
  std::string_view r = AfterBullet(line);
  if (r.empty() || !AfterBullet(r).empty() || r == "*" || r == "-") return false;
  for (size_t i = 0; i < r.size();) {
    if (u_isalnum(DecodeUtf8(r, &i))) {
      *rest = r;
      return true;
    }
  }
  return false;
}

// "Term: explanation": the term is 1-5 words, starts upper-case, holds no
// sentence punctuation. *term_end is where the term stops (before any space
// that French typography puts before the colon).
bool FindTerm(std::string_view text, size_t* term_end) {
  size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon + 2 >= text.size()) return false;
  size_t end = colon;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end >= 2 && text.substr(end - 2, 2) == "\u00A0") end -= 2;
  if (end >= 3 && text.substr(end - 3, 3) == "\u202F") end -= 3;
  std::string_view term = text.substr(0, end);
  if (term.empty() || !u_isupper(FirstCodePoint(term))) return false;
  if (SplitOnSpace(term).size() > kMaxTermWords) return false;
  for (size_t i = 0; i < term.size();)
    if (IsSentencePunct(DecodeUtf8(term, &i))) return false;
  *term_end = end;
  return true;
}

bool IsGutenbergMarker(std::string_view line, std::string_view what) {
  line = TrimBlank(line);
  if (line.substr(0, 3) != "***") return false;
  line = TrimBlank(line.substr(3));
  std::string upper(line.substr(0, 200));
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return upper.rfind(what, 0) == 0 && upper.find("PROJECT GUTENBERG") != std::string::npos;
}

class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path) {}

  Status Read(std::string bytes, doc::Document* out, Diagnostics* warnings);

 private:
  size_t SplitLines(size_t start, size_t newlines);
  void NormalizeLineEnds(size_t start);
  void FindGutenbergBody();
  void StripIllustrationMarkers();
  bool LooksHardWrapped() const;
  void ReadWrappedGroup(size_t begin, size_t end);
  size_t GroupBytes(size_t begin, size_t end) const;  // the lines' bytes, a separator each
  void ReadLines();
  void AppendCollapsed(const Line& line, std::string_view text, std::string* out);
  void Push(RawBlock block);
  void BuildBlocks(std::vector<Block>* blocks);
  Block MakeList(size_t begin, size_t end, const Block* before);

  const std::string& path_;
  std::string text_;  // the file's bytes (rewritten only for CR line ends)
  size_t start_ = 0;  // where the text starts in text_ (after a BOM)
  std::vector<Line> lines_;
  size_t begin_ = 0, end_ = 0;  // the lines that hold the text
  std::vector<RawBlock> raw_;
  Diagnostics found_;
  int controls_ = 0;
  bool all_nfc_ = false;  // the whole text is obviously NFC: no paragraph needs normalizing
  SourceLocation first_control_;
};

Status Reader::Read(std::string bytes, doc::Document* out, Diagnostics* warnings) {
  // The lines are views of the file's own buffer, without a copy of it:
  // after a BOM, and without the CR of a CRLF line end. Only a file with a
  // CR that is not part of a CRLF (old Mac line ends) is rewritten, its
  // CRs becoming LFs in place.
  text_ = std::move(bytes);
  const size_t start = text_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t lf = 0, cr = 0;
  CountLineEnds(std::string_view(text_).substr(start), &lf, &cr);
  if (SplitLines(start, lf) != cr) {
    NormalizeLineEnds(start);
    CountLineEnds(text_, &lf, &cr);
    SplitLines(0, lf);
  }
  // After line-end normalisation, so that CR-only files get right line numbers.
  FOLIO_RETURN_IF_ERROR(CheckUtf8(std::string_view(text_).substr(start_), path_, &all_nfc_));
  FindGutenbergBody();
  StripIllustrationMarkers();
  if (LooksHardWrapped()) {
    for (size_t i = begin_; i < end_;) {
      if (lines_[i].trimmed.empty()) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < end_ && !lines_[j].trimmed.empty()) ++j;
      ReadWrappedGroup(i, j);
      i = j;
    }
  } else {
    ReadLines();
  }
  doc::Document d;
  BuildBlocks(&d.blocks);
  if (controls_ > 0) {
    found_.push_back(
        {Severity::kWarning, "read.control-character", first_control_, "",
         "removed " + std::to_string(controls_) + " control character(s), which XLIFF and XHTML cannot hold"});
  }
  if (d.blocks.empty())
    found_.push_back(
        {Severity::kWarning, "read.empty", {path_, 0, 0}, "", "the file holds no text, so the document is empty"});
  *out = std::move(d);
  if (warnings != nullptr)
    for (Diagnostic& f : found_) warnings->push_back(std::move(f));
  return Status::Ok();
}

// Splits text_ from `start` into lines_ (`newlines` LFs), dropping the CR
// of each CRLF. Returns how many CRs it dropped.
size_t Reader::SplitLines(size_t start, size_t newlines) {
  start_ = start;
  std::string_view all = std::string_view(text_).substr(start);
  lines_.clear();
  lines_.reserve(newlines + 1);
  size_t crs = 0;
  int number = 1;
  for (size_t i = 0; i < all.size();) {
    const void* found = std::memchr(all.data() + i, '\n', all.size() - i);
    size_t j = found ? static_cast<size_t>(static_cast<const char*>(found) - all.data()) : all.size();
    size_t end = j;
    if (found && end > i && all[end - 1] == '\r') {
      --end;
      ++crs;
    }
    std::string_view line = all.substr(i, end - i);
    lines_.push_back({line, TrimBlank(line), line, number++});
    i = j + 1;
  }
  begin_ = 0;
  end_ = lines_.size();
  return crs;
}

// CRLF and CR become LF in place (the BOM goes too).
void Reader::NormalizeLineEnds(size_t start) {
  size_t read = start, write = 0;
  const size_t n = text_.size();
  char* t = text_.data();
  while (read < n) {
    const void* found = std::memchr(t + read, '\r', n - read);
    size_t cr = found ? static_cast<size_t>(static_cast<const char*>(found) - t) : n;
    if (write != read) std::memmove(t + write, t + read, cr - read);
    write += cr - read;
    if (cr == n) break;
    t[write++] = '\n';
    read = cr + (cr + 1 < n && t[cr + 1] == '\n' ? 2 : 1);
  }
  text_.resize(write);
}

// The Gutenberg header and licence are not the book: read only what lies
// between the START and END lines.
void Reader::FindGutenbergBody() {
  size_t start = lines_.size(), stop = lines_.size();
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (start == lines_.size() && IsGutenbergMarker(lines_[i].text, "START OF")) {
      start = i;
    } else if (start != lines_.size() && IsGutenbergMarker(lines_[i].text, "END OF")) {
      stop = i;
      break;
    }
  }
  if (start == lines_.size()) return;
  begin_ = start + 1;
  end_ = stop;
  found_.push_back({Severity::kInfo,
                    "read.gutenberg-boilerplate",
                    {path_, lines_[start].number, 1},
                    "",
                    "read only lines " + std::to_string(begin_ + 1) + "-" + std::to_string(end_) +
                        ", between the Project Gutenberg START and END lines"});
}

// "[Illustration]" goes; "[Illustration: caption]" (over several lines too)
// keeps its caption as text, since a caption is text to translate.
void Reader::StripIllustrationMarkers() {
  constexpr std::string_view kOpen = "[Illustration";
  for (size_t i = begin_; i < end_; ++i) {
    std::string_view first = lines_[i].trimmed;
    if (first.substr(0, kOpen.size()) != kOpen) continue;
    size_t close = i;
    while (close < end_ && close - i < kMaxIllustrationLines &&
           (lines_[close].trimmed.empty() || lines_[close].trimmed.back() != ']'))
      ++close;
    if (close == end_ || close - i == kMaxIllustrationLines) continue;
    first.remove_prefix(kOpen.size());
    if (!first.empty() && first.front() == ':') first.remove_prefix(1);
    lines_[i].text = first;
    lines_[i].trimmed = TrimBlank(first);
    std::string_view last = lines_[close].trimmed;
    lines_[close].text = last.substr(0, last.size() - 1);
    lines_[close].trimmed = TrimBlank(lines_[close].text);
    i = close;
  }
}

// Wrapped: most lines are short, and most line breaks are wraps, which come
// after a nearly full line that does not end a sentence before a capital.
bool Reader::LooksHardWrapped() const {
  size_t nonblank = 0, short_lines = 0, breaks = 0, wraps = 0;
  for (size_t i = begin_; i < end_; ++i) {
    std::string_view t = lines_[i].trimmed;
    if (t.empty()) continue;
    ++nonblank;
    // The indent counts: columns from the start of the line.
    size_t length = CountCodePoints(lines_[i].text.substr(0, t.data() + t.size() - lines_[i].text.data()));
    if (length <= kWrapMaxLine) ++short_lines;
    std::string_view next = i + 1 < end_ ? lines_[i + 1].trimmed : std::string_view();
    std::string_view item;
    if (next.empty() || ListItemText(next, &item)) continue;
    ++breaks;
    char32_t last;
    std::string_view body = PopLast(t, &last);
    while (IsCloser(last)) body = PopLast(body, &last);
    bool sentence_break = IsSentencePunct(last) && last != ',' && last != ';' && u_isupper(FirstCodePoint(next));
    if (length >= kWrapFullLine && !sentence_break) ++wraps;
  }
  return breaks > 0 && 2 * short_lines > nonblank && 2 * wraps >= breaks;
}

// A group of lines between blank lines: one paragraph, list items with their
// wrapped continuation lines, or a table of contents (every line a chapter
// heading), whose lines stay apart.
void Reader::ReadWrappedGroup(size_t begin, size_t end) {
  bool contents = end - begin >= 2;
  for (size_t k = begin; contents && k < end; ++k) contents = IsChapterLine(lines_[k].text);
  size_t first_block = raw_.size();
  RawBlock current;
  for (size_t k = begin; k < end; ++k) {
    std::string_view t = lines_[k].trimmed;
    std::string_view item_text;
    bool item = ListItemText(t, &item_text);
    if (item || contents || current.line == 0) {
      Push(std::move(current));
      current = RawBlock();
      current.item = item;
      current.line = lines_[k].number;
      // A paragraph takes the rest of the group: room for all of it at once.
      if (!item && !contents) current.text.reserve(GroupBytes(k, end));
    }
    AppendCollapsed(lines_[k], item ? item_text : t, &current.text);
  }
  Push(std::move(current));
  if (!contents && raw_.size() == first_block + 1 && !raw_.back().item) raw_.back().standalone = true;
}

size_t Reader::GroupBytes(size_t begin, size_t end) const {
  size_t bytes = 0;
  for (size_t k = begin; k < end; ++k) bytes += lines_[k].text.size() + 1;
  return bytes;
}

void Reader::ReadLines() {
  for (size_t k = begin_; k < end_; ++k) {
    std::string_view t = lines_[k].trimmed;
    if (t.empty()) continue;
    RawBlock b;
    std::string_view item_text;
    b.item = ListItemText(t, &item_text);
    b.standalone = !b.item;
    b.line = lines_[k].number;
    AppendCollapsed(lines_[k], b.item ? item_text : t, &b.text);
    Push(std::move(b));
  }
}

void Reader::Push(RawBlock block) {
  if (!block.text.empty()) raw_.push_back(std::move(block));
}

// Joins with one space and collapses whitespace runs. C0 controls are
// dropped (and reported): no XML output could carry them.
void Reader::AppendCollapsed(const Line& line, std::string_view text, std::string* out) {
  bool space = !out->empty();
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    bool doubled = false;  // "  " in the run (or maybe: then the careful path runs)
    // Straight to the first control character or doubled space (the
    // common line has neither); from there byte by byte.
    j = SkipSingleSpaced(text, j);
    if (j > i && text[j - 1] == ' ' && j < text.size() && text[j] == ' ') doubled = true;
    while (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x20) {
      doubled |= text[j] == ' ' && j > i && text[j - 1] == ' ';
      ++j;
    }
    // run holds no control or blank character except ' '.
    std::string_view run = text.substr(i, j - i);
    if (!doubled && !run.empty() && run.front() != ' ' && run.back() != ' ') {
      // The common case, a line of single-spaced words: appended whole.
      if (space) *out += ' ';
      out->append(run);
      space = false;
    } else
      for (size_t k = 0; k < run.size();) {
        size_t word_end = std::min(run.find(' ', k), run.size());
        if (word_end > k) {
          if (space) *out += ' ';
          out->append(run, k, word_end - k);
          space = false;
        }
        if (word_end < run.size()) space = !out->empty();
        k = word_end + 1;
      }
    if (j == text.size()) break;
    if (IsBlankChar(text[j])) {
      space = !out->empty();
    } else if (controls_++ == 0) {
      int ignored, col;
      LineColAt(line.full, static_cast<size_t>(text.data() - line.full.data()) + j, &ignored, &col);
      first_control_ = {path_, line.number, col};
    }
    i = j + 1;
  }
}

// A heading needs body text after it. Two candidates in a row are both
// headings (a part title and its chapter number); three or more are a table
// of contents or a title page, not headings.
std::vector<bool> FindHeadings(const std::vector<RawBlock>& raw) {
  std::vector<bool> candidate(raw.size()), heading(raw.size());
  for (size_t i = 0; i < raw.size(); ++i)
    candidate[i] = !raw[i].item && raw[i].standalone && IsHeadingCandidate(raw[i].text);
  for (size_t i = 0; i < raw.size();) {
    if (!candidate[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < raw.size() && candidate[j]) ++j;
    if (j < raw.size() && j - i <= 2)
      for (size_t k = i; k < j; ++k) heading[k] = true;
    i = j;
  }
  return heading;
}

// `all_nfc`: the whole file is obviously NFC (IsObviouslyNfc), and so is
// every part of it: nothing to check paragraph by paragraph.
std::string Nfc(std::string&& text, bool all_nfc) {
  if (!all_nfc) NfcInPlace(&text);
  return std::move(text);
}

Block UnitBlock(BlockKind kind, doc::Fragment source, int line) {
  Block b;
  b.kind = kind;
  b.level = kind == BlockKind::kHeading ? 2 : 0;
  b.source_line = line;
  doc::Segment s;
  s.source = std::move(source);
  b.segments.push_back(std::move(s));
  return b;
}

void Reader::BuildBlocks(std::vector<Block>* blocks) {
  std::vector<bool> heading = FindHeadings(raw_);
  blocks->reserve(raw_.size());
  for (size_t i = 0; i < raw_.size();) {
    if (!raw_[i].item) {
      blocks->push_back(UnitBlock(heading[i] ? BlockKind::kHeading : BlockKind::kParagraph,
                                  doc::TextFragment(Nfc(std::move(raw_[i].text), all_nfc_)), raw_[i].line));
      ++i;
      continue;
    }
    size_t j = i;
    while (j < raw_.size() && raw_[j].item) ++j;
    blocks->push_back(MakeList(i, j, blocks->empty() ? nullptr : &blocks->back()));
    i = j;
  }
}

Block Reader::MakeList(size_t begin, size_t end, const Block* before) {
  std::vector<std::string> texts;
  std::vector<size_t> term_ends;
  size_t terms = 0;
  bool all_lower = true;
  for (size_t k = begin; k < end; ++k) {
    texts.push_back(Nfc(std::move(raw_[k].text), all_nfc_));
    size_t term_end = 0;
    terms += FindTerm(texts.back(), &term_end);
    term_ends.push_back(term_end);
    char32_t first = FirstLetter(texts.back());
    all_lower = all_lower && first != 0 && u_islower(first);
  }
  // One colon in a plain list is punctuation, not a glossary.
  bool use_terms = texts.size() == 1 ? terms == 1 : terms >= 2 && 2 * terms > texts.size();
  Block list;
  list.kind = BlockKind::kList;
  list.source_line = raw_[begin].line;
  list.children.reserve(texts.size());
  for (size_t k = 0; k < texts.size(); ++k) {
    doc::Fragment f;
    if (use_terms && term_ends[k] > 0) {
      Inline open{Inline::Kind::kOpen, "", "1", "term", false};
      Inline close{Inline::Kind::kClose, "", "1", "term", false};
      f.items.reserve(4);
      f.items.push_back(open);
      f.AppendText(texts[k].substr(0, term_ends[k]));
      f.items.push_back(close);
      f.AppendText(texts[k].substr(term_ends[k]));
    } else {
      f = doc::TextFragment(std::move(texts[k]));
    }
    list.children.push_back(UnitBlock(BlockKind::kListItem, std::move(f), raw_[begin + k].line));
  }
  if (before != nullptr && before->kind == BlockKind::kParagraph && all_lower) {
    std::string lead = before->segments.front().source.PlainText();
    if (!lead.empty() && lead.back() == ':') {
      list.continues_lead_in = true;
      list.lead_in = std::move(lead);
    }
  }
  return list;
}

}  // namespace

Status ReadPlainText(std::string bytes, const std::string& path, doc::Document* out, Diagnostics* warnings) {
  return Reader(path).Read(std::move(bytes), out, warnings);
}

}  // namespace folio::readers
