// What both XLIFF writers (1.2 and 2.x) decide the same way: how each inline
// code of a fragment is written, and the facts about a unit their notes use.
#ifndef FOLIO_XLIFF_CODE_PLAN_H_
#define FOLIO_XLIFF_CODE_PLAN_H_

#include <string>
#include <vector>

#include "doc/document.h"

namespace folio::xliff {

// How one item of a fragment is written:
//   kText          text
//   kPairOpen/Close a pair properly nested in the XML tree: one element
//                  around its content (2.x <pc>, 1.2 <g>)
//   kStart/kEnd    a pair that crosses another: two empty halves (2.x
//                  <sc>/<ec>, 1.2 <bx>/<ex> with rid)
//   kLoneStart/End a half whose partner is not in the fragment (isolated)
//   kPlaceholder   a standalone code (2.x <ph>, 1.2 <x>)
enum class CodeForm { kText, kPairOpen, kPairClose, kStart, kEnd, kLoneStart, kLoneEnd, kPlaceholder };

struct CodePlan {
  std::vector<CodeForm> forms;  // one per item of the fragment
  std::vector<int> partner;     // for paired halves, the index of the other half; else -1
};

// An open code pairs with the first later close of the same id not yet
// paired; pairs that nest become kPairOpen/Close, the others kStart/kEnd.
CodePlan PlanCodes(const doc::Fragment& f);

// True when a segment of `b` marks a term (doc::code::kTerm): its notes then
// tell the translator to keep the code.
bool HasTermCode(const doc::Block& b);

// The unit's source text, segments joined by their spaces (for notes).
std::string UnitText(const doc::Block& b);

}  // namespace folio::xliff

#endif  // FOLIO_XLIFF_CODE_PLAN_H_
