#include "xliff/xliff12_reader.h"

#include <map>

#include "base/text.h"
#include "xliff/check.h"
#include "xliff/xliff12_names.h"
#include "xliff/xliff2_names.h"
#include "xliff/xliff2_reader.h"  // kMaxXliffNesting

namespace folio::xliff {

namespace {

using doc::Fragment;
using doc::Inline;

constexpr char kDamaged[] = "; the file is damaged: re-export it from your translation tool";

// The elements XLIFF 1.2 allows in <source>, <target> and inside <g>/<mrk>.
bool IsInlineElement(std::string_view name) {
  for (std::string_view e : {"g", "x", "bx", "ex", "bpt", "ept", "it", "ph", "mrk"})
    if (name == e) return true;
  return false;
}

bool ParseState12(std::string_view s, doc::State* out) {
  if (s.empty() || s == "new" || s == "needs-translation" || s == "needs-adaptation" || s == "needs-l10n" ||
      s.starts_with("x-"))
    *out = doc::State::kInitial;
  else if (s == "translated" || s.starts_with("needs-review-"))
    *out = doc::State::kTranslated;
  else if (s == "signed-off")
    *out = doc::State::kReviewed;
  else if (s == "final")
    *out = doc::State::kFinal;
  else
    return false;
  return true;
}

class Reader {
 public:
  explicit Reader(const XmlLocator& locator) : loc_(locator) {}

  // Direct <trans-unit>s of a group with an id join that group's unit; in
  // <body> or a group without id, each is a unit of its own.
  Status Container(const pugi::xml_node& node, int depth, XliffFile* out) {
    if (depth > kMaxXliffNesting) return TooDeep(node, "<group>");
    std::string group_id = Is(node, "group") ? node.attribute("id").value() : "";
    int unit_index = -1;  // index in out->units of this group's unit, once made
    for (pugi::xml_node child : node.children()) {
      if (Is(child, "group")) {
        FOLIO_RETURN_IF_ERROR(Container(child, depth + 1, out));
      } else if (Is(child, "trans-unit")) {
        XSegment seg;
        FOLIO_RETURN_IF_ERROR(TransUnit(child, &seg));
        if (group_id.empty()) {
          XUnit unit;
          unit.id = seg.id;
          unit.where = seg.where;
          unit.end = loc_.EndOf(child);
          unit.segments.push_back(std::move(seg));
          out->units.push_back(std::move(unit));
          continue;
        }
        if (unit_index < 0) {
          unit_index = static_cast<int>(out->units.size());
          XUnit unit;
          unit.id = group_id;
          unit.where = loc_.At(node);
          unit.end = loc_.EndOf(node);
          for (pugi::xml_node note : node.children())
            if (Is(note, "note")) AddComment(note, &unit.comments);
          out->units.push_back(std::move(unit));
        }
        out->units[unit_index].segments.push_back(std::move(seg));
      }
    }
    return Status::Ok();
  }

  // A <note> that folio did not write (from="folio") is a translator's or
  // reviewer's comment.
  static void AddComment(const pugi::xml_node& note, std::vector<std::string>* out) {
    if (std::string_view(note.attribute("from").value()) == "folio") return;
    std::string text(Trim(note.text().get()));
    if (!text.empty()) out->push_back(ToNfc(text));
  }

 private:
  bool Is(const pugi::xml_node& n, std::string_view local) const { return IsElement(n, kXliff12Namespace, local); }

  Status Error(const pugi::xml_node& n, const std::string& msg) const { return Status::At(loc_.At(n), msg); }

  Status TooDeep(const pugi::xml_node& n, const std::string& what) const {
    return Error(n, what + " elements nested more than " + std::to_string(kMaxXliffNesting) +
                        " deep; no translation tool writes that: check the file's origin");
  }

  Status RequireId(const pugi::xml_node& n, std::string* id) const {
    *id = n.attribute("id").value();
    if (id->empty()) return Error(n, "<" + std::string(LocalName(n)) + "> has no id attribute" + kDamaged);
    return Status::Ok();
  }

  // <bx>, <ex>, <bpt>, <ept>, <it>: halves of a pair are matched by rid
  // (1.2 gives each half its own id); without rid, by id.
  Status PairId(const pugi::xml_node& n, std::string* id) const {
    *id = n.attribute("rid").value();
    if (!id->empty()) return Status::Ok();
    *id = n.attribute("id").value();
    if (id->empty()) return Error(n, "<" + std::string(LocalName(n)) + "> has neither rid nor id" + kDamaged);
    return Status::Ok();
  }

  Status TransUnit(const pugi::xml_node& node, XSegment* out) {
    FOLIO_RETURN_IF_ERROR(RequireId(node, &out->id));
    out->where = loc_.At(node);
    bool has_source = false;
    pugi::xml_node target_node;
    for (pugi::xml_node child : node.children()) {
      if (Is(child, "source") && !has_source) {
        has_source = true;
        FOLIO_RETURN_IF_ERROR(Content(child, &out->source));
      } else if (Is(child, "note")) {
        AddComment(child, &out->comments);
      } else if (Is(child, "target") && !target_node) {
        target_node = child;
        out->target.emplace();
        out->target_where = loc_.At(child);
        FOLIO_RETURN_IF_ERROR(Content(child, &*out->target));
      }
    }
    if (!has_source) return Error(node, "<trans-unit> has no <source>" + std::string(kDamaged));
    if (!target_node) return Status::Ok();
    std::string state = target_node.attribute("state").value();
    if (!ParseState12(state, &out->state))
      return Error(target_node, "unknown target state \"" + state +
                                    "\" (XLIFF 1.2 knows new, needs-translation, needs-adaptation, needs-l10n, "
                                    "needs-review-translation, needs-review-adaptation, needs-review-l10n, "
                                    "translated, signed-off, final and x-... values)" +
                                    kDamaged);
    bool approved = std::string_view(node.attribute("approved").value()) == "yes";
    bool untranslated = out->target->empty() || (!approved && (state == "new" || state == "needs-translation") &&
                                                 SameSource(*out->target, out->source));
    if (untranslated) {
      out->target.reset();
      out->target_where = SourceLocation();
      out->state = doc::State::kInitial;
      return Status::Ok();
    }
    if (approved && (out->state == doc::State::kInitial || out->state == doc::State::kTranslated))
      out->state = doc::State::kReviewed;
    // folio's 1.2 writer marks pre-filled memory matches this way (XLIFF 2
    // subState "folio:exact-100" / "folio:context-101").
    std::string_view qualifier = target_node.attribute("state-qualifier").value();
    if (qualifier == "exact-match") out->sub_state = "folio:exact-100";
    if (qualifier == "leveraged-tm") out->sub_state = "folio:context-101";
    return Status::Ok();
  }

