// folio validate --xliff-only: XLIFF 2.x conformance of any file, with no
// project (like Okapi's Lynx).
#ifndef FOLIO_APP_VALIDATE_XLIFF_H_
#define FOLIO_APP_VALIDATE_XLIFF_H_

#include <string>
#include <vector>

#include "app/commands.h"
#include "base/status.h"
#include "xliff/validate2.h"

namespace folio::app {

// Checks every file with xliff::ValidateXliff2 (well-formedness, the schema
// rules folio checks itself, and the XLIFF 2.1 rules the schemas cannot
// express; pipeline/xliff/CONFORMANCE.md lists them) and nothing about any
// project. Adds "FILE: valid XLIFF 2.x" to report->lines for each file that
// passes. Returns OK when every file passes; otherwise an invalid-input
// Status whose message has one "file:line:col: ..." line per problem of
// every file, then a count. A file that cannot be read (missing, a
// directory, unreadable) makes the Status NotFound or IoError instead, its
// message naming it after the problems of the other files. Files over
// 64 MiB are refused without being read whole. `options` registers
// fragment-identifier prefixes of extensions.
Status ValidateXliffOnly(const std::vector<std::string>& files, const xliff::Xliff2ValidationOptions& options,
                         Report* report);

}  // namespace folio::app

#endif  // FOLIO_APP_VALIDATE_XLIFF_H_
