#include "app/validate_xliff.h"

#include "base/file_io.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

Status ValidateXliffOnly(const std::vector<std::string>& files, const xliff::Xliff2ValidationOptions& options,
                         Report* report) {
  std::vector<std::string> problems;
  Status unreadable;  // the first file that could not be read
  std::vector<std::string> unreadable_lines;
  int invalid_files = 0;
  for (const std::string& path : files) {
    std::string bytes;
    bool too_large = false;
    Status read = ReadFileAtMost(path, xliff::kMaxXliffBytes, &bytes, &too_large);
    if (!read.ok()) {
      if (unreadable.ok()) unreadable = read;
      unreadable_lines.push_back(read.message());
      continue;
    }
    if (too_large) {
      // Same wording as ValidateXliff2's for bytes in memory; the file was
      // never buffered whole.
      problems.push_back(path + ": XML well-formedness: the file has more than " +
                         std::to_string(xliff::kMaxXliffBytes) + " bytes; files over 64 MiB are refused");
      ++invalid_files;
      continue;
    }
    size_t before = problems.size();
    (void)xliff::ValidateXliff2(bytes, path, options, &problems);  // the problems say it all
    if (problems.size() == before)
      report->lines.push_back(path + ": valid XLIFF 2.x");
    else
      ++invalid_files;
  }
  std::string msg;
  for (const std::string& p : problems) msg += (msg.empty() ? "" : "\n") + p;
  if (invalid_files > 0)
    msg += "\n" + std::to_string(problems.size()) + (problems.size() == 1 ? " problem" : " problems") + " in " +
           std::to_string(invalid_files) + (invalid_files == 1 ? " file" : " files") +
           "; fix them in the tool that wrote the file and export it again";
  if (!unreadable.ok()) {
    for (const std::string& l : unreadable_lines) msg += (msg.empty() ? "" : "\n") + l;
    return unreadable.code() == Status::Code::kNotFound ? Status::NotFound(msg) : Status::IoError(msg);
  }
  if (invalid_files > 0) return Status::InvalidInput(msg);
  return Status::Ok();
}

}  // namespace folio::app