  Status Content(const pugi::xml_node& node, Fragment* out) {
    std::map<std::string, std::string> started;  // pair id -> type of its opening half
    FOLIO_RETURN_IF_ERROR(Inlines(node, 0, &started, out));
    for (Inline& i : out->items)
      if (i.kind == Inline::Kind::kText) i.text = ToNfc(i.text);
    return Status::Ok();
  }

  static Inline Code(Inline::Kind kind, const std::string& id, const std::string& type) {
    Inline i;
    i.kind = kind;
    i.id = id;
    i.type = type;
    return i;
  }

  static std::string TypeOf(const pugi::xml_node& n) { return CodeTypeFromCtype(n.attribute("ctype").value()); }

  Status Inlines(const pugi::xml_node& parent, int depth, std::map<std::string, std::string>* started, Fragment* out) {
    if (depth > kMaxXliffNesting) return TooDeep(parent, "Inline");
    for (pugi::xml_node n : parent.children()) {
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        out->AppendText(n.value());
        continue;
      }
      if (n.type() != pugi::node_element) continue;  // comments, processing instructions
      std::string_view name = LocalName(n);
      if (NamespaceOf(n) != kXliff12Namespace || !IsInlineElement(name))
        return Error(n, "<" + std::string(n.name()) + "> inside <" + std::string(LocalName(parent)) +
                            "> is not an XLIFF 1.2 inline element (text may hold only <g>, <x>, <bx>, <ex>, "
                            "<bpt>, <ept>, <it>, <ph> and <mrk>); if the words are meant as text, write them "
                            "escaped (&lt;...&gt;), else remove the element in the translation tool");
      std::string id;
      if (name == "g") {
        FOLIO_RETURN_IF_ERROR(RequireId(n, &id));
        std::string type = TypeOf(n);
        out->items.push_back(Code(Inline::Kind::kOpen, id, type));
        FOLIO_RETURN_IF_ERROR(Inlines(n, depth + 1, started, out));
        out->items.push_back(Code(Inline::Kind::kClose, id, type));
      } else if (name == "x" || name == "ph") {
        FOLIO_RETURN_IF_ERROR(RequireId(n, &id));
        out->items.push_back(Code(Inline::Kind::kPlaceholder, id, TypeOf(n)));
      } else if (name == "bx" || name == "bpt" ||
                 (name == "it" && std::string_view(n.attribute("pos").value()) == "open")) {
        FOLIO_RETURN_IF_ERROR(PairId(n, &id));
        std::string type = TypeOf(n);
        (*started)[id] = type;
        out->items.push_back(Code(Inline::Kind::kOpen, id, type));
      } else if (name == "ex" || name == "ept" || name == "it") {
        FOLIO_RETURN_IF_ERROR(PairId(n, &id));
        auto it = started->find(id);
        out->items.push_back(Code(Inline::Kind::kClose, id, it != started->end() ? it->second : TypeOf(n)));
      } else if (name == "mrk") {
        FOLIO_RETURN_IF_ERROR(Inlines(n, depth + 1, started, out));
      }
    }
    return Status::Ok();
  }

  const XmlLocator& loc_;
};

// The xml:lang of the first <target> under `node` (not inside <alt-trans>).
std::string FirstTargetLang(const pugi::xml_node& node, int depth) {
  if (depth > kMaxXliffNesting) return "";
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element || NamespaceOf(child) != kXliff12Namespace) continue;
    std::string_view name = LocalName(child);
    if (name == "target") return child.attribute("xml:lang").value();
    if (name == "body" || name == "group" || name == "trans-unit") {
      std::string lang = FirstTargetLang(child, depth + 1);
      if (!lang.empty()) return lang;
    }
  }
  return "";
}

}  // namespace

Status ReadXliff12(const pugi::xml_node& root, const XmlLocator& locator, XliffFile* out) {
  Reader reader(locator);
  bool first = true;
  for (pugi::xml_node file : root.children()) {
    if (!IsElement(file, kXliff12Namespace, "file")) continue;
    if (first) {
      out->original = file.attribute("original").value();
      out->src_lang = file.attribute("source-language").value();
      out->trg_lang = file.attribute("target-language").value();
      if (out->trg_lang.empty()) out->trg_lang = FirstTargetLang(file, 0);
    }
    first = false;
    for (pugi::xml_node body : file.children()) {
      if (IsElement(body, kXliff12Namespace, "body")) FOLIO_RETURN_IF_ERROR(reader.Container(body, 0, out));
    }
  }
  if (first) return Status::At(locator.At(root), "<xliff> has no <file>" + std::string(kDamaged));
  return Status::Ok();
}

}  // namespace folio::xliff
