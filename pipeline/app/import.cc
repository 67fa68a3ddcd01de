#include <map>
#include <set>

#include "app/articles.h"
#include "app/commands.h"
#include "app/language_check.h"
#include "app/memory.h"
#include "leverage/leverage.h"
#include "app/merge.h"
#include "app/source.h"
#include "base/atomic_writer.h"
#include "base/file_io.h"
#include "base/json.h"
#include "segment/pseudo.h"
#include "xliff/check.h"
#include "xliff/xliff12_writer.h"
#include "xliff/xliff2_writer.h"
#include "xliff/validate2.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

// The merged contents of one locale file, waiting to be written. Several
// returned files for the same locale merge into the same Pending, one after
// the other, so none of them loses the others' translations.
struct Pending {
  std::string contents;
  std::vector<std::string> summaries;
  std::vector<std::string> notes;  // what happened to reviewed and final work
  std::vector<tm::Entry> memory;   // the returned translations, for the translation memory
};

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string msg;
  for (const std::string& l : lines) msg += (msg.empty() ? "" : "\n") + l;
  return msg;
}

bool Before(const SourceLocation& a, const SourceLocation& b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// The unit of `f` whose element holds `at` (the innermost, for 1.2 groups
// in groups); nullptr when it lies outside every unit or has no location.
const xliff::XUnit* UnitHolding(const xliff::XliffFile& f, const SourceLocation& at) {
  if (at.line <= 0) return nullptr;
  const xliff::XUnit* found = nullptr;
  for (const xliff::XUnit& u : f.units)
    if (!Before(at, u.where) && Before(at, u.end) && (found == nullptr || Before(found->where, u.where))) found = &u;
  return found;
}

// The problems of one returned file, split into those of the whole file and
// those of single units (unit id -> its problems, in file order).
struct Problems {
  std::vector<std::string> file;
  std::map<std::string, std::vector<std::string>> units;
  bool empty() const { return file.empty() && units.empty(); }
};

// Removes the units that have problems from *f and returns, in file order, one
// line per refused unit ("path:line:col: unit ID refused ...") after its
// problems.
std::vector<std::string> DropUnits(const Problems& problems, xliff::XliffFile* f) {
  std::vector<std::string> lines;
  std::vector<xliff::XUnit> kept;
  std::set<std::string> listed;
  for (xliff::XUnit& u : f->units) {
    auto it = problems.units.find(u.id);
    if (it == problems.units.end()) {
      kept.push_back(std::move(u));
      continue;
    }
    if (!listed.insert(u.id).second) continue;  // a unit that appears twice is listed once
    lines.insert(lines.end(), it->second.begin(), it->second.end());
    lines.push_back(u.where.ToString() + ": unit " + u.id +
                    " refused: none of its translations were imported; fix the problems above in the "
                    "translation tool and import the file again");
  }
  f->units = std::move(kept);
  return lines;
}

// Reads, checks and merges one returned file into (*pending)[locale file].
// Returns an error when the file is refused as a whole (with accept_valid:
// when nothing in it can be trusted -- not XLIFF, another language, another
// project); otherwise, with accept_valid, units that fail a check are left
// out and listed in *refused.
Status PrepareOne(const Project& project, const ImportOptions& options, const std::string& file,
                  std::map<std::string, Pending>* pending, Report* report, std::vector<std::string>* refused) {
  std::string bytes;
  xliff::XliffFile returned;
  FOLIO_RETURN_IF_ERROR(xliff::LoadXliffFile(file, &bytes, &returned, project.env));
  Problems problems;
  std::vector<std::string> in_order;  // every problem, in the order found
  if (returned.version.rfind("2.", 0) == 0) {
    // The XLIFF 2 rules the schema cannot express (ids, references, code
    // pairing, editing hints, languages), before any project check.
    Diagnostics invalid;
    (void)xliff::ValidateXliff2(bytes, file, xliff::Xliff2ValidationOptions(), &invalid);  // the problems say it all
    for (const Diagnostic& d : invalid) {
      std::string p = xliff::ProblemLine(d);
      in_order.push_back(p);
      const xliff::XUnit* u = options.accept_valid ? UnitHolding(returned, d.where) : nullptr;
      if (u != nullptr)
        problems.units[u->id].push_back(p);
      else
        problems.file.push_back(p);
    }
    if (!problems.file.empty() || (!options.accept_valid && !problems.empty()))
      return Status::InvalidInput(JoinLines(in_order) + "\n" + file +
                                  ": not valid XLIFF 2; fix these in the translation tool and export again");
  }
  bytes.clear();
  bytes.shrink_to_fit();
  const std::string& tag = returned.trg_lang;
  bool known = false;
  for (const std::string& t : project.target_locales) known |= (t == tag);
  if (tag.empty())
    return Status::At(returned.where,
                      "the file has no trgLang; folio needs to know the target language: "
                      "set trgLang on <xliff> (XLIFF 2) or target-language on <file> (1.2)");
  if (!known)
    return Status::At(returned.where, "trgLang \"" + tag + "\" is not a target locale of this project (" +
                                          project.project_file + "); add it with: folio extract --locale " + tag);
  // Its targets must be in that language, not another locale's (app/language_check.h).
  FOLIO_RETURN_IF_ERROR(CheckReturnedLanguage(project, returned));
  if (segment::IsPseudoLocale(tag))
    return Status::At(returned.where, "\"" + tag +
                                          "\" is a pseudo-locale that folio generates itself; "
                                          "there is nothing to import");
  const ArticleConfig* article = FindArticle(project, returned);
  if (article == nullptr) return Status::At(returned.where, NoArticle(project, returned, tag));
  doc::Document source;
  FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, *article, &source, &report->diagnostics));
  std::vector<xliff::CheckProblem> checked;
  xliff::CheckAgainstSource(returned, source, tag, &checked);
  for (const xliff::CheckProblem& p : checked) {
    in_order.push_back(p.message);
    if (p.unit_id.empty())
      problems.file.push_back(p.message);
    else
      problems.units[p.unit_id].push_back(p.message);
  }
  if (!problems.file.empty() || (!options.accept_valid && !problems.empty()))
    return Status::InvalidInput(JoinLines(in_order));
  int units_in_file = static_cast<int>(returned.units.size());
  std::vector<std::string> dropped = DropUnits(problems, &returned);
  refused->insert(refused->end(), dropped.begin(), dropped.end());
  // QA findings inform, they do not block: `folio qa --strict` is the gate.
  for (Diagnostic& d : QaOfReturned(source, returned, file)) report->diagnostics.push_back(std::move(d));

  // Merge: the returned targets win; stored targets (or those merged from an
  // earlier file of this run) fill every other segment, so importing a
  // partial file never loses earlier work.
  std::string path = project.XliffPath(tag, *article);
  doc::Document d = source;
  d.target_language = tag;
  MergeStats returned_stats = ApplyTargets(returned, /*overwrite=*/false, &d);
  std::vector<tm::Entry> memory = leverage::EntriesFromDocument(d, "import:" + BaseName(file));
  std::string stored_bytes;
  std::string stored_version = "2.1";
  auto staged = pending->find(path);
  Status st = staged != pending->end() ? Status::Ok() : project.env->ReadFile(path, &stored_bytes);
  if (staged != pending->end()) stored_bytes = staged->second.contents;
  StoredWork work;
  if (st.ok()) {
    xliff::XliffFile stored;
    Status rs = xliff::ReadXliff(stored_bytes, path, &stored);
    if (!rs.ok())
      return Status::InvalidInput(rs.message() +
                                  "\n(the stored translations could not be read, so nothing "
                                  "was imported; fix or restore that file first)");
    // The stored targets as they are: a pre-fill nobody confirmed stays
    // initial (promote_initial=false).
    doc::Document with_stored = source;
    with_stored.target_language = tag;
    ApplyTargets(stored, /*overwrite=*/false, &with_stored, /*promote_initial=*/false);
    work = MergeWithStored(with_stored, options.overwrite_reviewed, &d);
    stored_version = stored.version;
  } else if (st.code() != Status::Code::kNotFound) {
    return st;
  }
  xliff::WriteOptions wo;
  wo.original = article->original;
  // The stored file keeps its XLIFF version (1.2 for a locale handed off
  // to an older CAT tool).
  Pending& p = (*pending)[path];
  p.contents = stored_version == "1.2" ? xliff::WriteXliff12(d, wo) : xliff::WriteXliff2(d, wo);
  std::string summary = file + ": " + std::to_string(returned_stats.applied) + " translated segments for " + tag;
  if (!dropped.empty())
    summary += " (" + std::to_string(units_in_file - static_cast<int>(returned.units.size())) + " of " +
               std::to_string(units_in_file) + " units refused)";
  p.summaries.push_back(summary);
  auto count_line = [&](const std::vector<KeptSegment>& list, const char* action, const std::string& what) {
    for (const KeptSegment& k : list)
      report->states.push_back({file, tag, k.segment_id, doc::StateName(k.stored), doc::StateName(k.returned), action});
    if (!list.empty()) p.notes.push_back(file + ": " + std::to_string(list.size()) + what);
  };
  count_line(work.kept, "kept",
             " reviewed or final segments kept their state: the file returns their text unchanged with a lower "
             "state (import --overwrite-reviewed takes the file's states)");
  count_line(work.revised, "revised",
             " reviewed or final segments revised: the file changed their text, so they now have the file's state");
  count_line(work.lowered, "lowered", " reviewed or final segments lowered to the file's state (--overwrite-reviewed)");
  p.memory.insert(p.memory.end(), memory.begin(), memory.end());
  return Status::Ok();
}

}  // namespace

