#include "app/config.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file_io.h"
#include "base/locale_info.h"
#include "base/text.h"

namespace po = boost::program_options;

namespace folio::app {

namespace {

// Boost's INI errors carry no line numbers; find the line that mentions the
// offending key so the message can point at it.
int LineOfKey(const std::string& text, const std::string& key) {
  std::string bare = key.substr(key.find('.') == std::string::npos ? 0 : key.find('.') + 1);
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    std::string_view t = Trim(line);
    if (t.substr(0, bare.size()) == bare) return n;
  }
  return 1;
}

Status ParseIni(const std::string& path, const po::options_description& desc, po::variables_map* vm) {
  std::string text;
  Status st = ReadFile(path, &text);
  if (!st.ok()) return st;
  FOLIO_RETURN_IF_ERROR(CheckUtf8(text, path));
  std::istringstream in(text);
  try {
    po::store(po::parse_config_file(in, desc, /*allow_unregistered=*/false), *vm);
    po::notify(*vm);
  } catch (const po::error_with_option_name& e) {
    return Status::At({path, LineOfKey(text, e.get_option_name()), 1},
                      std::string(e.what()) + "; see README.md (\"Project file\") for the keys folio knows");
  } catch (const po::error& e) {
    return Status::At({path, 1, 1}, e.what());
  }
  return Status::Ok();
}

}  // namespace

std::string Project::LocaleDir(const std::string& tag) const { return JoinPath(JoinPath(root, "locales"), tag); }
std::string Project::OutputDir(const std::string& tag) const { return JoinPath(JoinPath(root, "outputs"), tag); }
std::string Project::XliffPath(const std::string& tag, const ArticleConfig& a) const {
  return JoinPath(LocaleDir(tag), a.name + ".xlf");
}

Status LoadProject(const std::string& root, Project* out) {
  Project p;
  p.root = root.empty() ? "." : root;
  p.project_file = JoinPath(p.root, kProjectFileName);
  if (!FileExists(p.project_file))
    return Status::NotFound(p.project_file + ": no project file here; run folio in a project folder or pass -C DIR");
  po::options_description desc;
  desc.add_options()
      ("source-locale", po::value<std::string>()->required())
      ("target-locale", po::value<std::vector<std::string>>()->composing())
      ("article.source", po::value<std::vector<std::string>>()->composing())
      ("article.metadata", po::value<std::vector<std::string>>()->composing())
      ("memory", po::value<std::string>()->default_value("memory/translation-memory.sqlite"))
      ("leverage.fuzzy-threshold", po::value<int>()->default_value(75))
      ("analysis.context", po::value<double>()->default_value(0.0))
      ("analysis.exact", po::value<double>()->default_value(0.25))
      ("analysis.repetition", po::value<double>()->default_value(0.25))
      ("analysis.fuzzy-95-99", po::value<double>()->default_value(0.5))
      ("analysis.fuzzy-85-94", po::value<double>()->default_value(0.7))
      ("analysis.fuzzy-75-84", po::value<double>()->default_value(0.85))
      ("analysis.no-match", po::value<double>()->default_value(1.0));
  po::variables_map vm;
  FOLIO_RETURN_IF_ERROR(ParseIni(p.project_file, desc, &vm));
  std::string text;
  FOLIO_RETURN_IF_ERROR(ReadFile(p.project_file, &text));

  p.source_locale = vm["source-locale"].as<std::string>();
  if (!IsWellFormedLanguageTag(p.source_locale))
    return Status::At({p.project_file, LineOfKey(text, "source-locale"), 1},
                      "'" + p.source_locale + "' is not a BCP 47 language tag (like en or pt-BR)");
  if (vm.count("target-locale")) p.target_locales = vm["target-locale"].as<std::vector<std::string>>();
  for (const std::string& t : p.target_locales) {
    if (!IsWellFormedLanguageTag(t))
      return Status::At({p.project_file, LineOfKey(text, "target-locale"), 1},
                        "'" + t + "' is not a BCP 47 language tag (like fr, ar or qps-ploc)");
  }
  p.memory_path = JoinPath(p.root, vm["memory"].as<std::string>());
  p.fuzzy_threshold = vm["leverage.fuzzy-threshold"].as<int>();
  if (p.fuzzy_threshold < 1 || p.fuzzy_threshold > 99)
    return Status::At({p.project_file, LineOfKey(text, "fuzzy-threshold"), 1},
                      "fuzzy-threshold must be a similarity from 1 to 99 (percent)");
  for (const char* band : {"context", "exact", "repetition", "fuzzy-95-99", "fuzzy-85-94", "fuzzy-75-84",
                           "no-match"}) {
    double w = vm[std::string("analysis.") + band].as<double>();
    if (w < 0 || w > 10)
      return Status::At({p.project_file, LineOfKey(text, band), 1},
                        std::string(band) + ": a weight is a factor from 0 to 10 (1 = full price)");
    p.analysis_weights.push_back(w);
  }
  std::vector<std::string> sources, metas;
  if (vm.count("article.source")) sources = vm["article.source"].as<std::vector<std::string>>();
  if (vm.count("article.metadata")) metas = vm["article.metadata"].as<std::vector<std::string>>();
  if (sources.empty())
    return Status::At({p.project_file, 1, 1}, "no article: add an [article] section with source = PATH");
  if (metas.size() != sources.size())
    return Status::At({p.project_file, LineOfKey(text, "metadata"), 1},
                      "every [article] needs both source = and metadata = (found " +
                          std::to_string(sources.size()) + " sources and " + std::to_string(metas.size()) +
                          " metadata files)");
  for (size_t i = 0; i < sources.size(); ++i) {
    ArticleConfig a;
    a.name = Stem(sources[i]);
    a.source_path = JoinPath(p.root, sources[i]);
    a.metadata_path = JoinPath(p.root, metas[i]);
    p.articles.push_back(a);
  }
  *out = std::move(p);
  return Status::Ok();
}

