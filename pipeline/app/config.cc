#include "app/config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include "base/file_io.h"
#include "base/ini.h"
#include "base/locale_info.h"
#include "base/text.h"
#include "epub/uuid.h"
#include "readers/registry.h"

namespace folio::app {

namespace {

std::string JoinErrors(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) out += (out.empty() ? "" : "\n") + e;
  return out;
}

bool ParseInt(const std::string& text, int* out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return ec == std::errc() && ptr == end && !text.empty();
}

bool ParseDouble(const std::string& text, double* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

// What an article's name may be: it becomes a file name in locales/<tag>/
// and outputs/<tag>/, so no separators, no leading dot, nothing a file
// system would change or refuse.
bool IsFileSafeName(const std::string& name) {
  if (name.empty() || name.size() > 100 || name.front() == '.' || name.back() == '.') return false;
  for (unsigned char c : name)
    if (c < 0x20 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' ||
        c == '|')
      return false;
  return true;
}

// The keys folio.ini may hold, by section ("" = the top): whether a key may
// repeat. Anything else is an error that names the line.
struct KeySpec {
  const char* section;
  const char* key;
  bool repeats;
};
constexpr KeySpec kProjectKeys[] = {
    {"", "source-locale", false},
    {"", "target-locale", true},
    {"", "memory", false},
    {"article", "source", false},
    {"article", "metadata", false},
    {"article", "name", false},
    {"article", "format", false},
    {"leverage", "fuzzy-threshold", false},
    {"analysis", "context", false},
    {"analysis", "exact", false},
    {"analysis", "repetition", false},
    {"analysis", "fuzzy-95-99", false},
    {"analysis", "fuzzy-85-94", false},
    {"analysis", "fuzzy-75-84", false},
    {"analysis", "no-match", false},
};

const KeySpec* FindKey(const std::string& section, const std::string& key) {
  for (const KeySpec& k : kProjectKeys)
    if (section == k.section && key == k.key) return &k;
  return nullptr;
}

std::string SectionName(const std::string& s) { return s.empty() ? "the top of the file" : "[" + s + "]"; }

// A name for an article that clashes: its folder and stem ("b-article").
std::string SuggestedName(const std::string& source) {
  std::filesystem::path parent = std::filesystem::path(source).parent_path().filename();
  return parent.empty() ? Stem(source) + "-2" : parent.string() + "-" + Stem(source);
}

}  // namespace

std::string Project::LocaleDir(const std::string& tag) const { return JoinPath(JoinPath(root, "locales"), tag); }
std::string Project::OutputDir(const std::string& tag) const { return JoinPath(JoinPath(root, "outputs"), tag); }
std::string Project::XliffPath(const std::string& tag, const ArticleConfig& a) const {
  return JoinPath(LocaleDir(tag), a.name + ".xlf");
}

Status LoadProject(const std::string& root, Project* out, Env* env) {
  Project p;
  p.env = env;
  p.root = root.empty() ? "." : root;
  p.project_file = JoinPath(p.root, kProjectFileName);
  if (!env->FileExists(p.project_file))
    return Status::NotFound(p.project_file + ": no project file here; run folio in a project folder or pass -C DIR");
  IniFile ini;
  FOLIO_RETURN_IF_ERROR(ReadIniFile(p.project_file, &ini, /*inline_comments=*/true, env));
  std::vector<std::string> errors;
  auto error = [&](int line, const std::string& msg) { errors.push_back(ini.At(line).ToString() + ": " + msg); };

  // Which keys were given where; single-valued keys once.
  std::map<std::string, const IniEntry*> single;  // "section.key" -> entry (not articles)
  std::vector<const IniEntry*> target_entries;
  struct ArticleKeys {
    int line = 0;
    const IniEntry* source = nullptr;
    const IniEntry* metadata = nullptr;
    const IniEntry* name = nullptr;
    const IniEntry* format = nullptr;
  };
  std::map<int, ArticleKeys> article_keys;  // section index -> its keys
  for (const IniSection& s : ini.sections) {
    if (s.name != "article" && s.name != "leverage" && s.name != "analysis")
      error(s.line, "unknown section [" + s.name +
                        "]; folio.ini has [article], [leverage] and [analysis] "
                        "(see README.md, \"Project file\")");
  }
  for (int i = 0; i < static_cast<int>(ini.sections.size()); ++i)
    if (ini.sections[i].name == "article") article_keys[i].line = ini.sections[i].line;
  for (const IniEntry& e : ini.entries) {
    const KeySpec* spec = FindKey(e.section, e.key);
    if (spec == nullptr) {
      bool known_section =
          e.section.empty() || e.section == "article" || e.section == "leverage" || e.section == "analysis";
      if (known_section)
        error(e.line, "unknown key '" + e.key + "' in " + SectionName(e.section) +
                          "; see README.md (\"Project file\") for the keys folio knows");
      continue;
    }
    if (e.section == "article") {
      ArticleKeys& a = article_keys[e.section_index];
      const IniEntry** slot = e.key == "source"     ? &a.source
                              : e.key == "metadata" ? &a.metadata
                              : e.key == "format"   ? &a.format
                                                    : &a.name;
      if (*slot != nullptr)
        error(e.line, e.key + " given twice in one [article] (first at line " + std::to_string((*slot)->line) +
                          "); start a new [article] section for another article");
      else
        *slot = &e;
      continue;
    }
    if (spec->repeats) {
      target_entries.push_back(&e);
      continue;
    }
    std::string full = e.section.empty() ? e.key : e.section + "." + e.key;
    auto [it, fresh] = single.emplace(full, &e);
    if (!fresh)
      error(e.line, e.key + " given twice (first at line " + std::to_string(it->second->line) + "); keep one");
  }

  // Languages.
  auto source_it = single.find("source-locale");
  if (source_it == single.end()) {
    error(1,
          "no source-locale: add a line source-locale = TAG (the language the articles are written in, "
          "like en)");
  } else {
    p.source_locale = source_it->second->value;
    if (!IsWellFormedLanguageTag(p.source_locale))
      error(source_it->second->line, "'" + p.source_locale + "' is not a BCP 47 language tag (like en or pt-BR)");
  }
  std::map<std::string, int> seen_targets;  // lower-case tag -> line
  for (const IniEntry* e : target_entries) {
    const std::string& t = e->value;
    if (!IsWellFormedLanguageTag(t)) {
      error(e->line, "'" + t + "' is not a BCP 47 language tag (like fr, ar or qps-ploc)");
      continue;
    }
    if (Lower(t) == Lower(p.source_locale)) {
      error(e->line, "target-locale " + t + " is the source locale; a project translates from " + p.source_locale +
                         " into other languages: remove this line");
      continue;
    }
    auto [it, fresh] = seen_targets.emplace(Lower(t), e->line);
    if (!fresh) {
      error(e->line, "target-locale " + t + " is already given at line " + std::to_string(it->second) +
                         " (language tags ignore case); remove one");
      continue;
    }
    p.target_locales.push_back(t);
  }
  for (const IniEntry* e : target_entries) {
    if (!IsWellFormedLanguageTag(e->value)) continue;
    std::string likely = LikelyLanguageTag(e->value);
    if (likely.empty()) continue;
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.code = "project.unregistered-language";
    d.where = ini.At(e->line);
    d.message = "target-locale " + e->value +
                " is well-formed but its language subtag is not in the IANA "
                "registry; " +
                (likely == "?" ? std::string("use a registered tag like fr, de or pt-BR")
                               : "did you mean " + likely + " (" + EnglishLanguageName(likely) + ")?");
    p.warnings.push_back(std::move(d));
  }

  // Numbers.
  auto value_of = [&](const std::string& key, const std::string& fallback) -> std::pair<std::string, int> {
    auto it = single.find(key);
    return it == single.end() ? std::make_pair(fallback, 1) : std::make_pair(it->second->value, it->second->line);
  };
  p.memory_path = JoinPath(p.root, value_of("memory", "memory/translation-memory.sqlite").first);
  {
    auto [text, line] = value_of("leverage.fuzzy-threshold", "75");
    if (!ParseInt(text, &p.fuzzy_threshold) || p.fuzzy_threshold < 1 || p.fuzzy_threshold > 99)
      error(line, "fuzzy-threshold must be a similarity from 1 to 99 (percent), not '" + text + "'");
  }
  const std::pair<const char*, const char*> bands[] = {
      {"context", "0"},       {"exact", "0.25"},       {"repetition", "0.25"}, {"fuzzy-95-99", "0.5"},
      {"fuzzy-85-94", "0.7"}, {"fuzzy-75-84", "0.85"}, {"no-match", "1"}};
  for (const auto& [band, fallback] : bands) {
    auto [text, line] = value_of(std::string("analysis.") + band, fallback);
    double w = 0;
    if (!ParseDouble(text, &w) || w < 0 || w > 10)
      error(line, std::string(band) + ": a weight is a factor from 0 to 10 (1 = full price), not '" + text + "'");
    p.analysis_weights.push_back(w);
  }

  // Articles, and the names their files get.
  if (article_keys.empty()) error(1, "no article: add an [article] section with source = PATH and metadata = PATH");
  std::map<std::string, const ArticleConfig*> by_file;  // lower-case file name in locales/<tag>/ -> article
  p.articles.reserve(article_keys.size());
  for (const auto& [index, keys] : article_keys) {
    if (keys.source == nullptr || keys.metadata == nullptr) {
      error(keys.line, std::string("this [article] has no ") + (keys.source == nullptr ? "source" : "metadata") +
                           " = PATH; every article needs both source = and metadata =");
      continue;
    }
    ArticleConfig a;
    a.line = keys.line;
    a.name = keys.name != nullptr ? keys.name->value : Stem(keys.source->value);
    a.source_path = JoinPath(p.root, keys.source->value);
    a.relative_source = keys.source->value;
    if (keys.format != nullptr) {
      if (readers::ReaderForFormat(keys.format->value) == nullptr) {
        error(keys.format->line, "format = " + keys.format->value + ": folio reads " + readers::FormatNames() +
                                     "; remove the line to pick the reader by the file's extension");
        continue;
      }
      a.format = keys.format->value;
    } else {
      a.format = readers::ReaderForPath(a.source_path).format;
    }
    a.metadata_path = JoinPath(p.root, keys.metadata->value);
    if (!IsFileSafeName(a.name)) {
      error(keys.name != nullptr ? keys.name->line : keys.source->line,
            "'" + a.name + "' cannot name an article's files (locales/<tag>/" + a.name +
                ".xlf): use letters, digits, '-' and '_', with no '/' and no leading dot; set name = ...");
      continue;
    }
    if (!env->FileExists(a.source_path))
      error(keys.source->line, a.source_path + ": no such file; correct source = or add the article");
    if (!env->FileExists(a.metadata_path))
      error(keys.metadata->line, a.metadata_path +
                                     ": no such file; correct metadata = or write the file "
                                     "(see README.md, \"Article metadata\")");
    p.articles.push_back(a);
    // Every file an article writes is named <name>.<extension> in
    // locales/<tag>/ and outputs/<tag>/, and its retired targets go to
    // <name>.retired.xlf; so names must differ, ignoring case (macOS and
    // Windows file systems do), and no name may be another's "<name>.retired".
    for (const std::string& file : {a.name + ".xlf", a.name + ".retired.xlf"}) {
      auto [it, fresh] = by_file.emplace(Lower(file), &p.articles.back());
      if (fresh || it->second == &p.articles.back()) continue;
      const ArticleConfig& other = *it->second;
      error(a.line, "this [article] (" + keys.source->value + ") would write locales/<tag>/" + file +
                        " and outputs/<tag>/" + a.name + ".*, as the [article] at " + ini.At(other.line).ToString() +
                        " (" + other.source_path +
                        ") does; give one of them its own name, e.g. name = " + SuggestedName(keys.source->value));
      break;
    }
  }
  if (!errors.empty()) return Status::InvalidInput(JoinErrors(errors));
  std::map<std::string, int> basenames;  // lower-case file name of a source -> articles
  for (const ArticleConfig& a : p.articles) ++basenames[Lower(BaseName(a.source_path))];
  for (size_t i = 0; i < p.articles.size(); ++i) {
    ArticleConfig& a = p.articles[i];
    a.original = basenames[Lower(BaseName(a.source_path))] > 1 ? a.relative_source : BaseName(a.source_path);
  }

  // Every article's metadata, all problems at once, so that no command
  // finds a missing key only later (build needs the identifier).
  for (const ArticleConfig& a : p.articles) {
    doc::Meta meta;
    Status st = LoadMetadata(a.metadata_path, &meta, p.source_locale, env);
    if (!st.ok()) errors.push_back(st.message());
  }
  if (!errors.empty()) return Status::InvalidInput(JoinErrors(errors));
  *out = std::move(p);
  return Status::Ok();
}

Status AddTargetLocale(const Project& project, const std::string& tag) {
  if (!IsWellFormedLanguageTag(tag))
    return Status::InvalidInput("--locale " + tag + ": not a BCP 47 language tag (like fr, pt-BR or qps-ploc)");
  if (Lower(tag) == Lower(project.source_locale))
    return Status::InvalidInput("--locale " + tag + ": that is the source locale of this project (" +
                                project.project_file + "); give a language to translate into");
  for (const std::string& t : project.target_locales)
    if (Lower(t) == Lower(tag)) return Status::Ok();
  std::string text;
  FOLIO_RETURN_IF_ERROR(project.env->ReadFile(project.project_file, &text));
  // Insert after the last target-locale line (or after source-locale) so the
  // file keeps its shape and comments.
  std::istringstream in(text);
  std::string line, out;
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  int insert_after = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = Trim(lines[i]);
    if (t.rfind("[", 0) == 0) break;
    if (t.rfind("target-locale", 0) == 0 || (insert_after < 0 && t.rfind("source-locale", 0) == 0))
      insert_after = static_cast<int>(i);
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    out += lines[i] + "\n";
    if (static_cast<int>(i) == insert_after) out += "target-locale = " + tag + "\n";
  }
  if (insert_after < 0) out = "target-locale = " + tag + "\n" + out;
  return project.env->WriteFileAtomic(project.project_file, out);
}

