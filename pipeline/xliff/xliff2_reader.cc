#include "xliff/xliff2_reader.h"

#include <map>

#include "base/text.h"
#include "xliff/xliff2_names.h"

namespace folio::xliff {

namespace {

using doc::Fragment;
using doc::Inline;

constexpr char kDamaged[] = "; the file is damaged: re-export it from your translation tool";

// The elements XLIFF 2.1 allows in <source>, <target> and inside <pc>/<mrk>.
bool IsInlineElement(std::string_view name) {
  for (std::string_view e : {"pc", "ph", "sc", "ec", "mrk", "sm", "em", "cp"})
    if (name == e) return true;
  return false;
}

struct CodeInfo {
  std::string type;
  bool can_delete = true;
};

class Reader {
 public:
  explicit Reader(const XmlLocator& locator) : loc_(locator) {}

  Status Container(const pugi::xml_node& node, int depth, XliffFile* out) {
    if (depth > kMaxXliffNesting) return TooDeep(node, "<group>");
    for (pugi::xml_node child : node.children()) {
      if (Is(child, "group")) {
        FOLIO_RETURN_IF_ERROR(Container(child, depth + 1, out));
      } else if (Is(child, "unit")) {
        XUnit unit;
        FOLIO_RETURN_IF_ERROR(Unit(child, &unit));
        out->units.push_back(std::move(unit));
      }
    }
    return Status::Ok();
  }

 private:
  bool Is(const pugi::xml_node& n, std::string_view local) const { return IsElement(n, kXliff2Namespace, local); }

  Status Error(const pugi::xml_node& n, const std::string& msg) const { return Status::At(loc_.At(n), msg); }

  Status TooDeep(const pugi::xml_node& n, const std::string& what) const {
    return Error(n, what + " elements nested more than " + std::to_string(kMaxXliffNesting) +
                        " deep; no translation tool writes that: check the file's origin");
  }

  Status RequireId(const pugi::xml_node& n, const char* attr, std::string* id) const {
    *id = n.attribute(attr).value();
    if (id->empty()) return Error(n, "<" + std::string(LocalName(n)) + "> has no " + attr + " attribute" + kDamaged);
    return Status::Ok();
  }

  Status Unit(const pugi::xml_node& node, XUnit* out) {
    FOLIO_RETURN_IF_ERROR(RequireId(node, "id", &out->id));
    out->where = loc_.At(node);
    out->end = loc_.EndOf(node);
    for (pugi::xml_node child : node.children()) {
      if (Is(child, "notes")) {
        for (pugi::xml_node note : child.children()) {
          if (!Is(note, "note")) continue;
          std::string_view category = note.attribute("category").value();
          if (category == "context" || category == "format" || category == "change") continue;  // folio's own
          std::string text(Trim(note.text().get()));
          if (!text.empty()) out->comments.push_back(ToNfc(text));
        }
        continue;
      }
      if (!Is(child, "segment")) continue;
      XSegment seg;
      FOLIO_RETURN_IF_ERROR(Segment(child, &seg));
      out->segments.push_back(std::move(seg));
    }
    return Status::Ok();
  }

  Status Segment(const pugi::xml_node& node, XSegment* out) {
    out->id = node.attribute("id").value();
    out->where = loc_.At(node);
    std::string state = node.attribute("state").value();
    out->sub_state = node.attribute("subState").value();
    if (!state.empty() && !doc::ParseState(state, &out->state))
      return Error(node, "unknown segment state \"" + state +
                             "\" (XLIFF 2 knows initial, translated, reviewed and final)" + kDamaged);
    bool has_source = false;
    for (pugi::xml_node child : node.children()) {
      if (Is(child, "source") && !has_source) {
        has_source = true;
        FOLIO_RETURN_IF_ERROR(Content(child, &out->source));
      } else if (Is(child, "target") && !out->target) {
        out->target.emplace();
        out->target_where = loc_.At(child);
        comments_ = &out->comments;
        Status st = Content(child, &*out->target);
        comments_ = nullptr;
        FOLIO_RETURN_IF_ERROR(st);
      }
    }
    if (!has_source) return Error(node, "<segment> has no <source>" + std::string(kDamaged));
    return Status::Ok();
  }

  Status Content(const pugi::xml_node& node, Fragment* out) {
    std::map<std::string, CodeInfo> started;
    FOLIO_RETURN_IF_ERROR(Inlines(node, 0, &started, out));
    // Normalizing merged runs, not single nodes, composes characters that a
    // CDATA section or <cp> split.
    for (Inline& i : out->items)
      if (i.kind == Inline::Kind::kText) i.text = ToNfc(i.text);
    return Status::Ok();
  }

  static Inline Code(Inline::Kind kind, const std::string& id, const CodeInfo& info) {
    Inline i;
    i.kind = kind;
    i.id = id;
    i.type = info.type;
    i.can_delete = info.can_delete;
    return i;
  }

