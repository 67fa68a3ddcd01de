#include "epub/uuid.h"

#include <gtest/gtest.h>

namespace folio::epub {
namespace {

std::string Hex(const std::array<uint8_t, 20>& digest) {
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  for (uint8_t b : digest) s += std::string{kHex[b >> 4], kHex[b & 0xf]};
  return s;
}

TEST(EpubUuid, Sha1MatchesTheFipsExamples) {
  EXPECT_EQ(Hex(Sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(Hex(Sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(Hex(Sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(Hex(Sha1(std::string(1000000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(EpubUuid, NameBasedUuidMatchesPythonUuid5) {
  Uuid dns;
  ASSERT_TRUE(ParseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", &dns));
  // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com'))"
  EXPECT_EQ(FormatUuid(NameBasedUuid(dns, "www.example.com")), "2ed6657d-e927-568b-95e1-2665a8aea6a2");
}

TEST(EpubUuid, ParsesEitherCaseAndFormatsLowerCase) {
  Uuid u;
  ASSERT_TRUE(ParseUuid("5D0C2A1E-7B43-4C8E-9A55-3F1E2B6C9D70", &u));
  EXPECT_EQ(FormatUuid(u), "5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70");
  EXPECT_EQ(FormatUuid(UrlNamespace()), "6ba7b811-9dad-11d1-80b4-00c04fd430c8");
}

TEST(EpubUuid, RejectsWhatIsNotAUuid) {
  Uuid u{};
  EXPECT_FALSE(ParseUuid("5d0c2a1e7b434c8e9a553f1e2b6c9d70", &u));
  EXPECT_FALSE(ParseUuid("5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d7g", &u));
  EXPECT_FALSE(ParseUuid("5d0c2a1e-7b43-4c8e-9a55_3f1e2b6c9d70", &u));
  EXPECT_EQ(FormatUuid(u), "00000000-0000-0000-0000-000000000000");
}

}  // namespace
}  // namespace folio::epub
