// Regressions of a localized edition against the source edition: what the
// translation (or its rendering) lost that the source had.
#ifndef FOLIO_AUDIT_REGRESSION_H_
#define FOLIO_AUDIT_REGRESSION_H_

#include <vector>

#include "audit/report.h"
#include "doc/document.h"

namespace folio::audit {

// Compares the audits of the source edition and of one localized edition
// (RunAudit results) and their documents. Each kind has its own code:
//   a11y.regression.heading-lost (error, 1.3.1): the edition has a different
//     number of <h2> than the source; names the first source heading the
//     edition lacks (or the first extra one);
//   a11y.regression.lang-missing (error, 3.1.1): the source declares <html
//     lang> and the edition does not;
//   a11y.regression.sentence-longer (warning, 3.1.5): in a language with
//     spaces between sentences, a translated segment has more than twice the
//     characters of its source (sources under 20 characters are skipped:
//     short phrases vary too much); names the segment id.
std::vector<Finding> CompareWithSource(const AuditResult& source, const AuditResult& edition, const doc::Document& src,
                                       const doc::Document& loc);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_REGRESSION_H_
