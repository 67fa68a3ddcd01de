// Runs independent jobs on several threads: the articles of a project, for
// extract and build. Jobs share nothing but what they only read; each writes
// its own result slot, so results come out in job order whatever the threads
// did (outputs stay byte-identical).
#ifndef FOLIO_BASE_PARALLEL_H_
#define FOLIO_BASE_PARALLEL_H_

#include <cstddef>
#include <functional>
#include <vector>

namespace folio {

// How many threads `jobs` asks for: jobs > 0 as given, otherwise the
// FOLIO_JOBS environment variable if set, otherwise the number of cores.
int ThreadCount(int jobs);

// Calls job(i) once for every i in `order` (indices into the caller's
// work), taking them in that order from `threads` threads (the calling
// thread is one of them). Put the longest jobs first: each thread takes the
// next job when it finishes one. Returns when every job has finished.
void RunJobs(const std::vector<size_t>& order, int threads, const std::function<void(size_t)>& job);

}  // namespace folio

#endif  // FOLIO_BASE_PARALLEL_H_
