#include "segment/word_count.h"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <cstring>
#include <memory>
#include <vector>

#include "base/code_point_pages.h"
#include "base/locale_info.h"
#include "base/scan.h"
#include "base/text.h"

namespace folio::segment {

namespace {

// Creating break iterators costs far more than counting a sentence, and
// SegmentDocument counts every sentence: keep one pair per thread.
struct Counters {
  std::string locale;
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<icu::BreakIterator> graphemes;
};

Counters* CountersFor(const std::string& icu_locale) {
  thread_local Counters c;
  if (c.words != nullptr && c.locale == icu_locale) return &c;
  UErrorCode err = U_ZERO_ERROR;
  icu::Locale loc(icu_locale.c_str());
  c.words.reset(icu::BreakIterator::createWordInstance(loc, err));
  c.graphemes.reset(icu::BreakIterator::createCharacterInstance(loc, err));
  if (U_FAILURE(err)) {
    c.words.reset();
    c.graphemes.reset();
    return nullptr;
  }
  c.locale = icu_locale;
  return &c;
}

int WordsOf(Counters* c, UText* ut, UErrorCode& err) {
  int words = 0;
  c->words->setText(ut, err);
  c->words->first();
  while (c->words->next() != icu::BreakIterator::DONE) {
    int32_t status = c->words->getRuleStatus();
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_IDEO_LIMIT) ++words;
  }
  return words;
}

// The ICU locale of a tag, remembered: GetLocaleInfo builds strings.
const std::string& IcuLocaleOf(const std::string& locale) {
  thread_local std::string tag, icu;
  if (icu.empty() || tag != locale) {
    tag = locale;
    icu = GetLocaleInfo(locale).icu_locale;
  }
  return icu;
}

// The word-break classes the fast path handles (UAX #29 as ICU's root
// rules use them); anything else sends the text to ICU.
enum class Wb : unsigned char { kLetter, kNumeric, kMidLetter, kMidNumLet, kMidNum, kExtendNumLet, kOther, kIcu };

Wb ClassOfSlow(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Wb::kLetter;
    if (c >= '0' && c <= '9') return Wb::kNumeric;
    if (c == '.' || c == '\'') return Wb::kMidNumLet;  // MidNumLet, Single_Quote
    if (c == ',' || c == ';') return Wb::kMidNum;
    if (c == '_') return Wb::kExtendNumLet;
    return Wb::kOther;  // ':' too: ICU removes it from MidLetter
  }
  UScriptCode script = USCRIPT_INVALID_CODE;
  UErrorCode err = U_ZERO_ERROR;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
      script = uscript_getScript(c, &err);
      return U_SUCCESS(err) && (script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC)
                 ? Wb::kLetter
                 : Wb::kIcu;
    case U_WB_NUMERIC:
      return Wb::kNumeric;
    case U_WB_MIDLETTER:
      return (c == 0xFE55 || c == 0xFF1A) ? Wb::kIcu : Wb::kMidLetter;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
      return Wb::kMidNumLet;
    case U_WB_MIDNUM:
      return Wb::kMidNum;
    case U_WB_OTHER:
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE:
    case U_WB_WSEGSPACE:
      // Ideographs, kana, Thai and friends are "Other" but ICU counts them
      // (dictionary); pictographs take part in emoji rules.
      if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
          u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR))
        return Wb::kIcu;
      return Wb::kOther;
    case U_WB_EXTENDNUMLET:
      return Wb::kExtendNumLet;  // _ ‿ ⁀ and the narrow no-break space
    default:
      return Wb::kIcu;  // Extend, Format, ZWJ, Katakana, Hebrew, ...
  }
}

// Below U+3000 (Latin, Greek, Cyrillic, punctuation...) the class comes
// from a table filled a page at a time; ClassOfSlow asks ICU for the rest.
constexpr char32_t kTableEnd = 0x3000;
constinit const CodePointPages<Wb, kTableEnd, ClassOfSlow> kWordBreakClasses;

Wb ClassOf(char32_t c) { return c < kTableEnd ? kWordBreakClasses[c] : ClassOfSlow(c); }

