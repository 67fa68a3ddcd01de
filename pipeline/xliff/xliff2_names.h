// Names folio's XLIFF 2 writer and reader agree on: namespaces, and how an
// inline code's type (doc::Inline::type) travels in XLIFF's type/subType.
//
// XLIFF 2 allows only fmt, ui, quote, link, image and other as `type`; any
// finer meaning goes in `subType` as "prefix:value", which needs a `type`.
// Folio's term span is rendered as bold text (<strong class="term">), so it
// is formatting: type="fmt" subType="folio:term". Other folio types travel
// as type="other" subType="folio:<type>"; XLIFF's own types pass unchanged.
#ifndef FOLIO_XLIFF_XLIFF2_NAMES_H_
#define FOLIO_XLIFF_XLIFF2_NAMES_H_

#include <string>
#include <string_view>

namespace folio::xliff {

inline constexpr std::string_view kXliff2Namespace = "urn:oasis:names:tc:xliff:document:2.0";
inline constexpr std::string_view kXliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";
inline constexpr std::string_view kXliffNamespacePrefix = "urn:oasis:names:tc:xliff:document:";
inline constexpr std::string_view kMetadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0";
inline constexpr std::string_view kMatchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0";
inline constexpr std::string_view kSubTypePrefix = "folio:";
inline constexpr std::string_view kTermSubType = "folio:term";

// Splits a doc code type into XLIFF type and subType ("" = leave it out):
// "term" -> ("fmt", "folio:term"), "link" -> ("link", ""),
// "footnote" -> ("other", "folio:footnote"), "" -> ("", "").
void CodeTypeToXliff(std::string_view type, std::string* xliff_type, std::string* sub_type);

// The inverse: a "folio:" subType wins, otherwise the XLIFF type is kept.
std::string CodeTypeFromXliff(std::string_view xliff_type, std::string_view sub_type);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF2_NAMES_H_
