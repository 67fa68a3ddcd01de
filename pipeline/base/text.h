// Small text helpers shared by every stage: UTF-8 checks, line/column
// mapping, NFC, hashing for stable ids, XML escaping.
#ifndef FOLIO_BASE_TEXT_H_
#define FOLIO_BASE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace folio {

// Returns OK when `bytes` is well-formed UTF-8; otherwise an error
// "path:line:col: invalid UTF-8 byte 0xNN ..." pointing at the first bad byte.
Status CheckUtf8(std::string_view bytes, const std::string& path);

// 1-based line and column (in code points) of byte `offset` in `text`.
void LineColAt(std::string_view text, size_t offset, int* line, int* col);

// Unicode NFC normalization (ICU). Invalid UTF-8 is replaced by U+FFFD.
std::string ToNfc(std::string_view utf8);
// True when `utf8` is NFC for a reason that holds for every part of it too:
// each code point is one NFC never changes, whatever its neighbours
// (NFC_Quick_Check=Yes, combining class 0), known from a table for code
// points below U+3000. False means "ask ICU", not "not NFC".
bool IsObviouslyNfc(std::string_view utf8);
// Normalizes *text to NFC in place; costs nothing when it already is.
void NfcInPlace(std::string* text);

// 64-bit FNV-1a. Stable across platforms and runs: unit ids are built on it.
uint64_t Fnv1a64(std::string_view data);

// `bits` low bits of `h` as lower-case hex (bits a multiple of 4).
std::string HexDigits(uint64_t h, int bits);

// Escapes & < > (and " when `attribute`) for XML text or attribute values.
std::string XmlEscape(std::string_view text, bool attribute = false);

// Decodes one code point at s[*i], advancing *i. Returns U+FFFD on bad input.
char32_t DecodeUtf8(std::string_view s, size_t* i);
void AppendUtf8(char32_t cp, std::string* out);

// Splits on runs of ASCII whitespace; no empty pieces.
std::vector<std::string> SplitWords(std::string_view s);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

}  // namespace folio

#endif  // FOLIO_BASE_TEXT_H_
