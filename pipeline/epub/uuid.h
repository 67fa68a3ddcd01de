// Name-based UUIDs (RFC 9562 version 5) for edition identifiers.
#ifndef FOLIO_EPUB_UUID_H_
#define FOLIO_EPUB_UUID_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace folio::epub {

using Uuid = std::array<uint8_t, 16>;

// The SHA-1 digest of `data` (FIPS 180-4).
std::array<uint8_t, 20> Sha1(std::string_view data);

// Parses "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (hex digits in either case).
// Returns false and leaves *out alone on anything else.
bool ParseUuid(std::string_view text, Uuid* out);

// Lower-case "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
std::string FormatUuid(const Uuid& uuid);

// The version 5 UUID of `name` (UTF-8 bytes) in `name_space`.
Uuid NameBasedUuid(const Uuid& name_space, std::string_view name);

// 6ba7b811-9dad-11d1-80b4-00c04fd430c8 (RFC 9562 NameSpace_URL).
Uuid UrlNamespace();

}  // namespace folio::epub

#endif  // FOLIO_EPUB_UUID_H_
