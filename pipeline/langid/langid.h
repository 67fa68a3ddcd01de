// Language identification of translated text, so that a returned file whose
// targets are in another language than it claims is caught (issue 14: the
// French translation labelled trgLang="de" must not replace the German one).
//
// The identifier is libexttextcat (Cavnar & Trenkle n-gram ranks, the
// language guesser of LibreOffice) with the models Debian ships in
// libexttextcat-data: folio has no word lists of its own. This module only
// prepares the text, ranks textcat's models for it and decides, with
// thresholds measured on real translations (bench/langid-false-refusals),
// when the ranking is clear enough to act on. When it is not -- too little
// text, two languages too close, a language textcat has no model of
// (pseudo-locales, most of the world's languages) -- the answer is
// "unknown", which callers must treat as "no objection".
#ifndef FOLIO_LANGID_LANGID_H_
#define FOLIO_LANGID_LANGID_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace folio::langid {

// The text a language is judged on: `plain` (a target's text, inline codes
// already left out) without what reads the same in every language -- URLs,
// e-mail addresses, placeholders ({0}, {name}, %s, %1$d, ${x}, {{x}}),
// markup-like tags, character references, numbers -- and with every run of
// whitespace made one space. Letters, punctuation and spaces are kept:
// textcat's models were made from running text with its punctuation.
std::string PrepareText(std::string_view plain);

// The number of letters (Unicode alphabetic code points) in `text`.
int CountLetters(std::string_view text);

// The share of the words of `target` (runs of letters, compared without
// case) that are words of `source` too, each source word counted once:
// 1 for a copy of the source, whatever its white space, codes or case; 0
// when they have no word in common or `target` has none. A target made
// mostly of its source's words is the source being edited, or names and
// terms that every language writes alike: it says nothing about the
// language of a translation.
double SharedWords(std::string_view target, std::string_view source);
// From this share on, a target is left out of every language check.
inline constexpr double kMostlySourceWords = 0.5;

// One language as textcat ranks it for a text.
struct Candidate {
  std::string language;  // BCP 47 primary subtag, lower case: "fr", "sr" (for sr-Latn too), "zh"
  std::string model;     // textcat's name of the closest model of that language: "fr--utf8"
  // textcat's out-of-place distance divided by its largest possible value for
  // this text: 0 when the text ranks its n-grams exactly as the model does,
  // 1 when they have none in common.
  double distance = 1;
};

struct Identification {
  int letters = 0;                    // letters in the prepared text
  std::vector<Candidate> candidates;  // one per language, closest first; empty when no letters
};

class Identifier {
 public:
  // Loads the models listed in `dir`/fpdb.conf (textcat's own list: model file,
  // name). Errors name the file that could not be read and say to install
  // libexttextcat-data.
  static Status Load(const std::string& dir, std::unique_ptr<Identifier>* out);

  // The models of this machine, loaded once per process (thread-safe): from
  // $FOLIO_LANGID_MODELS when set, else from libexttextcat-data's folder
  // found at build time. *out is set only when ok; the error is kept and
  // returned again on every later call.
  static Status Default(const Identifier** out);

  ~Identifier();
  Identifier(const Identifier&) = delete;
  Identifier& operator=(const Identifier&) = delete;

  // Ranks every language for PrepareText(plain). Thread-safe.
  Identification Identify(std::string_view plain) const;

  // Whether textcat has a model of the language of `tag` (its primary
  // subtag: "de-CH" -> de). False for pseudo-locales (qps-ploc, qps-plocm),
  // private-use and unknown tags.
  bool HasModel(std::string_view tag) const;

  size_t model_count() const { return models_.size(); }

 private:
  struct Model {
    void* fingerprint = nullptr;  // textcat's fp handle
    std::string name;             // "fr--utf8"
    std::string language;         // "fr"
  };
  Identifier() = default;
  std::vector<Model> models_;
};

// The BCP 47 primary subtag of a textcat model name or of a language tag,
// lower case, with the deprecated and macrolanguage codes textcat or a tool
// may use mapped onto the one textcat has a model of: "fr--utf8" -> "fr",
// "zh-CN-utf8" -> "zh", "az-cyrillic-utf8" -> "az", "sh--utf8" -> "sr",
// "de-CH" -> "de", "no" -> "nb", "iw" -> "he", "in" -> "id".
std::string PrimaryLanguage(std::string_view name_or_tag);

// The English name of the language of `tag` (its primary subtag), from ICU's
// display names: "fr-CA" -> "French", "de" -> "German"; the tag itself when
// ICU has no name for it ("qps-ploc"). For messages.
std::string LanguageName(std::string_view tag);

// How sure Decide must be.
struct Thresholds {
  int min_letters;      // less text than this: unknown
  double min_margin;    // the next language's distance over the best's, minus 1, at least
  double max_distance;  // the best language's distance at most (text far from every model: unknown)
};
// For the whole translated text of a returned file, and for one segment
// (qa.wrong-language). Measured by bench/langid-false-refusals: see README.
inline constexpr Thresholds kFileThresholds{120, 0.04, 0.90};
inline constexpr Thresholds kSegmentThresholds{60, 0.06, 0.86};
// For one target's vote in a file's decision: its closest language, when it
// has a few words; the file's whole text must still be clear on its own.
inline constexpr Thresholds kVoteThresholds{20, 0.0, 1.0};

struct Verdict {
  bool confident = false;  // "the text is in `language`"; false: unknown
  std::string language;    // the closest language, confident or not ("" without letters)
  double margin = 0;       // the next language's distance over the best's, minus 1
  int letters = 0;
};

// Confident only when the text has at least t.min_letters letters, its best
// language is within t.max_distance and the next language (not one of the
// same close group, see SameLanguageGroup) is at least t.min_margin further.
Verdict Decide(const Identification& id, const Thresholds& t);

// True when a and b (primary subtags) are one language or written so alike
// that textcat cannot be trusted to tell them apart: Norwegian Bokmål,
// Nynorsk and Danish; Serbian, Croatian and Bosnian; Malay and Indonesian.
bool SameLanguageGroup(std::string_view a, std::string_view b);

enum class Reading {
  kUnknown,    // no objection: too little text, unclear, or no model of the claimed language
  kAsClaimed,  // confidently the claimed language (or one of its group)
  kOther,      // confidently another language: Verdict::language
};

// Whether `id` reads as the language of `claimed_tag`. kUnknown whenever
// textcat has no model of the claimed language (pseudo-locales, unknown
// tags): a text can only be said not to be in a language textcat knows.
Reading Judge(const Identifier& identifier, std::string_view claimed_tag, const Identification& id, const Thresholds& t,
              Verdict* verdict);

}  // namespace folio::langid

#endif  // FOLIO_LANGID_LANGID_H_
