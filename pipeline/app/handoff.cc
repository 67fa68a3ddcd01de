#include "app/handoff.h"

#include <memory>

#include "app/merge.h"
#include "base/file_io.h"
#include "base/locale_info.h"
#include "segment/pseudo.h"
#include "tm/memory.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

void FillPseudo(const std::string& tag, doc::Document* d) {
  doc::ForEachUnit(d->blocks, [&](doc::Block& b) {
    for (doc::Segment& s : b.segments) {
      s.target = segment::Pseudolocalize(s.source, tag);
      s.state = doc::State::kTranslated;
    }
  });
}

// The path as the project names it ("locales/fr/article.xlf"): an origin
// that is the same on every machine.
std::string ProjectRelative(const Project& project, const std::string& path) {
  std::string prefix = project.root + "/";
  return path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : path;
}

}  // namespace

Status ReadExistingXliff(const std::string& path, xliff::XliffFile* out, bool* exists, Env* env) {
  std::string bytes;
  Status st = xliff::LoadXliffFile(path, &bytes, out, env);  // under the size cap
  *exists = st.code() != Status::Code::kNotFound;
  if (!*exists) return Status::Ok();
  if (st.code() == Status::Code::kIoError) return st;
  if (!st.ok())
    return Status::InvalidInput(st.message() +
                                "\n(folio will not overwrite a translation file it cannot read; fix or move it)");
  return Status::Ok();
}

Status PrepareHandoff(const Project& project, const ArticleConfig& article, doc::Document source,
                      const std::string& tag, Handoff* out, bool classify) {
  out->doc = std::move(source);
  out->doc.target_language = tag;
  out->results.clear();
  if (segment::IsPseudoLocale(tag)) {
    FillPseudo(tag, &out->doc);
    return Status::Ok();
  }
  std::string path = project.XliffPath(tag, article);
  FOLIO_RETURN_IF_ERROR(ReadExistingXliff(path, &out->existing, &out->exists, project.env));
  if (out->exists) ApplyTargets(out->existing, /*overwrite=*/false, &out->doc, /*promote_initial=*/false);

  // The memories, best source first.
  std::string joiner = GetLocaleInfo(tag).spaces_between_sentences ? " " : "";
  std::vector<tm::Entry> previous;
  if (out->exists)
    previous = leverage::EntriesFromXliff(out->existing, out->doc.source_language, ProjectRelative(project, path),
                                          /*pairs=*/true, joiner);
  std::string retired_path = JoinPath(project.LocaleDir(tag), article.name + ".retired.xlf");
  xliff::XliffFile retired;
  bool retired_exists = false;
  FOLIO_RETURN_IF_ERROR(ReadExistingXliff(retired_path, &retired, &retired_exists, project.env));
  if (retired_exists) {
    retired.trg_lang = tag;
    // Its origin is the handoff's: a translation keeps the same origin when
    // an extract moves it from the handoff to the retired file.
    std::vector<tm::Entry> r =
        leverage::EntriesFromXliff(retired, out->doc.source_language, ProjectRelative(project, path),
                                   /*pairs=*/true, joiner);
    // A retired sentence has no neighbours any more: no context match.
    for (tm::Entry& e : r) e.prev_source = e.next_source = "\x01retired";
    previous.insert(previous.end(), r.begin(), r.end());
  }
  std::vector<std::unique_ptr<tm::Memory>> owned;
  std::vector<tm::Memory*> memories;
  if (!previous.empty()) {
    std::unique_ptr<tm::Memory> m;
    FOLIO_RETURN_IF_ERROR(tm::Memory::Open(":memory:", &m));
    FOLIO_RETURN_IF_ERROR(m->AddBatch(previous));
    memories.push_back(m.get());
    owned.push_back(std::move(m));
  }
  {
    tm::MemoryOptions mo;
    mo.read_only = true;
    std::unique_ptr<tm::Memory> m;
    Status st = tm::Memory::Open(project.memory_path, mo, &m);
    if (st.ok()) {
      memories.push_back(m.get());
      owned.push_back(std::move(m));
    } else if (st.code() != Status::Code::kNotFound) {
      return st;
    }
  }
  leverage::Options lo;
  lo.threshold = project.fuzzy_threshold;
  if (memories.empty() && !classify) return Status::Ok();  // nothing to leverage (a first handoff)
  return leverage::Leverage(memories, lo, &out->doc, classify ? &out->results : nullptr);
}

}  // namespace folio::app
