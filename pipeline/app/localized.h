// The localized document of one locale: the source document with the
// stored translations of locales/<tag>/<article>.xlf applied.
#ifndef FOLIO_APP_LOCALIZED_H_
#define FOLIO_APP_LOCALIZED_H_

#include <string>

#include "app/config.h"
#include "base/diagnostic.h"
#include "base/status.h"
#include "doc/document.h"

namespace folio::app {

// Copies `source` into *out with target_language = tag and the targets of
// the stored XLIFF applied (a missing file leaves every segment
// untranslated and adds a "build.no-translations" warning). The source
// locale itself yields the source document unchanged.
Status LoadLocalized(const Project& project, const ArticleConfig& article, const doc::Document& source,
                     const std::string& tag, doc::Document* out, Diagnostics* warnings);

}  // namespace folio::app

#endif  // FOLIO_APP_LOCALIZED_H_
