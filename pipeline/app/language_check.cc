#include "app/language_check.h"

#include <map>
#include <set>

#include "base/file_io.h"
#include "base/locale_info.h"
#include "base/text.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

std::string WithThousands(int n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// "French (fr)", the tag as the file or the project writes it.
std::string Named(const std::string& tag) { return langid::LanguageName(tag) + " (" + tag + ")"; }

// The translated targets that say something about their language: not
// empty, and not mostly the source's words again. Tools copy the source into
// the target (OmegaT, Okapi: with other white space or codes), a translator
// may have changed one word of it, names are the same in every language:
// such a target reads as the source language whatever the file's is.
template <typename Fn>
void ForEachTranslated(const xliff::XliffFile& file, Fn fn) {
  for (const xliff::XUnit& u : file.units)
    for (const xliff::XSegment& s : u.segments) {
      if (!s.target) continue;
      std::string text = s.target->PlainText();
      if (text.empty() || langid::SharedWords(text, s.source.PlainText()) >= langid::kMostlySourceWords) continue;
      fn(s, text);
    }
}

std::string WhatToDo(const std::string& found_tag, const std::string& claimed_tag) {
  return "if this is the " + langid::LanguageName(found_tag) + " translation, set trgLang=\"" + found_tag +
         "\" in the translation tool's export; otherwise export the " + langid::LanguageName(claimed_tag) +
         " file again";
}

}  // namespace

LanguageEvidence JudgeFileLanguage(const langid::Identifier& identifier, const xliff::XliffFile& file,
                                   const std::string& claimed_tag) {
  LanguageEvidence ev;
  if (!identifier.HasModel(claimed_tag)) return ev;
  std::string all;
  std::vector<std::string> judged;
  ForEachTranslated(file, [&](const xliff::XSegment&, const std::string& text) {
    if (ev.capped || langid::CountLetters(text) == 0) return;
    if (all.size() + text.size() > kMaxJudgedBytes && !all.empty()) {
      ev.capped = true;
      return;
    }
    ++ev.targets;
    ev.characters += static_cast<int>(CountCodePoints(text));
    all += (all.empty() ? "" : " ") + text;
    judged.push_back(text);
  });
  ev.reading = langid::Judge(identifier, claimed_tag, identifier.Identify(all), langid::kFileThresholds, &ev.verdict);
  if (ev.reading != langid::Reading::kOther) return ev;  // a file in its language costs one identification
  std::string claimed = langid::PrimaryLanguage(claimed_tag);
  for (const std::string& text : judged) {
    if (langid::CountLetters(langid::PrepareText(text)) < langid::kVoteThresholds.min_letters) continue;
    langid::Verdict v = langid::Decide(identifier.Identify(text), langid::kVoteThresholds);
    if (!v.confident) continue;
    if (langid::SameLanguageGroup(v.language, claimed))
      ++ev.votes_claimed;
    else if (v.language == ev.verdict.language)
      ++ev.votes_other;
  }
  // Mixed content (quotations, names, a paragraph left in the source
  // language) can tip the whole text; the segments that decide alone must
  // agree before a file is refused.
  if (ev.reading == langid::Reading::kOther && 2 * ev.votes_claimed > ev.votes_other)
    ev.reading = langid::Reading::kUnknown;
  return ev;
}

Status CheckTargetLanguage(const langid::Identifier& identifier, const xliff::XliffFile& file) {
  LanguageEvidence ev = JudgeFileLanguage(identifier, file, file.trg_lang);
  if (ev.reading != langid::Reading::kOther) return Status::Ok();
  const std::string& found = ev.verdict.language;
  return Status::At({file.path, 1, 1},
                    "the targets read as " + Named(found) + ", not " + Named(file.trg_lang) + ": " +
                        std::to_string(ev.votes_other) + " of " + std::to_string(ev.targets) + " targets" +
                        (ev.capped ? " in the first " + std::to_string(kMaxJudgedBytes / 1024) + " KiB" : "") + ", " +
                        WithThousands(ev.characters) + " characters; " + WhatToDo(found, file.trg_lang));
}

Status CheckNotAnotherLocale(const Project& project, const xliff::XliffFile& file) {
  std::string claimed = GetLocaleInfo(file.trg_lang).language;
  // Segment id -> the returned target, for the targets that say something.
  std::map<std::string, std::string> returned;
  ForEachTranslated(file, [&](const xliff::XSegment& s, const std::string& text) { returned[s.id] = text; });
  if (returned.size() < 3) return Status::Ok();
  for (const std::string& other : project.target_locales) {
    if (other == file.trg_lang || GetLocaleInfo(other).language == claimed) continue;
    std::set<std::string> same;  // segment ids
    std::string where;           // the first stored file they come from, as the project names it
    for (const ArticleConfig& article : project.articles) {
      std::string bytes;
      xliff::XliffFile stored;
      if (!xliff::LoadXliffFile(project.XliffPath(other, article), &bytes, &stored, project.env).ok()) continue;
      size_t before = same.size();
      ForEachTranslated(stored, [&](const xliff::XSegment& s, const std::string& text) {
        auto it = returned.find(s.id);
        if (it != returned.end() && it->second == text) same.insert(s.id);
      });
      if (same.size() > before && where.empty()) where = "locales/" + other + "/" + article.name + ".xlf";
    }
    if (same.size() >= 3 && 3 * same.size() > 2 * returned.size()) {
      return Status::At({file.path, 1, 1}, "the targets are the " + Named(other) + " translation stored in " + where +
                                               ", not a " + langid::LanguageName(file.trg_lang) + " one: " +
                                               std::to_string(same.size()) + " of " + std::to_string(returned.size()) +
                                               " targets are the same; " + WhatToDo(other, file.trg_lang));
    }
  }
  return Status::Ok();
}

Status CheckReturnedLanguage(const Project& project, const xliff::XliffFile& file) {
  if (GetLocaleInfo(file.trg_lang).pseudo) return Status::Ok();
  const langid::Identifier* identifier = nullptr;
  FOLIO_RETURN_IF_ERROR(langid::Identifier::Default(&identifier));
  FOLIO_RETURN_IF_ERROR(CheckTargetLanguage(*identifier, file));
  // What the identifier cannot tell (a short file, a language without a
  // model, two close languages), a copy of another locale still shows.
  return CheckNotAnotherLocale(project, file);
}

}  // namespace folio::app
