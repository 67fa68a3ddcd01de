// Atomic file writes whose flush to disk happens on a background thread.
//
// WriteFileAtomic (file_io.h) waits for fsync before the rename that makes
// a file visible; extract writes one handoff per article and locale, and
// those waits added up to a tenth of its time on the corpus. An
// AtomicWriter writes the temporary file at once and hands fsync + rename
// to its own thread, so the caller goes on with the next article. Each
// file is still replaced atomically: until its rename, `path` holds its old
// bytes. Finish() waits for every rename and returns the first error.
#ifndef FOLIO_BASE_ATOMIC_WRITER_H_
#define FOLIO_BASE_ATOMIC_WRITER_H_

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/file_io.h"
#include "base/status.h"

namespace folio {

class AtomicWriter {
 public:
  AtomicWriter() = default;
  AtomicWriter(const AtomicWriter&) = delete;
  AtomicWriter& operator=(const AtomicWriter&) = delete;
  ~AtomicWriter();  // Finish(), its status dropped: call Finish() to see it

  // As WriteFileAtomic: nothing is written when `path` already holds these
  // bytes (*changed false). Otherwise the temporary file is written now and
  // its commit queued. Thread-safe. Blocks while kMaxPending commits wait,
  // so that open files stay bounded.
  Status Write(const std::string& path, std::string_view contents, bool* changed = nullptr);

  // Waits until every queued file is flushed and renamed. Returns the first
  // error of any commit (the others are still done) and, when `failed` is
  // given, stores there the path of every file whose commit failed (those
  // paths keep their old bytes). Call it once every Write has returned;
  // Write may be called again afterwards.
  Status Finish(std::vector<std::string>* failed = nullptr);

  static constexpr size_t kMaxPending = 32;

 private:
  void Run();

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<TempFile> queue_;
  bool stop_ = false;
  Status first_error_;
  std::vector<std::string> failed_;
  std::thread committer_;
};

}  // namespace folio

#endif  // FOLIO_BASE_ATOMIC_WRITER_H_
