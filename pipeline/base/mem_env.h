// An Env (base/env.h) that keeps files in memory, for tests of the commands
// without a disk (LevelDB's helpers/memenv, Ninja's VirtualFileSystem).
// Paths are compared after lexical normalization ("a/./b" is "a/b"); a
// file's parent folders exist once it does. Temporary files are visible
// like on a disk ("<path>.tmp-NNNNNN") until renamed or discarded, so a
// test can check that none is left. The clock says what set_now() set.
// Thread-safe.
#ifndef FOLIO_BASE_MEM_ENV_H_
#define FOLIO_BASE_MEM_ENV_H_

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "base/env.h"

namespace folio {

class MemEnv : public Env {
 public:
  // Test set-up and inspection.
  void SetFile(const std::string& path, std::string contents);
  // False when there is no such file.
  bool GetFile(const std::string& path, std::string* contents) const;
  // Every file, by normalized path.
  std::map<std::string, std::string> Files() const;
  void set_now(int64_t seconds);
  // Every write (temporary file or WriteFileAtomic) to a path under
  // `prefix` fails from now on with IoError, as on a full disk or a
  // read-only folder; "" lifts it.
  void FailWritesUnder(const std::string& prefix);
  // The folders SyncDir flushed, in order.
  std::vector<std::string> synced_dirs() const;

  Status ReadFile(const std::string& path, std::string* contents) override;
  Status ReadFileAtMost(const std::string& path, size_t max_bytes, std::string* contents, bool* too_large) override;
  bool FileExists(const std::string& path) override;
  Status GetFileSize(const std::string& path, uint64_t* size) override;
  Status MakeDirs(const std::string& dir) override;
  Status ListDir(const std::string& dir, std::vector<std::string>* names) override;
  Status RemoveFile(const std::string& path) override;
  Status WriteFileAtomic(const std::string& path, std::string_view contents, bool* changed = nullptr) override;
  Status WriteTempFile(const std::string& path, std::string_view contents, TempFile* out) override;
  Status FlushTempFile(TempFile* file) override;
  Status RenameTempFile(TempFile* file) override;
  void DiscardTempFile(TempFile* file) override;
  Status SyncDir(const std::string& dir) override;
  int64_t NowSeconds() override;

 private:
  void AddDirsLocked(const std::string& path);  // `path`'s parents
  bool RefusedLocked(const std::string& path) const;

  mutable std::mutex mu_;
  std::map<std::string, std::string> files_;
  std::set<std::string> dirs_;
  std::vector<std::string> synced_;
  std::string fail_prefix_;
  bool failing_ = false;
  int next_temp_ = 0;
  int64_t now_ = 0;
};

}  // namespace folio

#endif  // FOLIO_BASE_MEM_ENV_H_
