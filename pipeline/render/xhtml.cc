#include "render/xhtml.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "base/text.h"
#include "base/xml_escape.h"
#include "render/bidi.h"
#include "render/edition.h"
#include "render/xml_text.h"

namespace folio::render {

namespace {

using doc::Block;
using doc::BlockKind;
using doc::Fragment;
using doc::Inline;

// ` lang="x" xml:lang="x"`, plus dir when the text runs against the
// surrounding direction (an English span inside Arabic).
std::string LangAttributes(const std::string& tag, bool add_dir, bool rtl) {
  std::string lang = XmlEscape(tag, true);
  std::string s = " lang=\"" + lang + "\" xml:lang=\"" + lang + "\"";
  if (add_dir) s += rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
  return s;
}

// Inline codes become markup only when their meaning is known; the text of
// any other code is kept. Codes are balanced here because a translator's
// target can drop or reorder them, and the output must stay well-formed.
// In right-to-left editions (isolate_ltr), Latin-script runs and numbers
// in translated text get their direction marked up (render/bidi.h).
std::string FragmentXml(const Fragment& fragment, bool isolate_ltr) {
  std::string out;
  std::vector<std::pair<std::string, std::string>> open;  // code id, closing tag
  for (const Inline& item : fragment.items) {
    switch (item.kind) {
      case Inline::Kind::kText:
        out += isolate_ltr ? IsolateLtrRuns(item.text) : XmlText(item.text);
        break;
      case Inline::Kind::kOpen:
        if (item.type == "term") {
          out += "<strong class=\"term\">";
          open.emplace_back(item.id, "</strong>");
        } else {
          open.emplace_back(item.id, "");
        }
        break;
      case Inline::Kind::kClose: {
        auto it = std::find_if(open.rbegin(), open.rend(), [&](const auto& o) { return o.first == item.id; });
        if (it == open.rend()) break;
        size_t keep = open.size() - (it - open.rbegin()) - 1;
        while (open.size() > keep) {
          out += open.back().second;
          open.pop_back();
        }
        break;
      }
      case Inline::Kind::kPlaceholder:
        break;
    }
  }
  while (!open.empty()) {
    out += open.back().second;
    open.pop_back();
  }
  return out;
}

// Hands out ids that are unique in the file and valid XML names (EPUB
// content documents are XML; an id must be an NCName).
class IdSet {
 public:
  std::string Claim(const std::string& wanted) {
    std::string base;
    for (char c : wanted) {
      bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
      base += ok ? c : '-';
    }
    if (base.empty() || !(std::isalpha(static_cast<unsigned char>(base[0])) || base[0] == '_')) base = "u-" + base;
    std::string id = base;
    for (int n = 2; !used_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    return id;
  }

 private:
  std::set<std::string> used_;
};

class XhtmlWriter {
 public:
  XhtmlWriter(const doc::Document& doc, const XhtmlOptions& options)
      : doc_(doc), options_(options), edition_(GetEdition(doc)), source_rtl_(GetLocaleInfo(doc.source_language).rtl) {}

  std::string Write(int* untranslated) {
    const Block* title = nullptr;
    for (const Block& b : doc_.blocks)
      if (b.kind == BlockKind::kTitle && !b.segments.empty()) {
        title = &b;
        break;
      }
    Line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Line(0, "<!DOCTYPE html>");
    Line(0, "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"" +
                LangAttributes(edition_.html_lang, true, edition_.locale.rtl) + ">");
    Line(1, "<head>");
    Line(2, "<meta charset=\"UTF-8\"/>");
    WriteHeadTitle(title);
    if (!options_.stylesheet_href.empty())
      Line(2,
           "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + XmlEscape(options_.stylesheet_href, true) + "\"/>");
    Line(1, "</head>");
    Line(1, "<body>");
    Line(2, "<main>");
    if (title) {
      Line(3, "<h1 id=\"" + ids_.Claim(title->id) + "\">" + UnitXml(*title) + "</h1>");
    } else if (!doc_.meta.title.empty()) {
      Line(3, "<h1" + MetaLang() + ">" + XmlText(doc_.meta.title) + "</h1>");
    }
    for (const Block& b : doc_.blocks) WriteBlock(b);
    CloseSections(0);
    Line(2, "</main>");
    Line(1, "</body>");
    Line(0, "</html>");
    if (untranslated) *untranslated = untranslated_;
    return std::move(out_);
  }

 private:
  void Line(int depth, const std::string& s) {
    out_.append(2 * depth, ' ');
    out_ += s;
    out_ += '\n';
  }
  int Depth() const { return 3 + static_cast<int>(sections_.size()); }

