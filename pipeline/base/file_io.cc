#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace folio {

Status ReadFile(const std::string& path, std::string* contents) {
  // read(2) into a string sized once (a stream copy through a stringbuf
  // showed up in extract's profile).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  }
  struct stat st;
  std::string data;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) data.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    size_t room = data.capacity() - data.size();
    if (room > 0) {  // straight into the string
      size_t old = data.size();
      data.resize(data.capacity());
      ssize_t n = ::read(fd, data.data() + old, room);
      if (n < 0 && errno == EINTR) {
        data.resize(old);
        continue;
      }
      if (n < 0) {
        std::string err = std::strerror(errno);
        ::close(fd);
        return Status::IoError(path + ": cannot read: " + err);
      }
      data.resize(old + static_cast<size_t>(n));
      if (n == 0) break;
      continue;
    }
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::string err = std::strerror(errno);
      ::close(fd);
      return Status::IoError(path + ": cannot read: " + err);
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  *contents = std::move(data);
  return Status::Ok();
}

Status ReadFileAtMost(const std::string& path, size_t max_bytes, std::string* contents, bool* too_large) {
  contents->clear();
  *too_large = false;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    if (static_cast<uint64_t>(st.st_size) > max_bytes) {
      ::close(fd);
      *too_large = true;
      return Status::Ok();
    }
    contents->reserve(static_cast<size_t>(st.st_size));
  }
  char buf[64 << 10];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      contents->clear();
      return Status::IoError(path + ": cannot read: " + std::strerror(err));
    }
    if (n == 0) break;
    if (contents->size() + static_cast<size_t>(n) > max_bytes) {
      ::close(fd);
      contents->clear();
      contents->shrink_to_fit();
      *too_large = true;
      return Status::Ok();
    }
    contents->append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return Status::Ok();
}

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

Status MakeDirs(const std::string& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return Status::Ok();
  // The folders that are missing, outermost last.
  std::vector<std::filesystem::path> missing;
  for (std::filesystem::path p = dir; !p.empty() && !std::filesystem::exists(p, ec); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(dir + ": cannot create directory: " + ec.message());
  // A new folder is an entry in its parent: flush each parent, or a power
  // cut can lose the folder with the files committed into it.
  for (const std::filesystem::path& p : missing) FOLIO_RETURN_IF_ERROR(SyncDir(p.parent_path().string()));
  return Status::Ok();
}

Status WriteFileAtomic(const std::string& path, std::string_view contents, bool* changed) {
  if (changed) *changed = false;
  std::string old;
  if (ReadFile(path, &old).ok() && old == contents) return Status::Ok();
  TempFile tmp;
  FOLIO_RETURN_IF_ERROR(WriteTempFile(path, contents, &tmp));
  FOLIO_RETURN_IF_ERROR(CommitTempFile(&tmp));
  if (changed) *changed = true;
  return Status::Ok();
}

Status WriteTempFile(const std::string& path, std::string_view contents, TempFile* out) {
  std::filesystem::path p(path);
  if (p.has_parent_path()) FOLIO_RETURN_IF_ERROR(MakeDirs(p.parent_path().string()));
  std::string tmp = path + ".tmp-XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::IoError(path + ": cannot create temporary file: " + std::strerror(errno));
  const char* data = contents.data();
  size_t left = contents.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string err = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return Status::IoError(path + ": write failed: " + err);
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  // mkstemp creates 0600; published files should be readable like any other.
  ::fchmod(fd, 0644);
  out->fd = fd;
  out->temp_path = std::move(tmp);
  out->path = path;
  return Status::Ok();
}

Status FlushTempFile(TempFile* f) {
  int fd = f->fd;
  f->fd = -1;
  // close() even when fsync failed, or the descriptor leaks.
  int synced = ::fsync(fd);
  int sync_err = errno;
  int closed = ::close(fd);
  if (synced != 0 || closed != 0) {
    std::string err = std::strerror(synced != 0 ? sync_err : errno);
    ::unlink(f->temp_path.c_str());
    return Status::IoError(f->path + ": flush failed: " + err);
  }
  return Status::Ok();
}

Status RenameTempFile(TempFile* f) {
  if (::rename(f->temp_path.c_str(), f->path.c_str()) != 0) {
    std::string err = std::strerror(errno);
    ::unlink(f->temp_path.c_str());
    return Status::IoError(f->path + ": rename failed: " + err);
  }
  return Status::Ok();
}

void DiscardTempFile(TempFile* f) {
  if (f->fd >= 0) ::close(f->fd);
  f->fd = -1;
  if (!f->temp_path.empty()) ::unlink(f->temp_path.c_str());
}

Status CommitTempFile(TempFile* f) {
  FOLIO_RETURN_IF_ERROR(FlushTempFile(f));
  FOLIO_RETURN_IF_ERROR(RenameTempFile(f));
  // The rename is only a change to the directory: until the directory is
  // flushed too, a power cut can bring back the old entry (or, for a new
  // file, none), although the command said the file was written. LevelDB
  // syncs the directory after renaming its manifest for the same reason.
  return SyncDir(std::filesystem::path(f->path).parent_path().string());
}

Status SyncDir(const std::string& dir) {
  std::string d = dir.empty() ? "." : dir;
  int fd = ::open(d.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(d + ": cannot open directory to flush it: " + std::strerror(errno));
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  // Some file systems cannot fsync a directory (EINVAL): their renames are
  // as durable as they get.
  if (rc != 0 && err != EINVAL) return Status::IoError(d + ": cannot flush directory: " + std::strerror(err));
  return Status::Ok();
}

bool IsTempFileName(std::string_view name) {
  // WriteTempFile's names: "<target>.tmp-" and mkstemp's six characters.
  constexpr std::string_view kMark = ".tmp-";
  if (name.size() < kMark.size() + 6 + 1) return false;
  return name.substr(name.size() - 6 - kMark.size(), kMark.size()) == kMark;
}

Status RemoveStaleTempFiles(const std::string& dir, bool recursive, std::vector<std::string>* removed) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::Ok();
  auto visit = [&](const std::filesystem::directory_entry& e) -> Status {
    std::error_code e2;
    if (!e.is_regular_file(e2) || !IsTempFileName(e.path().filename().string())) return Status::Ok();
    if (!std::filesystem::remove(e.path(), e2) && e2)
      return Status::IoError(e.path().string() +
                             ": cannot remove a temporary file left by an interrupted run: " + e2.message());
    if (removed) removed->push_back(e.path().string());
    return Status::Ok();
  };
  if (recursive) {
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      FOLIO_RETURN_IF_ERROR(visit(*it));
  } else {
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec))
      FOLIO_RETURN_IF_ERROR(visit(*it));
  }
  if (ec) return Status::IoError(dir + ": cannot list: " + ec.message());
  return Status::Ok();
}

std::string JoinPath(std::string_view a, std::string_view b) {
  if (a.empty() || a == ".") return std::string(b);
  if (!b.empty() && b.front() == '/') return std::string(b);
  std::string s(a);
  if (s.back() != '/') s += '/';
  s += b;
  return s;
}

std::string BaseName(std::string_view path) { return std::filesystem::path(std::string(path)).filename().string(); }

std::string Stem(std::string_view path) { return std::filesystem::path(std::string(path)).stem().string(); }

}  // namespace folio
