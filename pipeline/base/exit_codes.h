// The exit codes of every folio command, in one place (README "Exit codes").
#ifndef FOLIO_BASE_EXIT_CODES_H_
#define FOLIO_BASE_EXIT_CODES_H_

namespace folio::exit_code {

inline constexpr int kOk = 0;             // success (warnings may have been printed)
inline constexpr int kRejected = 1;       // input rejected: invalid XLIFF, a failed check, a bad project
                                          // file; audit: findings at or above --fail-on
inline constexpr int kUsage = 2;          // unknown command or option, missing argument
inline constexpr int kEnvironment = 3;    // a file could not be read or written; audit could not run
inline constexpr int kPartlyRefused = 4;  // import/validate --accept-valid: some units or files refused

}  // namespace folio::exit_code

#endif  // FOLIO_BASE_EXIT_CODES_H_
