#include "xliff/xliff2_writer.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "base/locale_info.h"
#include "base/text.h"
#include "base/xml_escape.h"
#include "xliff/code_plan.h"
#include "xliff/xliff2_names.h"

namespace folio::xliff {

namespace {

using doc::Block;
using doc::BlockKind;
using doc::Fragment;
using doc::Inline;

void AppendContent(std::string_view text, std::string* out) { AppendXmlText(text, NonXmlChar::kCpElement, out); }

// ` name="value"`, escaped, appended to *out.
void AppendAttr(std::string_view name, std::string_view value, std::string* out) {
  *out += ' ';
  out->append(name);
  *out += "=\"";
  AppendSanitizedXml(value, true, out);
  *out += '"';
}

std::string Attr(std::string_view name, std::string_view value) {
  std::string s;
  AppendAttr(name, value, &s);
  return s;
}

std::string CodeAttrs(const Inline& code) {
  std::string type, sub_type, s;
  CodeTypeToXliff(code.type, &type, &sub_type);
  if (!type.empty()) s += Attr("type", type);
  if (!sub_type.empty()) s += Attr("subType", sub_type);
  if (!code.can_delete) s += Attr("canDelete", "no");
  return s;
}

void AppendFragment(const Fragment& f, std::string* out) {
  if (f.items.size() == 1 && f.items[0].kind == Inline::Kind::kText) {  // most sentences: no codes to plan
    AppendContent(f.items[0].text, out);
    return;
  }
  CodePlan plan = PlanCodes(f);
  for (size_t i = 0; i < f.items.size(); ++i) {
    const Inline& it = f.items[i];
    // A pair is described once, by its opening half, so <sc>/<ec> agree.
    const Inline& desc = plan.forms[i] == CodeForm::kEnd ? f.items[plan.partner[i]] : it;
    switch (plan.forms[i]) {
      case CodeForm::kText:
        AppendContent(it.text, out);
        break;
      case CodeForm::kPairOpen:
        *out += "<pc" + Attr("id", it.id) + CodeAttrs(it) + ">";
        break;
      case CodeForm::kPairClose:
        *out += "</pc>";
        break;
      case CodeForm::kStart:
        *out += "<sc" + Attr("id", it.id) + CodeAttrs(it) + "/>";
        break;
      case CodeForm::kEnd:
        *out += "<ec" + Attr("startRef", it.id) + CodeAttrs(desc) + "/>";
        break;
      case CodeForm::kLoneStart:
        *out += "<sc" + Attr("id", it.id) + CodeAttrs(it) + Attr("isolated", "yes") + "/>";
        break;
      case CodeForm::kLoneEnd:
        *out += "<ec" + Attr("id", it.id) + CodeAttrs(it) + Attr("isolated", "yes") + "/>";
        break;
      case CodeForm::kPlaceholder:
        *out += "<ph" + Attr("id", it.id) + CodeAttrs(it) + "/>";
        break;
    }
  }
}

class Writer {
 public:
  Writer(const doc::Document& doc, std::string* out) : out_(out), with_targets_(!doc.target_language.empty()) {}

  void Blocks(const std::vector<Block>& blocks, const Block* parent) {
    for (const Block& b : blocks) {
      if (b.kind == BlockKind::kHeading) {
        section_ = UnitText(b);
        paragraph_ = 0;
      }
      if (b.kind == BlockKind::kParagraph && !parent) ++paragraph_;
      if (b.IsUnit()) Unit(b, parent);
      Blocks(b.children, &b);
    }
  }

 private:
  void Line(int depth, std::string_view s) {
    out_->append(2 * depth, ' ');
    out_->append(s);
    *out_ += '\n';
  }

  // <tag>content</tag> on its own line, written straight into the output
  // (the per-sentence path of every extract: no temporaries).
  void ContentLine(int depth, std::string_view tag, const doc::Fragment& f) {
    out_->append(2 * depth, ' ');
    *out_ += '<';
    out_->append(tag);
    *out_ += '>';
    AppendFragment(f, out_);
    *out_ += "</";
    out_->append(tag);
    *out_ += ">\n";
  }

