// TMX 1.4b (https://www.gala-global.org/tmx-14b) import and export of
// translation memory entries.
//
// Reading tolerates what other tools write: OmegaT (tuv "lang" instead of
// "xml:lang", props "prev"/"next" for context), SDL Trados (UTF-16 files,
// upper-case language tags, dates on <tu>), a header srclang of "*all*".
// Inline markup maps onto doc::Inline:
//   <bpt i= x= type=>  -> kOpen   id = x, else i
//   <ept i=>           -> kClose  id and type of the <bpt> with the same i
//   <ph x= type=>      -> kPlaceholder id = x, else the code's 1-based position
//   <it>, <ut>         -> kPlaceholder (an isolated half of a pair cannot be an
//                         open/close pair inside one fragment)
//   <hi>               -> transparent: its text is kept, the element dropped
// The native code inside <bpt>/<ept>/<ph> (e.g. "&lt;b&gt;") and <sub> are
// dropped; a <bpt> without its <ept> (or the reverse) becomes a placeholder.
// Language tags are normalized to BCP 47 case ("EN-us" -> "en-US").
//
// Props folio writes and reads on <tu>:
//   x-context-prev, x-context-next   Entry::prev_source / next_source
//   x-unit-id, x-segment-id          Entry::unit_id / segment_id
//   x-code-cannot-delete             ids of codes with can_delete == false
#ifndef FOLIO_TM_TMX_H_
#define FOLIO_TM_TMX_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "tm/memory.h"

namespace folio::tm {

// Reads the TMX document `bytes` (UTF-8, or UTF-16 with a BOM) that came from
// `path`. Each <tu> gives one Entry per target <tuv> (a <tu> with only a
// source is skipped), with origin "tmx:" + path and created/changed from
// creationdate/changedate of the <tuv>, else of the <tu>, else 0 (stamped
// when added to a memory). On error *out is empty and the status says
// "path:line:col: ..."; a DOCTYPE is refused.
// It refuses, through xliff/xml_load.h, files over kMaxTmxBytes, UTF-32 and
// UTF-16 without a BOM, invalid UTF-8 and XML that is not well-formed.
Status ReadTmx(std::string_view bytes, const std::string& path, std::vector<Entry>* out);

// The largest TMX file folio reads: memories exported by other tools can be
// large (a million segments is about 300 MB); beyond this the DOM would not
// fit comfortably in memory.
inline constexpr size_t kMaxTmxBytes = size_t{1} << 30;

// Writes `entries` as TMX 1.4b with header srclang `src_lang`, one <tu> per
// entry in the given order (a <tu> gets its own srclang attribute when the
// entry's differs). The output depends only on the arguments. Code ids that
// are not positive integers are renumbered (TMX requires numbers), so such
// ids do not survive a round trip; everything else does except `origin`,
// which ReadTmx sets to the file it read.
std::string WriteTmx(const std::vector<Entry>& entries, const std::string& src_lang);

// "YYYYMMDDThhmmssZ" (TMX dates) <-> seconds since the epoch. ParseTmxDate
// returns false on anything else.
std::string FormatTmxDate(int64_t epoch_seconds);
bool ParseTmxDate(std::string_view date, int64_t* epoch_seconds);

// BCP 47 case: language lower, script title, region upper ("zh-hant-tw" -> "zh-Hant-TW").
std::string NormalizeLanguageTag(std::string_view tag);

}  // namespace folio::tm

#endif  // FOLIO_TM_TMX_H_
