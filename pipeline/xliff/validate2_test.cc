#include "xliff/validate2.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace folio::xliff {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> Problems(std::string_view xml) {
  std::vector<std::string> problems;
  (void)ValidateXliff2(xml, "t.xlf", &problems);
  return problems;
}

std::string Doc(std::string_view unit_body, std::string_view xliff_attrs = "srcLang=\"en\" trgLang=\"fr\"") {
  return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" " + std::string(xliff_attrs) +
         ">\n<file id=\"f1\">\n<unit id=\"u1\">\n" + std::string(unit_body) + "\n</unit>\n</file>\n</xliff>\n";
}

TEST(Validate2, AcceptsAMinimalDocument) {
  std::vector<std::string> problems;
  Status s = ValidateXliff2(Doc("<segment><source>a</source><target>b</target></segment>"), "t.xlf", &problems);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(problems.empty());
}

TEST(Validate2, ReportsDuplicateSegmentIdWithPlaceAndRule) {
  std::vector<std::string> p =
      Problems(Doc("<segment id=\"s\"><source>a</source></segment>\n<segment id=\"s\"><source>b</source></segment>"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0],
            "t.xlf:5:1: XLIFF 2.1 <segment> id (id must be unique among the segments, ignorables and inline "
            "elements of a <unit>): \"s\" is already used at 4:1");
}

