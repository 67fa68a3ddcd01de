#include "base/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <set>
#include <thread>

namespace folio {
namespace {

TEST(ParallelTest, EveryJobRunsOnceWhateverTheThreads) {
  for (int threads : {1, 2, 3, 8, 64}) {
    std::vector<size_t> order;
    for (size_t i = 0; i < 37; ++i) order.push_back((i * 7) % 37);
    std::vector<std::atomic<int>> runs(37);
    RunJobs(order, threads, [&](size_t i) { ++runs[i]; });
    for (size_t i = 0; i < runs.size(); ++i)
      EXPECT_EQ(runs[i].load(), 1) << "job " << i << ", " << threads << " threads";
  }
}

TEST(ParallelTest, UsesSeveralThreadsWhenAsked) {
  std::mutex m;
  std::set<std::thread::id> ids;
  std::atomic<int> waiting{0};
  std::vector<size_t> order = {0, 1};
  RunJobs(order, 2, [&](size_t) {
    {
      std::lock_guard<std::mutex> lock(m);
      ids.insert(std::this_thread::get_id());
    }
    // Both jobs are running at once, or this would wait for ever: each
    // waits for the other to start.
    ++waiting;
    while (waiting.load() < 2) std::this_thread::yield();
  });
  EXPECT_EQ(ids.size(), 2u);
}

TEST(ParallelTest, NoJobsAndOneThread) {
  int calls = 0;
  RunJobs({}, 4, [&](size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
  std::vector<size_t> order = {2, 0, 1};
  std::vector<size_t> seen;
  RunJobs(order, 1, [&](size_t i) { seen.push_back(i); });
  EXPECT_EQ(seen, order);  // one thread takes them in the order given
}

TEST(ParallelTest, ThreadCountFromArgumentEnvironmentOrCores) {
  EXPECT_EQ(ThreadCount(3), 3);
  setenv("FOLIO_JOBS", "5", 1);
  EXPECT_EQ(ThreadCount(0), 5);
  setenv("FOLIO_JOBS", "many", 1);
  EXPECT_GE(ThreadCount(0), 1);
  unsetenv("FOLIO_JOBS");
  EXPECT_GE(ThreadCount(0), 1);
}

}  // namespace
}  // namespace folio