  // The context note: what the unit is and where it sits. Written straight
  // into the output (a note per unit of every extract): the same bytes as
  // Note("context", ...) on the joined text.
  void ContextNote(const Block& b, const Block* parent) {
    out_->append(8, ' ');
    *out_ += "<note category=\"context\">";
    switch (b.kind) {
      case BlockKind::kTitle:
        *out_ += "Book title (the main heading, also the EPUB title)";
        break;
      case BlockKind::kDescription:
        *out_ += "Book description (EPUB metadata, not shown in the text)";
        break;
      case BlockKind::kHeading:
        *out_ += "Heading (section title)";
        break;
      case BlockKind::kParagraph:
        *out_ += "Paragraph ";
        AppendNumber(paragraph_);
        if (section_.empty()) {
          *out_ += " of the introduction (before the first section heading)";
        } else {
          *out_ += " of section \u201C";
          AppendSanitizedXml(section_, false, out_);
          *out_ += "\u201D";
        }
        break;
      case BlockKind::kListItem: {
        if (!parent) {
          *out_ += "List item";
          break;
        }
        size_t index = 0;
        while (&parent->children[index] != &b) ++index;
        *out_ += "List item ";
        AppendNumber(index + 1);
        *out_ += " of ";
        AppendNumber(parent->children.size());
        break;
      }
      case BlockKind::kList:
        break;
    }
    *out_ += "</note>\n";
  }

  void AppendNumber(size_t n) {
    char digits[24];
    int len = std::snprintf(digits, sizeof digits, "%zu", n);
    out_->append(digits, static_cast<size_t>(len));
  }

  void Note(std::string_view category, std::string_view text) {
    out_->append(8, ' ');
    *out_ += "<note";
    AppendAttr("category", category, out_);
    *out_ += '>';
    AppendSanitizedXml(text, false, out_);
    *out_ += "</note>\n";
  }

  void Unit(const Block& b, const Block* parent) {
    if (b.segments.empty()) return;
    int words = 0;
    for (const doc::Segment& s : b.segments) words += s.words;
    out_->append(4, ' ');
    *out_ += "<unit";
    AppendAttr("id", b.id, out_);
    *out_ += " type=\"";
    *out_ += kSubTypePrefix;
    *out_ += doc::BlockKindName(b.kind);
    *out_ += "\" xml:space=\"preserve\">\n";
    WordCount(3, words);
    Matches(b);
    Line(3, "<notes>");
    ContextNote(b, parent);
    if (parent && parent->continues_lead_in)
      Note("context", "This item completes the sentence \u201C" + parent->lead_in +
                          "\u201D that precedes the list: translate it so that it continues "
                          "that sentence grammatically (for example a lower-case start and "
                          "the same construction in every item).");
    if (HasTermCode(b)) Note("format", "The highlighted term is marked with an inline code; keep it, you may move it.");
    if (with_targets_) {
      for (const doc::Segment& s : b.segments)
        if (!s.change_note.empty()) Note("change", s.change_note);
      // Translators' and reviewers' comments stay with the unit (any
      // category but folio's reads back as a comment).
      for (const std::string& c : b.comments) Note("translator", c);
    }
    Line(3, "</notes>");
    for (size_t i = 0; i < b.segments.size(); ++i) {
      Segment(b.segments[i]);
      const std::string& space = b.segments[i].space_after;
      if (i + 1 < b.segments.size() && !space.empty()) {
        Line(3, "<ignorable>");
        out_->append(8, ' ');
        *out_ += "<source>";
        AppendContent(space, out_);
        *out_ += "</source>\n";
        Line(3, "</ignorable>");
      }
    }
    Line(2, "</unit>");
  }

