#include "app/memory.h"

#include <map>

#include "base/clock.h"
#include "base/file_io.h"
#include "base/text.h"
#include "leverage/leverage.h"
#include "tm/tmx.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

std::string Dir(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::string Primary(const std::string& tag) { return Lower(tag.substr(0, tag.find('-'))); }

// The project's own tag for `tag`: itself if the project uses it, else the
// one project tag with the same primary language, else `tag` unchanged.
std::string MapTag(const std::string& tag, const std::vector<std::string>& project_tags) {
  std::string normalized = tm::NormalizeLanguageTag(tag);
  for (const std::string& t : project_tags)
    if (tm::NormalizeLanguageTag(t) == normalized) return t;
  std::string found;
  int n = 0;
  for (const std::string& t : project_tags)
    if (Primary(t) == Primary(normalized)) {
      found = t;
      ++n;
    }
  return n == 1 ? found : normalized;
}

// A memory file larger than ReadTmx reads is refused before it is read.
constexpr size_t kMaxMemoryFileBytes = tm::kMaxTmxBytes;

Status ReadEntries(const Project& project, const std::string& file, std::vector<tm::Entry>* out) {
  std::string lower = Lower(file);
  bool xliff = lower.ends_with(".xlf") || lower.ends_with(".xliff") || lower.ends_with(".sdlxliff") ||
               lower.ends_with(".mqxliff");
  std::string bytes;
  if (xliff) {
    xliff::XliffFile f;
    FOLIO_RETURN_IF_ERROR(xliff::LoadXliffFile(file, &bytes, &f, project.env));  // under the XLIFF size cap
    if (f.trg_lang.empty())
      return Status::At(f.where,
                        "the file has no target language, so its translations cannot go into a "
                        "memory; set trgLang (XLIFF 2) or target-language (1.2)");
    *out = leverage::EntriesFromXliff(f, f.src_lang, "xliff:" + BaseName(file), false, "");
    return Status::Ok();
  }
  bool too_large = false;
  FOLIO_RETURN_IF_ERROR(project.env->ReadFileAtMost(file, kMaxMemoryFileBytes, &bytes, &too_large));
  if (too_large)
    return Status::At({file, 1, 1}, "the file is larger than " + std::to_string(kMaxMemoryFileBytes >> 20) +
                                        " MiB; split the memory into smaller TMX files and import them together");
  return tm::ReadTmx(bytes, file, out);
}

}  // namespace

Status OpenProjectMemory(const Project& project, std::unique_ptr<tm::Memory>* out) {
  // The memory's folder is SQLite's, like its file: on the real disk
  // whatever project.env is (base/env.h).
  FOLIO_RETURN_IF_ERROR(MakeDirs(Dir(project.memory_path)));
  tm::MemoryOptions mo;
  Env* env = project.env;
  mo.clock = [env] { return BuildEpoch(env->NowSeconds()); };
  return tm::Memory::Open(project.memory_path, mo, out);
}

Status TmImport(const Project& project, const std::vector<std::string>& files, Report* report) {
  if (files.empty()) return Status::InvalidInput("tm import: name at least one .tmx or .xlf file");
  std::vector<std::string> sources = {project.source_locale};
  std::vector<tm::Entry> all;
  std::string errors;
  for (const std::string& file : files) {
    std::vector<tm::Entry> entries;
    Status st = ReadEntries(project, file, &entries);
    if (!st.ok()) {
      errors += (errors.empty() ? "" : "\n") + st.message();
      continue;
    }
    std::map<std::string, int> pairs;
    for (tm::Entry& e : entries) {
      e.src_lang = MapTag(e.src_lang, sources);
      e.trg_lang = MapTag(e.trg_lang, project.target_locales);
      ++pairs[e.src_lang + " -> " + e.trg_lang];
    }
    std::string summary;
    for (const auto& [pair, n] : pairs) summary += (summary.empty() ? "" : ", ") + std::to_string(n) + " " + pair;
    report->lines.push_back(file + ": " + std::to_string(entries.size()) + " translations" +
                            (summary.empty() ? "" : " (" + summary + ")"));
    all.insert(all.end(), entries.begin(), entries.end());
  }
  if (!errors.empty()) return Status::InvalidInput(errors + "\nnothing was imported; the memory is unchanged");
  return AddToProjectMemory(project, all, report);
}

Status AddToProjectMemory(const Project& project, const std::vector<tm::Entry>& entries, Report* report) {
  std::unique_ptr<tm::Memory> memory;
  FOLIO_RETURN_IF_ERROR(OpenProjectMemory(project, &memory));
  tm::AddStats stats;
  FOLIO_RETURN_IF_ERROR(memory->AddBatch(entries, &stats));
  int64_t all = 0;
  FOLIO_RETURN_IF_ERROR(memory->Count(&all));
  report->lines.push_back(memory->path() + ": " + std::to_string(stats.added) + " new, " +
                          std::to_string(stats.updated) + " updated (previous translations kept as history), " +
                          std::to_string(stats.unchanged) + " unchanged; " + std::to_string(all) + " entries in all");
  return Status::Ok();
}

