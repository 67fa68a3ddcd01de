// XLIFF 2.1 writer (the handoff). Valid against the OASIS 2.1 core and
// module schemas. One <unit> per unit block, one <segment> per sentence,
// inter-sentence whitespace as <ignorable>, term spans as <pc canDelete="no">,
// context <note>s for translators, word counts in the metadata module
// (<mda:metadata>). Deterministic: same document, same bytes.
#ifndef FOLIO_XLIFF_XLIFF2_WRITER_H_
#define FOLIO_XLIFF_XLIFF2_WRITER_H_

#include <string>

#include "doc/document.h"

namespace folio::xliff {

struct WriteOptions {
  std::string original;  // <file original="...">: the article's file name
};

// Writes `doc` (its source_language -> target_language) as XLIFF 2.1.
// Targets present in the document are written with their state.
std::string WriteXliff2(const doc::Document& doc, const WriteOptions& options);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_XLIFF2_WRITER_H_
