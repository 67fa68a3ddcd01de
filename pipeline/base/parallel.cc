#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>

namespace folio {

int ThreadCount(int jobs) {
  if (jobs > 0) return jobs;
  if (const char* env = std::getenv("FOLIO_JOBS")) {
    char* end = nullptr;
    long n = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && n > 0 && n <= 1024) return static_cast<int>(n);
  }
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

void RunJobs(const std::vector<size_t>& order, int threads, const std::function<void(size_t)>& job) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t k = next++; k < order.size(); k = next++) job(order[k]);
  };
  size_t helpers = std::min<size_t>(threads > 1 ? threads - 1 : 0, order.size() > 0 ? order.size() - 1 : 0);
  std::vector<std::thread> pool;
  pool.reserve(helpers);
  for (size_t t = 0; t < helpers; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace folio
