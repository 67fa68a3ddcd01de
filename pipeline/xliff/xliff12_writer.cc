#include "xliff/xliff12_writer.h"

#include <algorithm>
#include <vector>

#include "base/text.h"
#include "base/xml_escape.h"
#include "xliff/xliff12_names.h"
#include "xliff/code_plan.h"
#include "xliff/xliff2_names.h"

namespace folio::xliff {

namespace {

using doc::Block;
using doc::BlockKind;
using doc::Fragment;
using doc::Inline;

void AppendContent(std::string_view text, std::string* out) { AppendXmlText(text, NonXmlChar::kReplacement, out); }

std::string Escaped(std::string_view text) {
  std::string s;
  AppendSanitizedXml(text, false, &s);
  return s;
}

std::string Attr(std::string_view name, std::string_view value) {
  std::string s = " " + std::string(name) + "=\"";
  AppendSanitizedXml(value, true, &s);
  return s + "\"";
}

std::string Ctype(const Inline& code, bool placeholder) {
  std::string ctype = CodeTypeToCtype(code.type, placeholder);
  return ctype.empty() ? "" : Attr("ctype", ctype);
}

void AppendFragment(const Fragment& f, std::string* out) {
  if (f.items.size() == 1 && f.items[0].kind == Inline::Kind::kText) {  // most sentences: no codes to plan
    AppendContent(f.items[0].text, out);
    return;
  }
  CodePlan plan = PlanCodes(f);
  for (size_t i = 0; i < f.items.size(); ++i) {
    const Inline& it = f.items[i];
    switch (plan.forms[i]) {
      case CodeForm::kText:
        AppendContent(it.text, out);
        break;
      case CodeForm::kPairOpen:
        *out += "<g" + Attr("id", it.id) + Ctype(it, false) + ">";
        break;
      case CodeForm::kPairClose:
        *out += "</g>";
        break;
      case CodeForm::kStart:
        *out += "<bx" + Attr("id", it.id) + Attr("rid", it.id) + Ctype(it, false) + "/>";
        break;
      case CodeForm::kEnd:
        *out += "<ex" + Attr("id", it.id) + Attr("rid", it.id) + "/>";
        break;
      // No rid on lone halves: an <ex rid> must point at a <bx rid> (schema keyref).
      case CodeForm::kLoneStart:
        *out += "<bx" + Attr("id", it.id) + Ctype(it, false) + "/>";
        break;
      case CodeForm::kLoneEnd:
        *out += "<ex" + Attr("id", it.id) + "/>";
        break;
      case CodeForm::kPlaceholder:
        *out += "<x" + Attr("id", it.id) + Ctype(it, true) + "/>";
        break;
    }
  }
}

std::string Restype(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kListItem:
      return "listitem";
    default:
      return "x-folio-" + std::string(doc::BlockKindName(kind));
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

  void Line(int depth, const std::string& s) {
    out_->append(2 * depth, ' ');
    *out_ += s;
    *out_ += '\n';
  }

  void WordCount(int depth, const std::string& name, int words) {
    Line(depth, "<count-group" + Attr("name", name) + ">");
    Line(depth + 1, "<count count-type=\"total\" unit=\"word\">" + std::to_string(words) + "</count>");
    Line(depth, "</count-group>");
  }

 private:
  // The same wording as the 2.x writer's notes, so translators see the same
  // context whichever version they are sent.
  std::string WhatItIs(const Block& b, const Block* parent) const {
    switch (b.kind) {
      case BlockKind::kTitle:
        return "Book title (the main heading, also the EPUB title)";
      case BlockKind::kDescription:
        return "Book description (EPUB metadata, not shown in the text)";
      case BlockKind::kHeading:
        return "Heading (section title)";
      case BlockKind::kParagraph:
        if (section_.empty())
          return "Paragraph " + std::to_string(paragraph_) + " of the introduction (before the first section heading)";
        return "Paragraph " + std::to_string(paragraph_) + " of section \u201C" + section_ + "\u201D";
      case BlockKind::kListItem: {
        if (!parent) return "List item";
        size_t index = 0;
        while (&parent->children[index] != &b) ++index;
        return "List item " + std::to_string(index + 1) + " of " + std::to_string(parent->children.size());
      }
      case BlockKind::kList:
        break;
    }
    return "";
  }

  void Note(const std::string& text) { Line(4, "<note from=\"folio\">" + Escaped(text) + "</note>"); }

  void Unit(const Block& b, const Block* parent) {
    if (b.segments.empty()) return;
    int words = 0;
    for (const doc::Segment& s : b.segments) words += s.words;
    Line(3, "<group" + Attr("id", b.id) + Attr("restype", Restype(b.kind)) + ">");
    WordCount(4, b.id, words);
    Note(WhatItIs(b, parent));
    if (parent && parent->continues_lead_in)
      Note("This item completes the sentence \u201C" + parent->lead_in +
           "\u201D that precedes the list: translate it so that it continues that sentence "
           "grammatically (for example a lower-case start and the same construction in every "
           "item).");
    if (HasTermCode(b)) Note("The highlighted term is marked with an inline code; keep it, you may move it.");
    if (with_targets_)
      for (const std::string& c : b.comments) Line(4, "<note from=\"translator\">" + Escaped(c) + "</note>");
    for (const doc::Segment& s : b.segments) TransUnit(s);
    Line(3, "</group>");
  }

  void TransUnit(const doc::Segment& s) {
    bool target = with_targets_ && s.target.has_value();
    doc::State state = target ? s.state : doc::State::kInitial;
    bool approved = state == doc::State::kReviewed || state == doc::State::kFinal;
    Line(4, "<trans-unit" + Attr("id", s.id) + " xml:space=\"preserve\"" + (approved ? " approved=\"yes\"" : "") + ">");
    std::string source = "<source>";
    AppendFragment(s.source, &source);
    Line(5, source + "</source>");
    std::string t = "<target state=\"";
    if (!target) {
      t += "new\">";
      AppendFragment(s.source, &t);
    } else {
      switch (state) {
        case doc::State::kInitial:
          t += "needs-translation";
          break;
        case doc::State::kTranslated:
          t += "translated";
          break;
        case doc::State::kReviewed:
          t += "signed-off";
          break;
        case doc::State::kFinal:
          t += "final";
          break;
      }
      t += "\"";
      // A pre-filled memory match (leverage.h), as XLIFF 1.2 says it.
      if (s.sub_state == "folio:exact-100") t += " state-qualifier=\"exact-match\"";
      if (s.sub_state == "folio:context-101") t += " state-qualifier=\"leveraged-tm\"";
      t += ">";
      AppendFragment(*s.target, &t);
    }
    Line(5, t + "</target>");
    if (with_targets_) {
      if (!s.change_note.empty()) Line(5, "<note from=\"folio\">" + Escaped(s.change_note) + "</note>");
      for (const doc::Candidate& c : s.candidates) {
        std::string quality = std::to_string(std::min(c.similarity, 100));
        std::string open = "<alt-trans" + Attr("match-quality", quality);
        if (!c.origin.empty()) open += Attr("origin", c.origin);
        if (c.kind == doc::Candidate::Kind::kSplit) open += Attr("alttranstype", "x-folio-split");
        if (c.kind == doc::Candidate::Kind::kMerge) open += Attr("alttranstype", "x-folio-merge");
        Line(5, open + ">");
        std::string cs = "<source>";
        AppendFragment(c.source, &cs);
        Line(6, cs + "</source>");
        std::string ct = "<target>";
        AppendFragment(c.target, &ct);
        Line(6, ct + "</target>");
        Line(5, "</alt-trans>");
      }
    }
    Line(4, "</trans-unit>");
  }

  std::string* out_;
  bool with_targets_;
  std::string section_;  // plain text of the last heading
  int paragraph_ = 0;    // paragraphs since that heading
};

}  // namespace

std::string WriteXliff12(const doc::Document& doc, const WriteOptions& options) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<xliff version=\"1.2\" xmlns=\"" + std::string(kXliff12Namespace) + "\">\n";
  std::string src = doc.source_language.empty() ? doc.meta.language : doc.source_language;
  if (src.empty()) src = "und";
  // original is required in 1.2; an empty value is still schema-valid.
  std::string file = "  <file" + Attr("original", options.original) + Attr("source-language", src);
  if (!doc.target_language.empty()) file += Attr("target-language", doc.target_language);
  out += file + " datatype=\"plaintext\" tool-id=\"folio\">\n";
  int words = 0;
  doc::ForEachUnit(doc.blocks, [&](const Block& b) {
    for (const doc::Segment& s : b.segments) words += s.words;
  });
  Writer w(doc, &out);
  w.Line(2, "<header>");
  w.Line(3, "<tool tool-id=\"folio\" tool-name=\"folio\"/>");
  w.WordCount(3, "file", words);
  w.Line(2, "</header>");
  w.Line(2, "<body>");
  w.Blocks(doc.blocks, nullptr);
  w.Line(2, "</body>");
  out += "  </file>\n</xliff>\n";
  return out;
}

}  // namespace folio::xliff
