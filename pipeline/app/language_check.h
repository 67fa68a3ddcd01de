// Is a returned file in the language it claims? Two checks run on
// validate/import before anything is merged (issue 14: a French file
// relabelled trgLang="de" replaced the German translations):
//  - its translated text, identified by langid, must not read confidently
//    as another language than its trgLang;
//  - its targets must not be those stored for another locale of the project.
// A file that fails either is refused whole, with one line
// "FILE:1:1: what is wrong: evidence; what to do".
#ifndef FOLIO_APP_LANGUAGE_CHECK_H_
#define FOLIO_APP_LANGUAGE_CHECK_H_

#include <string>

#include "app/config.h"
#include "base/status.h"
#include "langid/langid.h"
#include "xliff/xliff_file.h"

namespace folio::app {

// What the file-level language decision found in a returned file.
struct LanguageEvidence {
  langid::Reading reading = langid::Reading::kUnknown;
  langid::Verdict verdict;  // of all the judged text at once (kFileThresholds)
  int targets = 0;          // targets judged: not empty, not equal to their source, with letters
  int characters = 0;       // code points of their text
  // Only when all the text reads as another language: of the targets judged,
  // those whose closest language alone (kVoteThresholds) is verdict.language,
  // and those whose closest is the claimed one.
  int votes_other = 0;
  int votes_claimed = 0;
  bool capped = false;  // only the first kMaxJudgedBytes of target text were judged
};

// The judged text is capped: a few hundred kilobytes say which language a
// file is in as surely as 64 MiB, at a fraction of the time and memory.
inline constexpr size_t kMaxJudgedBytes = 256 * 1024;

// The file-level decision, no I/O: kOther only when all the judged text reads
// confidently as another language than `claimed_tag` (textcat has a model
// of the claimed language) and at most half as many targets read as the
// claimed language on their own as read as that other one. Targets made
// mostly of their source's words are left out (langid::kMostlySourceWords: copies of the
// source, names and numbers that are the same in every language).
LanguageEvidence JudgeFileLanguage(const langid::Identifier& identifier, const xliff::XliffFile& file,
                                   const std::string& claimed_tag);

// OK unless JudgeFileLanguage says kOther; then the refusal
// "PATH:1:1: the targets read as French (fr), not German (de): 81 of 83
// targets, 9,870 characters; if this is the French translation, set
// trgLang="fr" in the translation tool's export; otherwise export the German
// file again" (81: targets that read as French on their own; 83: targets
// judged).
Status CheckTargetLanguage(const langid::Identifier& identifier, const xliff::XliffFile& file);

// OK unless most targets of `file` are the targets stored for another locale
// of the project (locales/<other>/<article>.xlf, segment by segment, for
// every article): at least 3 of them and more than two thirds of the
// targets compared (those not mostly their source's words), so that a short file
// sharing a proper name or two with another locale passes. Locales with the
// same primary language as the file's (fr-CA for fr) are not compared: one
// is often made from the other. A stored file that cannot be read is
// skipped (import reports it where it matters).
Status CheckNotAnotherLocale(const Project& project, const xliff::XliffFile& file);

// Both checks, for import/validate, on a file whose trgLang is a target
// locale of the project. Pseudo-locales pass (folio makes them; import
// refuses them next). When textcat's models cannot be loaded the error is
// an I/O error that says to install libexttextcat-data (import refuses the
// file with it, like any file it cannot check).
Status CheckReturnedLanguage(const Project& project, const xliff::XliffFile& file);

}  // namespace folio::app

#endif  // FOLIO_APP_LANGUAGE_CHECK_H_
