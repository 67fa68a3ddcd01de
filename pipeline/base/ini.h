// INI files (folio.ini, article metadata, locales/<tag>/edition.ini and
// speech.ini): the one reader of them, so that every file gives the same
// line numbers and the same rules.
//
//   # comment            ; comment     (only at the start of a line)
//   key = value          (value verbatim after the first '=', trimmed;
//                         '#' inside a value is part of it)
//   [section]            (keys below it are "section.key")
//
// With inline_comments (folio.ini: tags, paths and numbers), a '#' or ';'
// after a space or tab also ends the value: "fr   # French".
// UTF-8 only; a BOM at the start is skipped. Keys may repeat: every
// occurrence is kept, in file order, with its line.
#ifndef FOLIO_BASE_INI_H_
#define FOLIO_BASE_INI_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"
#include "base/status.h"

namespace folio {

struct IniEntry {
  std::string section;     // "" before the first [section]
  int section_index = -1;  // index into IniFile::sections, -1 before the first
  std::string key;         // as written, without the section
  std::string value;
  int line = 0;
  int value_col = 1;  // column of the value's first character (LineColAt's columns)
};

struct IniSection {
  std::string name;
  int line = 0;  // the line of "[name]"
};

struct IniFile {
  std::string path;
  std::vector<IniSection> sections;
  std::vector<IniEntry> entries;

  SourceLocation At(int line) const { return {path, line, 1}; }
};

// Parses `text` (the contents of `path`, used in messages) into *out.
// Errors: "path:line:col: ..." for a line that is neither a comment, a
// section nor "key = value", or text that is not UTF-8.
Status ParseIni(std::string_view text, const std::string& path, IniFile* out, bool inline_comments = false);

// Reads (through `env`, base/env.h) and parses `path`. A missing file is
// Status::NotFound.
Status ReadIniFile(const std::string& path, IniFile* out, bool inline_comments = false, Env* env = Env::Default());

}  // namespace folio

#endif  // FOLIO_BASE_INI_H_
