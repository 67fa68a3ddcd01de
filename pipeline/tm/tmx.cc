#include "tm/tmx.h"

#include <pugixml.hpp>

#include <cctype>
#include <map>
#include <set>

#include "base/clock.h"
#include "base/text.h"
#include "base/xml_escape.h"
#include "xliff/xml_load.h"
#include "xliff/xml_util.h"

namespace folio::tm {

namespace {

using Kind = doc::Inline::Kind;
using xliff::XmlLocator;

// Trados writes UTF-16, so TMX takes it with a byte order mark.
const xliff::XmlFormat kTmxXml = {.name = "TMX",
                                  .extension = ".tmx",
                                  .max_bytes = kMaxTmxBytes,
                                  .max_text = "1 GiB",
                                  .too_large_advice = ": split the memory in your translation tool",
                                  .damaged_advice = "re-export it",
                                  .utf16_with_bom = true};

std::string LangOf(const pugi::xml_node& tuv) {
  const char* lang = tuv.attribute("xml:lang").value();
  if (*lang == '\0') lang = tuv.attribute("lang").value();  // TMX 1.1, older OmegaT
  return NormalizeLanguageTag(lang);
}

int64_t DateOf(const pugi::xml_node& node, const char* attribute) {
  int64_t t = 0;
  return ParseTmxDate(node.attribute(attribute).value(), &t) ? t : 0;
}

class SegReader {
 public:
  explicit SegReader(doc::Fragment* out) : out_(out) {}

  void Read(const pugi::xml_node& parent) {
    for (pugi::xml_node n : parent.children()) {
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        out_->AppendText(ToNfc(n.value()));
        continue;
      }
      if (n.type() != pugi::node_element) continue;
      std::string_view name = n.name();
      doc::Inline code;
      code.type = n.attribute("type").value();
      if (name == "bpt") {
        code.kind = Kind::kOpen;
        std::string i = n.attribute("i").value();
        code.id = n.attribute("x") ? n.attribute("x").value() : i;
        open_[i] = out_->items.size();
      } else if (name == "ept") {
        code.kind = Kind::kClose;
        std::string i = n.attribute("i").value();
        auto it = open_.find(i);
        if (it != open_.end() && it->second != kMatched) {
          const doc::Inline& open = out_->items[it->second];
          code.id = open.id;
          code.type = open.type;
          it->second = kMatched;
        } else {
          code.id = i;
          unmatched_close_.push_back(out_->items.size());
        }
      } else if (name == "ph" || name == "it" || name == "ut") {
        code.kind = Kind::kPlaceholder;
        code.id = n.attribute("x") ? n.attribute("x").value() : std::to_string(codes_ + 1);
      } else {
        Read(n);  // <hi> and anything unknown: keep the text
        continue;
      }
      ++codes_;
      out_->items.push_back(std::move(code));
    }
  }

  // An unpaired <bpt> or <ept> cannot stay an open or close code.
  void Finish() {
    for (const auto& [i, index] : open_)
      if (index != kMatched) out_->items[index].kind = Kind::kPlaceholder;
    for (size_t index : unmatched_close_) out_->items[index].kind = Kind::kPlaceholder;
  }

