#include "base/project_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "base/file_io.h"

namespace folio {

ProjectLock::~ProjectLock() { Release(); }

std::string ProjectLock::PathFor(const std::string& project_dir) { return JoinPath(project_dir, ".folio.lock"); }

long ProjectLock::ReadHolderPid(const std::string& path) {
  std::string s;
  if (!ReadFile(path, &s).ok()) return 0;
  char* end = nullptr;
  long pid = std::strtol(s.c_str(), &end, 10);
  return pid > 0 ? pid : 0;
}

Status ProjectLock::Acquire(const std::string& project_dir, int timeout_ms, const std::function<void(long)>& waiting) {
  Release();
  const std::string path = PathFor(project_dir);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  bool told = false;
  while (true) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      std::string err = std::strerror(errno);
      if (errno == ENOENT || errno == ENOTDIR)
        return Status::NotFound(project_dir + ": no such project folder (cannot create " + path + ")");
      return Status::IoError(path + ": cannot create the project lock: " + err +
                             "; folio needs to write in the project folder");
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      // The holder before us deletes the file before it lets go: if the
      // name no longer leads to the file we locked, we hold a lock nobody
      // else will ever look at; start again with the file now there.
      struct stat ours, named;
      if (::fstat(fd, &ours) == 0 && ::stat(path.c_str(), &named) == 0 && ours.st_dev == named.st_dev &&
          ours.st_ino == named.st_ino) {
        std::string pid = std::to_string(static_cast<long>(::getpid())) + "\n";
        // Best effort: the pid only makes a waiter's message better.
        if (::ftruncate(fd, 0) == 0) {
          ssize_t n = ::pwrite(fd, pid.data(), pid.size(), 0);
          (void)n;
        }
        fd_ = fd;
        path_ = path;
        return Status::Ok();
      }
      ::close(fd);
      continue;
    }
    int err = errno;
    ::close(fd);
    if (err != EWOULDBLOCK && err != EINTR) return Status::IoError(path + ": cannot lock: " + std::strerror(err));
    long holder = ReadHolderPid(path);
    if (std::chrono::steady_clock::now() >= deadline) {
      std::string who = holder > 0 ? "another folio command (pid " + std::to_string(holder) + ")"
                                   : std::string("another folio command");
      std::string waited =
          timeout_ms % 1000 == 0 ? std::to_string(timeout_ms / 1000) + " s" : std::to_string(timeout_ms) + " ms";
      return Status::IoError(path + ": " + who + " is writing this project; waited " + waited +
                             " for it. Try again when it has finished (FOLIO_LOCK_TIMEOUT sets how long "
                             "to wait, in seconds)");
    }
    if (!told && waiting) {
      waiting(holder);
      told = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

void ProjectLock::Release() {
  if (fd_ < 0) return;
  // Unlink while still holding the lock: a waiter that then gets the lock
  // on this file sees the name gone and opens the next one.
  ::unlink(path_.c_str());
  ::close(fd_);
  fd_ = -1;
  path_.clear();
}

int LockTimeoutMs() {
  const char* s = std::getenv("FOLIO_LOCK_TIMEOUT");
  if (s != nullptr && *s != '\0') {
    char* end = nullptr;
    double seconds = std::strtod(s, &end);
    if (end != s && *end == '\0' && seconds >= 0 && seconds < 1e6) return static_cast<int>(seconds * 1000);
  }
  return 300 * 1000;
}

}  // namespace folio
