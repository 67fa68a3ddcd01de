#include "app/commands.h"
#include "app/memory.h"
#include "leverage/leverage.h"
#include "app/merge.h"
#include "app/source.h"
#include "base/file_io.h"
#include "segment/pseudo.h"
#include "xliff/check.h"
#include "xliff/xliff12_writer.h"
#include "xliff/xliff2_writer.h"
#include "xliff/validate2.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

struct Pending {
  std::string path;           // where the merged file goes
  std::string contents;
  std::string summary;
  std::vector<tm::Entry> memory;  // the returned translations, for the translation memory
};

// Which article a returned file belongs to: the one named by <file
// original>, else the only one. `original` is compared as a name, never
// opened as a path.
const ArticleConfig* FindArticle(const Project& project, const xliff::XliffFile& f) {
  for (const ArticleConfig& a : project.articles)
    if (BaseName(a.source_path) == f.original || a.name == f.original) return &a;
  return project.articles.size() == 1 ? &project.articles[0] : nullptr;
}

Status PrepareOne(const Project& project, const std::string& file, Pending* out, Report* report) {
  std::string bytes;
  FOLIO_RETURN_IF_ERROR(ReadFile(file, &bytes));
  xliff::XliffFile returned;
  FOLIO_RETURN_IF_ERROR(xliff::ReadXliff(bytes, file, &returned));
  if (returned.version.rfind("2.", 0) == 0) {
    // The XLIFF 2 rules the schema cannot express (ids, references, code
    // pairing, editing hints, languages), before any project check.
    std::vector<std::string> problems;
    xliff::ValidateXliff2(bytes, file, &problems);  // the problems say it all
    if (!problems.empty()) {
      std::string msg;
      for (const std::string& p : problems) msg += (msg.empty() ? "" : "\n") + p;
      return Status::InvalidInput(msg + "\n" + file + ": not valid XLIFF 2; fix these in the translation tool and export again");
    }
  }
  const std::string& tag = returned.trg_lang;
  bool known = false;
  for (const std::string& t : project.target_locales) known |= (t == tag);
  if (tag.empty())
    return Status::At(returned.where, "the file has no trgLang; folio needs to know the target language: "
                                    "set trgLang on <xliff> (XLIFF 2) or target-language on <file> (1.2)");
  if (!known)
    return Status::At(returned.where, "trgLang \"" + tag + "\" is not a target locale of this project (" +
                                        project.project_file + "); add it with: folio extract --locale " + tag);
  if (segment::IsPseudoLocale(tag))
    return Status::At(returned.where, "\"" + tag + "\" is a pseudo-locale that folio generates itself; "
                                    "there is nothing to import");
  const ArticleConfig* article = FindArticle(project, returned);
  if (article == nullptr)
    return Status::At(returned.where, "original=\"" + returned.original +
                                        "\" names no article of this project; export the file from the "
                                        "handoff folio wrote (locales/" + tag + "/)");
  doc::Document source;
  FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, *article, &source, &report->diagnostics));
  FOLIO_RETURN_IF_ERROR(xliff::CheckAgainstSource(returned, source, tag));
  {
    // QA findings inform, they do not block: `folio qa --strict` is the gate.
    QaOptions qa;
    qa.files = {file};
    Report qa_report;
    if (Qa(project, qa, &qa_report).ok())
      for (const Diagnostic& d : qa_report.diagnostics) report->diagnostics.push_back(d);
  }

  // Merge: the returned targets win; stored targets fill every other segment,
  // so importing a partial file never loses earlier work.
  out->path = project.XliffPath(tag, *article);
  doc::Document d = source;
  d.target_language = tag;
  MergeStats returned_stats = ApplyTargets(returned, /*overwrite=*/false, &d);
  out->memory = leverage::EntriesFromDocument(d, "import:" + BaseName(file));
  std::string stored_bytes;
  std::string stored_version = "2.1";
  Status st = ReadFile(out->path, &stored_bytes);
  if (st.ok()) {
    xliff::XliffFile stored;
    Status rs = xliff::ReadXliff(stored_bytes, out->path, &stored);
    if (!rs.ok())
      return Status::InvalidInput(rs.message() + "\n(the stored translations could not be read, so nothing "
                                                 "was imported; fix or restore that file first)");
    ApplyTargets(stored, /*overwrite=*/false, &d);
    stored_version = stored.version;
  } else if (st.code() != Status::Code::kNotFound) {
    return st;
  }
  xliff::WriteOptions wo;
  wo.original = BaseName(article->source_path);
  // The stored file keeps its XLIFF version (1.2 for a locale handed off
  // to an older CAT tool).
  out->contents = stored_version == "1.2" ? xliff::WriteXliff12(d, wo) : xliff::WriteXliff2(d, wo);
  out->summary = file + ": " + std::to_string(returned_stats.applied) + " translated segments for " + tag;
  return Status::Ok();
}

}  // namespace

Status Import(const Project& project, const ImportOptions& options, Report* report) {
  std::vector<Pending> pending;
  std::string errors;
  for (const std::string& f : options.files) {
    Pending p;
    Status st = PrepareOne(project, f, &p, report);
    if (!st.ok()) {
      errors += (errors.empty() ? "" : "\n") + st.message();
      continue;
    }
    pending.push_back(std::move(p));
  }
  if (!errors.empty()) {
    return Status::InvalidInput(errors + "\nnothing was imported; locales/ is unchanged");
  }
  if (!options.dry_run) {
    // The memory first: if writing it fails, locales/ is still unchanged; if
    // a locale file then fails, the memory only knows translations early.
    std::vector<tm::Entry> entries;
    for (const Pending& p : pending) entries.insert(entries.end(), p.memory.begin(), p.memory.end());
    if (!entries.empty()) {
      std::unique_ptr<tm::Memory> memory;
      FOLIO_RETURN_IF_ERROR(OpenProjectMemory(project, &memory));
      int64_t before = 0, after = 0;
      FOLIO_RETURN_IF_ERROR(memory->Count(&before));
      FOLIO_RETURN_IF_ERROR(memory->AddBatch(entries));
      FOLIO_RETURN_IF_ERROR(memory->Count(&after));
      report->lines.push_back("translation memory " + memory->path() + ": " + std::to_string(after - before) +
                              " new entries (" + std::to_string(after) + " in all)");
    }
  }
  for (const Pending& p : pending) {
    if (options.dry_run) {
      report->lines.push_back(p.summary + " (valid; not imported)");
      continue;
    }
    bool changed = false;
    FOLIO_RETURN_IF_ERROR(WriteFileAtomic(p.path, p.contents, &changed));
    report->lines.push_back(p.summary + (changed ? ", merged into " : ", already in ") + p.path);
  }
  return Status::Ok();
}

}  // namespace folio::app
