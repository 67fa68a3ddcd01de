#include "xliff/xml_wellformed.h"

#include <gtest/gtest.h>

#include "xliff/xliff_reader.h"

namespace folio::xliff {
namespace {

// "offset: what" of the first error, or "ok".
std::string Check(std::string_view xml) {
  XmlSyntaxError e;
  if (CheckWellFormedXml(xml, &e)) return "ok";
  return std::to_string(e.offset) + ": " + e.what;
}

TEST(XmlWellFormed, AcceptsOrdinaryDocuments) {
  EXPECT_EQ(Check("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c --><a x='1' y=\"&amp;&lt;&#65;&#x42;\">t&gt;"
                  "<![CDATA[ <&> ]]><?pi data?><b/>é&apos;</a>\n<!-- after -->\n"),
            "ok");
  EXPECT_EQ(Check("\xEF\xBB\xBF<p:a xmlns:p='u' p:x='1' y='2'><p:b xml:lang='en'/></p:a>"), "ok");
  EXPECT_EQ(Check("<a xmlns='u'><b xmlns=''/></a>"), "ok");
}

TEST(XmlWellFormed, RefusesABareAmpersandAndUndeclaredEntities) {
  EXPECT_EQ(Check("<a>x & y</a>"), "5: '&' starts no character or entity reference; write &amp; for an ampersand");
  EXPECT_EQ(Check("<a>&amp</a>"), "3: '&' starts no character or entity reference; write &amp; for an ampersand");
  EXPECT_EQ(Check("<a b=\"&\"/>"), "6: '&' starts no character or entity reference; write &amp; for an ampersand");
  EXPECT_EQ(Check("<a>&nbsp;</a>"),
            "3: undeclared entity &nbsp; (only &lt; &gt; &amp; &apos; &quot; and character references are defined)");
}

TEST(XmlWellFormed, RefusesCharactersXmlDoesNotAllow) {
  EXPECT_EQ(Check("<a>&#0;</a>"), "3: &#0; refers to a character that XML does not allow");
  EXPECT_EQ(Check("<a>&#xD800;</a>"), "3: &#xD800; refers to a character that XML does not allow");
  EXPECT_EQ(Check("<a>\x01</a>"), "3: character U+0001 is not allowed in XML (not even as a reference); remove it");
  EXPECT_EQ(Check("<a>\xEF\xBF\xBF</a>"),
            "3: character U+FFFF is not allowed in XML (not even as a reference); remove it");
  EXPECT_EQ(Check("<a>&#x;</a>"), "3: malformed character reference (&#NNN; or &#xHHH;); write &amp; for an ampersand");
}

TEST(XmlWellFormed, RefusesMarkupCharactersWhereTheyCannotBe) {
  EXPECT_EQ(Check("<a b='<'/>"), "6: '<' in the value of attribute b; write &lt;");
  EXPECT_EQ(Check("<a>]]></a>"), "3: \"]]>\" is not allowed in text; write ]]&gt;");
  EXPECT_EQ(Check("<a><!-- x -- y --></a>"),
            "10: \"--\" inside a comment (a comment ends at the first \"--\", which must be followed by '>')");
  EXPECT_EQ(
      Check("<a>< b</a>"),
      "4: '<' starts no element, comment, CDATA section or processing instruction; write &lt; for a less-than sign");
}

TEST(XmlWellFormed, RefusesDuplicateAttributes) {
  EXPECT_EQ(Check("<a b='1' b='2'/>"), "9: attribute b appears twice in <a>");
  EXPECT_EQ(Check("<a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>"),
            "0: <a> has two attributes x in namespace u (under different prefixes)");
}

TEST(XmlWellFormed, RefusesWhatIsOutsideTheOneRootElement) {
  EXPECT_EQ(Check("<a/><b/>"), "4: a second root element (a document has exactly one)");
  EXPECT_EQ(Check("<a/>x"), "4: text after the end of the root element");
  EXPECT_EQ(Check("x<a/>"), "0: text before the root element");
  EXPECT_EQ(Check(" <?xml version='1.0'?><a/>"),
            "1: an XML declaration (<?xml ...?>) is allowed only at the very start of the file");
  EXPECT_EQ(Check("<?xml?><a/>"), "0: the XML declaration has no version");
  EXPECT_EQ(Check("<?xml version='1.0' standalone='maybe'?><a/>"),
            "32: \"maybe\" is not a valid standalone in the XML declaration");
  EXPECT_EQ(Check("<a><b></a>"), "6: </a> does not close <b>");
  EXPECT_EQ(Check("<a><b>"), "3: <b> is never closed (the file may be truncated)");
  EXPECT_EQ(Check(""), "0: the document has no root element");
}

TEST(XmlWellFormed, RefusesUndeclaredAndReboundPrefixes) {
  EXPECT_EQ(Check("<p:a/>"), "1: namespace prefix p of element p:a is not declared (xmlns:p=\"...\" is missing)");
  EXPECT_EQ(Check("<a p:b='1'/>"),
            "3: namespace prefix p of attribute p:b is not declared (xmlns:p=\"...\" is missing)");
  EXPECT_EQ(Check("<a xmlns:p=''/>"), "3: xmlns:p=\"\" is not allowed (XML 1.0 cannot undeclare a prefix)");
  EXPECT_EQ(Check("<a xmlns:xml='x'/>"), "3: the prefix xml can only be bound to http://www.w3.org/XML/1998/namespace");
  EXPECT_EQ(Check("<a:b:c xmlns:a='u'/>"),
            "1: element name \"a:b:c\" is not a valid qualified name (prefix:local, one colon)");
  // A prefix is in scope only inside the element that declares it.
  EXPECT_EQ(Check("<a><b xmlns:p='u'/><p:c/></a>"),
            "20: namespace prefix p of element p:c is not declared (xmlns:p=\"...\" is missing)");
}

TEST(XmlWellFormed, HandlesDeepNestingWithoutRecursion) {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<a>";
  for (int i = 0; i < 200000; ++i) deep += "</a>";
  EXPECT_EQ(Check(deep), "ok");
}

// The reader refuses what pugixml alone would have imported: a bare '&' in a
// target became "&amp;" in locales/ before.
TEST(XmlWellFormed, TheXliffReaderRefusesABareAmpersandInATarget) {
  std::string xml =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\">\n"
      "<file id=\"f\"><unit id=\"u\"><segment><source>A and B</source>\n"
      "<target>A & B</target></segment></unit></file></xliff>\n";
  XliffFile f;
  Status s = ReadXliff(xml, "fr.xlf", &f);
  EXPECT_EQ(s.message(),
            "fr.xlf:3:11: not well-formed XML ('&' starts no character or entity reference; write &amp; for an "
            "ampersand); the file may be truncated or damaged: re-export it from your translation tool");
}

}  // namespace
}  // namespace folio::xliff
