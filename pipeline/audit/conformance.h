// The EPUB Accessibility 1.1 conformance claim (dcterms:conformsTo and
// a11y:certifiedBy in the package document): when folio makes it, and how an
// audit checks a claim an EPUB makes.
//
// folio build makes the claim for an edition only when folio's own checks
// (audit/checks.h, and the regressions against the source edition) find
// nothing at error severity; they need no external tool, so the EPUB bytes
// do not depend on what is installed. folio audit then checks the claim of
// the EPUB as built: against folio's checks again and, when they ran,
// against EPUBCheck and Ace.
#ifndef FOLIO_AUDIT_CONFORMANCE_H_
#define FOLIO_AUDIT_CONFORMANCE_H_

#include <string>
#include <vector>

#include "audit/report.h"
#include "base/status.h"

namespace folio::audit {

// The claim, exactly as EPUB Accessibility 1.1 spells its pattern
// "EPUB Accessibility 1.1 - WCAG 2.X Level (A|AA|AAA)".
inline constexpr char kConformsTo[] = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";
// Who makes it: a program, said as such (a11y:certifiedBy).
inline constexpr char kCertifiedBy[] = "folio automated accessibility checks";

// The findings and regressions of `result` that rule a claim out: those at
// error severity, findings first, in order.
std::vector<Finding> ClaimBlockers(const AuditResult& result);

// The WCAG criteria of `findings`, each once, in numeric order, joined by
// ", ": "1.1.1, 1.3.1, 1.4.10". Findings without one are left out.
std::string WcagCriteria(const std::vector<Finding>& findings);

// The dcterms:conformsTo value of a package document (the first one, spaces
// trimmed), "" when it has none. `label` names the document in the error
// returned when it is not well-formed XML ("label:line:col: ...").
Status ReadConformsTo(const std::string& package_opf, const std::string& label, std::string* claim);

// a11y.conformance-claim (error): `epub` ("article.epub") claims `claim` ("" =
// no claim, nothing to check) but
//  - `own`, folio's checks of the same edition, has claim blockers (the EPUB
//    is older than the translations, or was built by something else), or
//  - `validator_findings` (what EPUBCheck and Ace reported on this EPUB) hold
//    an EPUBCheck error (code epubcheck.*, severity error) or any Ace
//    violation (code ace.*).
// One finding per reason, appended to *out.
void CheckConformanceClaim(const std::string& epub, const std::string& claim, const AuditResult& own,
                           const std::vector<Finding>& validator_findings, std::vector<Finding>* out);

}  // namespace folio::audit

#endif  // FOLIO_AUDIT_CONFORMANCE_H_
