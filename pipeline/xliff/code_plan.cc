#include "xliff/code_plan.h"

namespace folio::xliff {

using doc::Inline;

CodePlan PlanCodes(const doc::Fragment& f) {
  size_t n = f.items.size();
  CodePlan plan;
  std::vector<int>& partner = plan.partner;
  partner.assign(n, -1);
  plan.forms.assign(n, CodeForm::kText);
  std::vector<CodeForm>& forms = plan.forms;
  for (size_t i = 0; i < n; ++i) {
    const Inline& it = f.items[i];
    if (it.kind == Inline::Kind::kPlaceholder) forms[i] = CodeForm::kPlaceholder;
    if (it.kind == Inline::Kind::kOpen) forms[i] = CodeForm::kLoneStart;
    if (it.kind == Inline::Kind::kClose && partner[i] < 0) forms[i] = CodeForm::kLoneEnd;
    if (it.kind != Inline::Kind::kOpen) continue;
    for (size_t j = i + 1; j < n; ++j) {
      const Inline& c = f.items[j];
      if (c.kind == Inline::Kind::kClose && c.id == it.id && partner[j] < 0) {
        partner[i] = static_cast<int>(j);
        partner[j] = static_cast<int>(i);
        break;
      }
    }
  }
  std::vector<int> open;
  for (size_t i = 0; i < n; ++i) {
    int p = partner[i];
    if (p < 0) continue;
    if (f.items[i].kind == Inline::Kind::kOpen) {
      open.push_back(static_cast<int>(i));
    } else if (!open.empty() && open.back() == p) {
      open.pop_back();
      forms[p] = CodeForm::kPairOpen;
      forms[i] = CodeForm::kPairClose;
    } else {
      std::erase(open, p);
      forms[p] = CodeForm::kStart;
      forms[i] = CodeForm::kEnd;
    }
  }
  return plan;
}

bool HasTermCode(const doc::Block& b) {
  for (const doc::Segment& s : b.segments)
    for (const Inline& i : s.source.items)
      if (i.kind == Inline::Kind::kOpen && i.type == doc::code::kTerm) return true;
  return false;
}

std::string UnitText(const doc::Block& b) {
  std::string s;
  for (size_t i = 0; i < b.segments.size(); ++i) {
    s += b.segments[i].source.PlainText();
    if (i + 1 < b.segments.size()) s += b.segments[i].space_after;
  }
  return s;
}

}  // namespace folio::xliff
