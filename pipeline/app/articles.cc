#include "app/articles.h"

#include <string_view>

#include <utility>
#include <vector>

#include "base/parallel.h"

namespace folio::app {

Status ForEachArticle(const Project& project, int jobs, Report* report,
                      const std::function<Status(const ArticleConfig&, Report*)>& work) {
  const size_t n = project.articles.size();
  std::vector<Report> reports(n);
  std::vector<Status> results(n);
  RunJobs(LongestFirst(project), ThreadCount(jobs),
          [&](size_t a) { results[a] = work(project.articles[a], &reports[a]); });
  Status first_error;
  for (size_t a = 0; a < n; ++a) {
    for (std::string& line : reports[a].lines) report->lines.push_back(std::move(line));
    for (Diagnostic& d : reports[a].diagnostics) report->diagnostics.push_back(std::move(d));
    for (std::string& line : reports[a].refused) report->refused.push_back(std::move(line));
    if (first_error.ok() && !results[a].ok()) first_error = results[a];
  }
  return first_error;
}

Status FinishWrites(AtomicWriter* writer, Status work, Report* report) {
  std::vector<std::string> failed;
  Status committed = writer->Finish(&failed);
  for (const std::string& path : failed) {
    for (std::string& line : report->lines)
      if (line == "wrote " + path) line = "not written " + path;
  }
  if (work.ok()) return committed;
  if (!committed.ok()) {
    Diagnostic d;
    d.severity = Severity::kError;
    d.code = "write.commit";
    d.message = committed.message();
    report->diagnostics.push_back(std::move(d));
  }
  return work;
}

// Which article a returned file belongs to: the one named by <file
// original> -- as written, or its last path component, since some tools
// write the path they imported from ("C:\\work\\article.txt") -- and only
// when the file names none at all, the only article. A file from another
// article or project must not fall back to one: every unit would then be
// reported as unknown instead of the one fact that matters. `original` is
// compared as a name, never opened as a path.
const ArticleConfig* FindArticle(const Project& project, const xliff::XliffFile& f) {
  std::string_view last = f.original;
  if (size_t slash = last.find_last_of("/\\"); slash != std::string_view::npos) last.remove_prefix(slash + 1);
  for (const ArticleConfig& a : project.articles)
    for (std::string_view name : {std::string_view(f.original), last})
      if (!name.empty() && (a.original == name || a.relative_source == name || a.name == name)) return &a;
  return f.original.empty() && project.articles.size() == 1 ? &project.articles[0] : nullptr;
}

// What to say when FindArticle finds none: the names it would have taken.
std::string NoArticle(const Project& project, const xliff::XliffFile& f, const std::string& tag) {
  std::string names;
  for (const ArticleConfig& a : project.articles) names += (names.empty() ? "\"" : ", \"") + a.original + "\"";
  std::string what = f.original.empty() ? "the file names no article (<file> has no original) and this project has " +
                                              std::to_string(project.articles.size()) + " articles"
                                        : "original=\"" + f.original + "\" names no article of this project";
  return what +
         "; the file belongs to another article or project: import the translation of the handoff folio "
         "wrote in locales/" +
         tag + "/ (original " + names + ")";
}

}  // namespace folio::app
