// MemEnv (the in-memory file system of the app tests) behaves like the disk
// where the commands can tell, and AtomicWriter keeps its promises through
// any Env: nothing renamed when the disk refused a file, the directory
// flushed after the renames.
#include "base/mem_env.h"

#include <gtest/gtest.h>

#include "base/atomic_writer.h"

namespace folio {
namespace {

TEST(MemEnv, ReadsWhatWasWrittenAndSaysNotFoundOtherwise) {
  MemEnv env;
  std::string bytes;
  EXPECT_EQ(env.ReadFile("/p/a.txt", &bytes).code(), Status::Code::kNotFound);
  bool changed = false;
  ASSERT_TRUE(env.WriteFileAtomic("/p/./a.txt", "hello", &changed).ok());
  EXPECT_TRUE(changed);
  ASSERT_TRUE(env.ReadFile("/p/a.txt", &bytes).ok());
  EXPECT_EQ(bytes, "hello");
  ASSERT_TRUE(env.WriteFileAtomic("/p/a.txt", "hello", &changed).ok());
  EXPECT_FALSE(changed);  // the same bytes: nothing written
  EXPECT_TRUE(env.FileExists("/p"));
  uint64_t size = 0;
  ASSERT_TRUE(env.GetFileSize("/p/a.txt", &size).ok());
  EXPECT_EQ(size, 5u);
}

TEST(MemEnv, ReadsAtMostTheBytesAsked) {
  MemEnv env;
  env.SetFile("big", std::string(100, 'x'));
  std::string bytes;
  bool too_large = false;
  ASSERT_TRUE(env.ReadFileAtMost("big", 99, &bytes, &too_large).ok());
  EXPECT_TRUE(too_large);
  EXPECT_TRUE(bytes.empty());
  ASSERT_TRUE(env.ReadFileAtMost("big", 100, &bytes, &too_large).ok());
  EXPECT_FALSE(too_large);
  EXPECT_EQ(bytes.size(), 100u);
}

TEST(MemEnv, ListsMakesAndRemoves) {
  MemEnv env;
  ASSERT_TRUE(env.MakeDirs("/p/outputs/fr").ok());
  env.SetFile("/p/locales/fr/article.xlf", "x");
  env.SetFile("/p/folio.ini", "y");
  std::vector<std::string> names;
  ASSERT_TRUE(env.ListDir("/p", &names).ok());
  EXPECT_EQ(names, (std::vector<std::string>{"folio.ini", "locales", "outputs"}));
  EXPECT_EQ(env.ListDir("/q", &names).code(), Status::Code::kNotFound);
  ASSERT_TRUE(env.RemoveFile("/p/folio.ini").ok());
  EXPECT_FALSE(env.FileExists("/p/folio.ini"));
  EXPECT_EQ(env.RemoveFile("/p/folio.ini").code(), Status::Code::kNotFound);
}

TEST(MemEnv, TheClockSaysWhatTheTestSet) {
  MemEnv env;
  env.set_now(1700000000);
  EXPECT_EQ(env.NowSeconds(), 1700000000);
}

TEST(AtomicWriterOnAnEnv, RenamesThenFlushesEachDirectory) {
  MemEnv env;
  env.SetFile("/p/locales/fr/article.xlf", "old");
  AtomicWriter w(&env);
  bool changed = false;
  ASSERT_TRUE(w.Write("/p/locales/fr/article.xlf", "new", &changed).ok());
  EXPECT_TRUE(changed);
  std::string bytes;
  ASSERT_TRUE(env.ReadFile("/p/locales/fr/article.xlf", &bytes).ok());
  EXPECT_EQ(bytes, "old");  // nothing in place before Finish()
  ASSERT_TRUE(w.Finish().ok());
  ASSERT_TRUE(env.ReadFile("/p/locales/fr/article.xlf", &bytes).ok());
  EXPECT_EQ(bytes, "new");
  EXPECT_EQ(env.synced_dirs(), (std::vector<std::string>{"/p/locales/fr"}));
  EXPECT_EQ(env.Files().size(), 1u);  // no temporary file left
}

TEST(AtomicWriterOnAnEnv, RenamesNothingWhenTheDiskRefusedOneFile) {
  MemEnv env;
  env.SetFile("/p/a", "old a");
  env.SetFile("/p/full/b", "old b");
  env.FailWritesUnder("/p/full");
  AtomicWriter w(&env);
  ASSERT_TRUE(w.Write("/p/a", "new a").ok());
  EXPECT_FALSE(w.Write("/p/full/b", "new b").ok());
  std::vector<std::string> failed;
  Status st = w.Finish(&failed);
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_EQ(failed, (std::vector<std::string>{"/p/full/b", "/p/a"}));
  std::string bytes;
  ASSERT_TRUE(env.ReadFile("/p/a", &bytes).ok());
  EXPECT_EQ(bytes, "old a");
  EXPECT_EQ(env.Files().size(), 2u);  // the temporary file of a is gone
}

}  // namespace
}  // namespace folio
