#include "epub/ocf_zip.h"

#include <zip.h>

#include <algorithm>
#include <ctime>

namespace folio::epub {

namespace {

constexpr int64_t kDosMin = 315532800;   // 1980-01-01T00:00:00Z
constexpr int64_t kDosMax = 4354819198;  // 2107-12-31T23:59:58Z

Status ZipError(const std::string& what, zip_error_t* error) {
  return Status::IoError("cannot write the EPUB zip: " + what + ": " + zip_error_strerror(error));
}

Status ArchiveError(const std::string& what, zip_t* archive) { return ZipError(what, zip_get_error(archive)); }

}  // namespace

void DosTime(int64_t epoch_seconds, uint16_t* dos_date, uint16_t* dos_time) {
  std::time_t t = static_cast<std::time_t>(std::clamp(epoch_seconds, kDosMin, kDosMax));
  std::tm tm{};
  gmtime_r(&t, &tm);
  *dos_date = static_cast<uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
  *dos_time = static_cast<uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
}

Status WriteZip(const std::vector<ZipEntry>& entries, int64_t epoch_seconds, std::string* out) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) {
    Status st = ZipError("buffer", &error);
    zip_error_fini(&error);
    return st;
  }
  // The archive frees its source on close; keep it to read the bytes back.
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    Status st = ZipError("open", &error);
    zip_error_fini(&error);
    zip_source_free(buffer);
    return st;
  }
  zip_error_fini(&error);

  // zip_file_set_mtime() would convert through the local time zone; the DOS
  // fields are computed here in UTC so the bytes do not depend on TZ.
  uint16_t dos_date, dos_time;
  DosTime(epoch_seconds, &dos_date, &dos_time);
  Status status;
  for (const ZipEntry& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    if (data == nullptr) {
      status = ArchiveError(entry.name, archive);
      break;
    }
    zip_int64_t index = zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      status = ArchiveError(entry.name, archive);
      break;
    }
    auto i = static_cast<zip_uint64_t>(index);
    // libzip adds no extra fields for memory sources today; deleting them
    // anyway keeps the bytes fixed (and mimetype valid) if a later version
    // adds timestamps (0x5455) or Unix ids (0x7875).
    bool ok = zip_set_file_compression(archive, i, entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                       entry.compress ? 9 : 0) == 0 &&
              zip_file_set_dostime(archive, i, dos_time, dos_date, 0) == 0 &&
              zip_file_set_external_attributes(archive, i, 0, ZIP_OPSYS_UNIX, 0100644u << 16) == 0 &&
              zip_file_extra_field_delete(archive, i, ZIP_EXTRA_FIELD_ALL, ZIP_FL_LOCAL | ZIP_FL_CENTRAL) == 0;
    if (!ok) {
      status = ArchiveError(entry.name, archive);
      break;
    }
  }
  if (!status.ok()) {
    zip_discard(archive);
    zip_source_free(buffer);
    return status;
  }
  if (zip_close(archive) != 0) {
    status = ArchiveError("close", archive);
    zip_discard(archive);
    zip_source_free(buffer);
    return status;
  }

  zip_stat_t stat;
  if (zip_source_open(buffer) != 0) {
    status = ZipError("reopen", zip_source_error(buffer));
    zip_source_free(buffer);
    return status;
  }
  std::string bytes;
  if (zip_source_stat(buffer, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    status = ZipError("stat", zip_source_error(buffer));
  } else {
    bytes.resize(stat.size);
    zip_int64_t n = zip_source_read(buffer, bytes.data(), bytes.size());
    if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size) status = ZipError("read", zip_source_error(buffer));
  }
  zip_source_close(buffer);
  zip_source_free(buffer);
  if (status.ok()) *out = std::move(bytes);
  return status;
}

Status ReadZipEntry(const std::string& zip_bytes, const std::string& name, const std::string& label, std::string* out) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (archive == nullptr) {
    Status st = Status::InvalidInput(label + ": not a zip archive (" + zip_error_strerror(&error) +
                                     "); rebuild it with folio build");
    zip_error_fini(&error);
    if (source) zip_source_free(source);
    return st;
  }
  zip_error_fini(&error);
  Status status;
  zip_stat_t stat;
  zip_file_t* file = nullptr;
  if (zip_stat(archive, name.c_str(), ZIP_FL_ENC_GUESS, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    status = Status::NotFound(label + ": has no " + name);
  } else if ((file = zip_fopen(archive, name.c_str(), 0)) == nullptr) {
    status = Status::InvalidInput(label + ": cannot open " + name + ": " + zip_strerror(archive));
  } else {
    std::string bytes(stat.size, '\0');
    zip_int64_t n = zip_fread(file, bytes.data(), bytes.size());
    if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size)
      status = Status::InvalidInput(label + ": cannot read " + name + ": " + zip_file_strerror(file));
    else
      *out = std::move(bytes);
    zip_fclose(file);
  }
  zip_discard(archive);  // read only: nothing to write back; frees the source
  return status;
}

}  // namespace folio::epub