// ICU's root word rules for text made only of the classes above, without
// running the rule engine. A token is a maximal run in which
//   letter (MidLetter | MidNumLet) letter       joins (WB6/7),
//   digit  (MidNum | MidNumLet)    digit        joins (WB11/12),
//   letter digit, digit letter                  join (WB9/10),
//   (letter | digit | ExtendNumLet) ExtendNumLet,
//   ExtendNumLet (letter | digit)               join (WB13a/b),
// and ICU counts a token (rule status 100-499) when it holds a letter or a
// digit, or two ExtendNumLet characters ("__", whose rule carries a status,
// where a lone "_" has none). Returns false, leaving the text to ICU, when it
// holds anything else. word_count_test checks it against ICU on every line
// of the corpus and on every short string over the classes' characters.
bool CountWordsFast(std::string_view s, int* words) {
  int n = 0;
  bool in_word = false;  // the last character belongs to a token that may go on
  bool counted = false;  // that token is counted already
  int underscores = 0;   // ExtendNumLet characters of the token while it has nothing else
  Wb last = Wb::kOther;  // the token's last letter, digit or ExtendNumLet
  Wb mid = Wb::kOther;   // a MidLetter/MidNumLet/MidNum right after it, else kOther
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    char32_t c = b < 0x80 ? (++i, b) : DecodeUtf8(s, &i);
    Wb w = ClassOf(c);
    if (w == Wb::kIcu) return false;
    if (w == Wb::kLetter || w == Wb::kNumeric || w == Wb::kExtendNumLet) {
      bool joins;
      if (!in_word) {
        joins = false;
      } else if (mid == Wb::kOther) {
        joins = true;  // WB5, 8, 9, 10, 13a, 13b: these all join whatever comes first
      } else {         // across a mid character: only letter-letter or digit-digit
        joins = (last == Wb::kLetter && w == Wb::kLetter && (mid == Wb::kMidLetter || mid == Wb::kMidNumLet)) ||
                (last == Wb::kNumeric && w == Wb::kNumeric && (mid == Wb::kMidNum || mid == Wb::kMidNumLet));
      }
      if (!joins) {
        counted = false;
        underscores = 0;
      }
      if (!counted) {
        if (w == Wb::kExtendNumLet)
          counted = ++underscores >= 2;
        else
          counted = true;
        n += counted;
      }
      in_word = true;
      last = w;
      mid = Wb::kOther;
      // More ASCII letters or digits of the same class change nothing: the hot loop.
      if (w != Wb::kExtendNumLet)
        while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 &&
               kWordBreakClasses[static_cast<unsigned char>(s[i])] == w)
          ++i;
    } else if (in_word && mid == Wb::kOther && last != Wb::kExtendNumLet &&
               (w == Wb::kMidLetter || w == Wb::kMidNumLet || w == Wb::kMidNum)) {
      mid = w;  // may join the token to what follows
    } else {
      in_word = false;
      mid = Wb::kOther;
    }
  }
  *words = n;
  return true;
}

// CountWordsFast without a branch per token, for text without ExtendNumLet
// (the common case): with letters, digits and the three kinds of mid
// characters only, whether a token starts at a character depends on that
// character and the two before it, so the count is a sum of lookups in a
// table of the 6 x 6 x 6 class triples. Returns false (nothing counted)
// for text CountWordsFast or ICU must read.
namespace window {

enum : unsigned char { kO, kL, kN, kML, kMNL, kMN, kBail, kClasses = 6 };

unsigned char Small(Wb w) {
  switch (w) {
    case Wb::kLetter:
      return kL;
    case Wb::kNumeric:
      return kN;
    case Wb::kMidLetter:
      return kML;
    case Wb::kMidNumLet:
      return kMNL;
    case Wb::kMidNum:
      return kMN;
    case Wb::kOther:
      return kO;
    case Wb::kExtendNumLet:
    case Wb::kIcu:
      return kBail;
  }
  return kBail;
}

// starts[(a * 6 + m) * 6 + b]: 1 when b begins a new token after a, m.
struct Tables {
  unsigned char ascii[128];
  unsigned char starts[kClasses * kClasses * kClasses];
};

const Tables& Get() {
  static const Tables t = [] {
    Tables t{};
    for (int c = 0; c < 128; ++c) t.ascii[c] = Small(ClassOf(c));
    auto alnum = [](int x) { return x == kL || x == kN; };
    for (int a = 0; a < kClasses; ++a)
      for (int m = 0; m < kClasses; ++m)
        for (int b = 0; b < kClasses; ++b) {
          bool joins_across =
              (a == kL && b == kL && (m == kML || m == kMNL)) || (a == kN && b == kN && (m == kMN || m == kMNL));
          t.starts[(a * kClasses + m) * kClasses + b] = alnum(b) && !alnum(m) && !joins_across;
        }
    return t;
  }();
  return t;
}

}  // namespace window

// Bits set in a 16-bit mask. Baseline x86-64 has no popcnt instruction, and
// __builtin_popcount becomes a call into libgcc.
inline int PopCount16(uint32_t x) {
  x = x - ((x >> 1) & 0x5555);
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0F0F;
  return static_cast<int>((x + (x >> 8)) & 0x1F);
}

