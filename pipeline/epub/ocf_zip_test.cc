#include "epub/ocf_zip.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "epub/epub.h"
#include "epub/test_books.h"

namespace folio::epub {
namespace {

using testing::Input;
using testing::kEpoch;
using testing::ReadEntry;
using testing::ReadZip;

std::string Epub(const EpubInput& in) {
  std::string out;
  Status st = WriteEpub(in, &out);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return out;
}

uint16_t Le16(const std::string& b, size_t at) {
  return static_cast<uint16_t>(static_cast<uint8_t>(b[at]) | (static_cast<uint8_t>(b[at + 1]) << 8));
}

TEST(EpubZip, DosTimeIsTheEpochInUtcWithTwoSecondResolution) {
  uint16_t date, time;
  DosTime(kEpoch, &date, &time);  // 2026-11-02T09:30:15Z
  EXPECT_EQ(date, (46 << 9) | (11 << 5) | 2);
  EXPECT_EQ(time, (9 << 11) | (30 << 5) | 7);  // 09:30:14
  DosTime(0, &date, &time);                    // before 1980: the earliest DOS time
  EXPECT_EQ(date, (0 << 9) | (1 << 5) | 1);
  EXPECT_EQ(time, 0);
}

TEST(EpubZip, MimetypeIsFirstStoredAndWithoutExtraField) {
  doc::Document d;
  std::string bytes = Epub(Input("fr", &d));
  // The local header as OCF requires it: bytes 30.. are "mimetype" and its
  // uncompressed contents, with no extra field in between.
  ASSERT_GT(bytes.size(), 58u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(Le16(bytes, 8), 0) << "compression method";
  EXPECT_EQ(Le16(bytes, 26), 8) << "name length";
  EXPECT_EQ(Le16(bytes, 28), 0) << "extra field length";
  EXPECT_EQ(bytes.substr(30, 28), "mimetypeapplication/epub+zip");

  std::vector<ReadEntry> entries = ReadZip(bytes);
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_EQ(entries[0].compression, ZIP_CM_STORE);
  EXPECT_EQ(entries[0].data, "application/epub+zip");
}

TEST(EpubZip, EntriesComeInAFixedOrderWithFixedAttributesAndNoExtraFields) {
  doc::Document d;
  std::vector<ReadEntry> entries = ReadZip(Epub(Input("ar", &d)));
  std::string listing;
  for (const ReadEntry& e : entries) {
    listing += e.name + (e.compression == ZIP_CM_STORE     ? " stored"
                         : e.compression == ZIP_CM_DEFLATE ? " deflated"
                                                           : " ?");
    listing += " extra=" + std::to_string(e.extra_fields);
    listing += e.opsys == ZIP_OPSYS_UNIX && e.attributes == (0100644u << 16) ? " -rw-r--r--\n" : " other\n";
  }
  EXPECT_EQ(listing,
            "mimetype stored extra=0 -rw-r--r--\n"
            "META-INF/container.xml deflated extra=0 -rw-r--r--\n"
            "EPUB/package.opf deflated extra=0 -rw-r--r--\n"
            "EPUB/nav.xhtml deflated extra=0 -rw-r--r--\n"
            "EPUB/article.xhtml deflated extra=0 -rw-r--r--\n"
            "EPUB/style.css deflated extra=0 -rw-r--r--\n");
}

TEST(EpubZip, EveryEntryCarriesTheModifiedTime) {
  doc::Document d;
  std::string bytes = Epub(Input("fr", &d));
  uint16_t date, time;
  DosTime(kEpoch, &date, &time);
  int local_headers = 0;
  for (size_t at = bytes.find(std::string("PK\x03\x04", 4)); at != std::string::npos;
       at = bytes.find(std::string("PK\x03\x04", 4), at + 4)) {
    ++local_headers;
    EXPECT_EQ(Le16(bytes, at + 10), time) << "local header at " << at;
    EXPECT_EQ(Le16(bytes, at + 12), date) << "local header at " << at;
  }
  EXPECT_EQ(local_headers, 6);
}

TEST(EpubZip, ContainerPointsToThePackageDocumentInTheZip) {
  doc::Document d;
  EpubInput in = Input("en", &d);
  std::vector<ReadEntry> entries = ReadZip(Epub(in));
  ASSERT_EQ(entries.size(), 6u);
  EXPECT_EQ(entries[1].data, ContainerXml());
  EXPECT_NE(entries[1].data.find("full-path=\"EPUB/package.opf\""), std::string::npos);
  std::string opf;
  ASSERT_TRUE(PackageDocument(in, &opf).ok());
  EXPECT_EQ(entries[2].name, "EPUB/package.opf");
  EXPECT_EQ(entries[2].data, opf);
  EXPECT_EQ(entries[5].data, Stylesheet());
}

TEST(EpubZip, ContentWithoutStylesheetLinkGetsOne) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  std::string packaged = ReadZip(Epub(in))[4].data;
  std::string expected = in.content_xhtml;
  expected.insert(expected.find("  </head>"), "    <link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n");
  EXPECT_EQ(packaged, expected);
}

TEST(EpubZip, ContentWithAStylesheetLinkIsPackagedAsItIs) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  in.content_xhtml.insert(in.content_xhtml.find("  </head>"), "    <link rel=\"stylesheet\" href=\"style.css\"/>\n");
  in.content_name = "chapter-1.xhtml";
  std::vector<ReadEntry> entries = ReadZip(Epub(in));
  EXPECT_EQ(entries[4].name, "EPUB/chapter-1.xhtml");
  EXPECT_EQ(entries[4].data, in.content_xhtml);
}

TEST(EpubZip, RebuildingGivesIdenticalBytes) {
  doc::Document d1, d2;
  std::string first = Epub(Input("ar", &d1));
  std::string second = Epub(Input("ar", &d2));
  EXPECT_FALSE(first.empty());
  EXPECT_TRUE(first == second) << "two builds of the same edition differ";
}

TEST(EpubZip, ADifferentEpochChangesTheBytes) {
  doc::Document d;
  EpubInput in = Input("fr", &d);
  std::string first = Epub(in);
  in.modified_epoch = kEpoch + 86400;
  std::string next_day = Epub(in);
  EXPECT_EQ(first.size(), next_day.size());
  EXPECT_FALSE(first == next_day);
}

TEST(EpubZip, BytesDoNotDependOnTheTimeZone) {
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  doc::Document d;
  EpubInput in = Input("fr", &d);
  setenv("TZ", "UTC", 1);
  tzset();
  std::string utc = Epub(in);
  setenv("TZ", "Pacific/Kiritimati", 1);  // UTC+14
  tzset();
  std::string kiritimati = Epub(in);
  if (old) {
    setenv("TZ", saved.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
  EXPECT_TRUE(utc == kiritimati);
}

}  // namespace
}  // namespace folio::epub
