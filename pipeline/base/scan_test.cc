// Every fast helper of scan.h against the plain loop that defines it: on
// random strings drawn from the bytes each one looks for, at every length
// and alignment around its 8- and 16-byte steps, and on the edge cases
// (empty, all special, nothing special, a hit in the last byte). In the
// portable build both sides are the plain loop and the test still runs.
#include "base/scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace folio {
namespace {

// Bytes every helper cares about, and ordinary ones.
constexpr unsigned char kPool[] = {'a', 'Z', ' ', ' ', '.',  '!',  '?',  '\n', '\r', '\t', 0x00, 0x01, 0x1F, 0x7F, '"',
                                   '&', '<', '>', '_', 0x80, 0xBF, 0xC0, 0xC3, 0xA9, 0xE2, 0xEF, 0xBF, 0xF0, 0xFF};

// A random string: runs of one ordinary byte (so that whole chunks are
// clean) broken by bytes from the pool.
std::string RandomBytes(std::mt19937& rng, size_t max_len) {
  std::string s;
  size_t len = rng() % (max_len + 1);
  while (s.size() < len) {
    if (rng() % 3 == 0)
      s += static_cast<char>(kPool[rng() % sizeof kPool]);
    else
      s.append(rng() % 40, "abc xyz"[rng() % 7]);
  }
  s.resize(len);
  return s;
}

// Hand-made inputs: every length up to 70 of plain letters, with one byte
// of the pool at every offset, and two of them side by side.
std::vector<std::string> EdgeInputs() {
  std::vector<std::string> out = {
      "", " ", "  ", std::string(64, ' '), std::string(64, '\x01'), std::string(64, '\xC3')};
  for (size_t len = 1; len <= 70; ++len)
    for (size_t at = 0; at < len; ++at)
      for (unsigned char b : {' ', '\n', '\x05', '\xC3', '<', '.'}) {
        std::string s(len, 'x');
        s[at] = static_cast<char>(b);
        out.push_back(s);
        if (at + 1 < len) {
          s[at + 1] = static_cast<char>(b);
          out.push_back(s);
        }
      }
  return out;
}

std::vector<std::string> Inputs() {
  std::vector<std::string> out = EdgeInputs();
  std::mt19937 rng(20261204);
  for (int round = 0; round < 20000; ++round) out.push_back(RandomBytes(rng, round % 10 == 0 ? 600 : 80));
  return out;
}

const std::vector<std::string>& AllInputs() {
  static const std::vector<std::string> inputs = Inputs();
  return inputs;
}

// Offsets to start from: every one for short strings, a few for long ones.
std::vector<size_t> Starts(const std::string& s) {
  std::vector<size_t> out;
  for (size_t i = 0; i <= s.size(); i += s.size() < 40 ? 1 : 13) out.push_back(i);
  out.push_back(s.size());
  return out;
}

TEST(Scan, SkipAsciiMatchesThePlainLoop) {
  for (const std::string& s : AllInputs())
    for (size_t i : Starts(s))
      ASSERT_EQ(SkipAscii(s, i), SkipAsciiPlain(s, i)) << testing::PrintToString(s) << " " << i;
}

TEST(Scan, CountCodePointsMatchesThePlainLoop) {
  for (const std::string& s : AllInputs())
    ASSERT_EQ(CountCodePoints(s), CountCodePointsPlain(s)) << testing::PrintToString(s);
  EXPECT_EQ(CountCodePoints("d\xC3\xA9j\xC3\xA0 vu, \xE2\x80\x94 \xF0\x9F\x98\x80"), 12u);
}

TEST(Scan, CountLineEndsMatchesThePlainLoop) {
  for (const std::string& s : AllInputs()) {
    size_t lf = 0, cr = 0, plain_lf = 1, plain_cr = 1;
    CountLineEnds(s, &lf, &cr);
    CountLineEndsPlain(s, &plain_lf, &plain_cr);
    ASSERT_EQ(lf, plain_lf) << testing::PrintToString(s);
    ASSERT_EQ(cr, plain_cr) << testing::PrintToString(s);
  }
  // More than 255 chunks of sixteen bytes: the byte-wise counters are emptied in time.
  std::string many;
  for (int k = 0; k < 5000; ++k) many += "line\r\n";
  size_t lf = 0, cr = 0;
  CountLineEnds(many, &lf, &cr);
  EXPECT_EQ(lf, 5000u);
  EXPECT_EQ(cr, 5000u);
}

TEST(Scan, SkipSingleSpacedMatchesThePlainLoop) {
  for (const std::string& s : AllInputs())
    for (size_t i : Starts(s))
      ASSERT_EQ(SkipSingleSpaced(s, i), SkipSingleSpacedPlain(s, i)) << testing::PrintToString(s) << " " << i;
  EXPECT_EQ(SkipSingleSpaced("one two three four five six seven  eight", 0), 34u);
  EXPECT_EQ(SkipSingleSpaced("  x", 1), 3u);  // the space before `i` is not part of the text
}

TEST(Scan, WidenAsciiMatchesThePlainLoop) {
  for (const std::string& s : AllInputs()) {
    std::u16string fast(s.size(), u'?'), plain(s.size(), u'?');
    size_t n = WidenAscii(s, fast.data());
    ASSERT_EQ(n, WidenAsciiPlain(s, plain.data())) << testing::PrintToString(s);
    ASSERT_EQ(fast.substr(0, n), plain.substr(0, n)) << testing::PrintToString(s);
  }
}

TEST(Scan, SkipFoldFreeAsciiMatchesThePlainLoop) {
  for (const std::string& s : AllInputs())
    for (size_t i : Starts(s))
      for (bool space_before : {false, true})
        ASSERT_EQ(SkipFoldFreeAscii(s, i, space_before), SkipFoldFreeAsciiPlain(s, i, space_before))
            << testing::PrintToString(s) << " " << i << " " << space_before;
  EXPECT_EQ(SkipFoldFreeAscii("one two three four five six seven eight", 0, false), 39u);
  EXPECT_EQ(SkipFoldFreeAscii("one two three four five six seven d\xC3\xA9j\xC3\xA0", 0, false), 35u);
  EXPECT_EQ(SkipFoldFreeAscii(" x", 0, true), 0u);
  EXPECT_EQ(SkipFoldFreeAscii(" x", 0, false), 2u);
}

bool operator==(const AsciiClasses& a, const AsciiClasses& b) {
  return a.length == b.length && a.letter == b.letter && a.digit == b.digit && a.mid_num_let == b.mid_num_let &&
         a.mid_num == b.mid_num && a.underscore == b.underscore;
}

TEST(Scan, ClassifyAscii16MatchesThePlainLoop) {
  for (std::string s : AllInputs()) {
    // Digits and the word counter's punctuation too.
    for (size_t k = 0; k < s.size(); k += 5) s[k] = "0.9,';_Q"[k % 8];
    for (size_t i : Starts(s)) {
      AsciiClasses fast = ClassifyAscii16(s, i), plain = ClassifyAscii16Plain(s, i);
      ASSERT_TRUE(fast == plain) << testing::PrintToString(s) << " " << i;
    }
  }
  AsciiClasses c = ClassifyAscii16("It's 3.5, a_b; more than sixteen", 0);
  EXPECT_EQ(c.length, 16);
  EXPECT_EQ(c.letter, 0b1001'0100'0000'1011u);
  EXPECT_EQ(c.digit, 0b0000'0000'1010'0000u);
  EXPECT_EQ(c.mid_num_let, 0b0000'0000'0100'0100u);
  EXPECT_EQ(c.mid_num, 0b0010'0001'0000'0000u);
  EXPECT_EQ(c.underscore, 0b0000'1000'0000'0000u);
  EXPECT_EQ(ClassifyAscii16("ab\xC3\xA9", 0).length, 2);
  EXPECT_EQ(ClassifyAscii16("ab", 2).length, 0);
}

TEST(Scan, FindXmlSpecialMatchesThePlainLoopForEverySubset) {
  // The five kinds of byte the fast version looks for, each in or out of the set.
  std::vector<ByteSet> sets;
  for (int bits = 0; bits < 32; ++bits) {
    ByteSet set{};
    for (int b = 0; b < 0x20; ++b) set[b] = (bits & 1) != 0;
    set['"'] = (bits & 2) != 0;
    set['&'] = set['<'] = (bits & 4) != 0;
    set['>'] = (bits & 8) != 0;
    set[0xEF] = (bits & 16) != 0;
    ASSERT_TRUE(IsXmlSpecialSubset(set));
    sets.push_back(set);
  }
  for (const std::string& s : AllInputs())
    for (const ByteSet& set : {sets[0], sets[31], sets[21], sets[10]})
      for (size_t i : Starts(s))
        ASSERT_EQ(FindXmlSpecial(s, i, set), FindXmlSpecialPlain(s, i, set)) << testing::PrintToString(s) << " " << i;
  ByteSet wrong{};
  wrong['a'] = true;
  EXPECT_FALSE(IsXmlSpecialSubset(wrong));
}

TEST(Scan, TheBuildSaysWhichVersionRuns) {
#if defined(FOLIO_PORTABLE) || !defined(__SSE2__)
  EXPECT_FALSE(kFastScan);
#else
  EXPECT_TRUE(kFastScan);
#endif
}

}  // namespace
}  // namespace folio
