#include <set>

#include "app/articles.h"
#include "app/commands.h"
#include "app/handoff.h"
#include "app/merge.h"
#include "app/source.h"
#include "base/atomic_writer.h"
#include "base/file_io.h"
#include "base/locale_info.h"
#include "segment/word_count.h"
#include "xliff/xliff12_writer.h"
#include "xliff/xliff2_writer.h"

namespace folio::app {

namespace {

// Keeps translations whose source disappeared, so that no extract ever
// loses a translator's work (the leverage of app/handoff.h reads it). The
// retired sentences of one unit stay together, in their order, in a unit
// "r-<old unit id>": two sentences that were merged into one are found as a
// pair there (leverage::EntriesFromXliff).
//
// The file goes through the writer before the handoff, which no longer
// holds these translations: the writer renames files in the order they were
// written and none after one it could not put in place, and none at all when
// the disk refused any write, so the handoff never replaces the old one
// unless these translations are on disk too (and a full disk leaves neither).
Status KeepRetired(AtomicWriter* writer, const Project& project, const std::string& tag, const ArticleConfig& article,
                   const doc::Document& source, const xliff::XliffFile& existing, const doc::Document& handoff,
                   Report* report) {
  std::vector<xliff::XSegment> orphans = OrphanedTargets(existing, handoff);
  if (orphans.empty()) return Status::Ok();
  std::set<std::string> orphan_ids;
  for (const xliff::XSegment& s : orphans) orphan_ids.insert(s.id);
  std::vector<xliff::XUnit> groups;  // the new orphans first, by unit, then what was retired before
  for (const xliff::XUnit& u : existing.units) {
    xliff::XUnit g;
    g.id = "r-" + u.id;
    for (const xliff::XSegment& s : u.segments)
      if (orphan_ids.count(s.id)) g.segments.push_back(s);
    if (!g.segments.empty()) groups.push_back(std::move(g));
  }
  std::string path = JoinPath(project.LocaleDir(tag), article.name + ".retired.xlf");
  xliff::XliffFile old;
  bool exists = false;
  FOLIO_RETURN_IF_ERROR(ReadExistingXliff(path, &old, &exists, project.env));
  groups.insert(groups.end(), old.units.begin(), old.units.end());

  doc::Document r;
  r.meta = source.meta;
  r.source_language = source.source_language;
  r.target_language = tag;
  std::set<std::string> seen_segments, seen_units;
  for (const xliff::XUnit& g : groups) {
    doc::Block b;
    b.kind = doc::BlockKind::kParagraph;
    b.id = g.id;
    for (int n = 2; seen_units.count(b.id); ++n) b.id = g.id + "-" + std::to_string(n);
    for (const xliff::XSegment& s : g.segments) {
      if (!seen_segments.insert(s.id).second) continue;
      doc::Segment seg;
      seg.id = s.id;
      seg.source = s.source;
      seg.target = s.target;
      seg.state = s.state;
      seg.space_after = " ";
      seg.words = segment::CountText(s.source.PlainText(), source.source_language).words;
      b.segments.push_back(std::move(seg));
    }
    if (b.segments.empty()) continue;
    b.segments.back().space_after.clear();
    seen_units.insert(b.id);
    r.blocks.push_back(std::move(b));
  }
  bool changed = false;
  xliff::WriteOptions wo;
  wo.original = article.name + ".retired";
  FOLIO_RETURN_IF_ERROR(writer->Write(path, xliff::WriteXliff2(r, wo), &changed));
  if (changed)
    report->lines.push_back("kept " + std::to_string(orphans.size()) + " translations of removed sentences in " + path);
  return Status::Ok();
}

// One article, every locale: reads and segments the source once.
Status ExtractArticle(AtomicWriter* writer, const Project& project, const ArticleConfig& article,
                      const std::vector<std::string>& locales, const ExtractOptions& options, Report* report) {
  {
    doc::Document source;
    FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
    for (size_t i = 0; i < locales.size(); ++i) {
      const std::string& tag = locales[i];
      std::string path = project.XliffPath(tag, article);
      Handoff h;
      // The last locale takes the source document itself rather than a copy.
      bool last = i + 1 == locales.size();
      FOLIO_RETURN_IF_ERROR(PrepareHandoff(project, article, last ? std::move(source) : source, tag, &h));
      std::string version = options.xliff_version;
      if (version.empty() && h.exists && h.existing.version == "1.2") version = "1.2";
      if (h.exists)  // h.doc has the source's metadata and language
        FOLIO_RETURN_IF_ERROR(KeepRetired(writer, project, tag, article, h.doc, h.existing, h.doc, report));
      const doc::Document& d = h.doc;
      xliff::WriteOptions wo;
      wo.original = article.original;
      bool changed = false;
      std::string bytes = version == "1.2" ? xliff::WriteXliff12(d, wo) : xliff::WriteXliff2(d, wo);
      FOLIO_RETURN_IF_ERROR(writer->Write(path, bytes, &changed));
      report->lines.push_back((changed ? "wrote " : "unchanged ") + path);
    }
  }
  return Status::Ok();
}

}  // namespace

Status Extract(const Project& project, const ExtractOptions& options, Report* report) {
  std::vector<std::string> locales = options.locales.empty() ? project.target_locales : options.locales;
  // Files are flushed and renamed on the writer's thread while the next
  // article is read; every one is in place when Extract returns.
  AtomicWriter writer(project.env);
  Status st = ForEachArticle(project, options.jobs, report, [&](const ArticleConfig& article, Report* r) {
    return ExtractArticle(&writer, project, article, locales, options, r);
  });
  return FinishWrites(&writer, st, report);
}

}  // namespace folio::app
