// Hostile or broken returned files: entity bombs, external entities, huge
// files, truncated XML, bad encodings, path-like `original`, markup in
// targets. Each is refused with "file:line:col: what is wrong; what to do"
// (or, for markup written as text, imported as text), folio never crashes,
// and the project -- locales/, outputs/, anything else in it -- is byte for
// byte unchanged after a refusal.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "test_util.h"
#include "xliff/xliff_reader.h"

namespace folio::testing {
namespace {

namespace fs = std::filesystem;

std::string ReplaceFirst(std::string s, const std::string& from, const std::string& to) {
  size_t p = s.find(from);
  EXPECT_NE(p, std::string::npos) << "test setup: \"" << from << "\" not found";
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

int LineOf(const std::string& s, size_t offset) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(offset), '\n'));
}

class HostileInput : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = root_ / "project";
    fs::create_directories(project_);
    CopyProject(project_, true, true);
    // The committed French file, as a translator's tool would return it.
    handoff_ = ReadFileOrEmpty(project_ + "/locales/fr/article.xlf");
    ASSERT_FALSE(handoff_.empty());
    fs::create_directories(root_ / "in");
    before_ = SnapshotTree(project_);
  }

  std::string Input(const std::string& name, const std::string& bytes) {
    std::string path = root_ / ("in/" + name);
    WriteFileOrDie(path, bytes);
    return path;
  }

  // validate, import, import --accept-valid and qa all refuse `path` with an
  // error that starts "path:LINE:COL: " (LINE as given, or any when 0) and
  // contains `phrase`; the project is unchanged.
  void ExpectRefused(const std::string& path, int line, const std::string& phrase) {
    std::string where = path + ":" + (line > 0 ? std::to_string(line) : "[1-9][0-9]*") + ":[1-9][0-9]*: ";
    for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
             {"validate", path}, {"import", path}, {"import", "--accept-valid", path}, {"qa", path}}) {
      RunResult r = RunFolio(project_, args);
      std::string cmd = args[0] + (args.size() > 2 ? " " + args[1] : "");
      EXPECT_EQ(r.exit_code, 1) << cmd << " (a crash shows as another code)\n" << r.err;
      EXPECT_TRUE(std::regex_search(r.err, std::regex("(^|\n)" + where))) << cmd << ": no \"" << where << "\" in\n"
                                                                          << r.err;
      EXPECT_NE(r.err.find(phrase), std::string::npos) << cmd << "\n" << r.err;
    }
    EXPECT_TRUE(before_ == SnapshotTree(project_)) << "a refused file changed the project";
  }

  TempDir root_;
  std::string project_, handoff_;
  std::map<std::string, std::string> before_;
};

TEST_F(HostileInput, BillionLaughsIsRefusedBeforeAnyExpansion) {
  std::string dtd = "<!DOCTYPE xliff [\n  <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    std::string prev = i == 1 ? "&lol;" : "&lol" + std::to_string(i - 1) + ";";
    std::string v;
    for (int k = 0; k < 10; ++k) v += prev;
    dtd += "  <!ENTITY lol" + std::to_string(i) + " \"" + v + "\">\n";
  }
  dtd += "]>\n";
  std::string x = ReplaceFirst(handoff_, "?>\n", "?>\n" + dtd);
  x = ReplaceFirst(x, "<target>Les larmes", "<target>&lol9;Les larmes");
  std::string path = Input("lol.xlf", x);
  ExpectRefused(path, 2, "must not contain a DTD or entity declarations");
  long rss_kb = 0;
  RunResult r = RunFolioMeasured(project_, {"import", path}, &rss_kb);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(rss_kb, 128 * 1024) << "a billion laughs must not expand (peak RSS " << rss_kb << " KiB)";
}

