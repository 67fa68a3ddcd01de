#include "app/source.h"

#include "base/file_io.h"
#include "base/text.h"
#include "readers/registry.h"
#include "segment/segmenter.h"

namespace folio::app {

namespace {

doc::Block MetaBlock(doc::BlockKind kind, const std::string& text) {
  doc::Block b;
  b.kind = kind;
  b.level = kind == doc::BlockKind::kTitle ? 1 : 0;
  doc::Segment s;
  s.source = doc::TextFragment(ToNfc(text));
  b.segments.push_back(std::move(s));
  return b;
}

}  // namespace

Status LoadSourceDocument(const Project& project, const ArticleConfig& article, doc::Document* out,
                          Diagnostics* warnings) {
  doc::Meta meta;
  FOLIO_RETURN_IF_ERROR(LoadMetadata(article.metadata_path, &meta, project.source_locale, project.env));
  std::string bytes;
  FOLIO_RETURN_IF_ERROR(project.env->ReadFile(article.source_path, &bytes));
  doc::Document d;
  const readers::Reader* reader = readers::ReaderForFormat(article.format);
  if (reader == nullptr) reader = &readers::ReaderForPath(article.source_path);  // a Project made in code
  FOLIO_RETURN_IF_ERROR(reader->read(std::move(bytes), article.source_path, &d, warnings));
  d.meta = meta;
  d.source_path = article.source_path;
  d.source_language = project.source_locale;
  // The title and description are translated like the text, so they are
  // units too: the title is the edition's h1, the description goes to the
  // EPUB metadata.
  std::vector<doc::Block> blocks;
  blocks.push_back(MetaBlock(doc::BlockKind::kTitle, meta.title));
  if (!meta.description.empty()) blocks.push_back(MetaBlock(doc::BlockKind::kDescription, meta.description));
  for (doc::Block& b : d.blocks) blocks.push_back(std::move(b));
  d.blocks = std::move(blocks);
  FOLIO_RETURN_IF_ERROR(segment::SegmentDocument(&d));
  *out = std::move(d);
  return Status::Ok();
}

}  // namespace folio::app