Status Import(const Project& project, const ImportOptions& options, Report* report) {
  if (options.files.empty())
    return Status::InvalidInput("give at least one FILE.xlf (the translated XLIFF files to import)");
  // A file that is not there is the environment's problem (exit 3), not the
  // file's: say so before reading anything.
  for (const std::string& f : options.files)
    if (!project.env->FileExists(f)) return Status::NotFound(f + ": no such file; check the path");
  std::map<std::string, Pending> pending;  // locale file -> merged contents
  std::vector<std::string> errors, refused;
  bool environment = false;  // a file or model could not be read: exit 3, not "the file is bad"
  for (const std::string& f : options.files) {
    // A refused file must leave no trace in what is merged: work on a copy.
    std::map<std::string, Pending> next = pending;
    std::vector<std::string> refused_units;
    Status st = PrepareOne(project, options, f, &next, report, &refused_units);
    if (!st.ok()) {
      errors.push_back(st.message());
      environment |= st.code() == Status::Code::kIoError || st.code() == Status::Code::kNotFound;
      if (options.accept_valid)
        refused.push_back(st.message() + "\n" + f + ": file refused; none of its translations were imported");
      continue;
    }
    pending = std::move(next);
    refused.insert(refused.end(), refused_units.begin(), refused_units.end());
  }
  if (!errors.empty() && (!options.accept_valid || pending.empty())) {
    std::string msg = JoinLines(errors) + "\nnothing was imported; locales/ is unchanged";
    return environment ? Status::IoError(msg) : Status::InvalidInput(msg);
  }
  // The locale files are written to temporary files first, the memory next,
  // the renames last: a full disk or a read-only locales/ fails before the
  // memory changes, and a failed memory write leaves locales/ unchanged.
  AtomicWriter locale_files(project.env);  // renames nothing unless Finish() is reached
  for (const auto& [path, p] : pending) {
    if (options.dry_run) {
      for (const std::string& s : p.summaries) report->lines.push_back(s + " (valid; not imported)");
      for (const std::string& s : p.notes) report->lines.push_back(s);
      continue;
    }
    bool changed = false;
    FOLIO_RETURN_IF_ERROR(locale_files.Write(path, p.contents, &changed));
    for (const std::string& s : p.summaries)
      report->lines.push_back(s + (changed ? ", merged into " : ", already in ") + path);
    for (const std::string& s : p.notes) report->lines.push_back(s);
  }
  if (!options.dry_run) {
    std::vector<tm::Entry> entries;
    for (const auto& [path, p] : pending) entries.insert(entries.end(), p.memory.begin(), p.memory.end());
    if (!entries.empty()) FOLIO_RETURN_IF_ERROR(AddToProjectMemory(project, entries, report));
  }
  FOLIO_RETURN_IF_ERROR(locale_files.Finish());
  report->refused = std::move(refused);
  return Status::Ok();
}

