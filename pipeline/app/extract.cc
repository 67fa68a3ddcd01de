#include <algorithm>

#include "app/commands.h"
#include "app/merge.h"
#include "app/source.h"
#include "base/file_io.h"
#include "base/locale_info.h"
#include "segment/pseudo.h"
#include "segment/word_count.h"
#include "xliff/xliff12_writer.h"
#include "xliff/xliff2_writer.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

// Reads the XLIFF at `path` into *out if it exists; *exists says whether it did.
Status ReadExisting(const std::string& path, xliff::XliffFile* out, bool* exists) {
  std::string bytes;
  Status st = xliff::LoadXliffFile(path, &bytes, out);
  *exists = st.code() != Status::Code::kNotFound;
  if (!*exists) return Status::Ok();
  if (st.code() == Status::Code::kIoError) return st;
  if (!st.ok())
    return Status::InvalidInput(st.message() +
                                "\n(folio will not overwrite a translation file it cannot read; fix or move it)");
  return Status::Ok();
}

void FillPseudo(const std::string& tag, doc::Document* d) {
  doc::ForEachUnit(d->blocks, [&](doc::Block& b) {
    for (doc::Segment& s : b.segments) {
      s.target = segment::Pseudolocalize(s.source, tag);
      s.state = doc::State::kTranslated;
    }
  });
}

// Keeps translations whose source disappeared, so that no extract ever
// loses a translator's work (the memory of issue-5 style leverage reads it).
Status KeepRetired(const Project& project, const std::string& tag, const ArticleConfig& article,
                   const doc::Document& source, std::vector<xliff::XSegment> orphans, Report* report) {
  if (orphans.empty()) return Status::Ok();
  std::string path = JoinPath(project.LocaleDir(tag), article.name + ".retired.xlf");
  xliff::XliffFile old;
  bool exists = false;
  FOLIO_RETURN_IF_ERROR(ReadExisting(path, &old, &exists));
  for (const xliff::XUnit& u : old.units)
    for (const xliff::XSegment& s : u.segments) orphans.push_back(s);
  doc::Document r;
  r.meta = source.meta;
  r.source_language = source.source_language;
  r.target_language = tag;
  std::vector<std::string> seen;
  for (const xliff::XSegment& s : orphans) {
    if (std::find(seen.begin(), seen.end(), s.id) != seen.end()) continue;
    seen.push_back(s.id);
    doc::Block b;
    b.kind = doc::BlockKind::kParagraph;
    b.id = "r-" + s.id;
    doc::Segment seg;
    seg.id = s.id;
    seg.source = s.source;
    seg.target = s.target;
    seg.state = s.state;
    seg.words = segment::CountText(s.source.PlainText(), source.source_language).words;
    b.segments.push_back(std::move(seg));
    r.blocks.push_back(std::move(b));
  }
  bool changed = false;
  xliff::WriteOptions wo;
  wo.original = article.name + ".retired";
  FOLIO_RETURN_IF_ERROR(WriteFileAtomic(path, xliff::WriteXliff2(r, wo), &changed));
  if (changed)
    report->lines.push_back("kept " + std::to_string(orphans.size()) +
                            " translations of removed sentences in " + path);
  return Status::Ok();
}

}  // namespace

Status Extract(const Project& project, const ExtractOptions& options, Report* report) {
  std::vector<std::string> locales = options.locales.empty() ? project.target_locales : options.locales;
  for (const ArticleConfig& article : project.articles) {
    doc::Document source;
    FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
    for (const std::string& tag : locales) {
      std::string path = project.XliffPath(tag, article);
      doc::Document d = source;
      d.target_language = tag;
      std::string version = options.xliff_version;
      if (segment::IsPseudoLocale(tag)) {
        FillPseudo(tag, &d);
      } else {
        xliff::XliffFile existing;
        bool exists = false;
        FOLIO_RETURN_IF_ERROR(ReadExisting(path, &existing, &exists));
        if (version.empty() && exists && existing.version == "1.2") version = "1.2";
        if (exists) {
          ApplyTargets(existing, /*overwrite=*/false, &d);
          FOLIO_RETURN_IF_ERROR(
              KeepRetired(project, tag, article, source, OrphanedTargets(existing, d), report));
        }
      }
      xliff::WriteOptions wo;
      wo.original = BaseName(article.source_path);
      bool changed = false;
      std::string bytes = version == "1.2" ? xliff::WriteXliff12(d, wo) : xliff::WriteXliff2(d, wo);
      FOLIO_RETURN_IF_ERROR(WriteFileAtomic(path, bytes, &changed));
      report->lines.push_back((changed ? "wrote " : "unchanged ") + path);
    }
  }
  return Status::Ok();
}

}  // namespace folio::app