 private:
  static constexpr size_t kMatched = static_cast<size_t>(-1);
  doc::Fragment* out_;
  std::map<std::string, size_t> open_;  // bpt i -> index in out_->items
  std::vector<size_t> unmatched_close_;
  int codes_ = 0;
};

doc::Fragment ReadSeg(const pugi::xml_node& seg) {
  doc::Fragment f;
  SegReader reader(&f);
  reader.Read(seg);
  reader.Finish();
  return f;
}

Status ReadTu(const pugi::xml_node& tu, const std::string& header_srclang, const XmlLocator& loc,
              const std::string& origin, std::vector<Entry>* out) {
  std::string srclang =
      tu.attribute("srclang") ? NormalizeLanguageTag(tu.attribute("srclang").value()) : header_srclang;
  Entry base;
  base.origin = origin;
  std::set<std::string> fixed_codes;
  for (pugi::xml_node prop : tu.children("prop")) {
    std::string_view type = prop.attribute("type").value();
    std::string value = prop.text().get();
    if (type == "x-context-prev" || type == "prev")
      base.prev_source = value;
    else if (type == "x-context-next" || type == "next")
      base.next_source = value;
    else if (type == "x-unit-id")
      base.unit_id = value;
    else if (type == "x-segment-id")
      base.segment_id = value;
    else if (type == "x-code-cannot-delete")
      for (std::string& id : SplitWords(value)) fixed_codes.insert(id);
  }
  std::vector<pugi::xml_node> tuvs;
  for (pugi::xml_node tuv : tu.children("tuv")) {
    if (LangOf(tuv).empty())
      return Status::At(loc.At(tuv),
                        "<tuv> without xml:lang; every variant needs its language: "
                        "fix the file or re-export it");
    if (!tuv.child("seg")) return Status::At(loc.At(tuv), "<tuv> without <seg>; re-export the file");
    tuvs.push_back(tuv);
  }
  if (tuvs.size() < 2) return Status::Ok();
  size_t source = 0;
  if (srclang != "*all*" && !srclang.empty())
    for (size_t k = 0; k < tuvs.size(); ++k)
      if (EqualsIgnoringAsciiCase(LangOf(tuvs[k]), srclang)) {
        source = k;
        break;
      }
  base.src_lang = LangOf(tuvs[source]);
  base.source = ReadSeg(tuvs[source].child("seg"));
  int64_t tu_created = DateOf(tu, "creationdate");
  int64_t tu_changed = DateOf(tu, "changedate");
  auto fix = [&](doc::Fragment* f) {
    for (doc::Inline& i : f->items)
      if (i.kind != Kind::kText && fixed_codes.count(i.id)) i.can_delete = false;
  };
  fix(&base.source);
  for (size_t k = 0; k < tuvs.size(); ++k) {
    if (k == source) continue;
    Entry e = base;
    e.trg_lang = LangOf(tuvs[k]);
    e.target = ReadSeg(tuvs[k].child("seg"));
    fix(&e.target);
    int64_t created = DateOf(tuvs[k], "creationdate");
    int64_t changed = DateOf(tuvs[k], "changedate");
    e.created = created ? created : tu_created;
    e.changed = changed ? changed : (tu_changed ? tu_changed : e.created);
    if (e.source.empty()) continue;
    out->push_back(std::move(e));
  }
  return Status::Ok();
}

// The native code a writer puts inside <bpt>/<ept>/<ph>: folio has no
// original markup, so it makes an XML-looking tag from the code's type.
std::string NativeCode(const doc::Inline& code) {
  std::string name = code.type.empty() ? "g" : code.type;
  switch (code.kind) {
    case Kind::kOpen:
      return "<" + name + ">";
    case Kind::kClose:
      return "</" + name + ">";
    default:
      return "<" + name + "/>";
  }
}

bool IsPositiveNumber(const std::string& s) {
  if (s.empty() || s.size() > 9 || s[0] == '0') return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Numeric TMX ids for the codes of one entry (source and target share them).
std::map<std::string, std::string> TmxIds(const Entry& e) {
  std::map<std::string, std::string> ids;
  int next = 0;
  for (const doc::Fragment* f : {&e.source, &e.target})
    for (const doc::Inline& i : f->items)
      if (i.kind != Kind::kText && IsPositiveNumber(i.id)) next = std::max(next, std::stoi(i.id));
  for (const doc::Fragment* f : {&e.source, &e.target})
    for (const doc::Inline& i : f->items) {
      if (i.kind == Kind::kText || ids.count(i.id)) continue;
      ids[i.id] = IsPositiveNumber(i.id) ? i.id : std::to_string(++next);
    }
  return ids;
}

void WriteSeg(const doc::Fragment& f, const std::map<std::string, std::string>& ids, std::string* out) {
  *out += "<seg>";
  for (const doc::Inline& i : f.items) {
    if (i.kind == Kind::kText) {
      // TMX has no <cp>: a character XML cannot carry becomes U+FFFD, as in
      // XLIFF 1.2 (a target may hold one: XLIFF 2 carries it as <cp hex=>).
      AppendXmlText(i.text, NonXmlChar::kReplacement, out);
      continue;
    }
    std::string type = i.type.empty() ? "" : " type=\"" + XmlEscape(i.type, true) + "\"";
    const std::string& id = ids.at(i.id);
    switch (i.kind) {
      case Kind::kText:
        break;
      case Kind::kOpen:
        *out += "<bpt i=\"" + id + "\" x=\"" + id + "\"" + type + ">" + XmlEscape(NativeCode(i)) + "</bpt>";
        break;
      case Kind::kClose:
        *out += "<ept i=\"" + id + "\">" + XmlEscape(NativeCode(i)) + "</ept>";
        break;
      case Kind::kPlaceholder:
        *out += "<ph x=\"" + id + "\"" + type + ">" + XmlEscape(NativeCode(i)) + "</ph>";
        break;
    }
  }
  *out += "</seg>";
}

void WriteProp(const char* type, const std::string& value, std::string* out) {
  if (value.empty()) return;
  *out += "      <prop type=\"";
  *out += type;
  *out += "\">" + XmlEscape(value) + "</prop>\n";
}

}  // namespace

std::string NormalizeLanguageTag(std::string_view tag) {
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= tag.size()) {
    size_t end = tag.find_first_of("-_", start);
    if (end == std::string_view::npos) end = tag.size();
    std::string sub = Lower(tag.substr(start, end - start));
    if (!first && sub.size() == 2) {
      for (char& c : sub) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if (!first && sub.size() == 4 && std::isalpha(static_cast<unsigned char>(sub[0]))) {
      sub[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sub[0])));
    }
    if (!first) out += '-';
    out += sub;
    first = false;
    start = end + 1;
  }
  return out;
}

