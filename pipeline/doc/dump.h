// A readable text dump of a Document, for spec and golden tests (pandoc's
// `native` output). One line per block, indented for children; segments on
// their own lines; inline codes written {1}...{/1} / {2/}.
//
//   heading level=2 id=h-1234abcd line=4
//     | Sex Is More Than Physical
//   list items=3
//     list-item id=li-... line=12
//       | {1}Unprocessed emotions{/1}: Intimacy has a way ...
#ifndef FOLIO_DOC_DUMP_H_
#define FOLIO_DOC_DUMP_H_

#include <string>

#include "doc/document.h"

namespace folio::doc {

struct DumpOptions {
  bool ids = true;       // print unit ids
  bool lines = true;     // print source lines
  bool segments = true;  // one "| text" line per segment (else the whole unit)
};

std::string DumpDocument(const Document& doc, const DumpOptions& options = {});

// "{1}term{/1}: text" form of a fragment (the notation translate-with-toolkit
// uses in its TSV files).
std::string FragmentToBraces(const Fragment& f);

}  // namespace folio::doc

#endif  // FOLIO_DOC_DUMP_H_