TEST(Validate2, ReportsUnknownDataRef) {
  std::vector<std::string> p =
      Problems(Doc("<originalData><data id=\"d1\">x</data></originalData><segment><source><ph id=\"1\" dataRef=\"d2\"/>"
                   "</source></segment>"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("dataRef must be the id of a <data>"), std::string::npos) << p[0];
}

TEST(Validate2, RequiresAnEcAfterANonIsolatedSc) {
  std::vector<std::string> p = Problems(Doc("<segment><source><sc id=\"1\"/>a</source></segment>"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("<sc> isolated"), std::string::npos) << p[0];
}

TEST(Validate2, RequiresTargetToKeepUndeletableCodes) {
  std::vector<std::string> p =
      Problems(Doc("<segment><source><ph id=\"1\" canDelete=\"no\"/>a</source><target>b</target></segment>"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("canDelete=\"no\" must not be removed"), std::string::npos) << p[0];
}

TEST(Validate2, RequiresTrgLangWhenATargetExists) {
  std::vector<std::string> p =
      Problems(Doc("<segment><source>a</source><target>b</target></segment>", "srcLang=\"en\""));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("trgLang is required"), std::string::npos) << p[0];
}

TEST(Validate2, RejectsMalformedFragmentIdentifiers) {
  std::vector<std::string> p =
      Problems(Doc("<segment><source><mrk id=\"m\" type=\"term\" ref=\"#/u=u1/f=f1\">a</mrk></source></segment>"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("must start with f="), std::string::npos) << p[0];
}

TEST(Validate2, RefusesADoctype) {
  std::vector<std::string> problems;
  Status s = ValidateXliff2("<!DOCTYPE x [<!ENTITY e \"x\">]>\n<x/>", "t.xlf", &problems);
  EXPECT_FALSE(s.ok());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("t.xlf:1:1: ", 0), 0u) << problems[0];
}

TEST(Validate2, ReportsBrokenXmlAsOneProblem) {
  std::vector<std::string> problems;
  EXPECT_FALSE(ValidateXliff2("<xliff", "t.xlf", &problems).ok());
  EXPECT_EQ(problems.size(), 1u);
}

// ------------------------------------------------- schema rules (validate2_schema.cc)

// The single problem of `unit_body` in a minimal document.
std::string OnlyProblem(std::string_view unit_body) {
  std::vector<std::string> p = Problems(Doc(unit_body));
  if (p.size() != 1)
    return std::to_string(p.size()) + " problems:\n" + [&] {
      std::string all;
      for (const std::string& x : p) all += x + "\n";
      return all;
    }();
  return p[0];
}

TEST(Validate2Schema, RefusesAnAttributeTheElementDoesNotHave) {
  EXPECT_EQ(OnlyProblem("<segment><source dir=\"rtl\">a</source></segment>"),
            "t.xlf:4:10: XLIFF 2.1 <source> attributes (<source> has no attribute dir): remove dir or put it in an "
            "extension namespace");
}

TEST(Validate2Schema, RefusesExtensionAttributesWhereTheSchemaAllowsNone) {
  EXPECT_EQ(OnlyProblem("<segment my:x=\"1\" xmlns:my=\"urn:my\"><source>a</source></segment>"),
            "t.xlf:4:1: XLIFF 2.1 <segment> attributes (<segment> takes no attributes of other namespaces beyond those "
            "the schema lists): attribute \"my:x\" of namespace \"urn:my\" is not allowed");
}

TEST(Validate2Schema, ChecksValueTypes) {
  EXPECT_EQ(OnlyProblem("<segment canResegment=\"true\"><source>a</source></segment>"),
            "t.xlf:4:1: XLIFF 2.1 <segment> canResegment (canResegment is yes or no): \"true\" is not");
  EXPECT_EQ(OnlyProblem("<segment><source><ph id=\"\\1\"/></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 <ph> id (id is an NMTOKEN (letters, digits, . - _ :)): \"\\1\" is not");
  EXPECT_EQ(OnlyProblem("<notes><note priority=\"11\">n</note></notes><segment><source>a</source></segment>"),
            "t.xlf:4:8: XLIFF 2.1 <note> priority (priority is an integer from 1 to 10): \"11\" is not");
  EXPECT_EQ(OnlyProblem("<segment><source><sm id=\"m\" type=\"bad type\"/>a<em startRef=\"m\"/></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 <sm> type (type is generic, comment, term or prefix:value): \"bad type\" is not");
}

TEST(Validate2Schema, ChecksTheOrderOfChildren) {
  EXPECT_EQ(OnlyProblem("<segment><source>a</source></segment><notes><note>n</note></notes>"),
            "t.xlf:4:38: XLIFF 2.1 <unit> content (the children of <unit> come in the order extensions*, <notes>?, "
            "<originalData>?, (<segment> | <ignorable>)*): <notes> is out of place");
  EXPECT_EQ(OnlyProblem("<segment><target>b</target><source>a</source></segment>"),
            "t.xlf:4:28: XLIFF 2.1 <segment> content (the children of <segment> come in the order <source>, "
            "<target>?): <source> is out of place");
}

TEST(Validate2Schema, RefusesTextAndElementsWhereTheContentHasNone) {
  EXPECT_EQ(OnlyProblem("stray<segment><source>a</source></segment>"),
            "t.xlf:3:1: XLIFF 2.1 <unit> content (no text is allowed directly in <unit> (element-only content)): it "
            "contains text \"stray\"");
  EXPECT_EQ(OnlyProblem("<segment><source><ph id=\"1\">x</ph></source></segment>"),
            "t.xlf:4:29: XLIFF 2.1 <ph> content (<ph> is empty): it contains text");
  EXPECT_EQ(OnlyProblem("<originalData><data id=\"d1\">x<my:e xmlns:my=\"urn:my\"/></data></originalData>"
                        "<segment><source><ph id=\"1\" dataRef=\"d1\"/></source></segment>"),
            "t.xlf:4:30: XLIFF 2.1 <data> content (only text and <cp> are allowed in <data>): <my:e> is not");
}

TEST(Validate2Schema, ChecksModuleElements) {
  EXPECT_EQ(OnlyProblem("<segment><source><pc id=\"1\" fs:fs=\"blink\" xmlns:fs=\"urn:oasis:names:tc:xliff:fs:2.0\">a"
                        "</pc></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 fs:fs (the value is one of the HTML element names the fs module lists (a, b, br, "
            "p, span ...)): \"blink\" is not one of them");
  EXPECT_EQ(OnlyProblem("<mda:metadata xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\"><mda:metaGroup "
                        "appliesTo=\"both\"><mda:meta type=\"t\">x</mda:meta></mda:metaGroup></mda:metadata>"
                        "<segment><source>a</source></segment>"),
            "t.xlf:4:65: XLIFF 2.1 <mda:metaGroup> appliesTo (appliesTo is source, target or ignorable): \"both\" is "
            "not");
  EXPECT_EQ(OnlyProblem("<val:validation xmlns:val=\"urn:oasis:names:tc:xliff:validation:2.0\"><val:rule "
                        "isPresent=\"a\" occurs=\"0\"/></val:validation><segment><source>a</source></segment>"),
            "t.xlf:4:69: XLIFF 2.1 <val:rule> occurs (occurs is a positive integer): \"0\" is not");
  EXPECT_EQ(OnlyProblem("<mtc:matches xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\"><mtc:match ref=\"#s1\" "
                        "similarity=\"100.5\"><source>a</source><target>b</target></mtc:match></mtc:matches>"
                        "<segment id=\"s1\"><source>a</source></segment>"),
            "t.xlf:4:63: XLIFF 2.1 <mtc:match> similarity (similarity is a decimal number from 0 to 100): "
            "\"100.5\" is not");
  EXPECT_EQ(OnlyProblem("<gls:glossary xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\"><gls:glossEntry>"
                        "<gls:translation>b</gls:translation></gls:glossEntry></gls:glossary>"
                        "<segment><source>a</source></segment>"),
            "t.xlf:4:81: XLIFF 2.1 <gls:glossEntry> content (the children of <gls:glossEntry> are <gls:term>, "
            "<gls:translation>*, <gls:definition>?, extensions*): <gls:term> is missing before <gls:translation>");
  std::vector<std::string> p =
      Problems(Doc("<mda:metadata xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\"><mda:meta type=\"t\">x"
                   "</mda:meta></mda:metadata><segment><source>a</source></segment>"));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0],
            "t.xlf:4:65: XLIFF 2.1 <mda:metadata> content (the children of <mda:metadata> are "
            "<mda:metaGroup>+): <mda:meta> is not allowed here");
  EXPECT_EQ(p[1],
            "t.xlf:4:1: XLIFF 2.1 <mda:metadata> content (the children of <mda:metadata> are "
            "<mda:metaGroup>+): <mda:metaGroup> is missing");
}

// Constraints of the spec that the TC's Schematron rules also state.
TEST(Validate2, RequiresATargetForAStateOtherThanInitial) {
  EXPECT_EQ(OnlyProblem("<segment state=\"translated\"><source>a</source></segment>"),
            "t.xlf:4:1: XLIFF 2.1 <segment> state (a <segment> without <target> has state initial): state is "
            "\"translated\" and there is no <target>");
}

TEST(Validate2, RequiresStartAndEndAttributesInPairs) {
  EXPECT_EQ(OnlyProblem("<originalData><data id=\"d1\">x</data></originalData><segment><source>"
                        "<pc id=\"1\" dataRefStart=\"d1\">a</pc></source></segment>"),
            "t.xlf:4:69: XLIFF 2.1 <pc> dataRefStart (dataRefStart and dataRefEnd are used together): dataRefEnd is "
            "missing");
}

TEST(Validate2, ChecksMoreModuleConstraints) {
  EXPECT_EQ(OnlyProblem("<gls:glossary xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\"><gls:glossEntry><gls:term>a"
                        "</gls:term></gls:glossEntry></gls:glossary><segment><source>a</source></segment>"),
            "t.xlf:4:65: XLIFF 2.1 gls:glossEntry (a <glossEntry> contains a <translation> or a <definition>): it has "
            "neither");
  EXPECT_EQ(OnlyProblem("<res:resourceData xmlns:res=\"urn:oasis:names:tc:xliff:resourcedata:2.0\"><res:resourceItem>"
                        "<res:source href=\"a.png\"/></res:resourceItem></res:resourceData><segment><source>a</source>"
                        "</segment>"),
            "t.xlf:4:73: XLIFF 2.1 res:resourceItem mimeType (mimeType is required when <source> and <target> are "
            "empty): mimeType is missing");
  EXPECT_EQ(OnlyProblem("<res:resourceData xmlns:res=\"urn:oasis:names:tc:xliff:resourcedata:2.0\"><res:resourceItem "
                        "mimeType=\"image/png\"><res:source href=\"a.png\"><b xmlns=\"urn:b\"/></res:source>"
                        "</res:resourceItem></res:resourceData><segment><source>a</source></segment>"),
            "t.xlf:4:112: XLIFF 2.1 res:source href (href is used if and only if the <res:source> is empty): it has "
            "both href and content");
  EXPECT_EQ(
      OnlyProblem("<val:validation xmlns:val=\"urn:oasis:names:tc:xliff:validation:2.0\"><val:rule "
                  "startsWith=\"a\" occurs=\"2\"/></val:validation><segment><source>a</source></segment>"),
      "t.xlf:4:69: XLIFF 2.1 val:rule occurs (occurs is used only together with isPresent): isPresent is missing");
  EXPECT_EQ(OnlyProblem("<mda:metadata id=\"m\" xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\"><mda:metaGroup "
                        "id=\"m\"><mda:meta type=\"t\">x</mda:meta></mda:metaGroup></mda:metadata><segment><source>a"
                        "</source></segment>"),
            "t.xlf:4:72: XLIFF 2.1 <mda:metaGroup> id (id must be unique among the <metadata> and <metaGroup> "
            "elements of a <metadata>): \"m\" is already used at 4:1");
  EXPECT_EQ(OnlyProblem("<ctr:changeTrack xmlns:ctr=\"urn:oasis:names:tc:xliff:changetracking:2.1\"><ctr:revisions "
                        "appliesTo=\"source\" currentVersion=\"r9\"><ctr:revision version=\"r1\"><ctr:item "
                        "property=\"content\">old</ctr:item></ctr:revision></ctr:revisions></ctr:changeTrack>"
                        "<segment><source>a</source></segment>"),
            "t.xlf:4:74: XLIFF 2.1 ctr:revisions currentVersion (currentVersion is the version of one of the "
            "<revision>s of this <revisions>): no <revision version=\"r9\"> here");
  std::vector<std::string> p = Problems(
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n<file id=\"f1\">\n"
      "<val:validation xmlns:val=\"urn:oasis:names:tc:xliff:validation:2.0\"><val:rule isPresent=\"a\" "
      "disabled=\"yes\"/></val:validation>\n<unit id=\"u1\"><segment><source>a</source></segment></unit></file>"
      "</xliff>");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0],
            "t.xlf:3:69: XLIFF 2.1 val:rule disabled (a rule of the <file> level cannot be disabled "
            "(disabled=\"yes\" overrides a rule of an enclosing level)): this rule is at the <file> level");
}

// Rules no file of the OASIS suite breaks alone (CONFORMANCE.md cites these
// tests for them): each case here fails if its check is removed.
TEST(Validate2, ReportsWhatNoSuiteFileIsolates) {
  EXPECT_EQ(
      Problems("<xliff xmlns=\"urn:other\" version=\"2.1\" srcLang=\"en\"/>"),
      std::vector<std::string>{"t.xlf:1:1: XLIFF 2.1 <xliff> (the root element is <xliff> in namespace "
                               "urn:oasis:names:tc:xliff:document:2.0): found <xliff> in namespace \"urn:other\""});
  EXPECT_EQ(Problems("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.2\" srcLang=\"en\">\n"
                     "<file id=\"f1\">\n<unit id=\"u1\"><segment><source>a</source></segment></unit></file></xliff>"),
            std::vector<std::string>{"t.xlf:1:1: XLIFF 2.1 <xliff> version (version is 2.0 or 2.1 for this namespace): "
                                     "found \"2.2\""});
  EXPECT_EQ(OnlyProblem("<segment subState=\"x:y\"><source>a</source></segment>"),
            "t.xlf:4:1: XLIFF 2.1 <segment> subState (if subState is used, state must be explicitly set): state is "
            "missing");
  EXPECT_EQ(Problems(Doc("<segment><source xml:lang=\"en_US\">a</source></segment>"))[0],
            "t.xlf:4:10: XLIFF 2.1 xml:lang (the value must be a well-formed BCP 47 language tag (or empty)): "
            "\"en_US\" is not well-formed");
  EXPECT_EQ(OnlyProblem("<segment><source>a<b xmlns=\"urn:b\">x</b></source></segment>"),
            "t.xlf:4:19: XLIFF 2.1 inline content (only XLIFF inline elements are allowed in <source> and <target>): "
            "<b> is not allowed here");
  EXPECT_EQ(Problems(Doc("<segment><source><sc id=\"1\"/>a</source></segment><segment><source><ec startRef=\"2\"/>"
                         "</source></segment>"))[1],
            "t.xlf:4:67: XLIFF 2.1 <ec> startRef (startRef is the id of an <sc> that precedes the <ec> in the same "
            "unit): no <sc id=\"2\"> (not isolated) precedes it");
  EXPECT_EQ(OnlyProblem("<segment><source><sm id=\"m\"/>a</source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 <sm> (an <em> with startRef equal to the id of the <sm> follows it in the same "
            "unit): no <em startRef=\"m\"> follows it");
  EXPECT_EQ(OnlyProblem("<segment><source><ph id=\"1\" slr:foo=\"1\" "
                        "xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\"/></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 size restriction module (the module defines storageRestriction, sizeRestriction, "
            "equivStorage, sizeInfo and sizeInfoRef): \"slr:foo\" is not one of them");
  EXPECT_EQ(OnlyProblem("<gls:glossary xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\"><gls:glossEntry "
                        "ref=\"#/u=u1\"><gls:term>a</gls:term><gls:definition>d</gls:definition></gls:glossEntry>"
                        "</gls:glossary><segment><source>a</source></segment>"),
            "t.xlf:4:65: XLIFF 2.1 gls:glossEntry ref (a fragment identifier is #[/]f=file/(g=group/)*u=unit/... "
            "with registered prefixes, leaf selectors last): \"#/u=u1\": an absolute fragment identifier (\"#/...\") "
            "must start with f=");
  EXPECT_EQ(OnlyProblem("<segment><source><mrk id=\"m\" type=\"mtc:match\" ref=\"#x\">a</mrk></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 <mrk> ref (ref is not used in a translation candidate annotation "
            "(type=\"mtc:match\")): remove ref");
  EXPECT_EQ(OnlyProblem("<segment><source><ph id=\"1\" canReorder=\"firstNo\"/></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 <ph> canReorder (when canReorder is no or firstNo, canCopy and canDelete must be "
            "no): canReorder=\"firstNo\" with canCopy=\"yes\" canDelete=\"yes\"");
}

TEST(Validate2, ReportsDuplicateIdsAndEmptyNotesNoSuiteFileIsolates) {
  const std::string h =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n"
      "<file id=\"f1\">\n";
  const std::string u = "<unit id=\"u\"><segment><source>a</source></segment></unit>";
  EXPECT_EQ(Problems(h + "<group id=\"g\"/><group id=\"g\"/>" + u + "</file></xliff>"),
            std::vector<std::string>{"t.xlf:3:16: XLIFF 2.1 <group> id (id must be unique among the <group>s of a "
                                     "<file>): \"g\" is already used at 3:1"});
  EXPECT_EQ(Problems(h + u + "<unit id=\"u\"><segment><source>b</source></segment></unit></file></xliff>"),
            std::vector<std::string>{"t.xlf:3:58: XLIFF 2.1 <unit> id (id must be unique among the <unit>s of a "
                                     "<file>): \"u\" is already used at 3:1"});
  EXPECT_EQ(Problems(h + "<unit id=\"u\"><originalData><data id=\"d\">x</data><data id=\"d\">y</data></originalData>"
                         "<segment><source><ph id=\"1\" dataRef=\"d\"/></source></segment></unit></file></xliff>"),
            std::vector<std::string>{"t.xlf:3:49: XLIFF 2.1 <data> id (id must be unique among the <data>s of the "
                                     "enclosing <originalData>): \"d\" is already used at 3:28"});
  EXPECT_EQ(Problems(h + "<unit id=\"u\"><notes/><segment><source>a</source></segment></unit></file></xliff>"),
            std::vector<std::string>{"t.xlf:3:14: XLIFF 2.1 <notes> (<notes> contains one or more <note>): there is "
                                     "none"});
  EXPECT_EQ(Problems(h + "<unit id=\"u\"><segment><source><ph id=\"1\" subFlows=\"nope\"/></source></segment></unit>"
                         "</file></xliff>"),
            std::vector<std::string>{"t.xlf:3:31: XLIFF 2.1 <ph> subFlows (subFlows is a list of ids of <unit>s in "
                                     "the same <file>): there is no unit \"nope\""});
}

TEST(Validate2, ReportsModuleRulesNoSuiteFileIsolates) {
  const std::string m = "<mtc:matches xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\">";
  const std::string seg = "<segment id=\"s1\"><source>a</source></segment>";
  EXPECT_EQ(OnlyProblem(m + "<mtc:match ref=\"#s1\"><source>a</source></mtc:match></mtc:matches>" + seg),
            "t.xlf:4:63: XLIFF 2.1 <mtc:match> content (the children of <mtc:match> are <mda:metadata>?, "
            "<xlf:originalData>?, <xlf:source>, <xlf:target>, extensions*): <xlf:target> is missing");
  EXPECT_EQ(OnlyProblem(m +
                        "<mtc:match ref=\"#s1\" subType=\"x:y\"><source>a</source><target>b</target></mtc:match>"
                        "</mtc:matches>" +
                        seg),
            "t.xlf:4:63: XLIFF 2.1 mtc:match subType (if subType is used, type must be specified as well): type is "
            "missing");
  EXPECT_EQ(OnlyProblem(m +
                        "<mtc:match ref=\"#s1\" xml:lang=\"fr\"><source>a</source><target>b</target></mtc:match>"
                        "</mtc:matches>" +
                        seg),
            "t.xlf:4:63: XLIFF 2.1 mtc:match (xml:lang must not be set on <mtc:match>): remove xml:lang");
  EXPECT_EQ(OnlyProblem("<gls:glossary xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\"><gls:glossEntry id=\"g\">"
                        "<gls:term>a</gls:term><gls:translation id=\"g\">b</gls:translation></gls:glossEntry>"
                        "</gls:glossary>" +
                        seg),
            "t.xlf:4:110: XLIFF 2.1 gls:translation id (id must be unique among the <glossEntry> and <translation> "
            "elements of a <glossary>): \"g\" is already used at 4:65");
  EXPECT_EQ(OnlyProblem("<segment><source><ph id=\"1\" fs:subFs=\"a,b\" xmlns:fs=\"urn:oasis:names:tc:xliff:fs:2.0\"/>"
                        "</source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 fs:subFs (subFs is used only together with fs): fs is missing");
  EXPECT_EQ(OnlyProblem("<segment><source><ph id=\"1\" slr:equivStorage=\"1.5\" "
                        "xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\"/></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 slr:equivStorage (the value is a non-negative integer): \"1.5\" is not");
  EXPECT_EQ(OnlyProblem("<segment><source><pc id=\"1\" slr:storageRestriction=\"x\" "
                        "xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\">a</pc></source></segment>"),
            "t.xlf:4:18: XLIFF 2.1 slr:storageRestriction (the value is \"*\", \"n\", \"n,m\" or \"n,*\" with "
            "integers n, m): \"x\" is not");
  const std::string v = "<val:validation xmlns:val=\"urn:oasis:names:tc:xliff:validation:2.0\">";
  EXPECT_EQ(OnlyProblem(v + "<val:rule isPresent=\"a\" startsWith=\"b\"/></val:validation>" + seg),
            "t.xlf:4:69: XLIFF 2.1 val:rule (exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom "
            "rule): 2 are given");
  EXPECT_EQ(OnlyProblem(v + "<val:rule isNotPresent=\"a\" existsInSource=\"yes\"/></val:validation>" + seg),
            "t.xlf:4:69: XLIFF 2.1 val:rule existsInSource (when existsInSource is specified, exactly one of "
            "isPresent, startsWith or endsWith is too): found 0");
  EXPECT_EQ(OnlyProblem("<res:resourceData xmlns:res=\"urn:oasis:names:tc:xliff:resourcedata:2.0\">"
                        "<res:resourceItemRef id=\"r\"/></res:resourceData>" +
                        seg),
            "t.xlf:4:73: XLIFF 2.1 <res:resourceItemRef> ref (ref is required): the attribute is missing");
}

TEST(Validate2, RefusesXmlThatPugixmlAloneWouldTake) {
  EXPECT_EQ(OnlyProblem("<segment><source>a</source><target>b &amp c</target></segment>"),
            "t.xlf:4:38: XML well-formedness: not well-formed XML ('&' starts no character or entity reference; "
            "write &amp; for an ampersand)");
}

// ------------------------------------------------------------ OASIS suite

const fs::path kSuite = fs::path(FOLIO_SHARED_DIR) / "xliff" / "testsuite";

struct SuiteFile {
  std::string rel;  // "valid/core/x.xlf"
  bool valid;
  bool xsd_fails;  // MANIFEST: core+modules XSD result is FAIL
};

std::vector<SuiteFile> SuiteFiles() {
  std::vector<SuiteFile> files;
  std::ifstream manifest(kSuite / "MANIFEST.tsv");
  std::string line;
  while (std::getline(manifest, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 4) continue;
    bool valid = cols[0].starts_with("valid/") && cols[1] == "valid";
    bool invalid = cols[0].starts_with("invalid/") && cols[1] == "invalid";
    if (!valid && !invalid) continue;
    if (!cols[0].ends_with(".xlf")) continue;
    files.push_back({cols[0], valid, cols[3] == "FAIL"});
  }
  return files;
}

Xliff2ValidationOptions SuiteOptions() {
  // The suite registers "tbx" for TBX (withTBXExtension.xlf uses #f=f1/tbx=...).
  // Its extra-prefixes.properties also maps myNS to "my", which
  // bad_InvalidFragIdUnknownPrefix.xlf expects to be unknown, so only the TBX
  // registration is taken over.
  Xliff2ValidationOptions options;
  options.extra_prefixes["tbx"] = "urn:iso:std:iso:30042:ed-1:v1:en";
  return options;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "  " + s + "\n";
  return out;
}

class Validate2Suite : public ::testing::TestWithParam<SuiteFile> {};

TEST_P(Validate2Suite, MatchesTheManifest) {
  const SuiteFile& f = GetParam();
  std::string bytes = Slurp(kSuite / f.rel);
  ASSERT_FALSE(bytes.empty()) << f.rel;
  std::vector<std::string> problems;
  Status s = ValidateXliff2(bytes, f.rel, SuiteOptions(), &problems);
  // ValidateXliff2 alone, without the OASIS schemas: schema violations
  // (bad enumerations, NMTOKENs, content models) are its own checks too
  // (validate2_schema.cc), so that folio validate --xliff-only needs no xmllint.
  if (f.valid) {
    EXPECT_TRUE(s.ok() && problems.empty()) << f.rel << " is valid but was rejected:\n" << Join(problems);
  } else {
    EXPECT_FALSE(s.ok()) << f.rel << " is invalid (XSD " << (f.xsd_fails ? "FAIL" : "pass")
                         << ") but no problem was found";
    for (const std::string& p : problems) EXPECT_EQ(p.rfind(f.rel + ":", 0), 0u) << "problem without a place: " << p;
  }
}

std::string TestName(const ::testing::TestParamInfo<SuiteFile>& info) {
  std::string name = info.param.rel;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Validate2, Validate2Suite, ::testing::ValuesIn(SuiteFiles()), TestName);

TEST(Validate2SuiteFiles, ListsEveryFileOfTheSuite) {
  std::vector<SuiteFile> files = SuiteFiles();
  EXPECT_EQ(std::count_if(files.begin(), files.end(), [](const SuiteFile& f) { return f.valid; }), 55);
  EXPECT_EQ(std::count_if(files.begin(), files.end(), [](const SuiteFile& f) { return !f.valid; }), 135);
}

// The figures in CONFORMANCE.md and the README: every valid file accepted
// and every invalid file rejected by ValidateXliff2 alone.
TEST(Validate2SuiteFiles, AcceptsEveryValidAndRejectsEveryInvalidFileWithoutTheSchemas) {
  int valid_accepted = 0, invalid_rejected = 0;
  for (const SuiteFile& f : SuiteFiles()) {
    std::vector<std::string> problems;
    bool ok = ValidateXliff2(Slurp(kSuite / f.rel), f.rel, SuiteOptions(), &problems).ok();
    if (f.valid)
      valid_accepted += ok;
    else
      invalid_rejected += !ok;
  }
  EXPECT_EQ(valid_accepted, 55);
  EXPECT_EQ(invalid_rejected, 135);
}

TEST(Validate2SuiteFiles, DoesNotCrashOnInOutPairsAndRealWorldSamples) {
  std::vector<fs::path> dirs = {kSuite / "in-out", fs::path(FOLIO_SHARED_DIR) / "xliff" / "samples" / "2.0"};
  int seen = 0;
  for (const fs::path& dir : dirs)
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      std::vector<std::string> problems;
      (void)ValidateXliff2(Slurp(e.path()), e.path().string(), SuiteOptions(), &problems);
      for (const std::string& p : problems) EXPECT_FALSE(p.empty());
      ++seen;
    }
  EXPECT_GE(seen, 20);
}

}  // namespace
}  // namespace folio::xliff
