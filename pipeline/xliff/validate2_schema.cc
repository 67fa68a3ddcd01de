#include "xliff/validate2_schema.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <vector>

#include "base/text.h"
#include "xliff/validate2_syntax.h"
#include "xliff/xml_util.h"

namespace folio::xliff {

namespace {

using Node = pugi::xml_node;

constexpr std::string_view kX = "urn:oasis:names:tc:xliff:document:2.0";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kMtc = "urn:oasis:names:tc:xliff:matches:2.0";
constexpr std::string_view kGls = "urn:oasis:names:tc:xliff:glossary:2.0";
constexpr std::string_view kMda = "urn:oasis:names:tc:xliff:metadata:2.0";
constexpr std::string_view kRes = "urn:oasis:names:tc:xliff:resourcedata:2.0";
constexpr std::string_view kVal = "urn:oasis:names:tc:xliff:validation:2.0";

// Value types of the XSDs. kSkip: validate2.cc checks the value.
enum class T {
  kAny,
  kSkip,
  kNmtoken,
  kNmtokens,
  kYesNo,
  kYesNoFirstNo,
  kDir,
  kAppliesTo,
  kMdaAppliesTo,
  kUserDefined,
  kCodeType,
  kMrkType,
  kPriority,
  kPositiveInt,
  kSimilarity,
  kMtcType,
  kNormalization,
  kXmlSpace,
  kPreserve
};

struct Attr {
  const char* name;  // "xml:lang" for the xml namespace
  T type;
  bool required = false;
};

// One particle of a content model that is a sequence: one of `names`
// (local names in the element's own namespace, or "xlf:" + a core name), or
// with `other` any element of another namespace than the element's own.
struct Particle {
  std::vector<std::string_view> names;
  bool other = false;
  int min = 0, max = 1;
};
constexpr int kMany = 1 << 30;

enum class Content { kElements, kMixedAny, kText, kEmpty, kCpOnly, kInline };

struct Spec {
  std::vector<Attr> attrs;
  bool other_attrs = false;  // anyAttribute namespace="##other"
  Content content = Content::kElements;
  std::vector<Particle> model;  // for kElements
  // Core containers: validate2.cc already reports elements that do not
  // belong and required children that are missing; only order and counts
  // are left to this check.
  bool order_only = false;
};

using Key = std::pair<std::string_view, std::string_view>;

const std::map<Key, Spec>& Specs() {
  static const std::map<Key, Spec> specs = [] {
    std::map<Key, Spec> m;
    const std::vector<Attr> code_hints = {{"canCopy", T::kYesNo},           {"canDelete", T::kYesNo},
                                          {"canReorder", T::kYesNoFirstNo}, {"copyOf", T::kNmtoken},
                                          {"subType", T::kUserDefined},     {"type", T::kCodeType}};
    auto with = [](std::vector<Attr> a, const std::vector<Attr>& b) {
      a.insert(a.end(), b.begin(), b.end());
      return a;
    };
    m[{kX, "xliff"}] = {
        {{"version", T::kSkip, true}, {"srcLang", T::kSkip, true}, {"trgLang", T::kSkip}, {"xml:space", T::kXmlSpace}},
        true,
        Content::kElements,
        {{{"file"}, false, 0, kMany}},
        true};
    m[{kX, "file"}] = {{{"id", T::kSkip},
                        {"canResegment", T::kYesNo},
                        {"original", T::kAny},
                        {"translate", T::kYesNo},
                        {"srcDir", T::kDir},
                        {"trgDir", T::kDir},
                        {"xml:space", T::kXmlSpace}},
                       true,
                       Content::kElements,
                       {{{"skeleton"}}, {{}, true, 0, kMany}, {{"notes"}}, {{"unit", "group"}, false, 0, kMany}},
                       true};
    m[{kX, "skeleton"}] = {{{"href", T::kAny}}, false, Content::kMixedAny, {}, false};
    std::vector<Attr> group_attrs = {{"id", T::kSkip},          {"name", T::kAny},          {"canResegment", T::kYesNo},
                                     {"translate", T::kYesNo},  {"srcDir", T::kDir},        {"trgDir", T::kDir},
                                     {"type", T::kUserDefined}, {"xml:space", T::kXmlSpace}};
    m[{kX, "group"}] = {group_attrs,
                        true,
                        Content::kElements,
                        {{{}, true, 0, kMany}, {{"notes"}}, {{"unit", "group"}, false, 0, kMany}},
                        true};
    m[{kX, "unit"}] = {
        group_attrs,
        true,
        Content::kElements,
        {{{}, true, 0, kMany}, {{"notes"}}, {{"originalData"}}, {{"segment", "ignorable"}, false, 0, kMany}},
        true};
    m[{kX, "segment"}] = {
        {{"id", T::kNmtoken}, {"canResegment", T::kYesNo}, {"state", T::kSkip}, {"subState", T::kAny}},
        false,
        Content::kElements,
        {{{"source"}, false, 1, 1}, {{"target"}}},
        true};
    m[{kX, "ignorable"}] = {
        {{"id", T::kNmtoken}}, false, Content::kElements, {{{"source"}, false, 1, 1}, {{"target"}}}, true};
    m[{kX, "notes"}] = {{}, false, Content::kElements, {{{"note"}, false, 0, kMany}}, true};
    m[{kX, "note"}] = {
        {{"id", T::kNmtoken}, {"appliesTo", T::kAppliesTo}, {"category", T::kAny}, {"priority", T::kPriority}},
        true,
        Content::kText,
        {},
        false};
    m[{kX, "originalData"}] = {{}, false, Content::kElements, {{{"data"}, false, 0, kMany}}, true};
    m[{kX, "data"}] = {
        {{"id", T::kNmtoken, true}, {"dir", T::kDir}, {"xml:space", T::kPreserve}}, false, Content::kCpOnly, {}, false};
    m[{kX, "source"}] = {{{"xml:lang", T::kSkip}, {"xml:space", T::kXmlSpace}}, false, Content::kInline, {}, false};
    m[{kX, "target"}] = {
        {{"xml:lang", T::kSkip}, {"xml:space", T::kXmlSpace}, {"order", T::kSkip}}, false, Content::kInline, {}, false};
    m[{kX, "cp"}] = {{{"hex", T::kSkip, true}}, false, Content::kEmpty, {}, false};
    m[{kX, "ph"}] = {with(code_hints, {{"disp", T::kAny},
                                       {"equiv", T::kAny},
                                       {"id", T::kNmtoken, true},
                                       {"dataRef", T::kNmtoken},
                                       {"subFlows", T::kNmtokens}}),
                     true,
                     Content::kEmpty,
                     {},
                     false};
    m[{kX, "pc"}] = {with(code_hints, {{"canOverlap", T::kYesNo},
                                       {"dispEnd", T::kAny},
                                       {"dispStart", T::kAny},
                                       {"equivEnd", T::kAny},
                                       {"equivStart", T::kAny},
                                       {"id", T::kNmtoken, true},
                                       {"dataRefEnd", T::kNmtoken},
                                       {"dataRefStart", T::kNmtoken},
                                       {"subFlowsEnd", T::kNmtokens},
                                       {"subFlowsStart", T::kNmtokens},
                                       {"dir", T::kDir}}),
                     true,
                     Content::kInline,
                     {},
                     false};
    std::vector<Attr> sc_ec = with(code_hints, {{"canOverlap", T::kYesNo},
                                                {"dataRef", T::kNmtoken},
                                                {"dir", T::kDir},
                                                {"disp", T::kAny},
                                                {"equiv", T::kAny},
                                                {"isolated", T::kYesNo},
                                                {"subFlows", T::kNmtokens}});
    m[{kX, "sc"}] = {with(sc_ec, {{"id", T::kNmtoken, true}}), true, Content::kEmpty, {}, false};
    m[{kX, "ec"}] = {with(sc_ec, {{"id", T::kNmtoken}, {"startRef", T::kNmtoken}}), true, Content::kEmpty, {}, false};
    std::vector<Attr> marker = {{"id", T::kNmtoken, true},
                                {"translate", T::kYesNo},
                                {"type", T::kMrkType},
                                {"ref", T::kAny},
                                {"value", T::kAny}};
    m[{kX, "mrk"}] = {marker, true, Content::kInline, {}, false};
    m[{kX, "sm"}] = {marker, true, Content::kEmpty, {}, false};
    m[{kX, "em"}] = {{{"startRef", T::kNmtoken, true}}, false, Content::kEmpty, {}, false};

    m[{kMtc, "matches"}] = {{}, false, Content::kElements, {{{"match"}, false, 1, kMany}}, false};
    m[{kMtc, "match"}] = {{{"id", T::kNmtoken},
                           {"matchQuality", T::kSimilarity},
                           {"matchSuitability", T::kSimilarity},
                           {"origin", T::kAny},
                           {"ref", T::kSkip, true},
                           {"reference", T::kYesNo},
                           {"similarity", T::kSimilarity},
                           {"subType", T::kUserDefined},
                           {"type", T::kMtcType}},
                          true,
                          Content::kElements,
                          {{{"mda:metadata"}},
                           {{"xlf:originalData"}},
                           {{"xlf:source"}, false, 1, 1},
                           {{"xlf:target"}, false, 1, 1},
                           {{}, true, 0, kMany}},
                          false};
    m[{kGls, "glossary"}] = {{}, false, Content::kElements, {{{"glossEntry"}, false, 1, kMany}}, false};
    m[{kGls, "glossEntry"}] = {
        {{"id", T::kNmtoken}, {"ref", T::kAny}},
        true,
        Content::kElements,
        {{{"term"}, false, 1, 1}, {{"translation"}, false, 0, kMany}, {{"definition"}}, {{}, true, 0, kMany}},
        false};
    m[{kGls, "term"}] = {{{"source", T::kAny}}, true, Content::kText, {}, false};
    m[{kGls, "translation"}] = {
        {{"id", T::kNmtoken}, {"ref", T::kAny}, {"source", T::kAny}}, true, Content::kText, {}, false};
    m[{kGls, "definition"}] = {{{"source", T::kAny}}, true, Content::kText, {}, false};
    m[{kMda, "metadata"}] = {
        {{"id", T::kNmtoken}}, false, Content::kElements, {{{"metaGroup"}, false, 1, kMany}}, false};
    m[{kMda, "metaGroup"}] = {{{"id", T::kNmtoken}, {"category", T::kAny}, {"appliesTo", T::kMdaAppliesTo}},
                              false,
                              Content::kElements,
                              {{{"metaGroup", "meta"}, false, 1, kMany}},
                              false};
    m[{kMda, "meta"}] = {{{"type", T::kAny, true}}, false, Content::kText, {}, false};
    m[{kVal, "validation"}] = {{}, true, Content::kElements, {{{"rule"}, false, 1, kMany}}, false};
    m[{kVal, "rule"}] = {{{"isPresent", T::kAny},
                          {"occurs", T::kPositiveInt},
                          {"isNotPresent", T::kAny},
                          {"startsWith", T::kAny},
                          {"endsWith", T::kAny},
                          {"existsInSource", T::kYesNo},
                          {"caseSensitive", T::kYesNo},
                          {"normalization", T::kNormalization},
                          {"disabled", T::kYesNo}},
                         true,
                         Content::kEmpty,
                         {},
                         false};
    m[{kRes, "resourceData"}] = {{},
                                 false,
                                 Content::kElements,
                                 {{{"resourceItemRef"}, false, 0, kMany}, {{"resourceItem"}, false, 0, kMany}},
                                 false};
    m[{kRes, "resourceItemRef"}] = {
        {{"id", T::kNmtoken}, {"ref", T::kNmtoken, true}}, true, Content::kEmpty, {}, false};
    m[{kRes, "resourceItem"}] = {{{"mimeType", T::kAny}, {"id", T::kNmtoken}, {"context", T::kYesNo}},
                                 true,
                                 Content::kElements,
                                 {{{"source"}}, {{"target"}}, {{"reference"}, false, 0, kMany}},
                                 false};
    for (const char* side : {"source", "target"})
      m[{kRes, side}] = {
          {{"href", T::kAny}, {"xml:lang", T::kSkip}}, true, Content::kElements, {{{}, true, 0, kMany}}, false};
    m[{kRes, "reference"}] = {{{"href", T::kAny, true}, {"xml:lang", T::kSkip}}, true, Content::kEmpty, {}, false};
    return m;
  }();
  return specs;
}

std::string Q(std::string_view s) { return "\"" + std::string(s) + "\""; }

bool Digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An xs:decimal from 0 to 100.
bool Similarity(std::string_view s) {
  std::string_view v = s;
  if (!v.empty() && v[0] == '+') v.remove_prefix(1);
  size_t dot = v.find('.');
  std::string_view whole = v.substr(0, dot), frac = dot == std::string_view::npos ? "" : v.substr(dot + 1);
  if ((whole.empty() && frac.empty()) || (!whole.empty() && !Digits(whole)) || (!frac.empty() && !Digits(frac)))
    return false;
  return std::strtod(std::string(s).c_str(), nullptr) <= 100.0;
}

bool UserDefined(std::string_view v) {
  size_t colon = v.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == v.size()) return false;
  if (v.find(':', colon + 1) != std::string_view::npos) return false;
  return std::none_of(v.begin(), v.end(), [](char c) { return IsAsciiSpace(c); });
}

// "" when `v` is a valid value of `type`, otherwise what it should be.
std::string TypeError(T type, std::string_view v) {
  auto one_of = [&](std::initializer_list<std::string_view> values, const char* what) -> std::string {
    for (std::string_view x : values)
      if (v == x) return "";
    return what;
  };
  switch (type) {
    case T::kAny:
    case T::kSkip:
      return "";
    case T::kNmtoken:
      return IsNmtoken(v) ? "" : "an NMTOKEN (letters, digits, . - _ :)";
    case T::kNmtokens: {
      // Parsed XML holds no vertical tab or form feed, so SplitWords' XML
      // whitespace splits as isspace did.
      std::vector<std::string> tokens = SplitWords(v);
      for (const std::string& t : tokens)
        if (!IsNmtoken(t)) return "a list of NMTOKENs";
      return tokens.empty() ? "a list of NMTOKENs" : "";
    }
    case T::kYesNo:
      return one_of({"yes", "no"}, "yes or no");
    case T::kYesNoFirstNo:
      return one_of({"yes", "firstNo", "no"}, "yes, firstNo or no");
    case T::kDir:
      return one_of({"ltr", "rtl", "auto"}, "ltr, rtl or auto");
    case T::kAppliesTo:
      return one_of({"source", "target"}, "source or target");
    case T::kMdaAppliesTo:
      return one_of({"source", "target", "ignorable"}, "source, target or ignorable");
    case T::kUserDefined:
      return UserDefined(v) ? "" : "prefix:value (one colon, no white space)";
    case T::kCodeType:
      return one_of({"fmt", "ui", "quote", "link", "image", "other"}, "fmt, ui, quote, link, image or other");
    case T::kMrkType:
      return v == "generic" || v == "comment" || v == "term" || UserDefined(v)
                 ? ""
                 : "generic, comment, term or prefix:value";
    case T::kPriority: {
      bool ok = Digits(v) && v.size() <= 2 && std::atoi(std::string(v).c_str()) >= 1 &&
                std::atoi(std::string(v).c_str()) <= 10;
      return ok ? "" : "an integer from 1 to 10";
    }
    case T::kPositiveInt: {
      std::string_view d = !v.empty() && v[0] == '+' ? v.substr(1) : v;
      return Digits(d) && d.find_first_not_of('0') != std::string_view::npos ? "" : "a positive integer";
    }
    case T::kSimilarity:
      return Similarity(v) ? "" : "a decimal number from 0 to 100";
    case T::kMtcType:
      return one_of({"am", "mt", "icm", "idm", "tb", "tm", "other"}, "am, mt, icm, idm, tb, tm or other");
    case T::kNormalization:
      return one_of({"none", "nfc", "nfd"}, "none, nfc or nfd");
    case T::kXmlSpace:
      return one_of({"default", "preserve"}, "default or preserve");
    case T::kPreserve:
      return one_of({"preserve"}, "preserve (the only value allowed here)");
  }
  return "";
}

// The namespace of the prefix of attribute `name` on `element`.
std::string AttrNamespace(const Node& element, std::string_view name) {
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return "";
  std::string prefix(name.substr(0, colon));
  if (prefix == "xml") return std::string(kXmlNs);
  std::string decl = "xmlns:" + prefix;
  for (Node n = element; n && n.type() == pugi::node_element; n = n.parent())
    if (pugi::xml_attribute a = n.attribute(decl.c_str())) return a.value();
  return "";
}

// The first words of a text, white space collapsed, for messages.
std::string Excerpt(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = IsAsciiSpace(c);
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
    if (out.size() >= 20) return out + "...";
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool HasText(const Node& n) {
  if (n.type() == pugi::node_cdata) return true;
  if (n.type() != pugi::node_pcdata) return false;
  std::string_view v = n.value();
  return std::any_of(v.begin(), v.end(), [](char c) { return !IsAsciiSpace(c); });
}

class SchemaChecker {
 public:
  explicit SchemaChecker(const SchemaReport& report) : report_(report) {}

  void Walk(const Node& root) {
    // Iterative: a hostile file may nest deeply.
    std::vector<Node> todo = {root};
    while (!todo.empty()) {
      Node n = todo.back();
      todo.pop_back();
      Check(n);
      for (Node c = n.last_child(); c; c = c.previous_sibling())
        if (c.type() == pugi::node_element) todo.push_back(c);
    }
  }

 private:
  void Check(const Node& n) {
    std::string ns = NamespaceOf(n);
    std::string_view local = LocalName(n);
    auto it = Specs().find({ns, local});
    if (it == Specs().end()) return;
    const Spec& spec = it->second;
    std::string tag = "<" + std::string(n.name()) + ">";
    Attributes(n, ns, tag, spec);
    switch (spec.content) {
      case Content::kInline:
      case Content::kMixedAny:
        break;
      case Content::kText:
        for (Node c : n.children())
          if (c.type() == pugi::node_element)
            report_(c, tag + " content", "only text is allowed in " + tag, "<" + std::string(c.name()) + "> is not");
        break;
      case Content::kEmpty:
        for (Node c : n.children())
          if (c.type() == pugi::node_element || HasText(c)) {
            report_(
                c, tag + " content", tag + " is empty",
                c.type() == pugi::node_element ? "it contains <" + std::string(c.name()) + ">" : "it contains text");
            break;
          }
        break;
      case Content::kCpOnly:
        for (Node c : n.children())
          if (c.type() == pugi::node_element && !IsElement(c, kX, "cp"))
            report_(c, tag + " content", "only text and <cp> are allowed in " + tag,
                    "<" + std::string(c.name()) + "> is not");
        break;
      case Content::kElements:
        for (Node c : n.children())
          if (HasText(c)) {
            report_(n, tag + " content", "no text is allowed directly in " + tag + " (element-only content)",
                    "it contains text " + Q(Excerpt(c.value())));
            break;
          }
        Sequence(n, ns, tag, spec);
        break;
    }
  }

  void Attributes(const Node& n, const std::string& ns, const std::string& tag, const Spec& spec) {
    for (const Attr& a : spec.attrs)
      if (a.required && !n.attribute(a.name))
        report_(n, tag + " " + a.name, std::string(a.name) + " is required", "the attribute is missing");
    for (pugi::xml_attribute a : n.attributes()) {
      std::string_view name = a.name();
      if (name == "xmlns" || name.starts_with("xmlns:")) continue;
      const Attr* known = nullptr;
      bool prefixed = name.find(':') != std::string_view::npos;
      std::string ans = prefixed ? AttrNamespace(n, name) : "";
      for (const Attr& s : spec.attrs) {
        std::string_view sn = s.name;
        if (sn.starts_with("xml:") ? (ans == kXmlNs && name.substr(name.find(':') + 1) == sn.substr(4)) : sn == name)
          known = &s;
      }
      if (known) {
        std::string want = TypeError(known->type, a.value());
        if (!want.empty())
          report_(n, tag + " " + std::string(name), std::string(name) + " is " + want, Q(a.value()) + " is not");
        continue;
      }
      if (!prefixed) {
        report_(n, tag + " attributes", tag + " has no attribute " + std::string(name),
                "remove " + std::string(name) + " or put it in an extension namespace");
      } else if (!spec.other_attrs || ans == ns) {
        report_(n, tag + " attributes", tag + " takes no attributes of other namespaces beyond those the schema lists",
                "attribute " + Q(name) + " of namespace " + Q(ans) + " is not allowed");
      }
    }
  }

  // Matches the child elements against the sequence `spec.model`.
  void Sequence(const Node& n, const std::string& ns, const std::string& tag, const Spec& spec) {
    const std::vector<Particle>& model = spec.model;
    std::string_view qname = n.name();
    prefix_ = qname.find(':') == std::string_view::npos ? "" : std::string(qname.substr(0, qname.find(':')));
    auto matches = [&](const Particle& p, const Node& c) {
      std::string cns = NamespaceOf(c);
      if (p.other) return cns != ns && !cns.empty();
      for (std::string_view name : p.names) {
        std::string_view want_ns = ns, want = name;
        if (name.starts_with("xlf:")) want_ns = kX, want = name.substr(4);
        if (name.starts_with("mda:")) want_ns = kMda, want = name.substr(4);
        if (cns == want_ns && LocalName(c) == want) return true;
      }
      return false;
    };
    std::vector<int> counts(model.size(), 0);
    size_t at = 0;
    for (Node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      size_t k = at;
      while (k < model.size() && !matches(model[k], c)) ++k;
      if (k == model.size()) {
        bool earlier = false;
        for (size_t j = 0; j < at; ++j) earlier |= matches(model[j], c);
        if (earlier)
          report_(c, tag + " content", "the children of " + tag + " come in the order " + Order(model),
                  "<" + std::string(c.name()) + "> is out of place");
        else if (!spec.order_only)
          report_(c, tag + " content", "the children of " + tag + " are " + Order(model),
                  "<" + std::string(c.name()) + "> is not allowed here");
        continue;
      }
      for (size_t j = at; j < k; ++j)
        if (counts[j] < model[j].min && !spec.order_only)
          report_(c, tag + " content", "the children of " + tag + " are " + Order(model),
                  Expected(model[j]) + " is missing before <" + std::string(c.name()) + ">");
      at = k;
      // A second <source> or <target> in a segment: validate2.cc says so.
      if (++counts[k] > model[k].max &&
          !(spec.order_only && (LocalName(n) == "segment" || LocalName(n) == "ignorable")))
        report_(c, tag + " content", tag + " contains at most one " + Expected(model[k]),
                "a second <" + std::string(c.name()) + ">");
    }
    if (!spec.order_only)
      for (size_t j = at; j < model.size(); ++j)
        if (counts[j] < model[j].min)
          report_(n, tag + " content", "the children of " + tag + " are " + Order(model),
                  Expected(model[j]) + " is missing");
  }

  // "<mda:metaGroup>", "(<unit> | <group>)": names as the element's own
  // prefix writes them; core names in a module's model as "xlf:".
  std::string Expected(const Particle& p) const {
    if (p.other) return "an extension element";
    std::string s;
    for (std::string_view name : p.names) {
      std::string full = name.find(':') != std::string_view::npos || prefix_.empty()
                             ? std::string(name)
                             : prefix_ + ":" + std::string(name);
      s += (s.empty() ? "<" : " | <") + full + ">";
    }
    return p.names.size() > 1 ? "(" + s + ")" : s;
  }

  std::string Order(const std::vector<Particle>& model) const {
    std::string s;
    for (const Particle& p : model) {
      std::string e = p.other ? "extensions" : Expected(p);
      if (p.min == 0 && p.max == 1)
        e += "?";
      else if (p.max > 1)
        e += p.min == 0 ? "*" : "+";
      s += (s.empty() ? "" : ", ") + e;
    }
    return s;
  }

  const SchemaReport& report_;
  std::string prefix_;  // of the element whose children Sequence checks
};

}  // namespace

bool IsFsValue(std::string_view v) {
  static const std::vector<std::string_view> kValues = {
      "a",      "b",     "bdo",    "big",      "blockquote", "body", "br",   "button", "caption", "center",
      "cite",   "code",  "col",    "colgroup", "dd",         "del",  "div",  "dl",     "dt",      "em",
      "h1",     "h2",    "h3",     "h4",       "h5",         "h6",   "head", "hr",     "html",    "i",
      "img",    "label", "legend", "li",       "ol",         "p",    "pre",  "q",      "s",       "samp",
      "select", "small", "span",   "strike",   "strong",     "sub",  "sup",  "table",  "tbody",   "td",
      "tfoot",  "th",    "thead",  "title",    "tr",         "tt",   "u",    "ul"};
  return std::find(kValues.begin(), kValues.end(), v) != kValues.end();
}

void CheckXliff2Schema(const pugi::xml_node& root, const SchemaReport& report) {
  SchemaChecker checker(report);
  checker.Walk(root);
}

}  // namespace folio::xliff
