#include "base/code_point_pages.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace folio {
namespace {

std::atomic<int> computed{0};

int Scrambled(char32_t c) {
  computed.fetch_add(1, std::memory_order_relaxed);
  return static_cast<int>((c * 2654435761u) >> 7);
}

TEST(CodePointPages, GivesTheComputedValueAndFillsOnlyThePagesAskedFor) {
  const CodePointPages<int, 0x3000, Scrambled> table;  // a fresh one each run (its pages leak)
  computed = 0;
  EXPECT_EQ(table['a'], Scrambled('a'));
  EXPECT_EQ(computed.load(), 256 + 1);  // page 0, then the call above
  EXPECT_EQ(table[0x2019], Scrambled(0x2019));
  EXPECT_EQ(table[0x20FF], Scrambled(0x20FF));
  EXPECT_EQ(computed.load(), 2 * 256 + 3);  // one more page for both
  for (char32_t c = 0; c < 0x3000; ++c) ASSERT_EQ(table[c], Scrambled(c)) << static_cast<int>(c);
}

// Threads racing for the same pages all read the right values. On x86 a
// wrong memory order would still pass here: the test means most under
// -fsanitize=thread (g++ -fsanitize=thread with this file and gtest).
TEST(CodePointPages, ThreadsRacingForTheSamePagesAgree) {
  static constinit const CodePointPages<int, 0x3000, Scrambled> table;
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (char32_t k = 0; k < 0x3000; ++k) {
        char32_t c = (k * 7 + static_cast<char32_t>(t) * 1031) % 0x3000;
        if (table[c] != Scrambled(c)) wrong.fetch_add(1);
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace folio
