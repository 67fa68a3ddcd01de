// The file system and the clock as the commands see them (LevelDB's Env,
// Ninja's DiskInterface): app/ reads and writes locales/, outputs/, the
// sources, the metadata and folio.ini only through an Env, so that its
// decisions can be tested in process against an in-memory file system
// (base/mem_env.h) with no folio binary and no disk.
//
// Env::Default() is the real one: base/file_io.h's functions (atomic
// replacement with fsync of the file and of its directory after the rename)
// and the wall clock. It is thread-safe, and every Env must be: extract and
// build call it from several threads, and AtomicWriter flushes on its own.
//
// Not behind the seam: the translation memory. SQLite does its own file I/O
// (tm/memory.h opens project.memory_path itself, and OpenProjectMemory
// creates its folder on the real disk), so a test on a MemEnv points
// memory_path at a real temporary folder. External validators (audit) and
// the project lock also work on the real disk.
#ifndef FOLIO_BASE_ENV_H_
#define FOLIO_BASE_ENV_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_io.h"
#include "base/status.h"

namespace folio {

class Env {
 public:
  virtual ~Env() = default;

  // The real file system and clock. Never null, never destroyed.
  static Env* Default();

  // As the functions of the same name in base/file_io.h: NotFound when
  // `path` does not exist.
  virtual Status ReadFile(const std::string& path, std::string* contents) = 0;
  virtual Status ReadFileAtMost(const std::string& path, size_t max_bytes, std::string* contents, bool* too_large) = 0;
  // Files and directories.
  virtual bool FileExists(const std::string& path) = 0;
  // The size of a regular file. NotFound when `path` does not exist; an
  // error for anything else (a device, a pipe: their size says nothing).
  virtual Status GetFileSize(const std::string& path, uint64_t* size) = 0;
  // Creates `dir` and its parents; durable (each new folder's parent flushed).
  virtual Status MakeDirs(const std::string& dir) = 0;
  // The names (not paths) of the entries of `dir`, files and folders,
  // sorted. NotFound when `dir` does not exist.
  virtual Status ListDir(const std::string& dir, std::vector<std::string>* names) = 0;
  // Removes the file `path`. NotFound when it does not exist.
  virtual Status RemoveFile(const std::string& path) = 0;

  // Atomic replacement (file_io.h WriteFileAtomic): nothing is written
  // when `path` holds these bytes already (*changed false).
  virtual Status WriteFileAtomic(const std::string& path, std::string_view contents, bool* changed = nullptr) = 0;
  // WriteFileAtomic in steps, for AtomicWriter (file_io.h): a temporary
  // file beside `path` (parents created), its flush (fsync and close),
  // its rename over `path`, and its removal; then SyncDir of the folders
  // renamed into. A TempFile belongs to the Env that made it.
  virtual Status WriteTempFile(const std::string& path, std::string_view contents, TempFile* out) = 0;
  virtual Status FlushTempFile(TempFile* file) = 0;
  virtual Status RenameTempFile(TempFile* file) = 0;
  virtual void DiscardTempFile(TempFile* file) = 0;
  virtual Status SyncDir(const std::string& dir) = 0;
  // FlushTempFile, RenameTempFile, then SyncDir of its folder: once it
  // returns ok the new bytes are durable.
  Status CommitTempFile(TempFile* file);

  // Seconds since the epoch, now: the wall clock. Only the translation
  // memory's entry dates use it (through BuildEpoch, so SOURCE_DATE_EPOCH
  // wins); outputs never do (base/clock.h).
  virtual int64_t NowSeconds() = 0;
};

}  // namespace folio

#endif  // FOLIO_BASE_ENV_H_