  static CodeInfo InfoOf(const pugi::xml_node& n) {
    return {CodeTypeFromXliff(n.attribute("type").value(), n.attribute("subType").value()),
            std::string_view(n.attribute("canDelete").value()) != "no"};
  }

  Status Inlines(const pugi::xml_node& parent, int depth, std::map<std::string, CodeInfo>* started, Fragment* out) {
    if (depth > kMaxXliffNesting) return TooDeep(parent, "Inline");
    for (pugi::xml_node n : parent.children()) {
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        out->AppendText(n.value());
        continue;
      }
      if (n.type() != pugi::node_element) continue;  // comments, processing instructions
      std::string_view name = LocalName(n);
      if (NamespaceOf(n) != kXliff2Namespace || !IsInlineElement(name))
        return Error(n, "<" + std::string(n.name()) + "> inside <" + std::string(LocalName(parent)) +
                            "> is not an XLIFF 2 inline element (text may hold only <pc>, <ph>, <sc>, <ec>, "
                            "<mrk>, <sm>, <em> and <cp>); if the words are meant as text, write them "
                            "escaped (&lt;...&gt;), else remove the element in the translation tool");
      std::string id;
      if (name == "pc") {
        FOLIO_RETURN_IF_ERROR(RequireId(n, "id", &id));
        CodeInfo info = InfoOf(n);
        out->items.push_back(Code(Inline::Kind::kOpen, id, info));
        FOLIO_RETURN_IF_ERROR(Inlines(n, depth + 1, started, out));
        out->items.push_back(Code(Inline::Kind::kClose, id, info));
      } else if (name == "ph") {
        FOLIO_RETURN_IF_ERROR(RequireId(n, "id", &id));
        out->items.push_back(Code(Inline::Kind::kPlaceholder, id, InfoOf(n)));
      } else if (name == "sc") {
        FOLIO_RETURN_IF_ERROR(RequireId(n, "id", &id));
        CodeInfo info = InfoOf(n);
        (*started)[id] = info;
        out->items.push_back(Code(Inline::Kind::kOpen, id, info));
      } else if (name == "ec") {
        id = n.attribute("startRef").value();
        if (id.empty()) FOLIO_RETURN_IF_ERROR(RequireId(n, "id", &id));
        auto it = started->find(id);
        out->items.push_back(Code(Inline::Kind::kClose, id, it != started->end() ? it->second : InfoOf(n)));
      } else if (name == "mrk") {
        // A reviewer's comment on words of the target (Core's comment
        // annotation): the words stay text, the comment is kept apart.
        std::string_view value = n.attribute("value").value();
        bool comment =
            comments_ != nullptr && std::string_view(n.attribute("type").value()) == "comment" && !Trim(value).empty();
        size_t before = comment ? out->PlainText().size() : 0;
        FOLIO_RETURN_IF_ERROR(Inlines(n, depth + 1, started, out));
        if (comment) {
          std::string words = out->PlainText().substr(before);
          comments_->push_back(ToNfc("\u201c" + std::string(Trim(words)) + "\u201d: " + std::string(Trim(value))));
        }
      } else if (name == "cp") {
        FOLIO_RETURN_IF_ERROR(CodePoint(n, out));
      }
    }
    return Status::Ok();
  }

  Status CodePoint(const pugi::xml_node& n, Fragment* out) {
    std::string_view hex = n.attribute("hex").value();
    char32_t cp = 0;
    bool ok = !hex.empty() && hex.size() <= 6;
    for (char c : hex) {
      int v = (c >= '0' && c <= '9')   ? c - '0'
              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                       : -1;
      if (v < 0)
        ok = false;
      else
        cp = cp * 16 + v;
    }
    if (!ok || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return Error(n, "<cp hex=\"" + std::string(hex) + "\"> is not a Unicode code point" + kDamaged);
    std::string s;
    AppendUtf8(cp, &s);
    out->AppendText(s);
    return Status::Ok();
  }

  const XmlLocator& loc_;
  std::vector<std::string>* comments_ = nullptr;  // while reading a <target>: its segment's comments
};

}  // namespace

Status ReadXliff2(const pugi::xml_node& root, const XmlLocator& locator, XliffFile* out) {
  out->src_lang = root.attribute("srcLang").value();
  out->trg_lang = root.attribute("trgLang").value();
  Reader reader(locator);
  bool first = true;
  for (pugi::xml_node file : root.children()) {
    if (!IsElement(file, kXliff2Namespace, "file")) continue;
    if (first) out->original = file.attribute("original").value();
    first = false;
    FOLIO_RETURN_IF_ERROR(reader.Container(file, 0, out));
  }
  if (first) return Status::At(locator.At(root), "<xliff> has no <file>" + std::string(kDamaged));
  return Status::Ok();
}

}  // namespace folio::xliff