// Up to 16 ASCII bytes of CountWordsWindow at once, from their classes as
// bit masks (ClassifyAscii16; bit j is byte j): a token starts at every
// letter or digit whose previous byte is neither, unless letter-mid-letter
// or digit-mid-digit joins it across one mid character. `a` and `m` are the
// classes of the two characters before the chunk, and become those of its
// last two. Returns the number of token starts, or -1 for an ExtendNumLet
// ("_"), which the window cannot count.
int CountAsciiChunk(const unsigned char* p, const AsciiClasses& c, const window::Tables& t, unsigned* a, unsigned* m) {
  using namespace window;
  if (c.underscore != 0) return -1;
  const int len = c.length;
  const uint32_t letter = c.letter, digit = c.digit, mid_num_let = c.mid_num_let, mid_num = c.mid_num;
  // The masks shifted by one and two bytes, the characters before the chunk filling in.
  auto is = [](unsigned cls, unsigned want) { return static_cast<uint32_t>(cls == want); };
  const uint32_t letter1 = letter << 1 | is(*m, kL), letter2 = letter << 2 | is(*m, kL) << 1 | is(*a, kL);
  const uint32_t digit1 = digit << 1 | is(*m, kN), digit2 = digit << 2 | is(*m, kN) << 1 | is(*a, kN);
  const uint32_t joins_letters1 = (mid_num_let << 1) | is(*m, kML) | is(*m, kMNL);  // ASCII has no MidLetter
  const uint32_t joins_digits1 = ((mid_num_let | mid_num) << 1) | is(*m, kMN) | is(*m, kMNL);
  const uint32_t alnum = letter | digit;
  const uint32_t joined = (letter & letter2 & joins_letters1) | (digit & digit2 & joins_digits1);
  const uint32_t starts = alnum & ~(letter1 | digit1) & ~joined;
  if (len >= 2) {
    *a = t.ascii[p[len - 2]];
    *m = t.ascii[p[len - 1]];
  } else {
    *a = *m;
    *m = t.ascii[p[0]];
  }
  return PopCount16(starts);
}

bool CountWordsWindow(std::string_view s, int* words) {
  const window::Tables& t = window::Get();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t size = s.size();
  unsigned a = window::kO, m = window::kO;
  int n = 0;
  for (size_t i = 0; i < size;) {
    if (p[i] < 0x80) {
      // The ASCII bytes from here, up to 16 of them, as one chunk.
      const AsciiClasses classes = ClassifyAscii16(s, i);
      int starts = CountAsciiChunk(p + i, classes, t, &a, &m);
      if (starts < 0) return false;
      n += starts;
      i += static_cast<size_t>(classes.length);
      continue;
    }
    const char32_t c = DecodeUtf8(s, &i);
    const unsigned b = window::Small(ClassOf(c));
    if (b == window::kBail) return false;
    n += t.starts[(a * window::kClasses + m) * window::kClasses + b];
    a = m;
    m = b;
  }
  *words = n;
  return true;
}

// Languages whose ICU word rules are the root ones (no tailoring, no
// dictionary for their own script).
bool RootWordRules(const std::string& icu_locale) {
  std::string lang = icu_locale.substr(0, icu_locale.find_first_of("-_"));
  for (const char* l : {"en", "fr", "de", "es", "it", "pt", "nl"})
    if (lang == l) return true;
  return false;
}

}  // namespace

int CountWords(std::string_view utf8, const std::string& locale) { return WordCounter(locale).Count(utf8); }

WordCounter::WordCounter(const std::string& locale)
    : icu_locale_(IcuLocaleOf(locale)), root_rules_(RootWordRules(icu_locale_)) {}

int WordCounter::Count(std::string_view utf8) const {
  int fast = 0;
  if (root_rules_ && (CountWordsWindow(utf8, &fast) || CountWordsFast(utf8, &fast))) return fast;
  Counters* c = CountersFor(icu_locale_);
  if (c == nullptr || utf8.empty()) return 0;
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, utf8.data(), static_cast<int64_t>(utf8.size()), &err);
  if (U_FAILURE(err)) return 0;
  int words = WordsOf(c, &ut, err);
  utext_close(&ut);
  return words;
}

TextCounts CountText(std::string_view utf8, const std::string& locale) {
  TextCounts counts;
  Counters* c = CountersFor(IcuLocaleOf(locale));
  if (c == nullptr || utf8.empty()) return counts;
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, utf8.data(), static_cast<int64_t>(utf8.size()), &err);
  if (U_FAILURE(err)) return counts;
  counts.words = WordsOf(c, &ut, err);
  c->graphemes->setText(&ut, err);
  for (int32_t start = c->graphemes->first(), end = c->graphemes->next(); end != icu::BreakIterator::DONE;
       start = end, end = c->graphemes->next()) {
    if (!u_isUWhiteSpace(utext_char32At(&ut, start))) ++counts.characters;
  }
  utext_close(&ut);
  return counts;
}

}  // namespace folio::segment
