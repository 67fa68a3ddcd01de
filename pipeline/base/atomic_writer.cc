#include "base/atomic_writer.h"

#include <filesystem>
#include <set>
#include <utility>

namespace folio {

AtomicWriter::~AtomicWriter() { Abandon(); }

Status AtomicWriter::Write(const std::string& path, std::string_view contents, bool* changed) {
  if (changed) *changed = false;
  std::string old;
  if (env_->ReadFile(path, &old).ok() && old == contents) return Status::Ok();
  TempFile tmp;
  Status st = env_->WriteTempFile(path, contents, &tmp);
  if (!st.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    if (first_error_.ok()) first_error_ = st;
    failed_.push_back(path);
    return st;
  }
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
    Status st = env_->FlushTempFile(&f);
    lock.lock();
    if (st.ok()) {
      ready_.push_back(std::move(f));
    } else {
      if (first_error_.ok()) first_error_ = st;
      failed_.push_back(f.path);
    }
  }
}

void AtomicWriter::StopFlusher() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (committer_.joinable()) committer_.join();
}

Status AtomicWriter::Finish(std::vector<std::string>* failed) {
  StopFlusher();
  std::lock_guard<std::mutex> lock(mu_);
  Status st = first_error_;
  if (!st.ok()) {
    // Something could not be written: put nothing in place.
    for (TempFile& f : ready_) {
      env_->DiscardTempFile(&f);
      failed_.push_back(f.path);
    }
  } else {
    std::set<std::string> dirs;
    for (TempFile& f : ready_) {
      if (!st.ok()) {  // after a failed rename: a later file may depend on it
        env_->DiscardTempFile(&f);
        failed_.push_back(f.path);
        continue;
      }
      st = env_->RenameTempFile(&f);
      if (st.ok())
        dirs.insert(std::filesystem::path(f.path).parent_path().string());
      else
        failed_.push_back(f.path);
    }
    for (const std::string& dir : dirs) {
      Status synced = env_->SyncDir(dir);
      if (st.ok() && !synced.ok()) st = synced;
    }
  }
  ready_.clear();
  first_error_ = Status::Ok();
  if (failed != nullptr) *failed = std::move(failed_);
  failed_.clear();
  return st;
}

void AtomicWriter::Abandon() {
  StopFlusher();
  std::lock_guard<std::mutex> lock(mu_);
  for (TempFile& f : ready_) env_->DiscardTempFile(&f);
  ready_.clear();
  first_error_ = Status::Ok();
  failed_.clear();
}

}  // namespace folio
