#include "epub/content.h"

#include <pugixml.hpp>

#include <cstring>
#include <string_view>

#include "base/text.h"
#include "base/xml_escape.h"

namespace folio::epub {

namespace {

// Local name of an element, without a prefix ("svg:svg" -> "svg").
std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// `needle` is lower-case ASCII.
bool HasSubstringIgnoringCase(std::string_view haystack, std::string_view needle) {
  return Lower(haystack).find(needle) != std::string::npos;
}

// A heading's content as the content of a link: text is kept, a <span> that
// says which language (or direction) its text is in is kept with only those
// attributes, and any other markup (<strong class="term">, <a>, ids) is
// dropped around its text, since a link may not nest links or repeat ids.
void AppendLabel(const pugi::xml_node& node, std::string* out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      // Whitespace collapses in XHTML; keeping it to one space keeps each
      // link on one line of the navigation document.
      std::string text;
      for (const char* c = child.value(); *c; ++c) {
        bool space = IsXmlSpace(*c);
        if (!space) {
          text += *c;
        } else if (text.empty() || text.back() != ' ') {
          text += ' ';
        }
      }
      *out += XmlEscape(text);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string attrs;
    for (const char* name : {"lang", "xml:lang", "dir"}) {
      pugi::xml_attribute a = child.attribute(name);
      if (a) attrs += std::string(" ") + name + "=\"" + XmlEscape(a.value(), true) + "\"";
    }
    if (LocalName(child) == "span" && !attrs.empty()) {
      *out += "<span" + attrs + ">";
      AppendLabel(child, out);
      *out += "</span>";
    } else {
      AppendLabel(child, out);
    }
  }
}

// Where an element starts: pugixml records the offset of its name, one past
// the '<'.
ptrdiff_t ElementOffset(const pugi::xml_node& node) {
  ptrdiff_t offset = node.offset_debug();
  return offset > 0 ? offset - 1 : offset;
}

Status At(const std::string& xhtml, const std::string& name, ptrdiff_t offset, const std::string& msg) {
  SourceLocation where{name};
  if (offset >= 0) LineColAt(xhtml, static_cast<size_t>(offset), &where.line, &where.col);
  return Status::At(where, msg);
}

class Walker : public pugi::xml_tree_walker {
 public:
  Walker(const std::string& xhtml, const std::string& name, ContentFacts* facts)
      : xhtml_(xhtml), name_(name), facts_(facts) {}

  bool for_each(pugi::xml_node& node) override {
    if (node.type() != pugi::node_element) return true;
    std::string_view local = LocalName(node);
    for (const char* embedding : {"img", "script", "audio", "video", "source", "track", "iframe", "embed"}) {
      if (local != embedding) continue;
      std::string src = node.attribute("src").value();
      if (!src.empty() && !HasDataScheme(src))
        return Fail(node, "<" + std::string(local) + "> refers to \"" + src + "\"", "a data: URL");
    }
    if (local == "object") {
      std::string data = node.attribute("data").value();
      if (!data.empty() && !HasDataScheme(data))
        return Fail(node, "<object> refers to \"" + data + "\"", "a data: URL");
    }
    if (local == "head") {
      has_head_ = true;
    } else if (local == "link") {
      std::string_view rel = node.attribute("rel").value();
      if (HasSubstringIgnoringCase(rel, "stylesheet")) {
        facts_->has_stylesheet_link = true;
        std::string href = node.attribute("href").value();
        if (href != "style.css") return Fail(node, "<link rel=\"stylesheet\"> refers to \"" + href + "\"", "style.css");
      }
    } else if (local == "h1") {
      if (!seen_h1_) {
        AppendLabel(node, &facts_->title_xml);
        facts_->title_xml = std::string(Trim(facts_->title_xml));
      }
      seen_h1_ = true;
    } else if (local.size() == 2 && local[0] == 'h' && local[1] >= '2' && local[1] <= '6') {
      Heading h;
      h.level = local[1] - '0';
      h.id = node.attribute("id").value();
      if (h.id.empty()) {
        status_ = At(xhtml_, name_, ElementOffset(node),
                     "<" + std::string(local) +
                         "> has no id, so the table of contents cannot link to it; give every "
                         "section heading an id");
        return false;
      }
      AppendLabel(node, &h.label_xml);
      h.label_xml = std::string(Trim(h.label_xml));
      facts_->sections.push_back(std::move(h));
    } else if (local == "img") {
      ++facts_->images;
      pugi::xml_attribute alt = node.attribute("alt");
      if (!alt) {
        ++facts_->images_without_alt;
      } else if (!Trim(alt.value()).empty()) {
        ++facts_->images_with_text_alt;
      }
    } else if (local == "svg") {
      facts_->has_svg = true;
    } else if (local == "math") {
      facts_->has_mathml = true;
    } else if (local == "script") {
      facts_->has_script = true;
    }
    return true;
  }

  bool has_head() const { return has_head_; }

  static bool HasDataScheme(std::string_view url) {
    url = Trim(url);
    return url.size() >= 5 && HasSubstringIgnoringCase(url.substr(0, 5), "data:");
  }

  // Stops the walk with an error about a resource the EPUB will not hold.
  bool Fail(const pugi::xml_node& node, const std::string& what, const std::string& use) {
    status_ = At(xhtml_, name_, ElementOffset(node),
                 what +
                     ", which is not in the EPUB; folio packages only the content document and "
                     "style.css, so use " +
                     use + " there");
    return false;
  }
  const Status& status() const { return status_; }

 private:
  const std::string& xhtml_;
  const std::string& name_;
  ContentFacts* facts_;
  bool has_head_ = false;
  bool seen_h1_ = false;
  Status status_;
};

}  // namespace

Status ReadContentFacts(const std::string& xhtml, const std::string& name, ContentFacts* out) {
  pugi::xml_document dom;
  pugi::xml_parse_result parsed =
      dom.load_buffer(xhtml.data(), xhtml.size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata,
                      pugi::encoding_utf8);
  if (!parsed)
    return At(xhtml, name, parsed.offset,
              std::string("not well-formed XML (") + parsed.description() +
                  "); an EPUB content document must be XHTML in XML syntax");
  ContentFacts facts;
  pugi::xml_node html = dom.document_element();
  if (LocalName(html) != "html")
    return At(xhtml, name, ElementOffset(html),
              "the root element is <" + std::string(html.name()) + ">, not <html>; pass the rendered XHTML document");
  facts.language = html.attribute("xml:lang").value();
  if (facts.language.empty()) facts.language = html.attribute("lang").value();
  Walker walker(xhtml, name, &facts);
  dom.traverse(walker);
  FOLIO_RETURN_IF_ERROR(walker.status());
  if (!walker.has_head())
    return At(xhtml, name, ElementOffset(html), "<html> has no <head>; pass the rendered XHTML document");
  *out = std::move(facts);
  return Status::Ok();
}

}  // namespace folio::epub
