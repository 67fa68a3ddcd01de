#include "xliff/validate2.h"

#include <pugixml.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

#include "base/text.h"
#include "xliff/validate2_schema.h"
#include "xliff/validate2_syntax.h"
#include "xliff/xliff_reader.h"
#include "xliff/xml_load.h"
#include "xliff/xml_util.h"

namespace folio::xliff {

namespace {

constexpr std::string_view kX = "urn:oasis:names:tc:xliff:document:2.0";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kMtc = "urn:oasis:names:tc:xliff:matches:2.0";
constexpr std::string_view kGls = "urn:oasis:names:tc:xliff:glossary:2.0";
constexpr std::string_view kFs = "urn:oasis:names:tc:xliff:fs:2.0";
constexpr std::string_view kMda = "urn:oasis:names:tc:xliff:metadata:2.0";
constexpr std::string_view kRes = "urn:oasis:names:tc:xliff:resourcedata:2.0";
constexpr std::string_view kCtr20 = "urn:oasis:names:tc:xliff:changetracking:2.0";
constexpr std::string_view kCtr21 = "urn:oasis:names:tc:xliff:changetracking:2.1";
constexpr std::string_view kSlr = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
constexpr std::string_view kVal = "urn:oasis:names:tc:xliff:validation:2.0";
constexpr std::string_view kIts = "http://www.w3.org/2005/11/its";
constexpr std::string_view kItsm = "urn:oasis:names:tc:xliff:itsm:2.1";

// The XLIFF reader's limits; the messages are the validator's own.
const XmlFormat kXliff2Xml = {.name = "XLIFF", .extension = ".xlf", .max_bytes = kMaxXliffBytes};

using Node = pugi::xml_node;

bool IsModuleNs(std::string_view ns) {
  return ns == kMtc || ns == kGls || ns == kFs || ns == kMda || ns == kRes || ns == kCtr20 || ns == kCtr21 ||
         ns == kSlr || ns == kVal || ns == kIts || ns == kItsm;
}

// The namespace of a (possibly prefixed) attribute of `element`: unprefixed
// attributes are in no namespace.
std::string AttrNs(const Node& element, std::string_view name) {
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return "";
  std::string prefix(name.substr(0, colon));
  if (prefix == "xml") return std::string(kXmlNs);
  if (prefix == "xmlns") return "xmlns";
  std::string decl = "xmlns:" + prefix;
  for (Node n = element; n && n.type() == pugi::node_element; n = n.parent())
    if (pugi::xml_attribute a = n.attribute(decl.c_str())) return a.value();
  return "";
}

std::string_view LocalPart(std::string_view name) {
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The attribute `local` in namespace `ns`, whatever its prefix.
pugi::xml_attribute NsAttr(const Node& element, std::string_view ns, std::string_view local) {
  for (pugi::xml_attribute a : element.attributes())
    if (LocalPart(a.name()) == local && std::string_view(a.name()).find(':') != std::string_view::npos &&
        AttrNs(element, a.name()) == ns)
      return a;
  return pugi::xml_attribute();
}

bool Is(const Node& n, std::string_view local) { return IsElement(n, kX, local); }
std::string Attr(const Node& n, const char* name) { return n.attribute(name).value(); }
bool Has(const Node& n, const char* name) { return static_cast<bool>(n.attribute(name)); }
bool IsYes(const Node& n, const char* name) { return Attr(n, name) == "yes"; }

Node Ancestor(Node n, std::string_view local) {
  for (n = n.parent(); n && n.type() == pugi::node_element; n = n.parent())
    if (Is(n, local)) return n;
  return Node();
}

// Nearest ancestor-or-self value of an xml: attribute ("" when none).
std::string Inherited(Node n, const char* name) {
  for (; n && n.type() == pugi::node_element; n = n.parent())
    if (pugi::xml_attribute a = n.attribute(name)) return a.value();
  return "";
}

// XPath lang(): `tag` equals `lang` or is a subtag of it, ignoring case.
bool LangMatches(const std::string& tag, const std::string& lang) {
  std::string t = Lower(tag), l = Lower(lang);
  return t == l || (t.size() > l.size() && t.starts_with(l) && t[l.size()] == '-');
}

std::string Q(std::string_view s) { return "\"" + std::string(s) + "\""; }

// An inline-code event in the order the codes occur in a unit's sources or
// targets; <pc> yields a start and an end event.
struct CodeEvent {
  std::string key;  // "pc:1", "/pc:1", "ph:2", "sc:3", "ec:3" (startRef or id)
  std::string reorder;
  Node node;
  int part = 0;
};

class Validator {
 public:
  Validator(const XmlLocator& locator, const Xliff2ValidationOptions& options, Diagnostics* out)
      : locator_(locator), out_(out) {
    for (const char* p : {"mtc", "gls", "mda", "res", "ctr", "slr", "val"}) prefixes_.insert(p);
    for (const auto& [prefix, ns] : options.extra_prefixes) prefixes_.insert(prefix);
  }

  size_t count() const { return count_; }

  void Report(const Node& where, std::string_view rule, std::string_view constraint, std::string_view what) {
    ++count_;
    out_->push_back({Severity::kError, std::string(kConformanceCode), locator_.At(where), "",
                     "XLIFF 2.1 " + std::string(rule) + " (" + std::string(constraint) + "): " + std::string(what)});
  }

  void Document(const Node& root) {
    root_ = root;
    if (LocalName(root) != "xliff" || NamespaceOf(root) != kX) {
      Report(root, "<xliff>", "the root element is <xliff> in namespace " + std::string(kX),
             "found <" + std::string(root.name()) + "> in namespace " + Q(NamespaceOf(root)));
      return;
    }
    std::string version = Attr(root, "version");
    if (version != "2.0" && version != "2.1")
      Report(root, "<xliff> version", "version is 2.0 or 2.1 for this namespace", "found " + Q(version));
    src_lang_ = Attr(root, "srcLang");
    trg_lang_ = Attr(root, "trgLang");
    if (!Has(root, "srcLang"))
      Report(root, "<xliff> srcLang", "srcLang is required", "the attribute is missing");
    else if (!IsWellFormedLanguageTag(src_lang_))
      Report(root, "<xliff> srcLang", "the value must be a well-formed BCP 47 language tag",
             Q(src_lang_) + " is not well-formed");
    if (Has(root, "trgLang") && !IsWellFormedLanguageTag(trg_lang_))
      Report(root, "<xliff> trgLang", "the value must be a well-formed BCP 47 language tag",
             Q(trg_lang_) + " is not well-formed");
    CheckAllXmlLang(root);
    std::unordered_map<std::string, Node> file_ids;
    int files = 0;
    for (Node child : root.children()) {
      if (child.type() != pugi::node_element) continue;
      if (!Is(child, "file")) {
        Report(child, "<xliff> content", "<xliff> contains one or more <file> elements and nothing else",
               "<" + std::string(child.name()) + "> is not allowed here");
        continue;
      }
      ++files;
      CheckUniqueId(child, Attr(child, "id"), &file_ids, "<file> id",
                    "id must be unique among the <file>s of the document");
      File(child);
    }
    if (files == 0) Report(root, "<xliff> content", "<xliff> contains at least one <file>", "there is none");
  }

 private:
  bool CheckUniqueId(const Node& n, const std::string& id, std::unordered_map<std::string, Node>* seen,
                     std::string_view rule, std::string_view constraint) {
    auto [it, inserted] = seen->emplace(id, n);
    if (inserted) return true;
    SourceLocation first = locator_.At(it->second);
    Report(n, rule, constraint,
           Q(id) + " is already used at " + std::to_string(first.line) + ":" + std::to_string(first.col));
    return false;
  }

  void RequireId(const Node& n, std::string_view what) {
    if (!Has(n, "id")) {
      Report(n, std::string(what) + " id", "id is required", "the attribute is missing");
    } else if (!IsNmtoken(Attr(n, "id"))) {
      Report(n, std::string(what) + " id", "id is an NMTOKEN", Q(Attr(n, "id")) + " is not one");
    }
  }

  void CheckAllXmlLang(const Node& root) {
    std::function<void(const Node&)> walk = [&](const Node& n) {
      if (pugi::xml_attribute a = n.attribute("xml:lang")) {
        std::string v = a.value();
        if (!v.empty() && !IsWellFormedLanguageTag(v))
          Report(n, "xml:lang", "the value must be a well-formed BCP 47 language tag (or empty)",
                 Q(v) + " is not well-formed");
      }
      for (Node c : n.children())
        if (c.type() == pugi::node_element) walk(c);
    };
    walk(root);
  }

  // Extension elements (neither XLIFF core nor a module) with id or xml:id:
  // unique among those whose nearest core ancestor is the same file/group/unit.
  void CollectExtensionIds(const Node& scope, const Node& n, std::unordered_map<std::string, Node>* seen) {
    for (Node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string ns = NamespaceOf(c);
      if (ns == kX) continue;
      if (!IsModuleNs(ns)) {
        for (const char* name : {"id", "xml:id"})
          if (Has(c, name))
            CheckUniqueId(c, Attr(c, name), seen, "extension id",
                          "the id of an extension element must be unique among the extension elements "
                          "of the enclosing <file>, <group> or <unit>");
      }
      CollectExtensionIds(scope, c, seen);
    }
  }

  void Notes(const Node& notes) {
    std::unordered_map<std::string, Node> ids;
    int count = 0;
    for (Node note : notes.children()) {
      if (note.type() != pugi::node_element) continue;
      if (!Is(note, "note")) continue;
      ++count;
      if (Has(note, "id"))
        CheckUniqueId(note, Attr(note, "id"), &ids, "<note> id",
                      "id must be unique among the <note>s of the enclosing <notes>");
    }
    if (count == 0) Report(notes, "<notes>", "<notes> contains one or more <note>", "there is none");
  }

  void File(const Node& file) {
    RequireId(file, "<file>");
    units_.clear();
    groups_.clear();
    // Units first, so that subFlows can refer forward.
    std::function<void(const Node&)> index = [&](const Node& n) {
      for (Node c : n.children()) {
        if (Is(c, "unit")) {
          if (Has(c, "id"))
            CheckUniqueId(c, Attr(c, "id"), &units_, "<unit> id", "id must be unique among the <unit>s of a <file>");
        } else if (Is(c, "group")) {
          if (Has(c, "id"))
            CheckUniqueId(c, Attr(c, "id"), &groups_, "<group> id", "id must be unique among the <group>s of a <file>");
          index(c);
        }
      }
    };
    index(file);
    Container(file);
  }

  // <file> or <group>: their own children, then recursion.
  void Container(const Node& c) {
    std::unordered_map<std::string, Node> ext_ids;
    CollectExtensionIds(c, c, &ext_ids);
    int content = 0;
    for (Node child : c.children()) {
      if (child.type() != pugi::node_element) continue;
      if (Is(child, "notes")) {
        Notes(child);
      } else if (Is(child, "skeleton") && Is(c, "file")) {
        bool has_content = false;
        for (Node k : child.children())
          if (k.type() == pugi::node_element || (k.type() == pugi::node_pcdata && !SplitWords(k.value()).empty()) ||
              k.type() == pugi::node_cdata)
            has_content = true;
        if (Has(child, "href") && has_content)
          Report(child, "<skeleton>", "href is used if and only if the <skeleton> is empty",
                 "it has both href and content");
        if (!Has(child, "href") && !has_content)
          Report(child, "<skeleton>", "href is used if and only if the <skeleton> is empty",
                 "it is empty and has no href");
      } else if (Is(child, "group")) {
        ++content;
        RequireId(child, "<group>");
        Container(child);
      } else if (Is(child, "unit")) {
        ++content;
        Unit(child);
      } else if (NamespaceOf(child) == kX) {
        Report(child, "<" + std::string(LocalName(c)) + "> content",
               "only <skeleton> (in <file>), module and "
               "extension elements, <notes>, <group> and <unit> are allowed",
               "<" + std::string(child.name()) + "> is not allowed here");
      } else {
        Module(child);
      }
    }
    if (Is(c, "file") && content == 0)
      Report(c, "<file> content", "a <file> contains at least one <unit> or <group>", "it has none");
  }

  // ---------------------------------------------------------------- units

  struct UnitState {
    Node unit;
    std::unordered_map<std::string, Node> data;  // originalData/data by id
    bool has_original_data = false;
    std::unordered_map<std::string, Node> source_ids;  // segments, ignorables, source inline codes
    std::unordered_map<std::string, Node> target_ids;  // target inline codes
    std::vector<Node> parts;                           // segments and ignorables
    std::vector<CodeEvent> source_events, target_events;
    std::vector<Node> source_inline, target_inline;  // all inline elements, document order
    std::vector<std::vector<CodeEvent>> sequences;   // non-reorderable sequences in sources
  };

  void Unit(const Node& unit) {
    RequireId(unit, "<unit>");
    UnitState u;
    u.unit = unit;
    std::unordered_map<std::string, Node> ext_ids;
    CollectExtensionIds(unit, unit, &ext_ids);
    int segments = 0;
    for (Node child : unit.children()) {
      if (child.type() != pugi::node_element) continue;
      if (Is(child, "originalData")) {
        u.has_original_data = true;
        int n = 0;
        for (Node d : child.children()) {
          if (d.type() != pugi::node_element) continue;
          if (!Is(d, "data")) {
            Report(d, "<originalData> content", "<originalData> contains only <data> elements",
                   "<" + std::string(d.name()) + "> is not allowed here");
            continue;
          }
          ++n;
          CheckUniqueId(d, Attr(d, "id"), &u.data, "<data> id",
                        "id must be unique among the <data>s of the enclosing <originalData>");
        }
        if (n == 0) Report(child, "<originalData>", "<originalData> contains one or more <data>", "there is none");
      } else if (Is(child, "notes")) {
        Notes(child);
      } else if (Is(child, "segment") || Is(child, "ignorable")) {
        if (Is(child, "segment")) ++segments;
        u.parts.push_back(child);
      } else if (NamespaceOf(child) == kX) {
        Report(child, "<unit> content",
               "only module and extension elements, <notes>, <originalData>, "
               "<segment> and <ignorable> are allowed",
               "<" + std::string(child.name()) + "> is not allowed here");
      } else {
        Module(child);
      }
    }
    if (segments == 0) Report(unit, "<unit>", "a <unit> must contain at least one <segment>", "it has none");

    // Pass 1: ids and events.
    for (size_t i = 0; i < u.parts.size(); ++i) {
      Node part = u.parts[i];
      if (Has(part, "id"))
        CheckUniqueId(part, Attr(part, "id"), &u.source_ids, "<" + std::string(LocalName(part)) + "> id",
                      "id must be unique among the segments, ignorables and inline elements of a <unit>");
      Node source, target;
      int sources = 0, targets = 0;
      for (Node c : part.children()) {
        if (Is(c, "source")) {
          if (sources++ == 0)
            source = c;
          else
            Report(c, "<" + std::string(LocalName(part)) + "> content", "exactly one <source>", "a second <source>");
        } else if (Is(c, "target")) {
          if (targets++ == 0)
            target = c;
          else
            Report(c, "<" + std::string(LocalName(part)) + "> content", "at most one <target>", "a second <target>");
        } else if (c.type() == pugi::node_element) {
          Report(c, "<" + std::string(LocalName(part)) + "> content", "only <source> and <target> are allowed",
                 "<" + std::string(c.name()) + "> is not allowed here");
        }
      }
      if (!source) {
        Report(part, "<" + std::string(LocalName(part)) + "> content", "a <source> is required", "there is none");
        continue;
      }
      CollectInline(source, false, static_cast<int>(i), &u);
      if (target) {
        CollectInline(target, true, static_cast<int>(i), &u);
      }
      PartLanguage(part, source, target);
    }
    // Pass 2: rules over the collected codes.
    for (Node n : u.source_inline) Inline(n, false, &u);
    for (Node n : u.target_inline) Inline(n, true, &u);
    Pairing(u.source_inline, &u);
    Pairing(u.target_inline, &u);
    EditingHints(&u);
    Orders(u);
  }

  void PartLanguage(const Node& part, const Node& source, const Node& target) {
    if (Is(part, "segment")) {
      if (Has(part, "subState") && !Has(part, "state"))
        Report(part, "<segment> subState", "if subState is used, state must be explicitly set", "state is missing");
      std::string state = Attr(part, "state");
      if (!state.empty() && state != "initial" && state != "translated" && state != "reviewed" && state != "final")
        Report(part, "<segment> state", "state is initial, translated, reviewed or final", Q(state) + " is not");
      else if (!state.empty() && state != "initial" && !target)
        Report(part, "<segment> state", "a <segment> without <target> has state initial",
               "state is " + Q(state) + " and there is no <target>");
    }
    std::string src = Inherited(source, "xml:lang");
    if (!src.empty() && !src_lang_.empty() && !LangMatches(src, src_lang_))
      Report(source, "<source> xml:lang", "the explicit or inherited xml:lang of <source> must equal srcLang",
             Q(src) + " differs from srcLang " + Q(src_lang_));
    if (!target) return;
    if (!Has(root_, "trgLang")) {
      Report(target, "<xliff> trgLang", "trgLang is required when the document contains <target> elements",
             "this <target> has no trgLang to translate into");
    } else {
      // A target's own xml:lang wins; otherwise it inherits from its ancestors.
      std::string trg = Inherited(target, "xml:lang");
      if (!trg.empty() && !LangMatches(trg, trg_lang_))
        Report(target, "<target> xml:lang", "the explicit or inherited xml:lang of <target> must equal trgLang",
               Q(trg) + " differs from trgLang " + Q(trg_lang_));
    }
    std::string ss = Inherited(source, "xml:space"), ts = Inherited(target, "xml:space");
    if ((ss.empty() ? "default" : ss) != (ts.empty() ? "default" : ts))
      Report(target, "<target> xml:space",
             "the explicit or inherited xml:space of <target> must equal that of its <source>",
             "source has " + Q(ss.empty() ? "default" : ss) + ", target " + Q(ts.empty() ? "default" : ts));
  }

  void CollectInline(const Node& container, bool in_target, int part, UnitState* u) {
    for (Node c : container.children()) {
      if (c.type() != pugi::node_element) continue;
      if (NamespaceOf(c) != kX) {
        Report(c, "inline content", "only XLIFF inline elements are allowed in <source> and <target>",
               "<" + std::string(c.name()) + "> is not allowed here");
        continue;
      }
      std::string_view name = LocalName(c);
      static const std::set<std::string_view> kInline = {"cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"};
      if (!kInline.count(name)) {
        Report(c, "inline content", "only cp, ph, pc, sc, ec, mrk, sm and em are allowed",
               "<" + std::string(c.name()) + "> is not allowed here");
        continue;
      }
      (in_target ? u->target_inline : u->source_inline).push_back(c);
      if (Has(c, "id") && name != "cp" && name != "em") {
        std::string id = Attr(c, "id");
        if (!in_target) {
          CheckUniqueId(c, id, &u->source_ids, "<" + std::string(name) + "> id",
                        "id must be unique among the segments, ignorables and inline elements of a <unit>");
        } else {
          auto seen = u->target_ids.find(id);
          if (seen != u->target_ids.end()) {
            CheckUniqueId(c, id, &u->target_ids, "<" + std::string(name) + "> id",
                          "id must be unique among the inline elements of the targets of a <unit>");
          } else {
            u->target_ids.emplace(id, c);
          }
        }
      }
      auto events = in_target ? &u->target_events : &u->source_events;
      std::string reorder = Has(c, "canReorder") ? Attr(c, "canReorder") : "yes";
      if (name == "pc" || name == "ph" || name == "sc" || (name == "ec" && IsYes(c, "isolated")))
        events->push_back({std::string(name) + ":" + Attr(c, "id"), reorder, c, part});
      else if (name == "ec")
        events->push_back({"ec:" + Attr(c, "startRef"), reorder, c, part});
      if (name == "pc" || name == "mrk") CollectInline(c, in_target, part, u);
      if (name == "pc") events->push_back({"/pc:" + Attr(c, "id"), reorder == "firstNo" ? "no" : reorder, c, part});
    }
  }

  // Resolves the base code of copyOf / a target id in the unit's sources.
  Node SourceCode(const UnitState& u, const std::string& id) {
    auto it = u.source_ids.find(id);
    return it == u.source_ids.end() ? Node() : it->second;
  }

  void Inline(const Node& n, bool in_target, UnitState* u) {
    std::string name(LocalName(n));
    std::string tag = "<" + name + ">";
    // Target codes correspond to the source code with the same id, if any.
    if (in_target && Has(n, "id") && name != "cp" && name != "em") {
      Node peer = SourceCode(*u, Attr(n, "id"));
      if (peer && (LocalName(peer) != LocalName(n)))
        Report(n, tag + " id",
               "an inline element of a <target> reuses an id only for the corresponding element "
               "of the <source>, which has the same name",
               Q(Attr(n, "id")) + " belongs to a <" + std::string(LocalName(peer)) + "> in the source");
    }
    for (auto [a, b] :
         {std::pair<const char*, const char*>{"dataRefStart", "dataRefEnd"}, {"subFlowsStart", "subFlowsEnd"}}) {
      if (Has(n, a) != Has(n, b))
        Report(n, tag + " " + (Has(n, a) ? a : b), std::string(a) + " and " + b + " are used together",
               std::string(Has(n, a) ? b : a) + " is missing");
    }
    for (const char* ref : {"dataRef", "dataRefStart", "dataRefEnd"}) {
      if (!Has(n, ref)) continue;
      std::string v = Attr(n, ref);
      if (!u->has_original_data)
        Report(n, tag + " " + ref, std::string(ref) + " must be the id of a <data> in the unit's <originalData>",
               "the unit has no <originalData>");
      else if (!u->data.count(v))
        Report(n, tag + " " + ref, std::string(ref) + " must be the id of a <data> in the unit's <originalData>",
               "there is no <data id=" + Q(v) + ">");
    }
    if (Has(n, "copyOf")) {
      std::string v = Attr(n, "copyOf");
      Node base = SourceCode(*u, v);
      if (!base) {
        auto it = u->target_ids.find(v);
        if (it != u->target_ids.end()) base = it->second;
      }
      static const std::set<std::string_view> kCodes = {"pc", "ph", "sc", "ec"};
      if (!base || !kCodes.count(LocalName(base)))
        Report(n, tag + " copyOf", "copyOf must be the id of a base code in the same <unit>",
               "there is no code with id " + Q(v));
      else if (Attr(base, "canCopy") == "no")
        Report(n, tag + " copyOf", "a code with canCopy=\"no\" must not be copied",
               "the base code " + Q(v) + " has canCopy=\"no\"");
      if (name == "pc" ? (Has(n, "dataRefStart") || Has(n, "dataRefEnd")) : Has(n, "dataRef"))
        Report(n, tag + " copyOf", "copyOf is used only when the base code has no original data",
               "this element also refers to original data");
    }
    if (Has(n, "subType")) {
      std::string st = Attr(n, "subType"), type = Attr(n, "type");
      if (!Has(n, "type"))
        Report(n, tag + " subType", "if subType is used, type must be specified as well", "type is missing");
      else if ((st == "xlf:i" || st == "xlf:u" || st == "xlf:lb" || st == "xlf:pb" || st == "xlf:b") && type != "fmt")
        Report(n, tag + " subType", "subType xlf:b, xlf:i, xlf:u, xlf:lb and xlf:pb require type=\"fmt\"",
               "type is " + Q(type));
      else if (st == "xlf:var" && type != "ui")
        Report(n, tag + " subType", "subType xlf:var requires type=\"ui\"", "type is " + Q(type));
      else if (st.starts_with("xlf:") && st != "xlf:i" && st != "xlf:u" && st != "xlf:lb" && st != "xlf:pb" &&
               st != "xlf:b" && st != "xlf:var")
        Report(n, tag + " subType", "the xlf: prefix is reserved for xlf:b, xlf:i, xlf:u, xlf:lb, xlf:pb, xlf:var",
               Q(st) + " is not one of them");
    }
    std::string reorder = Attr(n, "canReorder");
    if ((reorder == "no" || reorder == "firstNo") && (Attr(n, "canDelete") != "no" || Attr(n, "canCopy") != "no"))
      Report(n, tag + " canReorder", "when canReorder is no or firstNo, canCopy and canDelete must be no",
             "canReorder=" + Q(reorder) + " with canCopy=" + Q(Has(n, "canCopy") ? Attr(n, "canCopy") : "yes") +
                 " canDelete=" + Q(Has(n, "canDelete") ? Attr(n, "canDelete") : "yes"));
    for (const char* attr : {"subFlows", "subFlowsStart", "subFlowsEnd"}) {
      if (!Has(n, attr)) continue;
      for (const std::string& id : SplitWords(Attr(n, attr)))
        if (!units_.count(id))
          Report(n, tag + " " + attr, std::string(attr) + " is a list of ids of <unit>s in the same <file>",
                 "there is no unit " + Q(id));
    }
    if (name == "cp") {
      std::string hex = Attr(n, "hex");
      char* end = nullptr;
      unsigned long cp = std::strtoul(hex.c_str(), &end, 16);
      bool parsed = !hex.empty() && end && *end == '\0' && hex.size() <= 6;
      bool invalid_in_xml = cp <= 0x8 || cp == 0xB || cp == 0xC || (cp >= 0xE && cp <= 0x1F) ||
                            (cp >= 0x7F && cp <= 0x84) || (cp >= 0x86 && cp <= 0x9F) ||
                            (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF;
      if (!parsed || cp > 0x10FFFF)
        Report(n, "<cp> hex", "hex is a code point from 0000 to 10FFFF in hexadecimal", Q(hex) + " is not");
      else if (!invalid_in_xml)
        Report(n, "<cp> hex", "<cp> represents only characters that are invalid (or discouraged) in XML",
               "U+" + hex + " can be written as a character");
    }
    if (name == "mrk" || name == "sm") Annotation(n, in_target, u);
    // Module and extension attributes allowed on codes: fs and slr only;
    // <mrk> and <sm> take any.
    for (pugi::xml_attribute a : n.attributes()) {
      std::string an = a.name();
      std::string ns = AttrNs(n, an);
      if (ns.empty() || ns == "xmlns" || an.starts_with("xmlns")) continue;
      if (ns == kFs) {
        FsAttribute(n, a);
        if (name == "ec" && !IsYes(n, "isolated"))
          Report(n, tag + " " + an, "fs attributes are not used on an <ec> that is not isolated",
                 "this <ec> closes an <sc> of the unit");
      } else if (ns == kSlr) {
        SlrAttribute(n, a);
        if (name == "ec" && !IsYes(n, "isolated"))
          Report(n, tag + " " + an, "size-restriction attributes are not used on an <ec> that is not isolated",
                 "this <ec> closes an <sc> of the unit");
      } else if (ns == kXmlNs) {
      } else if (name != "mrk" && name != "sm" && ns != kIts && ns != kItsm) {
        Report(n, tag + " " + an, "only attributes of the fs and size-restriction modules extend " + tag,
               "attribute " + Q(an) + " of namespace " + Q(ns) + " is not allowed");
      }
    }
  }

  void Annotation(const Node& n, bool in_target, UnitState* u) {
    std::string tag = "<" + std::string(LocalName(n)) + ">";
    std::string type = Has(n, "type") ? Attr(n, "type") : "generic";
    bool has_ref = Has(n, "ref"), has_value = Has(n, "value");
    if (type == "comment") {
      if (has_ref == has_value)
        Report(n, tag + " comment annotation", "a comment annotation has exactly one of value and ref",
               has_ref ? "it has both" : "it has neither");
      if (has_ref) {
        Node note = Resolve(Attr(n, "ref"), u->unit, n, tag + " ref");
        if (note && (!Is(note, "note") || Ancestor(note, "unit") != u->unit))
          Report(n, tag + " ref", "the ref of a comment annotation points to a <note> of the same <unit>",
                 Q(Attr(n, "ref")) + " selects a <" + std::string(LocalName(note)) + "> elsewhere");
        else if (!note && std::string_view(n.attribute("ref").value()).starts_with("#"))
          ;  // Resolve reported it
        else if (!note)
          Report(n, tag + " ref", "the ref of a comment annotation points to a <note> of the same <unit>",
                 Q(Attr(n, "ref")) + " is not a fragment identifier of this document");
      }
    } else if (type == "mtc:match" && has_ref) {
      Report(n, tag + " ref", "ref is not used in a translation candidate annotation (type=\"mtc:match\")",
             "remove ref");
    } else if (has_ref && std::string_view(n.attribute("ref").value()).starts_with("#")) {
      CheckFragmentSyntax(n, Attr(n, "ref"), tag + " ref");
    }
  }

  bool CheckFragmentSyntax(const Node& n, const std::string& ref, const std::string& rule,
                           std::vector<FragSelector>* out = nullptr) {
    std::vector<FragSelector> sels;
    std::string error = ParseFragmentId(ref, prefixes_, &sels);
    if (!error.empty()) {
      Report(n, rule,
             "a fragment identifier is #[/]f=file/(g=group/)*u=unit/... with registered prefixes, "
             "leaf selectors last",
             Q(ref) + ": " + error);
      return false;
    }
    if (out) *out = std::move(sels);
    return true;
  }

  // Resolves a fragment identifier in this document; `context` is the element
  // relative references start from. Reports syntax errors and misses.
  Node Resolve(const std::string& ref, const Node& context, const Node& where, const std::string& rule) {
    std::vector<FragSelector> sels;
    if (!CheckFragmentSyntax(where, ref, rule, &sels)) return Node();
    Node cur = context;
    auto find_desc = [](const Node& scope, std::string_view local, const std::string& id) -> Node {
      Node found;
      std::function<bool(const Node&)> walk = [&](const Node& n) {
        for (Node c : n.children()) {
          if (c.type() != pugi::node_element) continue;
          if (Is(c, local) && Attr(c, "id") == id) {
            found = c;
            return true;
          }
          if (walk(c)) return true;
        }
        return false;
      };
      walk(scope);
      return found;
    };
    for (size_t i = 0; i < sels.size() && cur; ++i) {
      const FragSelector& s = sels[i];
      if (i == 0 && (s.prefix == "g" || s.prefix == "u") && !Is(cur, "file")) cur = Ancestor(cur, "file");
      if (i == 0 && (s.prefix == "d" || s.prefix == "t" || s.prefix.empty()) && !Is(cur, "unit"))
        cur = Ancestor(cur, "unit");
      if (!cur) break;
      Node next;
      if (s.prefix == "f") {
        for (Node f : root_.children())
          if (Is(f, "file") && Attr(f, "id") == s.id) next = f;
      } else if (s.prefix == "g" || s.prefix == "u") {
        next = find_desc(cur, s.prefix == "g" ? "group" : "unit", s.id);
      } else if (s.prefix == "n") {
        for (Node notes : cur.children())
          if (Is(notes, "notes"))
            for (Node note : notes.children())
              if (Is(note, "note") && Attr(note, "id") == s.id) next = note;
      } else if (s.prefix == "d") {
        for (Node od : cur.children())
          if (Is(od, "originalData"))
            for (Node d : od.children())
              if (Is(d, "data") && Attr(d, "id") == s.id) next = d;
      } else if (s.prefix == "t" || s.prefix.empty()) {
        bool target = s.prefix == "t";
        std::function<Node(const Node&, bool)> walk = [&](const Node& n, bool in_t) -> Node {
          for (Node c : n.children()) {
            if (c.type() != pugi::node_element || NamespaceOf(c) != kX) continue;
            bool t = in_t || Is(c, "target");
            if (t == target && !Is(c, "source") && !Is(c, "target") && Attr(c, "id") == s.id &&
                (target || !Is(c, "data")))
              return c;
            if (Is(c, "originalData") || Is(c, "notes")) continue;
            if (Node r = walk(c, t)) return r;
          }
          return Node();
        };
        next = walk(cur, false);
      } else {
        std::function<Node(const Node&)> walk = [&](const Node& n) -> Node {
          for (Node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            if (NamespaceOf(c) != kX && (Attr(c, "id") == s.id || Attr(c, "xml:id") == s.id)) return c;
            if (Node r = walk(c)) return r;
          }
          return Node();
        };
        next = walk(cur);
      }
      cur = next;
    }
    if (!cur)
      Report(where, rule, "a fragment identifier must select an element of the document", Q(ref) + " selects nothing");
    return cur;
  }

  // <sc>/<ec> and <sm>/<em> of one side (sources or targets) of a unit.
  void Pairing(const std::vector<Node>& codes, UnitState* u) {
    for (size_t i = 0; i < codes.size(); ++i) {
      Node n = codes[i];
      if (Is(n, "sc")) {
        std::string id = Attr(n, "id");
        std::vector<Node> ecs;
        for (size_t j = i + 1; j < codes.size(); ++j)
          if (Is(codes[j], "ec") && Has(codes[j], "startRef") && Attr(codes[j], "startRef") == id)
            ecs.push_back(codes[j]);
        if (IsYes(n, "isolated")) {
          if (!ecs.empty())
            Report(n, "<sc> isolated", "isolated is yes if and only if the <ec> of this <sc> is not in the same unit",
                   "the <ec startRef=" + Q(id) + "> is in this unit");
          continue;
        }
        if (ecs.size() != 1) {
          Report(n, "<sc> isolated",
                 "isolated is yes if and only if the <ec> of this <sc> is not in the same unit; otherwise one "
                 "<ec startRef> follows it",
                 ecs.empty() ? "no <ec startRef=" + Q(id) + "> follows it and isolated is not yes"
                             : "more than one <ec startRef=" + Q(id) + "> follows it");
          continue;
        }
        Node ec = ecs[0];
        for (const char* hint : {"canCopy", "canDelete", "canReorder", "canOverlap"}) {
          std::string sv = Has(n, hint) ? Attr(n, hint) : "yes", ev = Has(ec, hint) ? Attr(ec, hint) : "yes";
          if (sv == "firstNo" && std::string(hint) == "canReorder") sv = "no";
          if (sv != ev)
            Report(ec, std::string("<ec> ") + hint, std::string(hint) + " of an <ec> must match its <sc>",
                   "the <sc> has " + Q(sv) + ", this <ec> " + Q(ev));
        }
        for (const char* attr : {"type", "subType", "copyOf"}) {
          if (Has(ec, attr) && Attr(ec, attr) != Attr(n, attr))
            Report(ec, std::string("<ec> ") + attr, std::string(attr) + " of an <ec> must match its <sc>",
                   "the <sc> has " + Q(Attr(n, attr)) + ", this <ec> " + Q(Attr(ec, attr)));
        }
      } else if (Is(n, "ec")) {
        bool isolated = IsYes(n, "isolated");
        if (isolated ? (!Has(n, "id") || Has(n, "startRef")) : (!Has(n, "startRef") || Has(n, "id"))) {
          Report(n, "<ec> id/startRef",
                 "an <ec> with isolated=\"yes\" uses id and not startRef; otherwise it uses startRef and not id",
                 std::string(isolated ? "isolated=\"yes\"" : "not isolated") + " with" + (Has(n, "id") ? " id" : "") +
                     (Has(n, "startRef") ? " startRef" : "") +
                     (!Has(n, "id") && !Has(n, "startRef") ? " neither" : ""));
        }
        if (!isolated && Has(n, "dir"))
          Report(n, "<ec> dir", "dir is used only on an isolated <ec>", "this <ec> is not isolated");
        if (!isolated && Has(n, "startRef")) {
          std::string ref = Attr(n, "startRef");
          bool found = false;
          for (size_t j = 0; j < i; ++j)
            if (Is(codes[j], "sc") && Attr(codes[j], "id") == ref && !IsYes(codes[j], "isolated")) found = true;
          if (!found)
            Report(n, "<ec> startRef", "startRef is the id of an <sc> that precedes the <ec> in the same unit",
                   "no <sc id=" + Q(ref) + "> (not isolated) precedes it");
        }
      } else if (Is(n, "sm")) {
        std::string id = Attr(n, "id");
        bool found = false;
        for (size_t j = i + 1; j < codes.size(); ++j)
          if (Is(codes[j], "em") && Attr(codes[j], "startRef") == id) found = true;
        if (!found)
          Report(n, "<sm>", "an <em> with startRef equal to the id of the <sm> follows it in the same unit",
                 "no <em startRef=" + Q(id) + "> follows it");
      } else if (Is(n, "em")) {
        std::string ref = Attr(n, "startRef");
        bool found = false;
        for (size_t j = 0; j < i; ++j)
          if (Is(codes[j], "sm") && Attr(codes[j], "id") == ref) found = true;
        if (!found)
          Report(n, "<em> startRef", "startRef is the id of an <sm> that precedes the <em> in the same unit",
                 "no <sm id=" + Q(ref) + "> precedes it");
      }
    }
  }

  void EditingHints(UnitState* u) {
    std::set<std::string> target_keys;
    for (const CodeEvent& e : u->target_events) target_keys.insert(e.key);
    auto part_has_target = [&](int part) {
      for (Node c : u->parts[part].children())
        if (Is(c, "target")) return true;
      return false;
    };
    // canDelete="no": the code must be in a target when its segment has one.
    for (const CodeEvent& e : u->source_events) {
      if (e.key.starts_with("/")) continue;
      if (Attr(e.node, "canDelete") != "no" || !part_has_target(e.part)) continue;
      if (!target_keys.count(e.key))
        Report(
            e.node, "<" + std::string(LocalName(e.node)) + "> canDelete",
            "a code with canDelete=\"no\" must not be removed from the target",
            "the target has no " + e.key.substr(0, e.key.find(':')) + " for " + Q(e.key.substr(e.key.find(':') + 1)));
    }
    // canReorder: a sequence starts with firstNo and continues with no.
    std::vector<std::vector<CodeEvent>> sequences;
    const CodeEvent* prev = nullptr;
    for (const CodeEvent& e : u->source_events) {
      if (prev && prev->part != e.part) prev = nullptr;
      if (e.reorder == "firstNo") {
        sequences.push_back({e});
      } else if (e.reorder == "no") {
        if (!prev || prev->reorder == "yes" || sequences.empty()) {
          if (!e.key.starts_with("/"))
            Report(e.node, "<" + std::string(LocalName(e.node)) + "> canReorder",
                   "a canReorder=\"no\" code continues a sequence that starts with a canReorder=\"firstNo\" code",
                   "no firstNo code comes right before it");
        } else {
          sequences.back().push_back(e);
        }
      }
      prev = &e;
    }
    for (const auto& seq : sequences) {
      if (!part_has_target(seq[0].part)) continue;
      size_t start = 0;
      while (start < u->target_events.size() && u->target_events[start].key != seq[0].key) ++start;
      if (start == u->target_events.size()) continue;  // canDelete reports it
      for (size_t k = 0; k < seq.size(); ++k) {
        if (start + k >= u->target_events.size() || u->target_events[start + k].key != seq[k].key) {
          Report(start + k < u->target_events.size() ? u->target_events[start + k].node : seq[k].node, "canReorder",
                 "a sequence of codes with canReorder firstNo/no must keep its order in the target",
                 "expected " + seq[k].key + " at this point of the target");
          break;
        }
      }
    }
  }

  void Orders(const UnitState& u) {
    std::unordered_map<std::string, Node> orders;
    for (Node part : u.parts)
      for (Node t : part.children()) {
        if (!Is(t, "target") || !Has(t, "order")) continue;
        std::string o = Attr(t, "order");
        char* end = nullptr;
        long v = std::strtol(o.c_str(), &end, 10);
        if (o.empty() || *end || v < 1 || v > static_cast<long>(u.parts.size()))
          Report(t, "<target> order", "order is between 1 and the number of segments and ignorables of the unit",
                 Q(o) + " is out of range 1.." + std::to_string(u.parts.size()));
        CheckUniqueId(t, o, &orders, "<target> order", "order must be unique within the enclosing <unit>");
      }
  }

  // ---------------------------------------------------------------- modules

  void FsAttribute(const Node& n, const pugi::xml_attribute& a) {
    std::string_view local = LocalPart(a.name());
    if (local != "fs" && local != "subFs")
      Report(n, "fs module", "the fs module defines the attributes fs and subFs only",
             Q(a.name()) + " is not one of them");
    if (local == "fs" && !IsFsValue(a.value()))
      Report(n, "fs:fs", "the value is one of the HTML element names the fs module lists (a, b, br, p, span ...)",
             Q(a.value()) + " is not one of them");
    if (local == "subFs" && !NsAttr(n, kFs, "fs"))
      Report(n, "fs:subFs", "subFs is used only together with fs", "fs is missing");
  }

  bool RestrictionPattern(std::string_view v) {
    auto number = [](std::string_view s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (v == "*" || number(v)) return true;
    size_t comma = v.find(',');
    if (comma == std::string_view::npos) return false;
    std::string_view a = v.substr(0, comma), b = v.substr(comma + 1);
    return number(a) && (number(b) || b == "*");
  }

  void SlrAttribute(const Node& n, const pugi::xml_attribute& a) {
    std::string_view local = LocalPart(a.name());
    std::string v = a.value();
    auto integer = [](const std::string& s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (local == "sizeRestriction" || local == "storageRestriction") {
      if (!RestrictionPattern(v))
        Report(n, "slr:" + std::string(local), "the value is \"*\", \"n\", \"n,m\" or \"n,*\" with integers n, m",
               Q(v) + " is not");
    } else if (local == "equivStorage" || local == "sizeInfo") {
      // The profile gives these values their meaning; the standard xliff:
      // profiles (codepoints, utf8, utf16, utf32) count in integers.
      std::string profile;
      Node file = Is(n, "file") ? n : Ancestor(n, "file");
      for (Node c : file.children())
        if (IsElement(c, kSlr, "profiles"))
          profile = Attr(c, local == "sizeInfo" ? "generalProfile" : "storageProfile");
      // Without a standard profile the value may be anything the custom
      // profile defines (the TC's own withModulesAttributesInEc.xlf uses
      // "some info"), but something written as a number must be an integer.
      bool numeric = !v.empty() && std::all_of(v.begin(), v.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
      }) && std::any_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
      if ((profile.starts_with("xliff:") || numeric) && !integer(v))
        Report(n, "slr:" + std::string(local), "the value is a non-negative integer", Q(v) + " is not");
      if (local == "sizeInfo" && NsAttr(n, kSlr, "sizeInfoRef"))
        Report(n, "slr:sizeInfo", "sizeInfo and sizeInfoRef are not used together", "both are present");
    } else if (local == "sizeInfoRef") {
      // Points to an element in a <slr:data> sibling of this element or of one of its ancestors.
      bool found = false;
      for (Node anc = n; anc && anc.type() == pugi::node_element && !found; anc = anc.parent()) {
        for (Node sib : anc.parent().children()) {
          if (!IsElement(sib, kSlr, "data")) continue;
          if (!sib.find_node([&](const Node& d) {
                    return d.type() == pugi::node_element && (Attr(d, "id") == v || Attr(d, "xml:id") == v);
                  })
                   .empty())
            found = true;
        }
      }
      if (!found)
        Report(n, "slr:sizeInfoRef",
               "sizeInfoRef points to an element in a <slr:data> that is a sibling of this "
               "element or of one of its ancestors",
               "nothing there has id " + Q(v));
    } else {
      Report(n, "size restriction module",
             "the module defines storageRestriction, sizeRestriction, equivStorage, "
             "sizeInfo and sizeInfoRef",
             Q(a.name()) + " is not one of them");
    }
  }

  // Module attributes found anywhere (called for every element of the file).
  void ModuleAttributes(const Node& n) {
    for (pugi::xml_attribute a : n.attributes()) {
      std::string an = a.name();
      if (an.find(':') == std::string::npos || an.starts_with("xmlns") || an.starts_with("xml:")) continue;
      std::string ns = AttrNs(n, an);
      if (ns == kFs)
        FsAttribute(n, a);
      else if (ns == kSlr)
        SlrAttribute(n, a);
    }
  }

  // A module or extension element directly under <file>, <group> or <unit>.
  void Module(const Node& m) {
    std::string ns = NamespaceOf(m);
    std::string local(LocalName(m));
    static const std::map<std::string_view, std::set<std::string_view>> kTop = {
        {kMtc, {"matches"}},       {kGls, {"glossary"}},      {kMda, {"metadata"}},         {kRes, {"resourceData"}},
        {kCtr20, {"changeTrack"}}, {kCtr21, {"changeTrack"}}, {kSlr, {"profiles", "data"}}, {kVal, {"validation"}}};
    auto top = kTop.find(ns);
    if (top != kTop.end() && !top->second.count(local)) {
      Report(m, "module element", "only the elements the module defines are used",
             "<" + std::string(m.name()) + "> is not an element of " + ns);
      return;
    }
    if (ns == kMtc) Matches(m);
    if (ns == kGls) Glossary(m);
    if (ns == kRes) ResourceData(m);
    if (ns == kVal) Validation(m);
    if (ns == kMda) Metadata(m);
    if (ns == kCtr20 || ns == kCtr21) ChangeTrack(m);
  }

  void Matches(const Node& matches) {
    Node unit = Is(matches.parent(), "unit") ? matches.parent() : Node();
    std::unordered_map<std::string, Node> ids;
    for (Node match : matches.children()) {
      if (!IsElement(match, kMtc, "match")) continue;
      if (Has(match, "id"))
        CheckUniqueId(match, Attr(match, "id"), &ids, "mtc:match id",
                      "id must be unique among the <mtc:match>es of the enclosing <mtc:matches>");
      if (Has(match, "xml:lang"))
        Report(match, "mtc:match", "xml:lang must not be set on <mtc:match>", "remove xml:lang");
      if (Has(match, "subType") && !Has(match, "type"))
        Report(match, "mtc:match subType", "if subType is used, type must be specified as well", "type is missing");
      std::string ref = Attr(match, "ref");
      if (!ref.starts_with("#")) {
        Report(match, "mtc:match ref", "ref is a fragment identifier pointing at a span of text in the same <unit>",
               Q(ref) + " is not a fragment identifier");
      } else if (unit) {
        Node target = Resolve(ref, unit, match, "mtc:match ref");
        if (target && (Ancestor(target, "unit") != unit || Is(target, "unit")))
          Report(match, "mtc:match ref", "ref points at a span of text in the same <unit>",
                 Q(ref) + " selects a <" + std::string(LocalName(target)) + "> outside the unit's content");
      }
    }
  }

  void Metadata(const Node& metadata) {
    std::unordered_map<std::string, Node> ids;
    std::vector<Node> todo = {metadata};
    while (!todo.empty()) {
      Node n = todo.back();
      todo.pop_back();
      if (Has(n, "id"))
        CheckUniqueId(n, Attr(n, "id"), &ids, "<" + std::string(n.name()) + "> id",
                      "id must be unique among the <metadata> and <metaGroup> elements of a <metadata>");
      for (Node c : n.children())
        if (IsElement(c, kMda, "metaGroup")) todo.push_back(c);
    }
  }

  void Glossary(const Node& glossary) {
    std::unordered_map<std::string, Node> ids;
    for (Node entry : glossary.children()) {
      if (!IsElement(entry, kGls, "glossEntry")) continue;
      if (Has(entry, "id"))
        CheckUniqueId(entry, Attr(entry, "id"), &ids, "gls:glossEntry id",
                      "id must be unique among the <glossEntry> and <translation> elements of a <glossary>");
      if (Has(entry, "ref") && Attr(entry, "ref").starts_with("#"))
        CheckFragmentSyntax(entry, Attr(entry, "ref"), "gls:glossEntry ref");
      bool complete = false;
      for (Node t : entry.children()) complete |= IsElement(t, kGls, "translation") || IsElement(t, kGls, "definition");
      if (!complete)
        Report(entry, "gls:glossEntry", "a <glossEntry> contains a <translation> or a <definition>", "it has neither");
      for (Node t : entry.children()) {
        if (!IsElement(t, kGls, "translation")) continue;
        if (Has(t, "id"))
          CheckUniqueId(t, Attr(t, "id"), &ids, "gls:translation id",
                        "id must be unique among the <glossEntry> and <translation> elements of a <glossary>");
        if (Has(t, "ref") && Attr(t, "ref").starts_with("#"))
          CheckFragmentSyntax(t, Attr(t, "ref"), "gls:translation ref");
      }
    }
  }

  void ResourceData(const Node& data) {
    // Ids are unique among resourceItem and resourceItemRef of the enclosing file or unit.
    Node scope = data.parent();
    auto& ids = res_ids_[scope.internal_object()];
    for (Node item : data.children()) {
      if (!IsElement(item, kRes, "resourceItem") && !IsElement(item, kRes, "resourceItemRef")) continue;
      if (Has(item, "id"))
        CheckUniqueId(item, Attr(item, "id"), &ids, "res:" + std::string(LocalName(item)) + " id",
                      "id must be unique among the <resourceItem>s and <resourceItemRef>s of the enclosing "
                      "<file> or <unit>");
      bool all_empty = true, any_side = false;
      for (Node c : item.children()) {
        if (IsElement(c, kRes, "source") && Has(c, "xml:lang") && !LangMatches(Attr(c, "xml:lang"), src_lang_))
          Report(c, "res:source xml:lang", "xml:lang of <res:source> equals srcLang",
                 Q(Attr(c, "xml:lang")) + " differs from " + Q(src_lang_));
        if (IsElement(c, kRes, "source") || IsElement(c, kRes, "target")) {
          any_side = true;
          bool empty = true;  // white space alone is no content
          for (Node k : c.children()) empty &= k.type() == pugi::node_pcdata && SplitWords(k.value()).empty();
          all_empty &= empty;
          if (Has(c, "href") == !empty)
            Report(c, "res:" + std::string(LocalName(c)) + " href",
                   "href is used if and only if the <" + std::string(c.name()) + "> is empty",
                   empty ? "it is empty and has no href" : "it has both href and content");
        }
      }
      if (IsElement(item, kRes, "resourceItem") && any_side && all_empty && !Has(item, "mimeType"))
        Report(item, "res:resourceItem mimeType", "mimeType is required when <source> and <target> are empty",
               "mimeType is missing");
    }
  }

  void Validation(const Node& validation) {
    for (Node rule : validation.children()) {
      if (rule.type() != pugi::node_element) continue;
      if (!IsElement(rule, kVal, "rule")) {
        Report(rule, "val:validation", "<val:validation> contains <val:rule> elements",
               "<" + std::string(rule.name()) + "> is not allowed");
        continue;
      }
      int n = 0;
      for (const char* a : {"isPresent", "isNotPresent", "startsWith", "endsWith", "custom"})
        if (Has(rule, a)) ++n;
      bool custom = false;
      for (pugi::xml_attribute a : rule.attributes())
        if (std::string_view(a.name()).find(':') != std::string_view::npos &&
            !std::string_view(a.name()).starts_with("xmlns") && AttrNs(rule, a.name()) != kVal)
          custom = true;
      if (n != 1 && !(n == 0 && custom))
        Report(rule, "val:rule", "exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom rule",
               std::to_string(n) + " are given");
      if (Has(rule, "occurs") && !Has(rule, "isPresent"))
        Report(rule, "val:rule occurs", "occurs is used only together with isPresent", "isPresent is missing");
      if (Attr(rule, "disabled") == "yes" && Is(validation.parent(), "file"))
        Report(rule, "val:rule disabled",
               "a rule of the <file> level cannot be disabled (disabled=\"yes\" overrides "
               "a rule of an enclosing level)",
               "this rule is at the <file> level");
      if (Has(rule, "existsInSource")) {
        int m = Has(rule, "isPresent") + Has(rule, "startsWith") + Has(rule, "endsWith");
        if (m != 1 || Has(rule, "isNotPresent"))
          Report(rule, "val:rule existsInSource",
                 "when existsInSource is specified, exactly one of isPresent, startsWith or endsWith is too",
                 "found " + std::to_string(m));
      }
    }
  }

  void ChangeTrack(const Node& track) {
    Node scope = track.parent();
    for (Node revisions : track.children()) {
      if (revisions.type() != pugi::node_element) continue;
      Node referenced;
      if (Has(revisions, "ref")) {
        std::string ref = Attr(revisions, "ref");
        referenced = scope.find_node([&](const Node& d) {
          return d.type() == pugi::node_element && d != revisions && (Attr(d, "id") == ref || Attr(d, "xml:id") == ref);
        });
        if (!referenced)
          Report(revisions, "ctr:revisions ref",
                 "ref is the id of an element of the enclosing element that the revisions apply to",
                 "nothing here has id " + Q(ref));
      }
      if (Has(revisions, "currentVersion")) {
        bool found = false;
        for (Node revision : revisions.children())
          found |=
              revision.type() == pugi::node_element && Attr(revision, "version") == Attr(revisions, "currentVersion");
        if (!found)
          Report(revisions, "ctr:revisions currentVersion",
                 "currentVersion is the version of one of the <revision>s of this <revisions>",
                 "no <revision version=" + Q(Attr(revisions, "currentVersion")) + "> here");
      }
      for (Node revision : revisions.children()) {
        if (revision.type() != pugi::node_element) continue;
        std::unordered_map<std::string, Node> properties;
        for (Node item : revision.children()) {
          if (item.type() != pugi::node_element) continue;
          std::string property = Attr(item, "property");
          CheckUniqueId(item, property, &properties, "ctr:item property",
                        "a <revision> records each property (content or an attribute) once");
          if (referenced && property != "content" && !Has(referenced, property.c_str()))
            Report(item, "ctr:item property",
                   "property is content or the name of an attribute of the element the "
                   "revision applies to",
                   "the referenced <" + std::string(referenced.name()) + "> has no " + Q(property) + " attribute");
        }
      }
    }
  }

 public:
  void AllModuleAttributes(const Node& root) {
    std::function<void(const Node&)> walk = [&](const Node& n) {
      static const std::set<std::string_view> kInline = {"pc", "ph", "sc", "ec", "mrk", "sm", "em", "cp"};
      bool inline_code = NamespaceOf(n) == kX && kInline.count(LocalName(n));
      if (!inline_code) ModuleAttributes(n);  // inline codes are checked in Inline()
      for (Node c : n.children())
        if (c.type() == pugi::node_element) walk(c);
    };
    walk(root);
  }

 private:
  const XmlLocator& locator_;
  Diagnostics* out_;
  std::set<std::string> prefixes_;
  size_t count_ = 0;
  Node root_;
  std::string src_lang_, trg_lang_;
  std::unordered_map<std::string, Node> units_, groups_;
  std::map<const void*, std::unordered_map<std::string, Node>> res_ids_;
};

}  // namespace

Status ValidateXliff2(std::string_view bytes, const std::string& path, std::vector<std::string>* problems) {
  return ValidateXliff2(bytes, path, Xliff2ValidationOptions(), problems);
}

Status ValidateXliff2(std::string_view bytes, const std::string& path, const Xliff2ValidationOptions& options,
                      std::vector<std::string>* problems) {
  Diagnostics found;
  Status st = ValidateXliff2(bytes, path, options, &found);
  for (const Diagnostic& d : found) problems->push_back(ProblemLine(d));
  return st;
}

std::string ProblemLine(const Diagnostic& d) {
  return d.where.line > 0 || d.where.col > 0 || !d.where.file.empty() ? d.where.ToString() + ": " + d.message
                                                                      : d.message;
}

Status ValidateXliff2(std::string_view bytes, const std::string& path, const Xliff2ValidationOptions& options,
                      Diagnostics* problems) {
  size_t before = problems->size();
  auto fail = [&](const SourceLocation& where, const std::string& msg) {
    problems->push_back({Severity::kError, std::string(kConformanceCode), where, "", msg});
    return Status::At(where, msg);
  };
  XmlInput input;
  XmlLoadError bad;
  if (!LoadUntrustedXml(bytes, path, kXliff2Xml, &input, &bad)) {
    switch (bad.kind) {
      case XmlLoadError::Kind::kTooLarge:
        return fail({path, 0, 0},
                    "XML well-formedness: the file has " + bad.detail + " bytes; files over 64 MiB are refused");
      case XmlLoadError::Kind::kWideEncoding:
        return fail({path, 1, 1}, "XML well-formedness: the file is encoded in " + bad.detail +
                                      "; folio reads XLIFF in UTF-8 only: save it as UTF-8");
      case XmlLoadError::Kind::kInvalidUtf8:
        problems->push_back({Severity::kError, std::string(kConformanceCode), {}, "", bad.detail});
        return Status::InvalidInput(bad.detail);
      case XmlLoadError::Kind::kDoctype:
        return fail(input.locator().At(bad.offset),
                    "XLIFF 2.1 conformance (no DTD): XLIFF documents must not contain a "
                    "<!DOCTYPE> or entity declarations; remove it");
      case XmlLoadError::Kind::kNotWellFormed:
        return fail(input.locator().At(bad.offset), "XML well-formedness: not well-formed XML (" + bad.detail + ")");
    }
  }
  const XmlLocator& locator = input.locator();
  const pugi::xml_document& xml = input.document();
  Validator validator(locator, options, problems);
  validator.Document(xml.document_element());
  validator.AllModuleAttributes(xml.document_element());
  if (IsElement(xml.document_element(), kX, "xliff"))
    CheckXliff2Schema(xml.document_element(),
                      [&](const Node& where, const std::string& rule, const std::string& constraint,
                          const std::string& what) { validator.Report(where, rule, constraint, what); });
  size_t found = problems->size() - before;
  if (found == 0) return Status::Ok();
  return Status::InvalidInput(ProblemLine((*problems)[before]) +
                              (found > 1 ? " (and " + std::to_string(found - 1) + " more problems)" : ""));
}

void ParseExtraPrefixes(std::string_view properties, Xliff2ValidationOptions* options) {
  size_t i = 0;
  while (i < properties.size()) {
    size_t end = properties.find('\n', i);
    if (end == std::string_view::npos) end = properties.size();
    std::string_view line = properties.substr(i, end - i);
    i = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line[0] == '#' || line[0] == '!') continue;
    std::string key, value;
    bool in_value = false;
    for (size_t k = 0; k < line.size(); ++k) {
      char c = line[k];
      if (c == '\\' && k + 1 < line.size()) {
        (in_value ? value : key) += line[++k];
      } else if (!in_value && (c == '=' || c == ':')) {
        in_value = true;
      } else {
        (in_value ? value : key) += c;
      }
    }
    if (in_value && !value.empty()) options->extra_prefixes[value] = key;
  }
}

}  // namespace folio::xliff
