// Loading an article as the pipeline sees it: text + metadata -> structure
// -> sentences with stable ids.
#ifndef FOLIO_APP_SOURCE_H_
#define FOLIO_APP_SOURCE_H_

#include "app/config.h"
#include "base/diagnostic.h"
#include "base/status.h"
#include "doc/document.h"

namespace folio::app {

// Reads the article's text and metadata, infers its structure, prepends the
// title and description units (from the metadata) and segments it. The
// result is the source document every command starts from.
Status LoadSourceDocument(const Project& project, const ArticleConfig& article, doc::Document* out,
                          Diagnostics* warnings);

}  // namespace folio::app

#endif  // FOLIO_APP_SOURCE_H_