  std::string SourceSpanAttributes() const {
    return LangAttributes(doc_.source_language, source_rtl_ != edition_.locale.rtl, source_rtl_);
  }
  // Metadata is written in the source language.
  std::string MetaLang() const { return edition_.translated ? SourceSpanAttributes() : ""; }

  // <title> holds text only, so a title that fell back is marked on the
  // element itself.
  void WriteHeadTitle(const Block* title) {
    if (!title) {
      Line(2, "<title" + MetaLang() + ">" + XmlText(doc_.meta.title) + "</title>");
      return;
    }
    std::string text;
    bool all_fell_back = true;
    for (size_t i = 0; i < title->segments.size(); ++i) {
      bool fell_back;
      text += ShownFragment(title->segments[i], edition_, &fell_back).PlainText();
      all_fell_back = all_fell_back && fell_back;
      if (i + 1 < title->segments.size()) text += SeparatorAfter(title->segments[i], fell_back, edition_);
    }
    Line(2, "<title" + (all_fell_back ? SourceSpanAttributes() : "") + ">" + XmlText(text) + "</title>");
  }

  // A unit's segments; a run of segments that fell back to the source is
  // wrapped in one span of the source language so that a screen reader
  // switches voice for it.
  std::string UnitXml(const Block& unit) {
    const auto& segs = unit.segments;
    std::vector<const Fragment*> shown(segs.size());
    std::vector<bool> fell_back(segs.size());
    for (size_t i = 0; i < segs.size(); ++i) {
      bool f;
      shown[i] = &ShownFragment(segs[i], edition_, &f);
      fell_back[i] = f;
      if (f) ++untranslated_;
    }
    std::string out;
    for (size_t i = 0; i < segs.size(); ++i) {
      bool last = i + 1 == segs.size();
      if (fell_back[i] && (i == 0 || !fell_back[i - 1])) out += "<span" + SourceSpanAttributes() + ">";
      out += FragmentXml(*shown[i], edition_.locale.rtl && !edition_.locale.pseudo && !fell_back[i]);
      if (fell_back[i] && (last || !fell_back[i + 1])) out += "</span>";
      if (!last) out += XmlText(OneLine(SeparatorAfter(segs[i], fell_back[i], edition_)));
    }
    return out;
  }

  // Keeps each unit on one line of the file; XHTML whitespace collapses anyway.
  static std::string OneLine(std::string s) {
    for (char& c : s)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
  }

  void CloseSections(int level) {
    while (!sections_.empty() && sections_.back() >= level) {
      sections_.pop_back();
      Line(Depth(), "</section>");
    }
  }

  void WriteBlock(const Block& b) {
    switch (b.kind) {
      case BlockKind::kTitle:
      case BlockKind::kDescription:
        return;
      case BlockKind::kHeading: {
        if (b.segments.empty()) return;
        int level = std::clamp(b.level, 2, 6);
        CloseSections(level);
        std::string id = ids_.Claim(b.id.empty() ? "section" : b.id);
        Line(Depth(), "<section aria-labelledby=\"" + id + "\">");
        sections_.push_back(level);
        std::string h = "h" + std::to_string(level);
        Line(Depth(), "<" + h + " id=\"" + id + "\">" + UnitXml(b) + "</" + h + ">");
        return;
      }
      case BlockKind::kParagraph:
      case BlockKind::kListItem:
        if (b.segments.empty()) return;
        Line(Depth(), "<p id=\"" + ids_.Claim(b.id) + "\">" + UnitXml(b) + "</p>");
        return;
      case BlockKind::kList: {
        bool any =
            std::any_of(b.children.begin(), b.children.end(), [](const Block& c) { return !c.segments.empty(); });
        if (!any) return;
        Line(Depth(), "<ul>");
        for (const Block& item : b.children) {
          if (item.segments.empty()) continue;
          Line(Depth() + 1, "<li id=\"" + ids_.Claim(item.id) + "\">" + UnitXml(item) + "</li>");
        }
        Line(Depth(), "</ul>");
        return;
      }
    }
  }

  const doc::Document& doc_;
  const XhtmlOptions& options_;
  Edition edition_;
  bool source_rtl_;
  IdSet ids_;
  std::vector<int> sections_;  // levels of the open <section>s
  int untranslated_ = 0;
  std::string out_;
};

}  // namespace

std::string WriteXhtml(const doc::Document& doc, const XhtmlOptions& options, int* untranslated) {
  return XhtmlWriter(doc, options).Write(untranslated);
}

}  // namespace folio::render
