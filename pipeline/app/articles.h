// Runs a command's work article by article, on several threads: extract and
// build treat each article of a project on its own (base/parallel.h).
#ifndef FOLIO_APP_ARTICLES_H_
#define FOLIO_APP_ARTICLES_H_

#include <functional>

#include "app/commands.h"
#include "app/config.h"
#include "base/atomic_writer.h"
#include "base/status.h"
#include "xliff/xliff_file.h"

namespace folio::app {

// Calls work(article, report) for every article of the project, on `jobs`
// threads (0: FOLIO_JOBS or the number of cores), the largest source first.
// Each call gets its own Report; they are appended to *report in project
// order, so the output is the same whatever the threads did. Returns the
// first error in project order. Every article is worked on even if another
// fails (each writes only its own files, each atomically).
Status ForEachArticle(const Project& project, int jobs, Report* report,
                      const std::function<Status(const ArticleConfig&, Report*)>& work);

// Waits for `writer`'s background commits and keeps the report true: a file
// reported as "wrote PATH" whose flush or rename then failed still holds its
// old bytes, so its line becomes "not written PATH". Returns `work` (the
// status of the articles' work) if it failed, else the first commit error;
// a commit error that `work` hides is added to the diagnostics, so stderr
// always says why a file was not written.
Status FinishWrites(AtomicWriter* writer, Status work, Report* report);

// Which article a returned file belongs to: the one its <file original>
// names (as written, or its last path component: some tools write the path
// they imported from, "C:\\work\\article.txt"; matched against the
// article's original, relative source path or name); only for a file that
// names none at all, the only article. nullptr: another article or project.
// `original` is compared as a name, never opened as a path.
const ArticleConfig* FindArticle(const Project& project, const xliff::XliffFile& f);

// The one line to say when FindArticle finds none (`tag`: the file's
// target locale), naming the articles the project has.
std::string NoArticle(const Project& project, const xliff::XliffFile& f, const std::string& tag);

}  // namespace folio::app

#endif  // FOLIO_APP_ARTICLES_H_