namespace {

Status CheckProjectLocale(const Project& project, const std::string& tag, const char* command) {
  for (const std::string& t : project.target_locales)
    if (t == tag) return Status::Ok();
  std::string list;
  for (const std::string& t : project.target_locales) list += (list.empty() ? "" : ", ") + t;
  return Status::InvalidInput(std::string(command) + " --locale " + tag + ": not a target locale of this project (" +
                              project.project_file + " has " + (list.empty() ? "none" : list) + ")");
}

}  // namespace

Status TmExport(const Project& project, const std::string& tag, const std::string& output, Report* report,
                bool with_history) {
  if (output.empty()) return Status::InvalidInput("tm export: say where to write the TMX with -o FILE");
  if (!tag.empty()) FOLIO_RETURN_IF_ERROR(CheckProjectLocale(project, tag, "tm export"));
  std::vector<tm::Entry> entries;
  int earlier = 0;
  tm::MemoryOptions mo;
  mo.read_only = true;
  std::unique_ptr<tm::Memory> memory;
  Status st = tm::Memory::Open(project.memory_path, mo, &memory);
  if (st.ok()) {
    std::vector<tm::Entry> all;
    std::vector<int64_t> ids;
    FOLIO_RETURN_IF_ERROR(memory->ReadAll(&all, &ids));
    for (size_t i = 0; i < all.size(); ++i) {
      tm::Entry& e = all[i];
      if (e.src_lang != project.source_locale || (!tag.empty() && e.trg_lang != tag)) continue;
      if (with_history) {
        // Earlier versions first, oldest first, each its own <tu> with its
        // own changedate: `folio tm import` of the file replays them in
        // order, so the current target wins and the others become history.
        std::vector<tm::Entry> versions;
        FOLIO_RETURN_IF_ERROR(memory->History(ids[i], &versions));
        earlier += static_cast<int>(versions.size());
        for (tm::Entry& v : versions) entries.push_back(std::move(v));
      }
      entries.push_back(std::move(e));
    }
  } else if (st.code() != Status::Code::kNotFound) {
    return st;
  }
  bool changed = false;
  FOLIO_RETURN_IF_ERROR(project.env->WriteFileAtomic(output, tm::WriteTmx(entries, project.source_locale), &changed));
  report->lines.push_back((changed ? "wrote " : "unchanged ") + output + ": " + std::to_string(entries.size()) +
                          " translation units (" + project.source_locale + " -> " + (tag.empty() ? "all" : tag) +
                          (with_history ? ", " + std::to_string(earlier) + " of them earlier versions" : "") + ")");
  return Status::Ok();
}

Status TmHistory(const Project& project, const std::string& tag, const std::string& key, Report* report) {
  if (key.empty()) return Status::InvalidInput("tm history: give a segment id (s-...) or a source sentence");
  std::vector<std::string> tags;
  if (!tag.empty()) {
    FOLIO_RETURN_IF_ERROR(CheckProjectLocale(project, tag, "tm history"));
    tags.push_back(tag);
  } else {
    tags = project.target_locales;
  }
  tm::MemoryOptions mo;
  mo.read_only = true;
  std::unique_ptr<tm::Memory> memory;
  FOLIO_RETURN_IF_ERROR(tm::Memory::Open(project.memory_path, mo, &memory));
  int found = 0;
  for (const std::string& t : tags) {
    std::vector<tm::Match> entries;
    FOLIO_RETURN_IF_ERROR(memory->FindEntries(project.source_locale, t, key, &entries));
    for (const tm::Match& m : entries) {
      ++found;
      std::vector<tm::Entry> versions;
      FOLIO_RETURN_IF_ERROR(memory->History(m.id, &versions));
      versions.push_back(m.entry);
      report->lines.push_back(project.source_locale + " -> " + t + "  " +
                              (m.entry.segment_id.empty() ? std::string() : m.entry.segment_id + "  ") +
                              m.entry.source.PlainText());
      for (size_t i = 0; i < versions.size(); ++i) {
        const tm::Entry& v = versions[i];
        report->lines.push_back(std::string(i + 1 == versions.size() ? "  current " : "  earlier ") +
                                tm::FormatTmxDate(v.changed) + "  " + v.origin + "  " + v.target.PlainText());
      }
    }
  }
  if (found == 0)
    return Status::InvalidInput("tm history: no entry of " + project.memory_path + " has the segment id or source \"" +
                                key + "\"" + (tag.empty() ? "" : " for " + tag));
  return Status::Ok();
}

}  // namespace folio::app
