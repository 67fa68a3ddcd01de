#include "app/localized.h"

#include "app/merge.h"
#include "base/file_io.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

Status LoadLocalized(const Project& project, const ArticleConfig& article, const doc::Document& source,
                     const std::string& tag, doc::Document* out, Diagnostics* warnings) {
  doc::Document d = source;
  if (tag != project.source_locale) {
    d.target_language = tag;
    std::string path = project.XliffPath(tag, article);
    std::string bytes;
    xliff::XliffFile stored;
    Status st = xliff::LoadXliffFile(path, &bytes, &stored, project.env);
    if (st.ok()) {
      ApplyTargets(stored, /*overwrite=*/false, &d);
    } else if (st.code() == Status::Code::kNotFound) {
      warnings->push_back({Severity::kWarning,
                           "build.no-translations",
                           {path},
                           "",
                           "no translation file for " + tag + "; run folio extract"});
    } else {
      return st;
    }
  }
  *out = std::move(d);
  return Status::Ok();
}

}  // namespace folio::app
