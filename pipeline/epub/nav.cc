// The EPUB navigation document: a table of contents built from the content
// document's own headings (so every link has a target), and landmarks.
#include <vector>

#include "base/text.h"
#include "base/xml_escape.h"
#include "epub/internal.h"
#include "render/xml_text.h"

namespace folio::epub::internal {

namespace {

struct TocNode {
  const Heading* heading = nullptr;
  std::vector<TocNode> children;
};

// Headings as a tree: an h3 goes under the h2 before it. A heading deeper
// than any open one (an h3 before the first h2) stays at the top level.
std::vector<TocNode> TocTree(const std::vector<Heading>& sections) {
  TocNode root;
  std::vector<std::pair<int, TocNode*>> open = {{1, &root}};
  for (const Heading& h : sections) {
    while (open.back().first >= h.level) open.pop_back();
    std::vector<TocNode>& siblings = open.back().second->children;
    siblings.push_back(TocNode{&h, {}});
    // Safe: a node's children vector only grows while the node is the
    // innermost open one, and deeper pointers are popped before that.
    open.emplace_back(h.level, &siblings.back());
  }
  return std::move(root.children);
}

void AddItems(const std::vector<TocNode>& nodes, const std::string& href, int depth, Lines* x) {
  for (const TocNode& node : nodes) {
    std::string link = "<a href=\"" + XmlEscape(href, true) + "#" + XmlEscape(node.heading->id, true) + "\">" +
                       node.heading->label_xml + "</a>";
    if (node.children.empty()) {
      x->Add(depth, "<li>" + link + "</li>");
      continue;
    }
    x->Add(depth, "<li>" + link);
    x->Add(depth + 1, "<ol>");
    AddItems(node.children, href, depth + 2, x);
    x->Add(depth + 1, "</ol>");
    x->Add(depth, "</li>");
  }
}

}  // namespace

std::string NavXml(const EpubInput& in, const Prepared& p) {
  const render::Edition& edition = p.edition;
  std::string lang = XmlEscape(edition.html_lang, true);
  UiString toc_title = LookUp(in, "toc_title");
  UiString landmarks_title = LookUp(in, "landmarks_title");
  UiString bodymatter = LookUp(in, "landmark_bodymatter");
  auto attrs = [&](const UiString& s) { return s.english_default ? EnglishAttributes(edition, true) : ""; };
  std::string href = XmlEscape(in.content_name, true);

  // The first entry is the title, linking to the top of the article: from
  // the content's <h1> (with its language spans), else the metadata title.
  std::string title_xml = p.content.title_xml;
  if (title_xml.empty()) {
    ShownText title{in.doc->meta.title, in.doc->source_language};
    ShownUnitText(*in.doc, doc::BlockKind::kTitle, edition, &title);
    std::string attributes = LanguageAttributes(title.language, edition, /*html=*/true);
    title_xml = render::XmlText(std::string(Trim(title.text)));
    if (!attributes.empty()) title_xml = "<span" + attributes + ">" + title_xml + "</span>";
  }

  Lines x;
  x.Add(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  x.Add(0, "<!DOCTYPE html>");
  x.Add(0, "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" + lang +
               "\" xml:lang=\"" + lang + "\" dir=\"" + (edition.locale.rtl ? "rtl" : "ltr") + "\">");
  x.Add(1, "<head>");
  x.Add(2, "<meta charset=\"UTF-8\"/>");
  x.Add(2, "<title" + attrs(toc_title) + ">" + render::XmlText(toc_title.text) + "</title>");
  x.Add(2, "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>");
  x.Add(1, "</head>");
  x.Add(1, "<body>");
  x.Add(2, "<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">");
  x.Add(3, "<h2 id=\"toc-title\"" + attrs(toc_title) + ">" + render::XmlText(toc_title.text) + "</h2>");
  x.Add(3, "<ol>");
  x.Add(4, "<li><a href=\"" + href + "\">" + title_xml + "</a></li>");
  AddItems(TocTree(p.content.sections), in.content_name, 4, &x);
  x.Add(3, "</ol>");
  x.Add(2, "</nav>");
  x.Add(2, "<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"\">");
  x.Add(3,
        "<h2 id=\"landmarks-title\"" + attrs(landmarks_title) + ">" + render::XmlText(landmarks_title.text) + "</h2>");
  x.Add(3, "<ol>");
  x.Add(4, "<li><a epub:type=\"toc\" href=\"#toc\"" + attrs(toc_title) + ">" + render::XmlText(toc_title.text) +
               "</a></li>");
  x.Add(4, "<li><a epub:type=\"bodymatter\" href=\"" + href + "\"" + attrs(bodymatter) + ">" +
               render::XmlText(bodymatter.text) + "</a></li>");
  x.Add(3, "</ol>");
  x.Add(2, "</nav>");
  x.Add(1, "</body>");
  x.Add(0, "</html>");
  return x.Take();
}

}  // namespace folio::epub::internal
