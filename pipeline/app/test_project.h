// A small project on an in-memory file system (base/mem_env.h), for
// in-process tests of the commands' decisions: no folio binary, no disk but
// the translation memory's folder (SQLite does its own I/O).
#ifndef FOLIO_APP_TEST_PROJECT_H_
#define FOLIO_APP_TEST_PROJECT_H_

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "../../tests/integration/test_util.h"
#include "app/commands.h"
#include "app/config.h"
#include "app/source.h"
#include "base/mem_env.h"
#include "doc/document.h"
#include "xliff/xliff2_writer.h"
#include "xliff/xliff_reader.h"

namespace folio::app::testing {

inline constexpr const char* kRoot = "/p";

// Four paragraphs of short sentences: every sentence is its own segment.
inline constexpr const char* kArticle =
    "The garden was quiet in the morning. Birds sang in the old oak tree.\n"
    "\n"
    "A cat slept on the warm stones. Nobody wanted to wake it.\n"
    "\n"
    "Later the rain came. Everyone went inside.\n"
    "\n"
    "The evening was calm again.\n";

inline constexpr const char* kMeta =
    "title = A Quiet Garden\n"
    "language = en\n"
    "date = 2026-11-01\n"
    "identifier = urn:uuid:00000000-0000-4000-8000-000000000001\n";

// A translation a test gives for one source sentence.
struct Target {
  std::string text;
  doc::State state = doc::State::kTranslated;
  std::string comment;  // a translator's comment on the unit, if not empty
};

class FakeProject {
 public:
  explicit FakeProject(const std::string& article = kArticle) {
    env.SetFile("/p/folio.ini",
                "source-locale = en\ntarget-locale = fr\ntarget-locale = de\n"
                "[article]\nsource = source-text/article.txt\nmetadata = source-text/article.meta.ini\n");
    env.SetFile("/p/source-text/article.meta.ini", kMeta);
    SetArticle(article);
    Status st = LoadProject(kRoot, &project, &env);
    EXPECT_TRUE(st.ok()) << st.message();
    project.memory_path = tm_dir / "translation-memory.sqlite";  // SQLite's: the real disk
  }

  void SetArticle(const std::string& text) { env.SetFile("/p/source-text/article.txt", text); }

  doc::Document Source() {
    doc::Document d;
    Diagnostics warnings;
    Status st = LoadSourceDocument(project, project.articles[0], &d, &warnings);
    EXPECT_TRUE(st.ok()) << st.message();
    return d;
  }

  // The segment whose source is `sentence`, or nullptr.
  static const doc::Segment* Find(const doc::Document& d, const std::string& sentence) {
    const doc::Segment* found = nullptr;
    doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
      for (const doc::Segment& s : b.segments)
        if (s.source.PlainText() == sentence) found = &s;
    });
    return found;
  }

  // The id of the segment whose source is `sentence` in the current article.
  std::string IdOf(const std::string& sentence) {
    doc::Document d = Source();
    const doc::Segment* s = Find(d, sentence);
    EXPECT_NE(s, nullptr) << sentence;
    return s ? s->id : "";
  }

  // The XLIFF 2.1 file a translator sends back for `tag`: the current source
  // with `targets` (by source sentence), written at `path`.
  std::string Return(const std::string& path, const std::string& tag, const std::map<std::string, Target>& targets) {
    doc::Document d = Source();
    d.target_language = tag;
    size_t used = 0;
    doc::ForEachUnit(d.blocks, [&](doc::Block& b) {
      for (doc::Segment& s : b.segments) {
        auto it = targets.find(s.source.PlainText());
        if (it == targets.end()) continue;
        ++used;
        s.target = doc::TextFragment(it->second.text);
        s.state = it->second.state;
        if (!it->second.comment.empty()) b.comments.push_back(it->second.comment);
      }
    });
    EXPECT_EQ(used, targets.size()) << "a target names no sentence of the article";
    xliff::WriteOptions wo;
    wo.original = project.articles[0].original;
    env.SetFile(path, xliff::WriteXliff2(d, wo));
    return path;
  }

  Status Extract(Report* report = nullptr) {
    Report r;
    ExtractOptions options;
    options.jobs = 1;
    return app::Extract(project, options, report ? report : &r);
  }

  Status Import(const std::vector<std::string>& files, Report* report = nullptr, bool accept_valid = false,
                bool overwrite_reviewed = false) {
    Report r;
    ImportOptions options;
    options.files = files;
    options.accept_valid = accept_valid;
    options.overwrite_reviewed = overwrite_reviewed;
    return app::Import(project, options, report ? report : &r);
  }

  std::string File(const std::string& path) const {
    std::string bytes;
    EXPECT_TRUE(env.GetFile(path, &bytes)) << path << ": no such file in the fake";
    return bytes;
  }
  bool Has(const std::string& path) const {
    std::string bytes;
    return env.GetFile(path, &bytes);
  }

  xliff::XliffFile Xliff(const std::string& path) const {
    xliff::XliffFile f;
    Status st = xliff::ReadXliff(File(path), path, &f);
    EXPECT_TRUE(st.ok()) << st.message();
    return f;
  }

  // The segment of the XLIFF file at `path` whose source is `sentence`, or
  // nullptr.
  static const xliff::XSegment* FindIn(const xliff::XliffFile& f, const std::string& sentence) {
    for (const xliff::XUnit& u : f.units)
      for (const xliff::XSegment& s : u.segments)
        if (s.source.PlainText() == sentence) return &s;
    return nullptr;
  }
  static const xliff::XUnit* UnitOf(const xliff::XliffFile& f, const std::string& sentence) {
    for (const xliff::XUnit& u : f.units)
      for (const xliff::XSegment& s : u.segments)
        if (s.source.PlainText() == sentence) return &u;
    return nullptr;
  }

  // No temporary file left anywhere in the fake.
  bool NoTempFiles() const {
    for (const auto& [path, bytes] : env.Files())
      if (IsTempFileName(path)) return false;
    return true;
  }

  MemEnv env;
  folio::testing::TempDir tm_dir;
  Project project;
};

inline const char* kFr = "/p/locales/fr/article.xlf";
inline const char* kFrRetired = "/p/locales/fr/article.retired.xlf";

}  // namespace folio::app::testing

#endif  // FOLIO_APP_TEST_PROJECT_H_
