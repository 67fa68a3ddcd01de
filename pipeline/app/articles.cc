#include "app/articles.h"

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

}  // namespace folio::app
