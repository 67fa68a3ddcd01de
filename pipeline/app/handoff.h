// One locale's handoff, before it is written: the source document with the
// translations already stored for the locale and the leverage of the
// memories (leverage/leverage.h). folio extract writes it; folio analyze
// counts it. Reading only: nothing here writes a file.
#ifndef FOLIO_APP_HANDOFF_H_
#define FOLIO_APP_HANDOFF_H_

#include <string>
#include <vector>

#include "app/config.h"
#include "base/status.h"
#include "doc/document.h"
#include "leverage/leverage.h"
#include "xliff/xliff_file.h"

namespace folio::app {

struct Handoff {
  doc::Document doc;                             // source + target_language + targets + leverage
  bool exists = false;                           // locales/<tag>/<article>.xlf was there
  xliff::XliffFile existing;                     // ... and what it held
  std::vector<leverage::SegmentResult> results;  // per segment, document order
};

// Reads the XLIFF at `path` into *out if it exists; *exists says whether it
// did. An unreadable file is an error (folio never overwrites a translation
// file it cannot read). The file is read through `env`.
Status ReadExistingXliff(const std::string& path, xliff::XliffFile* out, bool* exists, Env* env = Env::Default());

// Builds the handoff of `source` for `tag`. A pseudo-locale is filled by
// folio. Otherwise the stored targets are applied (state kept), then every
// segment is looked up in, in this order: the stored file (with pairs of
// consecutive sentences, for merges), its retired translations, and the
// project's translation memory (opened read-only; absent is fine).
// out->results (the analysis band of every segment) is filled only when
// `classify` (folio analyze); extract does not need it.
// `source` is taken by value: the last locale of a run can have it moved in.
Status PrepareHandoff(const Project& project, const ArticleConfig& article, doc::Document source,
                      const std::string& tag, Handoff* out, bool classify = false);

}  // namespace folio::app

#endif  // FOLIO_APP_HANDOFF_H_
