// File access for everything folio reads and writes.
//
// Files the user owns (locales/, the translation memory, outputs/) are only
// ever replaced atomically: the new bytes go to a temporary file in the same
// directory, are flushed with fsync, renamed over the old file, and the
// directory is flushed (fsync) so that the rename itself survives a power
// cut. A crash or a rejected import therefore leaves either the old file or
// the new one, never a mix; a crash between the temporary file and the
// rename also leaves that temporary file ("<path>.tmp-XXXXXX"), which
// RemoveStaleTempFiles deletes.
#ifndef FOLIO_BASE_FILE_IO_H_
#define FOLIO_BASE_FILE_IO_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace folio {

// Reads the whole file. Returns NotFound if it does not exist.
Status ReadFile(const std::string& path, std::string* contents);

// Reads at most `max_bytes` of the file: when it holds more (a huge file, or
// a device or pipe that never ends), *too_large is set, *contents is left
// empty and no more than max_bytes + 64 KiB were ever buffered. Returns
// NotFound if it does not exist.
Status ReadFileAtMost(const std::string& path, size_t max_bytes, std::string* contents, bool* too_large);

bool FileExists(const std::string& path);

// Creates `dir` and its parents if needed, and flushes the folder holding
// each one it creates (SyncDir), so that they survive a power cut.
Status MakeDirs(const std::string& dir);

// Atomically replaces `path` with `contents` (temp file + fsync + rename +
// fsync of the directory), creating parent directories. When the file already holds exactly these
// bytes nothing is written, so unchanged outputs keep their mtime; *changed
// (if not null) says whether the file was written.
Status WriteFileAtomic(const std::string& path, std::string_view contents, bool* changed = nullptr);

// WriteFileAtomic in two steps, for writers that go on working while the
// disk catches up (base/atomic_writer.h): WriteTempFile writes `contents`
// to a new temporary file beside `path` (creating parent directories) and
// leaves it open; CommitTempFile flushes it to disk, closes it and renames
// it over `path`, or removes it and says why. `path` is untouched until
// the rename. Once CommitTempFile returns ok the new bytes are durable.
struct TempFile {
  int fd = -1;
  std::string temp_path;
  std::string path;
};
Status WriteTempFile(const std::string& path, std::string_view contents, TempFile* out);
Status CommitTempFile(TempFile* file);

// CommitTempFile in its steps, for AtomicWriter, which renames only once
// every file of a command is flushed. FlushTempFile: fsync and close (on
// error the temporary file is removed). RenameTempFile: rename over `path`
// (on error removed); the directory is not synced. DiscardTempFile: closes
// it if open and removes it.
Status FlushTempFile(TempFile* file);
Status RenameTempFile(TempFile* file);
void DiscardTempFile(TempFile* file);

// fsync(2) of a directory, so that renames and new entries in it are on
// disk ("" is "."). File systems that cannot sync a directory (EINVAL) are
// not an error.
Status SyncDir(const std::string& dir);

// True for the names WriteTempFile gives its temporary files
// ("article.xlf.tmp-a1B2c3").
bool IsTempFileName(std::string_view name);

// Deletes the temporary files (IsTempFileName) in `dir` (and, if
// `recursive`, its subdirectories) that a killed run left behind, adding
// their paths to *removed (if not null). A missing `dir` is not an error.
// Only safe while no other writer works in `dir`: folio calls it holding
// the project lock (base/project_lock.h).
Status RemoveStaleTempFiles(const std::string& dir, bool recursive, std::vector<std::string>* removed = nullptr);

// Joins path pieces with '/'.
std::string JoinPath(std::string_view a, std::string_view b);

// The last path component: "a/b/article.txt" -> "article.txt".
std::string BaseName(std::string_view path);

// The last path component without its extension: "a/b/article.txt" -> "article".
std::string Stem(std::string_view path);

}  // namespace folio

#endif  // FOLIO_BASE_FILE_IO_H_
