// folio's extraction measured the way bench/icu_sentence_ceiling measures
// ICU: in one process, on one thread, timing the work and not the process
// around it (start-up, loading ICU's data, writing files). For every
// article of a project: read the source, infer its structure, split it
// into sentences, assign ids, count words, prepare the handoff for one
// target locale and serialize its XLIFF 2.1 into memory. That is what
// `folio extract -j 1` does, minus comparing with and writing
// locales/<tag>/<article>.xlf.
//
// Usage: extract_inprocess PROJECT_DIR [REPEATS]  (a project without locales/)
// Runs the whole job REPEATS times (default 5) and prints the fastest,
// as JSON; icu_sentence_ceiling --repeat takes the fastest the same way,
// so both sides are measured warm, and both read their files inside the
// clock. The first pass creates the sentence
// iterator and fills the code point tables, as the ceiling creates its
// iterator before its clock starts.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/config.h"
#include "app/handoff.h"
#include "app/source.h"
#include "base/file_io.h"
#include "xliff/xliff2_writer.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: extract_inprocess PROJECT_DIR [REPEATS]\n");
    return 2;
  }
  folio::app::Project project;
  folio::Status st = folio::app::LoadProject(argv[1], &project);
  if (!st.ok() || project.target_locales.empty()) {
    std::fprintf(stderr, "extract_inprocess: %s\n", st.ok() ? "no target locale" : st.ToString().c_str());
    return 1;
  }
  // A first extract: with an XLIFF file already there, folio would read it
  // to keep its translations, which is another job.
  for (const folio::app::ArticleConfig& article : project.articles) {
    if (folio::FileExists(project.XliffPath(project.target_locales[0], article))) {
      std::fprintf(stderr, "extract_inprocess: %s exists; measure a project without locales/\n",
                   project.XliffPath(project.target_locales[0], article).c_str());
      return 1;
    }
  }
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  const std::string& tag = project.target_locales[0];
  size_t bytes = 0, xliff_bytes = 0;
  for (const folio::app::ArticleConfig& article : project.articles) {
    std::string text;
    if (folio::ReadFile(article.source_path, &text).ok()) bytes += text.size();
  }
  double best = 0;
  for (int r = 0; r < repeats; ++r) {
    xliff_bytes = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (const folio::app::ArticleConfig& article : project.articles) {
      folio::doc::Document source;
      folio::Diagnostics warnings;
      st = folio::app::LoadSourceDocument(project, article, &source, &warnings);
      folio::app::Handoff h;
      if (st.ok()) st = folio::app::PrepareHandoff(project, article, std::move(source), tag, &h);
      if (!st.ok()) {
        std::fprintf(stderr, "extract_inprocess: %s\n", st.ToString().c_str());
        return 1;
      }
      folio::xliff::WriteOptions wo;
      wo.original = folio::BaseName(article.source_path);
      xliff_bytes += folio::xliff::WriteXliff2(h.doc, wo).size();
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (r == 0 || secs < best) best = secs;
  }
  std::printf("{\"bytes\": %zu, \"xliff_bytes\": %zu, \"repeats\": %d, \"seconds\": %.4f, \"mb_per_s\": %.2f}\n", bytes,
              xliff_bytes, repeats, best, bytes / 1e6 / best);
  return 0;
}