Status LoadMetadata(const std::string& path, doc::Meta* out, const std::string& source_locale, Env* env) {
  IniFile ini;
  FOLIO_RETURN_IF_ERROR(ReadIniFile(path, &ini, /*inline_comments=*/false, env));
  std::vector<std::string> errors;
  auto error = [&](int line, const std::string& msg) { errors.push_back(ini.At(line).ToString() + ": " + msg); };
  doc::Meta m;
  std::map<std::string, int> seen;  // key -> first line
  int language_line = 1;
  for (const IniEntry& e : ini.entries) {
    if (!e.section.empty()) {
      error(e.line, "metadata has no sections ([" + e.section + "]); put every key at the top level");
      continue;
    }
    std::string* slot = e.key == "title"         ? &m.title
                        : e.key == "author"      ? &m.author
                        : e.key == "publisher"   ? &m.publisher
                        : e.key == "language"    ? &m.language
                        : e.key == "date"        ? &m.date
                        : e.key == "description" ? &m.description
                        : e.key == "rights"      ? &m.rights
                        : e.key == "identifier"  ? &m.identifier
                                                 : nullptr;
    if (e.key == "subject") {
      m.subjects.push_back(e.value);
      continue;
    }
    if (slot == nullptr) {
      error(e.line, "unknown key '" + e.key +
                        "'; the metadata keys are title, author, publisher, language, "
                        "date, description, subject (repeatable), rights and identifier");
      continue;
    }
    auto [it, fresh] = seen.emplace(e.key, e.line);
    if (!fresh) {
      error(e.line, e.key + " given twice (first at line " + std::to_string(it->second) + "); keep one");
      continue;
    }
    *slot = e.value;
    if (e.key == "language") language_line = e.line;
  }
  std::vector<std::string> missing;
  for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"title", &m.title},
                                   {"language", &m.language},
                                   {"date", &m.date},
                                   {"identifier", &m.identifier}})
    if (Trim(*value).empty()) missing.push_back(key);
  for (const std::string& key : missing) {
    std::string hint = key == "title"      ? "the article's title, as the edition shows it"
                       : key == "language" ? "the BCP 47 tag of the article's language" +
                                                 (source_locale.empty() ? std::string() : ", " + source_locale)
                       : key == "date" ? "the publication date, YYYY-MM-DD"
                                       : "a stable id for the edition, e.g. urn:uuid:" +
                                             epub::FormatUuid(epub::NameBasedUuid(
                                                 epub::UrlNamespace(), "folio:" + BaseName(path) + ":" + m.title));
    errors.push_back(path + ":1:1: " + key + " is missing; add " + key + " = ... (" + hint + ")");
  }
  if (!source_locale.empty() && !m.language.empty() && m.language != source_locale)
    error(language_line,
          "language = " + m.language + " but folio.ini says source-locale = " + source_locale + "; make them agree");
  if (!errors.empty()) return Status::InvalidInput(JoinErrors(errors));
  *out = std::move(m);
  return Status::Ok();
}

}  // namespace folio::app

namespace folio::app {

std::vector<size_t> LongestFirst(const Project& project) {
  std::vector<std::pair<uint64_t, size_t>> sized;
  for (size_t i = 0; i < project.articles.size(); ++i) {
    uint64_t size = 0;
    bool known = project.env->GetFileSize(project.articles[i].source_path, &size).ok();
    sized.push_back({known ? size : 0, i});
  }
  std::stable_sort(sized.begin(), sized.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<size_t> order;
  for (const auto& s : sized) order.push_back(s.second);
  return order;
}

}  // namespace folio::app
