#include "audit/regression.h"

#include <gtest/gtest.h>

#include "audit/checks.h"
#include "render/test_documents.h"
#include "render/xhtml.h"

namespace folio::audit {
namespace {

using render::testing::FrenchTargets;
using render::testing::SampleDocument;

AuditResult Audit(const doc::Document& d, const std::string& locale, const std::string& xhtml) {
  AuditResult r;
  Status st = RunAudit(AuditInput{&d, xhtml, "", locale}, &r);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return r;
}

std::vector<std::string> Lines(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.code + " " + f.unit_id + ": " + f.message);
  return out;
}

TEST(AuditRegression, FaithfulFrenchEditionHasNone) {
  doc::Document en = SampleDocument("");
  doc::Document fr = SampleDocument("fr", FrenchTargets());
  AuditResult src = Audit(en, "en", render::WriteXhtml(en, {}, nullptr));
  AuditResult ed = Audit(fr, "fr", render::WriteXhtml(fr, {}, nullptr));
  EXPECT_EQ(Lines(CompareWithSource(src, ed, en, fr)), std::vector<std::string>{});
}

TEST(AuditRegression, ReportsLostHeadingMissingLangAndLongerSentence) {
  doc::Document en = SampleDocument("");
  auto targets = FrenchTargets();
  targets["You thought you’d be wrapped in bliss."] =
      "Vous pensiez être enveloppée dans une béatitude douce, longue, profonde et sans fin aucune.";
  doc::Document fr = SampleDocument("fr", targets);
  AuditResult src = Audit(en, "en", render::WriteXhtml(en, {}, nullptr));
  std::string xhtml = render::WriteXhtml(fr, {}, nullptr);
  // A broken edition: no language on <html>, the second section heading gone.
  xhtml.replace(xhtml.find(" lang=\"fr\" xml:lang=\"fr\""), std::string(" lang=\"fr\" xml:lang=\"fr\"").size(), "");
  size_t h = xhtml.find("<h2 id=\"h-release\">");
  xhtml.replace(h, 3, "<p");
  xhtml.replace(xhtml.find("</h2>", h), 5, "</p>");
  AuditResult ed = Audit(fr, "fr", xhtml);
  EXPECT_EQ(Lines(CompareWithSource(src, ed, en, fr)),
            (std::vector<std::string>{
                "a11y.regression.heading-lost h-release: the fr edition has 2 section headings (<h2>), the "
                "source has 3; first difference: h-release",
                "a11y.regression.lang-missing : the source edition declares lang=\"en\" on <html>; the fr "
                "edition declares no language",
                "a11y.regression.sentence-longer s-2: segment s-2 has 91 characters in fr, more than twice its "
                "source's 38; a shorter sentence, or two, would read more easily"}));
}

TEST(AuditRegression, SentenceLengthIsNotComparedForJapanese) {
  doc::Document en = SampleDocument("");
  doc::Document ja = SampleDocument("ja", {{"You thought you’d be wrapped in bliss.", std::string(200, 'x')}});
  AuditResult src = Audit(en, "en", render::WriteXhtml(en, {}, nullptr));
  AuditResult ed = Audit(ja, "ja", render::WriteXhtml(ja, {}, nullptr));
  EXPECT_EQ(Lines(CompareWithSource(src, ed, en, ja)), std::vector<std::string>{});
}

}  // namespace
}  // namespace folio::audit
