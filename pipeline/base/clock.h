// The one place folio asks what time it is. Outputs must be reproducible, so
// the time comes from SOURCE_DATE_EPOCH (reproducible-builds.org) when it is
// set, else from the article's metadata date; never from the wall clock.
// Only the translation memory's entry dates fall back to the wall clock,
// which the commands read through their Env (base/env.h, NowSeconds).
#ifndef FOLIO_BASE_CLOCK_H_
#define FOLIO_BASE_CLOCK_H_

#include <cstdint>
#include <string>

namespace folio {

// Seconds since the epoch from SOURCE_DATE_EPOCH, or `fallback` when the
// variable is unset or not a number.
int64_t BuildEpoch(int64_t fallback);

// "YYYY-MM-DDThh:mm:ssZ" in UTC.
std::string FormatUtc(int64_t epoch_seconds);

// Parses "YYYY-MM-DD" (midnight UTC). Returns false on bad input.
bool ParseIsoDate(const std::string& date, int64_t* epoch_seconds);

}  // namespace folio

#endif  // FOLIO_BASE_CLOCK_H_
