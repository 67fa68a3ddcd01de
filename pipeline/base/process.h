// Running external programs (the validators folio audit calls): no shell, no
// inherited terminal, output to a file.
#ifndef FOLIO_BASE_PROCESS_H_
#define FOLIO_BASE_PROCESS_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace folio {

// The first executable regular file named `name` in the colon-separated
// `path_list` ($PATH); "" when there is none. A name containing '/' is
// returned as is when it is executable, else "".
std::string FindExecutable(const std::string& name, const std::string& path_list);

// Runs argv[0] (an absolute or relative path, not searched on PATH) with
// `argv`, the environment of this process with `env` ("NAME=value", which
// override variables of the same name) added, standard input from /dev/null
// and standard output and error both appended to `log_path`. Waits for it and
// sets *exit_code (128 + signal when it was killed). Returns IoError when it
// cannot be started.
Status RunProcess(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                  const std::string& log_path, int* exit_code);

// A new empty directory under $TMPDIR (else /tmp) whose name starts with
// `prefix`; RemoveTree deletes it with everything inside.
Status MakeTempDir(const std::string& prefix, std::string* dir);
void RemoveTree(const std::string& dir);

}  // namespace folio

#endif  // FOLIO_BASE_PROCESS_H_
