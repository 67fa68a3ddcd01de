#include "doc/document.h"

namespace folio::doc {

std::string Fragment::PlainText() const {
  std::string s;
  for (const Inline& i : items)
    if (i.kind == Inline::Kind::kText) s += i.text;
  return s;
}

void Fragment::AppendText(std::string_view text) {
  if (text.empty()) return;
  if (!items.empty() && items.back().kind == Inline::Kind::kText) {
    items.back().text += text;
    return;
  }
  Inline i;
  i.text = text;
  items.push_back(std::move(i));
}

Fragment TextFragment(std::string text) {
  Fragment f;
  if (text.empty()) return f;
  Inline i;
  i.text = std::move(text);
  f.items.push_back(std::move(i));
  return f;
}

const char* StateName(State s) {
  switch (s) {
    case State::kInitial:
      return "initial";
    case State::kTranslated:
      return "translated";
    case State::kReviewed:
      return "reviewed";
    case State::kFinal:
      return "final";
  }
  return "initial";
}

bool ParseState(const std::string& s, State* out) {
  if (s == "initial")
    *out = State::kInitial;
  else if (s == "translated")
    *out = State::kTranslated;
  else if (s == "reviewed")
    *out = State::kReviewed;
  else if (s == "final")
    *out = State::kFinal;
  else
    return false;
  return true;
}

const char* BlockKindName(BlockKind k) {
  switch (k) {
    case BlockKind::kTitle:
      return "title";
    case BlockKind::kDescription:
      return "description";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kList:
      return "list";
    case BlockKind::kListItem:
      return "list-item";
  }
  return "paragraph";
}

}  // namespace folio::doc
