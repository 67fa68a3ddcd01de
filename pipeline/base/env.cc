#include "base/env.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

namespace folio {

Status Env::CommitTempFile(TempFile* file) {
  FOLIO_RETURN_IF_ERROR(FlushTempFile(file));
  FOLIO_RETURN_IF_ERROR(RenameTempFile(file));
  return SyncDir(std::filesystem::path(file->path).parent_path().string());
}

namespace {

// base/file_io.h, unchanged: the seam adds no behaviour to the real disk.
class PosixEnv : public Env {
 public:
  Status ReadFile(const std::string& path, std::string* contents) override { return folio::ReadFile(path, contents); }
  Status ReadFileAtMost(const std::string& path, size_t max_bytes, std::string* contents, bool* too_large) override {
    return folio::ReadFileAtMost(path, max_bytes, contents, too_large);
  }
  bool FileExists(const std::string& path) override { return folio::FileExists(path); }
  Status GetFileSize(const std::string& path, uint64_t* size) override {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      if (errno == ENOENT) return Status::NotFound(path + ": no such file");
      return Status::IoError(path + ": cannot read: " + std::strerror(errno));
    }
    // A device or a pipe has no size that says how much it holds
    // (/dev/zero's is 0), as std::filesystem::file_size says.
    if (!S_ISREG(st.st_mode)) return Status::IoError(path + ": not a regular file");
    *size = static_cast<uint64_t>(st.st_size);
    return Status::Ok();
  }
  Status MakeDirs(const std::string& dir) override { return folio::MakeDirs(dir); }
  Status ListDir(const std::string& dir, std::vector<std::string>* names) override {
    names->clear();
    std::error_code ec;
    if (!std::filesystem::is_directory(dir.empty() ? "." : dir, ec))
      return Status::NotFound(dir + ": no such directory");
    for (auto it = std::filesystem::directory_iterator(dir.empty() ? "." : dir, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
      names->push_back(it->path().filename().string());
    if (ec) return Status::IoError(dir + ": cannot list: " + ec.message());
    std::sort(names->begin(), names->end());
    return Status::Ok();
  }
  Status RemoveFile(const std::string& path) override {
    if (::unlink(path.c_str()) == 0) return Status::Ok();
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot remove: " + std::strerror(errno));
  }
  Status WriteFileAtomic(const std::string& path, std::string_view contents, bool* changed) override {
    return folio::WriteFileAtomic(path, contents, changed);
  }
  Status WriteTempFile(const std::string& path, std::string_view contents, TempFile* out) override {
    return folio::WriteTempFile(path, contents, out);
  }
  Status FlushTempFile(TempFile* file) override { return folio::FlushTempFile(file); }
  Status RenameTempFile(TempFile* file) override { return folio::RenameTempFile(file); }
  void DiscardTempFile(TempFile* file) override { folio::DiscardTempFile(file); }
  Status SyncDir(const std::string& dir) override { return folio::SyncDir(dir); }
  int64_t NowSeconds() override { return static_cast<int64_t>(std::time(nullptr)); }
};

}  // namespace

Env* Env::Default() {
  static Env* env = new PosixEnv;  // never destroyed: threads may outlive main's statics
  return env;
}

}  // namespace folio
