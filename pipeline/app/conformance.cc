#include "app/conformance.h"

#include "audit/conformance.h"

namespace folio::app {

void SetConformance(const audit::AuditResult& own, epub::EpubInput* book) {
  std::vector<audit::Finding> blockers = audit::ClaimBlockers(own);
  book->conformance_verified = blockers.empty();
  book->certified_by = blockers.empty() ? audit::kCertifiedBy : "";
  book->conformance_problems = static_cast<int>(blockers.size());
  book->conformance_criteria = audit::WcagCriteria(blockers);
}

}  // namespace folio::app
