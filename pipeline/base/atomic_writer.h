// Atomic file writes whose flush to disk happens on a background thread.
//
// WriteFileAtomic (file_io.h) waits for fsync before the rename that makes
// a file visible; extract writes one handoff per article and locale, and
// those waits added up to a tenth of its time on the corpus. An
// AtomicWriter writes the temporary file at once and hands fsync to its own
// thread, so the caller goes on with the next article.
//
// All or nothing for what the disk refuses: no file is renamed into place
// before Finish(), and Finish() renames them only when every temporary file
// was written and flushed. A full disk, a file size limit or a read-only
// folder fails a write or a flush; then Finish() removes every temporary
// file and each path keeps its old bytes, not some old and some new.
// Renames (which need no space) are done in the order of the writes, and
// stop at the first that fails: a file written later may rely on one
// written before it being in place (extract writes the retired translations
// before the handoff that drops them). Each file is replaced atomically,
// and its directory is flushed after the renames, as in WriteFileAtomic.
#ifndef FOLIO_BASE_ATOMIC_WRITER_H_
#define FOLIO_BASE_ATOMIC_WRITER_H_

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/env.h"
#include "base/file_io.h"
#include "base/status.h"

namespace folio {

class AtomicWriter {
 public:
  // Writes through `env` (base/env.h): the real disk unless a test gives
  // another. `env` must outlive the writer.
  explicit AtomicWriter(Env* env = Env::Default()) : env_(env) {}
  AtomicWriter(const AtomicWriter&) = delete;
  AtomicWriter& operator=(const AtomicWriter&) = delete;
  // Abandon(): a writer dropped without Finish() (an error path) puts no
  // file in place.
  ~AtomicWriter();

  // As WriteFileAtomic: nothing is written when `path` already holds these
  // bytes (*changed false). Otherwise the temporary file is written now and
  // its flush queued; *changed says it will be replaced by Finish(). A
  // failed write is returned, and makes Finish() rename nothing.
  // Thread-safe. Blocks while kMaxPending flushes wait, so that open files
  // stay bounded.
  Status Write(const std::string& path, std::string_view contents, bool* changed = nullptr);

  // Waits until every queued file is flushed. If every write and flush
  // succeeded, renames the files into place in the order they were written,
  // up to the first rename that fails, and returns that error; otherwise
  // removes every temporary file and returns the first write or flush error. When
  // `failed` is given, stores there the path of every file not put in place
  // (those paths keep their old bytes). Call it once every Write has
  // returned; Write may be called again afterwards.
  Status Finish(std::vector<std::string>* failed = nullptr);

  // Removes every temporary file written since the last Finish(): no path
  // changes.
  void Abandon();

  static constexpr size_t kMaxPending = 32;

 private:
  void Run();
  void StopFlusher();

  Env* const env_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<TempFile> queue_;   // written, to flush
  std::vector<TempFile> ready_;  // flushed and closed, to rename
  bool stop_ = false;
  Status first_error_;  // of a write or flush: nothing is renamed
  std::vector<std::string> failed_;
  std::thread committer_;
};

}  // namespace folio

#endif  // FOLIO_BASE_ATOMIC_WRITER_H_