TEST_F(HostileInput, ExternalEntitiesAreNeverReadNorFetched) {
  std::string secret_text = "FOLIO-SECRET-7f3a9c-never-show-me";
  std::string secret = root_ / "secret.txt";
  WriteFileOrDie(secret, secret_text + "\n");
  // A listener that would see any attempt to fetch the external DTD.
  int server = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(server, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ASSERT_EQ(::bind(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(::listen(server, 4), 0);
  ASSERT_EQ(::getsockname(server, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  std::string url = "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port)) + "/evil.dtd";

  std::vector<std::pair<std::string, std::string>> cases = {
      {"xxe-file.xlf", "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n"},
      {"xxe-bare-path.xlf", "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + secret + "\">]>\n"},
      {"xxe-http.xlf", "<!DOCTYPE xliff [<!ENTITY % remote SYSTEM \"" + url +
                           "\"> %remote;\n"
                           "<!ENTITY xxe SYSTEM \"" +
                           url + "?x\">]>\n"},
      {"xxe-external-subset.xlf", "<!DOCTYPE xliff SYSTEM \"" + url + "\">\n"},
      // After a comment and a processing instruction, still in the prolog.
      {"xxe-late.xlf",
       "<!-- a comment -->\n<?tool x?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n"},
  };
  for (const auto& [name, doctype] : cases) {
    SCOPED_TRACE(name);
    std::string x = ReplaceFirst(handoff_, "?>\n", "?>\n" + doctype);
    x = ReplaceFirst(x, "<target>Les larmes", "<target>&xxe;Les larmes");
    std::string path = Input(name, x);
    ExpectRefused(path, name == "xxe-late.xlf" ? 4 : 2, "remove the <!DOCTYPE>");
    RunResult r = RunFolio(project_, {"import", path});
    EXPECT_EQ((r.out + r.err).find(secret_text), std::string::npos);
  }
  // An entity reference without any declaration stays text: nothing resolves it.
  std::string undeclared =
      Input("undeclared.xlf", ReplaceFirst(handoff_, "<target>Les larmes", "<target>&xxe;Les larmes"));
  RunResult r = RunFolio(project_, {"import", undeclared});
  EXPECT_EQ((r.out + r.err).find(secret_text), std::string::npos);
  for (const auto& [name, bytes] : SnapshotTree(project_))
    EXPECT_EQ(bytes.find(secret_text), std::string::npos) << name << " holds the secret";

  int flags = ::fcntl(server, F_GETFL);
  ::fcntl(server, F_SETFL, flags | O_NONBLOCK);
  int client = ::accept(server, nullptr, nullptr);
  EXPECT_LT(client, 0) << "folio connected to " << url;
  if (client >= 0) ::close(client);
  ::close(server);
}

TEST_F(HostileInput, AFileOver64MiBIsRefusedWithoutBeingRead) {
  // 200 MiB: the handoff, then padding in a comment inside <xliff>.
  std::string path = root_ / "in/huge.xlf";
  {
    std::ofstream out(path, std::ios::binary);
    size_t end = handoff_.rfind("</xliff>");
    out << handoff_.substr(0, end) << "<!--";
    std::string block(1 << 20, ' ');
    for (int i = 0; i < 200; ++i) out << block;
    out << "-->" << handoff_.substr(end);
    ASSERT_TRUE(out.good());
  }
  ASSERT_GT(fs::file_size(path), 200u << 20);
  ExpectRefused(path, 1, "XLIFF files larger than 64 MiB are refused");
  long rss_kb = 0;
  RunResult r = RunFolioMeasured(project_, {"import", path}, &rss_kb);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_LT(rss_kb, 128 * 1024) << "the 200 MiB file was buffered: peak RSS " << rss_kb << " KiB";
  fs::remove(path);
  // Something that never ends is refused after the cap, not read forever.
  r = RunFolioMeasured(project_, {"import", "/dev/zero"}, &rss_kb);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("/dev/zero:1:1: the file has more than 67108864 bytes"), std::string::npos) << r.err;
  EXPECT_LT(rss_kb, 160 * 1024) << "peak RSS " << rss_kb << " KiB";
  EXPECT_TRUE(before_ == SnapshotTree(project_));
}

TEST_F(HostileInput, AFileJustUnderTheCapIsImportedWithBoundedMemory) {
  // 48 MiB of comment inside a valid, translated file.
  std::string path = root_ / "in/big.xlf";
  size_t pad = 48u << 20;
  {
    std::ofstream out(path, std::ios::binary);
    size_t end = handoff_.rfind("</xliff>");
    out << handoff_.substr(0, end) << "<!--" << std::string(pad, ' ') << "-->" << handoff_.substr(end);
  }
  long rss_kb = 0;
  RunResult r = RunFolioMeasured(project_, {"import", path}, &rss_kb);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The documented bound (README): about three times the file, plus the
  // baseline of a run on the article.
  long baseline_kb = 0;
  RunFolioMeasured(project_, {"import", Input("small.xlf", handoff_)}, &baseline_kb);
  long file_kb = static_cast<long>(fs::file_size(path) / 1024);
  EXPECT_LT(rss_kb, baseline_kb + 3 * file_kb)
      << "peak " << rss_kb << " KiB for a " << file_kb << " KiB file (baseline " << baseline_kb << " KiB)";
  std::cout << "[ info ] import of a " << file_kb << " KiB file: peak RSS " << rss_kb << " KiB (baseline "
            << baseline_kb << " KiB)\n";
  // The locale file does not take the padding in.
  EXPECT_LT(ReadFileOrEmpty(project_ + "/locales/fr/article.xlf").size(), 1u << 20);
}

TEST_F(HostileInput, TruncatedAndEmptyXmlIsRefusedWhereItBreaks) {
  size_t cut = handoff_.find("<target>", handoff_.size() / 2) + 5;  // inside a tag name
  ExpectRefused(Input("truncated.xlf", handoff_.substr(0, cut)), 0, "not well-formed XML");
  ExpectRefused(Input("empty.xlf", ""), 1, "not well-formed XML");
  ExpectRefused(Input("prolog-only.xlf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), 0, "not well-formed XML");
  // Cut in the middle of a multi-byte character: the UTF-8 check catches it.
  size_t e_acute = handoff_.find("\xC3\xA8");  // è
  ASSERT_NE(e_acute, std::string::npos);
  ExpectRefused(Input("cut-utf8.xlf", handoff_.substr(0, e_acute + 1)), LineOf(handoff_, e_acute), "UTF-8");
}

TEST_F(HostileInput, InvalidUtf8IsRefusedAtTheBadByte) {
  size_t at = handoff_.find("<target>Les larmes") + 8;
  for (const std::string& bad : {std::string("\xC0\xAF"),          // overlong '/'
                                 std::string("\x80"),              // lone continuation byte
                                 std::string("\xED\xA0\x80"),      // UTF-16 surrogate
                                 std::string("\xF4\x90\x80\x80"),  // above U+10FFFF
                                 std::string("\xFF")}) {
    std::string x = handoff_;
    x.insert(at, bad);
    ExpectRefused(Input("bad-utf8.xlf", x), LineOf(x, at), "UTF-8");
  }
}

TEST_F(HostileInput, Utf16AndUtf32FilesAreRefusedWithWhatToDo) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(handoff_);
  std::string le = "\xFF\xFE", be = "\xFE\xFF", le_no_bom;
  for (int i = 0; i < u.length(); ++i) {
    char16_t c = u.charAt(i);
    le += static_cast<char>(c & 0xFF), le += static_cast<char>(c >> 8);
    be += static_cast<char>(c >> 8), be += static_cast<char>(c & 0xFF);
    le_no_bom += static_cast<char>(c & 0xFF), le_no_bom += static_cast<char>(c >> 8);
  }
  ExpectRefused(Input("utf16le.xlf", le), 1, "the file is encoded in UTF-16LE; folio reads XLIFF in UTF-8 only");
  ExpectRefused(Input("utf16be.xlf", be), 1, "the file is encoded in UTF-16BE; folio reads XLIFF in UTF-8 only");
  ExpectRefused(Input("utf16le-nobom.xlf", le_no_bom), 1, "iconv -f UTF-16LE -t UTF-8");
  ExpectRefused(Input("utf32.xlf", std::string("\xFF\xFE\0\0<\0\0\0", 8)), 1, "UTF-32LE");
}

TEST_F(HostileInput, APathLikeOriginalIsNeverUsedAsAPath) {
  // A file beside the project that a path in `original` would reach.
  std::string victim = root_ / "victim.xlf";
  WriteFileOrDie(victim, "untouched\n");
  fs::create_directories(root_ / "etc");
  std::string translated =
      ReplaceFirst(handoff_, "<target>Les larmes après le sexe", "<target>LES LARMES APRÈS LE SEXE");
  // Paths whose last component is the article's name name the article (some
  // tools write the path they imported from); the others name no article
  // and are refused whole.
  for (const std::string& original :
       {std::string("../victim.xlf"), std::string("../../etc/passwd"), victim, std::string("/etc/passwd"),
        std::string("..\\..\\victim.xlf"), "file://" + victim, std::string("locales/fr/../../../victim.xlf"),
        std::string("../../article.txt"), std::string("..\\..\\article.txt"), "file://" + root_ / "article.txt",
        std::string("/etc/../article.txt")}) {
    SCOPED_TRACE(original);
    bool names_article = original.ends_with("article.txt");
    std::string fresh = project_ + "-fresh";  // a fresh copy for each
    fs::create_directories(fresh);
    CopyProject(fresh, true, true);
    auto root_before = SnapshotTree(root_.path());
    std::string x = ReplaceFirst(translated, "original=\"article.txt\"", "original=\"" + original + "\"");
    std::string path = root_ / "in/original.xlf";
    WriteFileOrDie(path, x);
    root_before["in/original.xlf"] = x;
    RunResult r = RunFolio(fresh, {"import", path});
    auto after = SnapshotTree(root_.path());
    if (names_article) {
      EXPECT_EQ(r.exit_code, 0) << r.err;
      EXPECT_NE(r.out.find("merged into " + fresh + "/locales/fr/article.xlf"), std::string::npos) << r.out;
      std::string stored = after["project-fresh/locales/fr/article.xlf"];
      EXPECT_NE(stored.find("LES LARMES APRÈS LE SEXE"), std::string::npos);
      EXPECT_NE(stored.find("original=\"article.txt\""), std::string::npos) << "the stored file took the foreign name";
      EXPECT_EQ(stored.find(original), std::string::npos);
    } else {
      EXPECT_EQ(r.exit_code, 1) << r.err;
      EXPECT_NE(r.err.find(path + ":2:1: original=\"" + original + "\" names no article of this project"),
                std::string::npos)
          << r.err;
    }
    // Nothing else anywhere under the temporary root changed or appeared
    // (but the project's translation memory, which import fills).
    for (const char* own : {"project-fresh/locales/fr/article.xlf", "project-fresh/memory/translation-memory.sqlite"}) {
      after.erase(own);
      root_before.erase(own);
    }
    EXPECT_TRUE(root_before == after) << "a file outside locales/fr/article.xlf changed";
    EXPECT_EQ(ReadFileOrEmpty(victim), "untouched\n");
    fs::remove_all(fresh);
  }
  EXPECT_TRUE(before_ == SnapshotTree(project_));
}

TEST_F(HostileInput, MarkupInATargetIsTextOrRefusedNeverMarkup) {
  const std::string kTarget = "<target>Les larmes après le sexe";
  // As an element: refused where it is.
  struct Case {
    const char* name;
    std::string insert;
  };
  for (const Case& c :
       {Case{"script-element.xlf", "<script>alert(1)</script>"},
        Case{"xhtml-script.xlf", "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>"},
        Case{"img-onerror.xlf", "<img src=\"x\" onerror=\"alert(1)\"/>"}}) {
    SCOPED_TRACE(c.name);
    std::string x = ReplaceFirst(handoff_, kTarget, kTarget + " " + c.insert);
    size_t at = x.find(c.insert);
    ExpectRefused(Input(c.name, x), LineOf(x, at), "is not an XLIFF 2 inline element");
  }
  // The same in XLIFF 1.2.
  {
    TempDir p12;
    CopyProject(p12.path(), false, false);
    ASSERT_EQ(RunFolio(p12.path(), {"extract", "--locale", "fr", "--xliff", "1.2"}).exit_code, 0);
    std::string h = ReadFileOrEmpty(p12 / "locales/fr/article.xlf");
    size_t t = h.find("<target state=\"new\">") + 20;
    h.insert(t, "<script>alert(1)</script>");
    std::string path = Input("script-12.xlf", h);
    RunResult r = RunFolio(p12.path(), {"import", path});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(
        std::regex_search(r.err, std::regex(path + ":" + std::to_string(LineOf(h, t)) +
                                            ":[0-9]+: <script> inside <target> is not an XLIFF 1.2 inline element")))
        << r.err;
  }
  // As text (escaped, or in CDATA): imported, and escaped in every output.
  std::string x = ReplaceFirst(handoff_, kTarget,
                               kTarget + " &lt;script&gt;alert(1)&lt;/script&gt; <![CDATA[<b onclick=\"x()\">]]>");
  RunResult imp = RunFolio(project_, {"import", Input("script-text.xlf", x)});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  RunResult build = RunFolio(project_, {"build"});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  std::string xhtml = ReadFileOrEmpty(project_ + "/outputs/fr/article.xhtml");
  EXPECT_NE(xhtml.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  for (const char* out : {"/outputs/fr/article.xhtml", "/outputs/fr/article.ssml"}) {
    std::string bytes = ReadFileOrEmpty(project_ + out);
    EXPECT_NE(bytes.find("&lt;script&gt;"), std::string::npos) << out;
    EXPECT_EQ(bytes.find("<script"), std::string::npos) << out;
    EXPECT_EQ(bytes.find("<b onclick"), std::string::npos) << out;
  }
  // The speech text is plain text: there the words are simply words.
  EXPECT_NE(ReadFileOrEmpty(project_ + "/outputs/fr/article.txt").find("<script>alert(1)</script>"), std::string::npos);
}

}  // namespace
}  // namespace folio::testing
