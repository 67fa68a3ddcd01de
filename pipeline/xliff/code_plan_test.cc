#include "xliff/code_plan.h"

#include <gtest/gtest.h>

namespace folio::xliff {
namespace {

using doc::Inline;

doc::Fragment Items(const std::string& spec) {
  // "o1 t c1 p2": open 1, text, close 1, placeholder 2.
  doc::Fragment f;
  for (size_t i = 0; i < spec.size(); ++i) {
    char c = spec[i];
    if (c == ' ') continue;
    if (c == 't') {
      f.items.push_back({Inline::Kind::kText, "x"});
      continue;
    }
    std::string id(1, spec[++i]);
    Inline::Kind kind = c == 'o' ? Inline::Kind::kOpen : c == 'c' ? Inline::Kind::kClose : Inline::Kind::kPlaceholder;
    f.items.push_back({kind, "", id});
  }
  return f;
}

std::vector<CodeForm> Forms(const std::string& spec) { return PlanCodes(Items(spec)).forms; }

TEST(CodePlan, WritesANestedPairAsOneElementAndACrossingPairAsHalves) {
  using F = CodeForm;
  EXPECT_EQ(Forms("o1 t c1"), (std::vector<F>{F::kPairOpen, F::kText, F::kPairClose}));
  EXPECT_EQ(Forms("o1 o2 t c2 c1"),
            (std::vector<F>{F::kPairOpen, F::kPairOpen, F::kText, F::kPairClose, F::kPairClose}));
  // 1 opens, 2 opens, 1 closes before 2: 1 cannot be an element around 2.
  EXPECT_EQ(Forms("o1 o2 c1 c2"), (std::vector<F>{F::kStart, F::kPairOpen, F::kEnd, F::kPairClose}));
}

TEST(CodePlan, MarksHalvesWithoutPartnersAndPlaceholders) {
  using F = CodeForm;
  EXPECT_EQ(Forms("c1 t o2 p3"), (std::vector<F>{F::kLoneEnd, F::kText, F::kLoneStart, F::kPlaceholder}));
  CodePlan plan = PlanCodes(Items("o1 t c1"));
  EXPECT_EQ(plan.partner, (std::vector<int>{2, -1, 0}));
}

}  // namespace
}  // namespace folio::xliff
