#include "app/memory.h"

#include <ctime>
#include <map>

#include "base/clock.h"
#include "base/file_io.h"
#include "leverage/leverage.h"
#include "tm/tmx.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

std::string Dir(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::string Primary(const std::string& tag) {
  std::string p = tag.substr(0, tag.find('-'));
  for (char& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return p;
}

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

// A memory file larger than this is refused before it is read (a TMX of
// a million segments is about 300 MB).
constexpr size_t kMaxMemoryFileBytes = size_t{1} << 30;

Status ReadEntries(const Project& project, const std::string& file, std::vector<tm::Entry>* out) {
  std::string lower = file;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool xliff = lower.ends_with(".xlf") || lower.ends_with(".xliff") || lower.ends_with(".sdlxliff") ||
               lower.ends_with(".mqxliff");
  std::string bytes;
  if (xliff) {
    xliff::XliffFile f;
    FOLIO_RETURN_IF_ERROR(xliff::LoadXliffFile(file, &bytes, &f));  // under the XLIFF size cap
    if (f.trg_lang.empty())
      return Status::At(f.where, "the file has no target language, so its translations cannot go into a "
                                 "memory; set trgLang (XLIFF 2) or target-language (1.2)");
    *out = leverage::EntriesFromXliff(f, f.src_lang, "xliff:" + BaseName(file), false, "");
    return Status::Ok();
  }
  bool too_large = false;
  FOLIO_RETURN_IF_ERROR(ReadFileAtMost(file, kMaxMemoryFileBytes, &bytes, &too_large));
  if (too_large)
    return Status::At({file, 1, 1}, "the file is larger than " + std::to_string(kMaxMemoryFileBytes >> 20) +
                                        " MiB; split the memory into smaller TMX files and import them together");
  return tm::ReadTmx(bytes, file, out);
}

}  // namespace

Status OpenProjectMemory(const Project& project, std::unique_ptr<tm::Memory>* out) {
  FOLIO_RETURN_IF_ERROR(MakeDirs(Dir(project.memory_path)));
  tm::MemoryOptions mo;
  mo.clock = [] { return BuildEpoch(static_cast<int64_t>(std::time(nullptr))); };
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
  int64_t before = 0, after = 0;
  FOLIO_RETURN_IF_ERROR(memory->Count(&before));
  FOLIO_RETURN_IF_ERROR(memory->AddBatch(entries));
  FOLIO_RETURN_IF_ERROR(memory->Count(&after));
  report->lines.push_back(memory->path() + ": " + std::to_string(after - before) + " new entries (" +
                          std::to_string(after) + " in all)");
  return Status::Ok();
}

Status TmExport(const Project& project, const std::string& tag, const std::string& output, Report* report) {
  if (output.empty()) return Status::InvalidInput("tm export: say where to write the TMX with -o FILE");
  std::vector<tm::Entry> entries;
  tm::MemoryOptions mo;
  mo.read_only = true;
  std::unique_ptr<tm::Memory> memory;
  Status st = tm::Memory::Open(project.memory_path, mo, &memory);
  if (st.ok()) {
    std::vector<tm::Entry> all;
    FOLIO_RETURN_IF_ERROR(memory->ReadAll(&all));
    for (tm::Entry& e : all)
      if (e.src_lang == project.source_locale && (tag.empty() || e.trg_lang == tag)) entries.push_back(std::move(e));
  } else if (st.code() != Status::Code::kNotFound) {
    return st;
  }
  bool changed = false;
  FOLIO_RETURN_IF_ERROR(WriteFileAtomic(output, tm::WriteTmx(entries, project.source_locale), &changed));
  report->lines.push_back((changed ? "wrote " : "unchanged ") + output + ": " + std::to_string(entries.size()) +
                          " translation units (" + project.source_locale + " -> " + (tag.empty() ? "all" : tag) +
                          ")");
  return Status::Ok();
}

}  // namespace folio::app