std::string FormatImportJson(const Report& report, bool dry_run) {
  std::string s = "{\n  \"dry_run\": " + std::string(dry_run ? "true" : "false") + ",\n  \"lines\": [";
  for (size_t i = 0; i < report.lines.size(); ++i) s += std::string(i ? ", " : "") + JsonString(report.lines[i]);
  s += "],\n  \"states\": [";
  for (size_t i = 0; i < report.states.size(); ++i) {
    const StateDecision& d = report.states[i];
    s += std::string(i ? ",\n    " : "\n    ") + "{\"file\": " + JsonString(d.file) +
         ", \"locale\": " + JsonString(d.locale) + ", \"segment\": " + JsonString(d.segment_id) +
         ", \"stored\": " + JsonString(d.stored) + ", \"returned\": " + JsonString(d.returned) +
         ", \"action\": " + JsonString(d.action) + "}";
  }
  s += report.states.empty() ? "],\n" : "\n  ],\n";
  s += "  \"refused\": [";
  for (size_t i = 0; i < report.refused.size(); ++i) s += std::string(i ? ", " : "") + JsonString(report.refused[i]);
  s += "],\n  \"diagnostics\": " + FormatDiagnosticsJson(report.diagnostics);
  // FormatDiagnosticsJson ends with a newline; close the object after it.
  return s + "}\n";
}

}  // namespace folio::app
