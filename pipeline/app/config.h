// The project file (folio.ini) and the article metadata files, read with
// base/ini.h: unknown keys, repeated keys and malformed lines are errors that
// name the file and line, and every problem of a file is reported at once.
#ifndef FOLIO_APP_CONFIG_H_
#define FOLIO_APP_CONFIG_H_

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/env.h"
#include "base/status.h"
#include "doc/document.h"

namespace folio::app {

struct ArticleConfig {
  // Names every file the article writes: locales/<tag>/<name>.xlf and
  // outputs/<tag>/<name>.*. `name =` in its [article] section, else the file
  // stem of the source ("article"). Unique in a project (LoadProject).
  std::string name;
  int line = 0;  // the line of its [article] header in folio.ini
  // <file original> of its handoff: the source's file name ("article.txt"),
  // or, when another article's source has the same file name, its path
  // relative to the project ("src/b/article.txt"), so that a returned file
  // always names one article.
  std::string original;
  std::string source_path;      // resolved against the project root
  std::string relative_source;  // as folio.ini gives it ("source-text/article.txt")
  std::string metadata_path;    // resolved against the project root
  // The reader (readers/registry.h) that reads it: `format =` of its
  // [article], else the one its extension selects ("text").
  std::string format;
};

struct Project {
  // Where the commands read and write the project's files (base/env.h): the
  // real disk, or a test's in-memory one. The translation memory is
  // SQLite's and always on the real disk.
  Env* env = Env::Default();
  std::string root;           // the project folder ("-C DIR")
  std::string project_file;   // root/folio.ini
  std::string source_locale;  // "en"
  std::vector<std::string> target_locales;
  std::vector<ArticleConfig> articles;
  // The translation memory (SQLite), root/memory/translation-memory.sqlite
  // unless `memory =` says otherwise.
  std::string memory_path;
  int fuzzy_threshold = 75;  // [leverage] fuzzy-threshold
  // [analysis] weights per band, in leverage::Band order (context, exact,
  // repetition, fuzzy-95-99, fuzzy-85-94, fuzzy-75-84, no-match).
  std::vector<double> analysis_weights;
  // What LoadProject noticed but does not refuse (a target tag no registry
  // knows); every command prints them.
  Diagnostics warnings;

  std::string LocaleDir(const std::string& tag) const;  // root/locales/<tag>
  std::string OutputDir(const std::string& tag) const;  // root/outputs/<tag>
  // root/locales/<tag>/<article>.xlf: the translators' work for that locale.
  std::string XliffPath(const std::string& tag, const ArticleConfig& a) const;
};

// The indices of project.articles, the largest source file first: the order
// in which threads should take them, so that the longest job does not start
// last (base/parallel.h). Ties and unreadable files keep project order.
std::vector<size_t> LongestFirst(const Project& project);

inline constexpr const char* kProjectFileName = "folio.ini";

// Reads root/folio.ini into *out, and checks every article's metadata.
// Refused, with every problem at once ("folio.ini:LINE:1: ..." lines):
// unknown or repeated keys, malformed tags, a target locale equal to the
// source locale or given twice, missing source or metadata files, two
// articles whose files would have the same name (both [article] lines
// named), and metadata problems (LoadMetadata).
// Files are read through `env`, which the project keeps (Project::env).
Status LoadProject(const std::string& root, Project* out, Env* env = Env::Default());

// Appends `tag` to the target locales in root/folio.ini (atomically), unless
// it is already there.
Status AddTargetLocale(const Project& project, const std::string& tag);

// Reads an article metadata file (title, author, publisher, language, date,
// description, subject (repeatable), rights, identifier) into *out. title,
// language, date and identifier are required; with `source_locale`,
// language must equal it. Every problem is reported at once. The file is
// read through `env`.
Status LoadMetadata(const std::string& path, doc::Meta* out, const std::string& source_locale = "",
                    Env* env = Env::Default());

}  // namespace folio::app

#endif  // FOLIO_APP_CONFIG_H_
