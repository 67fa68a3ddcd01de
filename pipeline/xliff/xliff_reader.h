// XLIFF reader (2.0/2.1, later 1.2), for files written by any tool: it
// tolerates reordered attributes, other whitespace between elements, any
// namespace prefix, and extra modules. It never resolves DTDs or external
// entities: a document with a DOCTYPE is refused.
#ifndef FOLIO_XLIFF_XLIFF_READER_H_
#define FOLIO_XLIFF_XLIFF_READER_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "xliff/xliff_file.h"

namespace folio::xliff {

// Parses `bytes` (the file at `path`, for messages) into *out. Errors are
// "path:line:col: what is wrong; what to do". *out is valid only when ok.
// In order, it refuses: files over 64 MiB (before parsing), invalid UTF-8,
// a <!DOCTYPE> or <!ENTITY> in the prolog, XML that is not well-formed, a
// root that is not <xliff>, XLIFF 1.2 (not supported yet), versions other
// than 2.0/2.1 -- then hands the root to the version's reader
// (xliff2_reader.h; a 1.2 reader plugs in beside it).
Status ReadXliff(std::string_view bytes, const std::string& path, XliffFile* out);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF_READER_H_
