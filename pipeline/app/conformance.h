// The accessibility conformance claim folio build writes into an edition's
// EPUB, decided by folio's own checks of that edition (audit/conformance.h).
#ifndef FOLIO_APP_CONFORMANCE_H_
#define FOLIO_APP_CONFORMANCE_H_

#include "audit/report.h"
#include "epub/epub.h"

namespace folio::app {

// `own`: CheckEdition's result for the edition plus, for a translation, its
// regressions against the source edition. With no finding or regression at
// error severity, the book claims audit::kConformsTo, certified by
// audit::kCertifiedBy; otherwise it claims nothing and its accessibility
// summary names the number of problems and their WCAG criteria.
void SetConformance(const audit::AuditResult& own, epub::EpubInput* book);

}  // namespace folio::app

#endif  // FOLIO_APP_CONFORMANCE_H_
