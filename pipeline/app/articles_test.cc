// FinishWrites: what extract and build report when a background commit
// fails (base/atomic_writer.h), alone or behind an article's own error.
#include "app/articles.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "../../tests/integration/test_util.h"

namespace folio::app {
namespace {

namespace fs = std::filesystem;
using folio::testing::TempDir;

// Writes `ok` and `blocked` (a directory: renaming a file over it fails)
// and reports both as written, as extract and build do.
void WriteTwo(const TempDir& dir, AtomicWriter* w, Report* report) {
  fs::create_directories(dir / "blocked/inside");
  for (const char* name : {"ok", "blocked"}) {
    std::string path = dir / name;
    bool changed = false;
    ASSERT_TRUE(w->Write(path, "bytes", &changed).ok());
    report->lines.push_back((changed ? "wrote " : "unchanged ") + path);
  }
}

TEST(FinishWrites, ReportsAFailedCommitAsNotWritten) {
  TempDir dir;
  AtomicWriter w;
  Report report;
  WriteTwo(dir, &w, &report);
  Status st = FinishWrites(&w, Status::Ok(), &report);
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_NE(st.message().find("blocked: rename failed"), std::string::npos) << st.message();
  EXPECT_EQ(report.lines, (std::vector<std::string>{"wrote " + (dir / "ok"), "not written " + (dir / "blocked")}));
  EXPECT_TRUE(report.diagnostics.empty());  // the status carries the error: printed once
}

TEST(FinishWrites, KeepsTheCommitErrorWhenAnArticleFailedToo) {
  TempDir dir;
  AtomicWriter w;
  Report report;
  WriteTwo(dir, &w, &report);
  Status st = FinishWrites(&w, Status::InvalidInput("article.txt:3:1: something"), &report);
  EXPECT_EQ(st.code(), Status::Code::kInvalidInput);  // the article's error decides the exit code
  EXPECT_EQ(report.lines.back(), "not written " + (dir / "blocked"));
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_EQ(report.diagnostics[0].severity, Severity::kError);
  EXPECT_NE(report.diagnostics[0].message.find("blocked: rename failed"), std::string::npos);
}

}  // namespace
}  // namespace folio::app
