// What folio keeps of an XLIFF file it has read: enough to check it against
// the project's source and to merge its targets. Version-neutral (1.2 and
// 2.x readers fill the same structs).
#ifndef FOLIO_XLIFF_XLIFF_FILE_H_
#define FOLIO_XLIFF_XLIFF_FILE_H_

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace folio::xliff {

struct XSegment {
  std::string id;
  doc::Fragment source;
  std::optional<doc::Fragment> target;  // absent when the file has no <target>
  doc::State state = doc::State::kInitial;
  std::string sub_state;        // XLIFF 2 subState; 1.2 state-qualifier mapped (leverage.h)
  SourceLocation where;         // the <segment> (2.x) / <trans-unit> (1.2) element
  SourceLocation target_where;  // the <target>, when present
  // Comments a translator or reviewer left on this segment: 1.2 <note>s of
  // the trans-unit not written by folio; 2.x <mrk type="comment"
  // value="..."> in the target, as "“marked words”: value".
  std::vector<std::string> comments;
};

struct XUnit {
  std::string id;
  std::vector<XSegment> segments;
  // Comments on the unit: 2.x <note>s whose category is not one of folio's
  // (context, format, change); 1.2 <note>s of the <group> not from folio.
  std::vector<std::string> comments;
  SourceLocation where;
  // Where the unit's element ends: the start of whatever follows it in the
  // file (its closing tag included in [where, end)), or the end of the file.
  // Lets a caller tell which unit a "path:line:col" problem lies in.
  SourceLocation end;
};

struct XliffFile {
  std::string path;     // for messages
  std::string version;  // "2.1", "2.0", "1.2"
  std::string src_lang;
  std::string trg_lang;
  std::string original;  // <file original="..."> (never used as a path)
  SourceLocation where;  // the root <xliff> element (language problems point here)
  std::vector<XUnit> units;
};

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF_FILE_H_
