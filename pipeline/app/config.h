// The project file (folio.ini) and the article metadata files: INI read with
// Boost.Program_options, so unknown keys and malformed lines are errors that
// name the file and line.
#ifndef FOLIO_APP_CONFIG_H_
#define FOLIO_APP_CONFIG_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "doc/document.h"

namespace folio::app {

struct ArticleConfig {
  std::string name;           // file stem of the source: "article"
  std::string source_path;    // resolved against the project root
  std::string metadata_path;  // resolved against the project root
};

struct Project {
  std::string root;           // the project folder ("-C DIR")
  std::string project_file;   // root/folio.ini
  std::string source_locale;  // "en"
  std::vector<std::string> target_locales;
  std::vector<ArticleConfig> articles;
  // The translation memory (SQLite), root/memory/translation-memory.sqlite
  // unless `memory =` says otherwise.
  std::string memory_path;
  int fuzzy_threshold = 75;               // [leverage] fuzzy-threshold
  // [analysis] weights per band, in leverage::Band order (context, exact,
  // repetition, fuzzy-95-99, fuzzy-85-94, fuzzy-75-84, no-match).
  std::vector<double> analysis_weights;

  std::string LocaleDir(const std::string& tag) const;   // root/locales/<tag>
  std::string OutputDir(const std::string& tag) const;   // root/outputs/<tag>
  // root/locales/<tag>/<article>.xlf: the translators' work for that locale.
  std::string XliffPath(const std::string& tag, const ArticleConfig& a) const;
};

// The indices of project.articles, the largest source file first: the order
// in which threads should take them, so that the longest job does not start
// last (base/parallel.h). Ties and unreadable files keep project order.
std::vector<size_t> LongestFirst(const Project& project);

inline constexpr const char* kProjectFileName = "folio.ini";

// Reads root/folio.ini into *out. Errors: "folio.ini:LINE:1: ...".
Status LoadProject(const std::string& root, Project* out);

// Appends `tag` to the target locales in root/folio.ini (atomically), unless
// it is already there.
Status AddTargetLocale(const Project& project, const std::string& tag);

// Reads an article metadata file (title, author, publisher, language, date,
// description, subject (repeatable), rights, identifier) into *out.
Status LoadMetadata(const std::string& path, doc::Meta* out);

}  // namespace folio::app

#endif  // FOLIO_APP_CONFIG_H_