Status AddTargetLocale(const Project& project, const std::string& tag) {
  if (!IsWellFormedLanguageTag(tag))
    return Status::InvalidInput("--locale " + tag + ": not a BCP 47 language tag (like fr, pt-BR or qps-ploc)");
  for (const std::string& t : project.target_locales)
    if (t == tag) return Status::Ok();
  std::string text;
  FOLIO_RETURN_IF_ERROR(ReadFile(project.project_file, &text));
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
  return WriteFileAtomic(project.project_file, out);
}

Status LoadMetadata(const std::string& path, doc::Meta* out) {
  po::options_description desc;
  desc.add_options()
      ("title", po::value<std::string>()->required())
      ("author", po::value<std::string>()->default_value(""))
      ("publisher", po::value<std::string>()->default_value(""))
      ("language", po::value<std::string>()->required())
      ("date", po::value<std::string>()->required())
      ("description", po::value<std::string>()->default_value(""))
      ("subject", po::value<std::vector<std::string>>()->composing())
      ("rights", po::value<std::string>()->default_value(""))
      ("identifier", po::value<std::string>()->default_value(""));
  po::variables_map vm;
  FOLIO_RETURN_IF_ERROR(ParseIni(path, desc, &vm));
  doc::Meta m;
  m.title = vm["title"].as<std::string>();
  m.author = vm["author"].as<std::string>();
  m.publisher = vm["publisher"].as<std::string>();
  m.language = vm["language"].as<std::string>();
  m.date = vm["date"].as<std::string>();
  m.description = vm["description"].as<std::string>();
  if (vm.count("subject")) {
    m.subjects = vm["subject"].as<std::vector<std::string>>();
  }
  m.rights = vm["rights"].as<std::string>();
  m.identifier = vm["identifier"].as<std::string>();
  *out = std::move(m);
  return Status::Ok();
}

}  // namespace folio::app

namespace folio::app {

std::vector<size_t> LongestFirst(const Project& project) {
  std::vector<std::pair<uintmax_t, size_t>> sized;
  for (size_t i = 0; i < project.articles.size(); ++i) {
    std::error_code ec;
    uintmax_t size = std::filesystem::file_size(project.articles[i].source_path, ec);
    sized.push_back({ec ? 0 : size, i});
  }
  std::stable_sort(sized.begin(), sized.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<size_t> order;
  for (const auto& s : sized) order.push_back(s.second);
  return order;
}

}  // namespace folio::app
