// The OCF zip container, written with libzip into memory.
#ifndef FOLIO_EPUB_OCF_ZIP_H_
#define FOLIO_EPUB_OCF_ZIP_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace folio::epub {

struct ZipEntry {
  std::string name;  // path inside the zip: "EPUB/nav.xhtml"
  std::string data;
  bool compress = true;  // deflate (level 9); false: stored
};

// The MS-DOS date and time (2-second resolution, UTC) of `epoch_seconds`,
// clamped to 1980-01-01T00:00:00 .. 2107-12-31T23:59:58.
void DosTime(int64_t epoch_seconds, uint16_t* dos_date, uint16_t* dos_time);

// Writes the entries, in order, as a zip archive into *out. Every entry gets
// the DOS time of `epoch_seconds`, Unix attributes -rw-r--r--, no extra
// fields and no comment, so equal inputs give equal bytes (with the same
// zlib). Returns IoError with libzip's message on failure.
Status WriteZip(const std::vector<ZipEntry>& entries, int64_t epoch_seconds, std::string* out);

// Reads the entry `name` ("EPUB/package.opf") of the zip archive `zip_bytes`
// into *out. Returns NotFound when the archive has no such entry and
// InvalidInput (naming `label`, the archive's path) when it is not a zip.
Status ReadZipEntry(const std::string& zip_bytes, const std::string& name, const std::string& label, std::string* out);

}  // namespace folio::epub

#endif  // FOLIO_EPUB_OCF_ZIP_H_