std::string FormatTmxDate(int64_t epoch_seconds) {
  std::string iso = FormatUtc(epoch_seconds);  // YYYY-MM-DDThh:mm:ssZ
  std::string out;
  for (char c : iso)
    if (c != '-' && c != ':') out += c;
  return out;
}

bool ParseTmxDate(std::string_view d, int64_t* epoch_seconds) {
  if (d.size() != 16 || d[8] != 'T' || d[15] != 'Z') return false;
  auto num = [&](size_t pos, size_t len, int* v) {
    *v = 0;
    for (size_t k = pos; k < pos + len; ++k) {
      if (!std::isdigit(static_cast<unsigned char>(d[k]))) return false;
      *v = *v * 10 + (d[k] - '0');
    }
    return true;
  };
  int y, mo, da, h, mi, s;
  if (!num(0, 4, &y) || !num(4, 2, &mo) || !num(6, 2, &da) || !num(9, 2, &h) || !num(11, 2, &mi) || !num(13, 2, &s))
    return false;
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59 || s > 60) return false;
  // Days from civil (H. Hinnant's algorithm).
  int yy = y - (mo <= 2 ? 1 : 0);
  int era = (yy >= 0 ? yy : yy - 399) / 400;
  int yoe = yy - era * 400;
  int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + da - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  int64_t days = static_cast<int64_t>(era) * 146097 + doe - 719468;
  *epoch_seconds = days * 86400 + h * 3600 + mi * 60 + s;
  return true;
}

Status ReadTmx(std::string_view input, const std::string& path, std::vector<Entry>* out) {
  out->clear();
  xliff::XmlInput xml;
  FOLIO_RETURN_IF_ERROR(xliff::LoadUntrustedXml(input, path, kTmxXml, &xml));
  const XmlLocator& loc = xml.locator();
  pugi::xml_node root = xml.root();
  if (std::string_view(root.name()) != "tmx")
    return Status::At(loc.At(root), "not a TMX file (the root element is <" + std::string(root.name()) +
                                        ">, not <tmx>); choose the .tmx file your tool exported");
  pugi::xml_node header = root.child("header");
  if (!header) return Status::At(loc.At(root), "<tmx> without <header>; re-export the file");
  std::string srclang = header.attribute("srclang").value();
  if (srclang != "*all*") srclang = NormalizeLanguageTag(srclang);
  std::string origin = "tmx:" + path;
  std::vector<Entry> entries;
  for (pugi::xml_node tu : root.child("body").children("tu")) {
    Status s = ReadTu(tu, srclang, loc, origin, &entries);
    if (!s.ok()) return s;
  }
  *out = std::move(entries);
  return Status::Ok();
}

std::string WriteTmx(const std::vector<Entry>& entries, const std::string& src_lang) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<tmx version=\"1.4\">\n"
      "  <header creationtool=\"folio\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" "
      "o-tmf=\"folio\" adminlang=\"en\" srclang=\"" +
      XmlEscape(src_lang, true) + "\" datatype=\"plaintext\"/>\n  <body>\n";
  for (const Entry& e : entries) {
    out += "    <tu";
    if (e.src_lang != src_lang) out += " srclang=\"" + XmlEscape(e.src_lang, true) + "\"";
    if (e.created != 0) out += " creationdate=\"" + FormatTmxDate(e.created) + "\"";
    if (e.changed != 0) out += " changedate=\"" + FormatTmxDate(e.changed) + "\"";
    out += ">\n";
    std::map<std::string, std::string> ids = TmxIds(e);
    std::set<std::string> fixed;
    for (const doc::Fragment* f : {&e.source, &e.target})
      for (const doc::Inline& i : f->items)
        if (i.kind != Kind::kText && !i.can_delete) fixed.insert(ids.at(i.id));
    std::string fixed_list;
    for (const std::string& id : fixed) fixed_list += (fixed_list.empty() ? "" : " ") + id;
    WriteProp("x-code-cannot-delete", fixed_list, &out);
    WriteProp("x-context-next", e.next_source, &out);
    WriteProp("x-context-prev", e.prev_source, &out);
    WriteProp("x-segment-id", e.segment_id, &out);
    WriteProp("x-unit-id", e.unit_id, &out);
    out += "      <tuv xml:lang=\"" + XmlEscape(e.src_lang, true) + "\">";
    WriteSeg(e.source, ids, &out);
    out += "</tuv>\n      <tuv xml:lang=\"" + XmlEscape(e.trg_lang, true) + "\">";
    WriteSeg(e.target, ids, &out);
    out += "</tuv>\n    </tu>\n";
  }
  out += "  </body>\n</tmx>\n";
  return out;
}

}  // namespace folio::tm
