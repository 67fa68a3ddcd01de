#include "base/atomic_writer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "base/file_io.h"

namespace folio {
namespace {

namespace fs = std::filesystem;

class AtomicWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "folio-aw-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return dir_ + "/" + name; }
  std::string Read(const std::string& name) const {
    std::string s;
    EXPECT_TRUE(ReadFile(Path(name), &s).ok()) << name;
    return s;
  }
  // Files in the folder whose name says they are temporary.
  int Temporaries() const {
    int n = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir_))
      n += e.path().filename().string().find(".tmp-") != std::string::npos;
    return n;
  }
  std::string dir_;
};

TEST_F(AtomicWriterTest, EveryFileIsInPlaceAfterFinish) {
  AtomicWriter w;
  bool changed = false;
  for (int i = 0; i < 100; ++i) {  // more than kMaxPending: Write must wait for room, not fail
    ASSERT_TRUE(w.Write(Path("sub/f" + std::to_string(i)), "contents " + std::to_string(i), &changed).ok());
    EXPECT_TRUE(changed);
  }
  ASSERT_TRUE(w.Finish().ok());
  for (int i = 0; i < 100; ++i) EXPECT_EQ(Read("sub/f" + std::to_string(i)), "contents " + std::to_string(i));
  EXPECT_EQ(Temporaries(), 0);
  struct stat st;
  ASSERT_EQ(::stat(Path("sub/f0").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST_F(AtomicWriterTest, UnchangedFilesAreNotRewritten) {
  ASSERT_TRUE(WriteFileAtomic(Path("same"), "x").ok());
  struct stat before, after;
  ASSERT_EQ(::stat(Path("same").c_str(), &before), 0);
  AtomicWriter w;
  bool changed = true;
  ASSERT_TRUE(w.Write(Path("same"), "x", &changed).ok());
  EXPECT_FALSE(changed);
  ASSERT_TRUE(w.Finish().ok());
  ASSERT_EQ(::stat(Path("same").c_str(), &after), 0);
  EXPECT_EQ(before.st_ino, after.st_ino);
}

TEST_F(AtomicWriterTest, ManyThreadsWriteAtOnce) {
  AtomicWriter w;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i)
        EXPECT_TRUE(w.Write(Path("t" + std::to_string(t) + "-" + std::to_string(i)), std::string(1000, 'a' + t)).ok());
    });
  for (std::thread& t : threads) t.join();
  ASSERT_TRUE(w.Finish().ok());
  for (int t = 0; t < 4; ++t)
    for (int i = 0; i < 25; ++i)
      EXPECT_EQ(Read("t" + std::to_string(t) + "-" + std::to_string(i)), std::string(1000, 'a' + t));
}

TEST_F(AtomicWriterTest, AFailedRenameIsReportedAndStopsTheRenamesAfterIt) {
  // The target is a directory: rename(2) of a file over it fails.
  fs::create_directories(Path("blocked"));
  ASSERT_TRUE(WriteFileAtomic(Path("fine-before"), "old").ok());
  AtomicWriter w;
  ASSERT_TRUE(w.Write(Path("fine-before"), "new").ok());
  ASSERT_TRUE(w.Write(Path("blocked"), "data").ok());  // the temporary file is written; the commit fails
  ASSERT_TRUE(w.Write(Path("fine-after"), "after").ok());
  std::vector<std::string> failed;
  Status st = w.Finish(&failed);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("blocked: rename failed"), std::string::npos) << st.message();
  EXPECT_EQ(failed, (std::vector<std::string>{Path("blocked"), Path("fine-after")}));
  EXPECT_TRUE(fs::is_directory(Path("blocked")));
  EXPECT_EQ(Read("fine-before"), "new");         // renamed before the failure
  EXPECT_FALSE(fs::exists(Path("fine-after")));  // written after it: may depend on it
  EXPECT_EQ(Temporaries(), 0);
  EXPECT_TRUE(w.Finish(&failed).ok());  // the error is reported once
  EXPECT_TRUE(failed.empty());
}

TEST_F(AtomicWriterTest, WritesAgainAfterFinishAndAbandonsInItsDestructor) {
  {
    AtomicWriter w;
    ASSERT_TRUE(w.Write(Path("a"), "1").ok());
    ASSERT_TRUE(w.Finish().ok());
    ASSERT_TRUE(w.Write(Path("b"), "2").ok());
  }  // an error path: no Finish()
  EXPECT_EQ(Read("a"), "1");
  EXPECT_FALSE(fs::exists(Path("b")));
  EXPECT_EQ(Temporaries(), 0);
}

TEST_F(AtomicWriterTest, AFailedWriteRenamesNothing) {
  // As on a full disk: one file cannot be written, so none is replaced.
  ASSERT_TRUE(WriteFileAtomic(Path("before"), "old").ok());
  ASSERT_TRUE(WriteFileAtomic(Path("not-a-dir"), "file").ok());
  AtomicWriter w;
  bool changed = false;
  ASSERT_TRUE(w.Write(Path("before"), "new", &changed).ok());
  EXPECT_TRUE(changed);
  Status bad = w.Write(Path("not-a-dir/x"), "data");
  EXPECT_FALSE(bad.ok());
  ASSERT_TRUE(w.Write(Path("after"), "after").ok());
  std::vector<std::string> failed;
  Status st = w.Finish(&failed);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.message(), bad.message());
  std::sort(failed.begin(), failed.end());
  EXPECT_EQ(failed, (std::vector<std::string>{Path("after"), Path("before"), Path("not-a-dir/x")}));
  EXPECT_EQ(Read("before"), "old");
  EXPECT_FALSE(fs::exists(Path("after")));
  EXPECT_EQ(Temporaries(), 0);
  // The next round starts clean.
  ASSERT_TRUE(w.Write(Path("before"), "new").ok());
  EXPECT_TRUE(w.Finish().ok());
  EXPECT_EQ(Read("before"), "new");
}

TEST(TempFiles, AreRecognizedByNameAndRemovedWhenStale) {
  EXPECT_TRUE(IsTempFileName("article.xlf.tmp-a1B2c3"));
  EXPECT_FALSE(IsTempFileName("article.xlf"));
  EXPECT_FALSE(IsTempFileName(".tmp-a1B2c3"));
  EXPECT_FALSE(IsTempFileName("article.tmp"));
  std::string tmpl = (fs::temp_directory_path() / "folio-tf-XXXXXX").string();
  ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
  ASSERT_TRUE(WriteFileAtomic(tmpl + "/sub/keep.xlf", "k").ok());
  TempFile t;
  ASSERT_TRUE(WriteTempFile(tmpl + "/sub/keep.xlf", "left by a kill", &t).ok());
  ::close(t.fd);  // as a kill leaves it: written, never renamed
  std::vector<std::string> removed;
  ASSERT_TRUE(RemoveStaleTempFiles(tmpl, false, &removed).ok());
  EXPECT_TRUE(removed.empty());  // not recursive: sub/ is not looked at
  ASSERT_TRUE(RemoveStaleTempFiles(tmpl, true, &removed).ok());
  EXPECT_EQ(removed, std::vector<std::string>{t.temp_path});
  EXPECT_FALSE(fs::exists(t.temp_path));
  EXPECT_TRUE(fs::exists(tmpl + "/sub/keep.xlf"));
  EXPECT_TRUE(RemoveStaleTempFiles(tmpl + "/missing", true).ok());
  EXPECT_TRUE(SyncDir(tmpl).ok());
  fs::remove_all(tmpl);
}

}  // namespace
}  // namespace folio
