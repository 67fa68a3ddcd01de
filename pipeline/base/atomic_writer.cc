#include "base/atomic_writer.h"

#include <utility>

namespace folio {

AtomicWriter::~AtomicWriter() { Finish(); }

Status AtomicWriter::Write(const std::string& path, std::string_view contents, bool* changed) {
  if (changed) *changed = false;
  std::string old;
  if (ReadFile(path, &old).ok() && old == contents) return Status::Ok();
  TempFile tmp;
  FOLIO_RETURN_IF_ERROR(WriteTempFile(path, contents, &tmp));
  {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return queue_.size() < kMaxPending; });
    queue_.push_back(std::move(tmp));
    if (!committer_.joinable()) {
      stop_ = false;
      committer_ = std::thread([this] { Run(); });
    }
  }
  cv_.notify_all();
  if (changed) *changed = true;
  return Status::Ok();
}

void AtomicWriter::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stop_ and nothing left
    TempFile f = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    cv_.notify_all();  // a writer may wait for room
    std::string path = f.path;
    Status st = CommitTempFile(&f);
    lock.lock();
    if (!st.ok()) {
      if (first_error_.ok()) first_error_ = st;
      failed_.push_back(std::move(path));
    }
  }
}

Status AtomicWriter::Finish(std::vector<std::string>* failed) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (committer_.joinable()) committer_.join();
  std::lock_guard<std::mutex> lock(mu_);
  Status st = first_error_;
  first_error_ = Status::Ok();
  if (failed != nullptr) *failed = std::move(failed_);
  failed_.clear();
  return st;
}

}  // namespace folio
