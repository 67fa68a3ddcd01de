// The project lock: one folio command at a time writes a project.
//
// `import` reads locales/<tag>/<article>.xlf, merges the returned file into
// it and writes it back. Two imports of the same locale at once would each
// merge into the same old file, and the second rename would drop the first
// one's translations without a word. Every command that writes locales/,
// the memory or outputs/ (extract, import, build, audit, tm import) takes
// this lock first, before it reads the project, and holds it to the end.
//
// The lock is flock(2) on `<project>/.folio.lock`: the kernel releases it
// when the process ends, however it ends (a `kill -9` leaves no stale
// lock). The holder writes its pid into the file, so that a command that
// waits can say who it waits for, and deletes the file when it releases the
// lock, so a project at rest has no lock file. A file left by a killed
// command is taken over by the next one. Commands that only read (status,
// qa, analyze, validate, tm export) take no lock: every file they read is
// replaced atomically, so they see it whole, old or new.
#ifndef FOLIO_BASE_PROJECT_LOCK_H_
#define FOLIO_BASE_PROJECT_LOCK_H_

#include <functional>
#include <string>

#include "base/status.h"

namespace folio {

class ProjectLock {
 public:
  ProjectLock() = default;
  ProjectLock(const ProjectLock&) = delete;
  ProjectLock& operator=(const ProjectLock&) = delete;
  ~ProjectLock();  // Release()

  // The lock file of the project in `project_dir`.
  static std::string PathFor(const std::string& project_dir);

  // Takes the lock of the project in `project_dir`, waiting up to
  // `timeout_ms` milliseconds while another process holds it. When it has
  // to wait, calls `waiting` once (if given) with the holder's pid (0 when
  // not known yet). Returns IoError naming the lock file and the holder's
  // pid when the time runs out ("...: another folio command (pid 123) is
  // writing this project ..."), or when the lock file cannot be created
  // (a read-only project folder).
  Status Acquire(const std::string& project_dir, int timeout_ms,
                 const std::function<void(long holder_pid)>& waiting = nullptr);

  // Deletes the lock file and releases the lock; nothing when not held.
  void Release();

  bool held() const { return fd_ >= 0; }

  // The pid written in the lock file at `path`, 0 when there is none.
  static long ReadHolderPid(const std::string& path);

 private:
  int fd_ = -1;
  std::string path_;
};

// The lock timeout folio's commands use: FOLIO_LOCK_TIMEOUT (seconds, may
// be fractional; 0 = do not wait) when set and valid, else 300 seconds.
int LockTimeoutMs();

}  // namespace folio

#endif  // FOLIO_BASE_PROJECT_LOCK_H_