  // Translation candidates (XLIFF 2 Translation Candidates module) of the
  // unit's segments still to translate, each pointing at its segment.
  void Matches(const Block& b) {
    if (!with_targets_) return;
    bool any = false;
    for (const doc::Segment& s : b.segments) any |= !s.candidates.empty();
    if (!any) return;
    Line(3, "<mtc:matches xmlns:mtc=\"" + std::string(kMatchesNamespace) + "\">");
    int n = 0;
    for (const doc::Segment& s : b.segments) {
      for (const doc::Candidate& c : s.candidates) {
        std::string type = c.kind == doc::Candidate::Kind::kContext ? "icm" : "tm";
        std::string open =
            "<mtc:match" + Attr("id", "m" + std::to_string(++n)) + Attr("ref", "#" + s.id) + Attr("type", type);
        if (c.kind == doc::Candidate::Kind::kSplit) open += Attr("subType", "folio:split");
        if (c.kind == doc::Candidate::Kind::kMerge) open += Attr("subType", "folio:merge");
        open += Attr("similarity", std::to_string(std::min(c.similarity, 100)));
        if (!c.origin.empty()) open += Attr("origin", c.origin);
        Line(4, open + ">");
        std::string source = "<source>";
        AppendFragment(c.source, &source);
        Line(5, source + "</source>");
        std::string target = "<target>";
        AppendFragment(c.target, &target);
        Line(5, target + "</target>");
        Line(4, "</mtc:match>");
      }
    }
    Line(3, "</mtc:matches>");
  }

  void Segment(const doc::Segment& s) {
    bool target = with_targets_ && s.target.has_value();
    out_->append(6, ' ');
    *out_ += "<segment";
    if (!s.id.empty()) AppendAttr("id", s.id, out_);
    if (target && (s.state != doc::State::kInitial || !s.sub_state.empty()))
      AppendAttr("state", doc::StateName(s.state), out_);
    if (target && !s.sub_state.empty()) AppendAttr("subState", s.sub_state, out_);
    *out_ += ">\n";
    ContentLine(4, "source", s.source);
    if (target) ContentLine(4, "target", *s.target);
    Line(3, "</segment>");
  }

 public:
  void WordCount(int depth, int words) {
    Line(depth, "<mda:metadata>");
    Line(depth + 1, "<mda:metaGroup category=\"folio\">");
    out_->append(2 * (depth + 2), ' ');
    *out_ += "<mda:meta type=\"word-count\">";
    *out_ += std::to_string(words);
    *out_ += "</mda:meta>\n";
    Line(depth + 1, "</mda:metaGroup>");
    Line(depth, "</mda:metadata>");
  }

 private:
  std::string* out_;
  bool with_targets_;
  std::string section_;  // plain text of the last heading
  int paragraph_ = 0;    // paragraphs since that heading
};

}  // namespace

std::string WriteXliff2(const doc::Document& doc, const WriteOptions& options) {
  std::string out;
  {
    // The file is about three times the source text: one allocation, not dozens.
    size_t source_bytes = 0;
    doc::ForEachUnit(doc.blocks, [&](const Block& b) {
      for (const doc::Segment& s : b.segments)
        for (const Inline& i : s.source.items) source_bytes += i.text.size();
    });
    out.reserve(4096 + source_bytes * (doc.target_language.empty() ? 3 : 4));
  }
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  std::string src = doc.source_language.empty() ? doc.meta.language : doc.source_language;
  if (src.empty()) src = "und";
  std::string root = "<xliff xmlns=\"" + std::string(kXliff2Namespace) + "\" xmlns:mda=\"" +
                     std::string(kMetadataNamespace) + "\" version=\"2.1\"" + Attr("srcLang", src);
  if (!doc.target_language.empty()) root += Attr("trgLang", doc.target_language);
  out += root + ">\n";
  std::string file = "  <file id=\"f1\"";
  if (!options.original.empty()) file += Attr("original", options.original);
  file += " canResegment=\"no\"";
  if (!doc.target_language.empty() && GetLocaleInfo(doc.target_language).rtl) file += " trgDir=\"rtl\"";
  out += file + ">\n";
  int words = 0;
  doc::ForEachUnit(doc.blocks, [&](const Block& b) {
    for (const doc::Segment& s : b.segments) words += s.words;
  });
  Writer w(doc, &out);
  w.WordCount(2, words);
  w.Blocks(doc.blocks, nullptr);
  out += "  </file>\n</xliff>\n";
  return out;
}

}  // namespace folio::xliff
