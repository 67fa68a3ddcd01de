#include "base/mem_env.h"

#include <cstdio>
#include <filesystem>

namespace folio {

namespace {

std::string Normal(const std::string& path) {
  std::string p = std::filesystem::path(path.empty() ? "." : path).lexically_normal().string();
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p.empty() ? "." : p;
}

std::string Parent(const std::string& normal) {
  size_t slash = normal.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : normal.substr(0, slash);
}

}  // namespace

void MemEnv::AddDirsLocked(const std::string& path) {
  for (std::string d = Parent(path); dirs_.insert(d).second && d != "." && d != "/"; d = Parent(d)) {
  }
}

bool MemEnv::RefusedLocked(const std::string& path) const {
  return failing_ && path.compare(0, fail_prefix_.size(), fail_prefix_) == 0;
}

void MemEnv::SetFile(const std::string& path, std::string contents) {
  std::lock_guard<std::mutex> lock(mu_);
  std::string p = Normal(path);
  files_[p] = std::move(contents);
  AddDirsLocked(p);
}

bool MemEnv::GetFile(const std::string& path, std::string* contents) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(Normal(path));
  if (it == files_.end()) return false;
  *contents = it->second;
  return true;
}

std::map<std::string, std::string> MemEnv::Files() const {
  std::lock_guard<std::mutex> lock(mu_);
  return files_;
}

void MemEnv::set_now(int64_t seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  now_ = seconds;
}

void MemEnv::FailWritesUnder(const std::string& prefix) {
  std::lock_guard<std::mutex> lock(mu_);
  failing_ = !prefix.empty();
  fail_prefix_ = failing_ ? Normal(prefix) : "";
}

std::vector<std::string> MemEnv::synced_dirs() const {
  std::lock_guard<std::mutex> lock(mu_);
  return synced_;
}

Status MemEnv::ReadFile(const std::string& path, std::string* contents) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(Normal(path));
  if (it == files_.end()) return Status::NotFound(path + ": no such file");
  *contents = it->second;
  return Status::Ok();
}

Status MemEnv::ReadFileAtMost(const std::string& path, size_t max_bytes, std::string* contents, bool* too_large) {
  contents->clear();
  *too_large = false;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(Normal(path));
  if (it == files_.end()) return Status::NotFound(path + ": no such file");
  if (it->second.size() > max_bytes)
    *too_large = true;
  else
    *contents = it->second;
  return Status::Ok();
}

bool MemEnv::FileExists(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  std::string p = Normal(path);
  return files_.count(p) > 0 || dirs_.count(p) > 0;
}

Status MemEnv::GetFileSize(const std::string& path, uint64_t* size) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(Normal(path));
  if (it == files_.end()) return Status::NotFound(path + ": no such file");
  *size = it->second.size();
  return Status::Ok();
}

Status MemEnv::MakeDirs(const std::string& dir) {
  std::lock_guard<std::mutex> lock(mu_);
  std::string d = Normal(dir);
  if (files_.count(d)) return Status::IoError(dir + ": cannot create directory: File exists");
  dirs_.insert(d);
  AddDirsLocked(d);
  return Status::Ok();
}

Status MemEnv::ListDir(const std::string& dir, std::vector<std::string>* names) {
  names->clear();
  std::lock_guard<std::mutex> lock(mu_);
  std::string d = Normal(dir);
  if (!dirs_.count(d)) return Status::NotFound(dir + ": no such directory");
  std::set<std::string> found;
  auto child = [&](const std::string& p) {
    if (p == d || Parent(p) != d) return;
    found.insert(p.substr(d == "." ? 0 : d == "/" ? 1 : d.size() + 1));
  };
  for (const auto& [p, _] : files_) child(p);
  for (const std::string& p : dirs_) child(p);
  names->assign(found.begin(), found.end());
  return Status::Ok();
}

Status MemEnv::RemoveFile(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  if (files_.erase(Normal(path)) == 0) return Status::NotFound(path + ": no such file");
  return Status::Ok();
}

Status MemEnv::WriteFileAtomic(const std::string& path, std::string_view contents, bool* changed) {
  if (changed) *changed = false;
  std::lock_guard<std::mutex> lock(mu_);
  std::string p = Normal(path);
  auto it = files_.find(p);
  if (it != files_.end() && it->second == contents) return Status::Ok();
  if (RefusedLocked(p)) return Status::IoError(path + ": write failed: No space left on device");
  files_[p] = std::string(contents);
  AddDirsLocked(p);
  synced_.push_back(Parent(p));
  if (changed) *changed = true;
  return Status::Ok();
}

Status MemEnv::WriteTempFile(const std::string& path, std::string_view contents, TempFile* out) {
  std::lock_guard<std::mutex> lock(mu_);
  std::string p = Normal(path);
  if (RefusedLocked(p)) return Status::IoError(path + ": write failed: No space left on device");
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, ".tmp-%06d", next_temp_++ % 1000000);
  out->fd = -1;
  out->temp_path = p + suffix;
  out->path = path;
  files_[out->temp_path] = std::string(contents);
  AddDirsLocked(p);
  return Status::Ok();
}

Status MemEnv::FlushTempFile(TempFile* file) {
  std::lock_guard<std::mutex> lock(mu_);
  if (RefusedLocked(Normal(file->path))) {
    files_.erase(file->temp_path);
    return Status::IoError(file->path + ": flush failed: No space left on device");
  }
  return Status::Ok();
}

Status MemEnv::RenameTempFile(TempFile* file) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(file->temp_path);
  if (it == files_.end()) return Status::IoError(file->path + ": rename failed: No such file or directory");
  std::string bytes = std::move(it->second);
  files_.erase(it);
  files_[Normal(file->path)] = std::move(bytes);
  return Status::Ok();
}

void MemEnv::DiscardTempFile(TempFile* file) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!file->temp_path.empty()) files_.erase(file->temp_path);
}

Status MemEnv::SyncDir(const std::string& dir) {
  std::lock_guard<std::mutex> lock(mu_);
  synced_.push_back(Normal(dir));
  return Status::Ok();
}

int64_t MemEnv::NowSeconds() {
  std::lock_guard<std::mutex> lock(mu_);
  return now_;
}

}  // namespace folio
