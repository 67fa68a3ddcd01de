// XLIFF reader (2.0/2.1 and 1.2), for files written by any tool: it
// tolerates reordered attributes, other whitespace between elements, any
// namespace prefix, and extra modules. It never resolves DTDs or external
// entities: a document with a DOCTYPE is refused.
#ifndef FOLIO_XLIFF_XLIFF_READER_H_
#define FOLIO_XLIFF_XLIFF_READER_H_

#include <string>
#include <string_view>

#include "base/env.h"
#include "base/status.h"
#include "xliff/xliff_file.h"

namespace folio::xliff {

// Parses `bytes` (the file at `path`, for messages) into *out. Errors are
// "path:line:col: what is wrong; what to do". *out is valid only when ok.
// In order, it refuses: files over 64 MiB (before parsing), UTF-16 and UTF-32
// (by their byte order mark or the encoding of "<?"), invalid UTF-8,
// a <!DOCTYPE> or <!ENTITY> in the prolog, XML that is not well-formed, a
// root that is not <xliff>, an <xliff version="1.x"> without the 1.2
// namespace, versions other than 2.0/2.1 in the 2.0 namespace -- then hands
// the root to the version's reader: the 1.2 namespace to ReadXliff12
// (xliff12_reader.h, version as the file says, normally "1.2"), 2.0/2.1 to
// ReadXliff2 (xliff2_reader.h).
Status ReadXliff(std::string_view bytes, const std::string& path, XliffFile* out);

// The largest XLIFF file folio reads. An article's XLIFF is well under a
// megabyte; the cap bounds what a wrong or hostile file can make folio hold
// (the bytes, then pugixml's DOM: a few times the size).
inline constexpr size_t kMaxXliffBytes = 64u << 20;

// Reads the file at `path` -- never more than kMaxXliffBytes of it, so a
// huge file, a device or a pipe is refused without being buffered -- into
// *bytes and parses it with ReadXliff. NotFound when there is no such file.
// The file is read through `env` (base/env.h).
Status LoadXliffFile(const std::string& path, std::string* bytes, XliffFile* out, Env* env = Env::Default());

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF_READER_H_
