// How often the language check of import/validate (app/language_check.h)
// refuses a file that is in the language it claims, and how often it
// catches one that is not. Files judged, each with its real language:
//   - every committed locale file (locales/<tag>/<article>.xlf);
//   - every XLIFF sample under SAMPLES_DIR (1.2 and 2.x from many tools,
//     with their own target languages);
//   - files of 1, 3 and 10 consecutive segments cut from each committed
//     locale file, at every position;
// and, for the true positives, each committed locale's targets labelled as
// each other (non-pseudo) locale of the project, whole and in cuts of 10.
// The copy check (CheckNotAnotherLocale) runs on the committed files too.
//
// Usage: langid_false_refusals PROJECT_DIR SAMPLES_DIR [--verbose]
// Prints one line per set; --verbose adds one line per sample and per
// refusal. Exit 1 when any file in its own language was refused.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "app/config.h"
#include "app/language_check.h"
#include "base/locale_info.h"
#include "langid/langid.h"
#include "xliff/xliff_reader.h"

namespace {

using folio::app::JudgeFileLanguage;
using folio::langid::Reading;
using folio::xliff::XliffFile;

bool verbose = false;

struct Tally {
  int files = 0, refused = 0, unknown = 0, as_claimed = 0;
  // The closest call: the largest margin by which a file with enough text
  // read best as a language other than its own (refused or not).
  double closest = 0;
  std::string closest_what;
};

const char* Name(Reading r) {
  return r == Reading::kOther ? "refused" : r == Reading::kAsClaimed ? "as claimed" : "unknown";
}

// Judges `f` as `tag`; with --verbose, prints the surprises (a refusal of a
// file in its own language, a mislabelled file let through) and every sample.
Reading Judge(const folio::langid::Identifier& id, const XliffFile& f, const std::string& tag, Tally* t,
              const std::string& what, bool mislabelled = false) {
  folio::app::LanguageEvidence ev = JudgeFileLanguage(id, f, tag);
  ++t->files;
  if (ev.reading == Reading::kOther) ++t->refused;
  if (ev.reading == Reading::kUnknown) ++t->unknown;
  if (ev.reading == Reading::kAsClaimed) ++t->as_claimed;
  if (!mislabelled && id.HasModel(tag) && ev.verdict.letters >= folio::langid::kFileThresholds.min_letters &&
      !folio::langid::SameLanguageGroup(ev.verdict.language, folio::langid::PrimaryLanguage(tag)) &&
      ev.verdict.margin > t->closest) {
    t->closest = ev.verdict.margin;
    t->closest_what = what + " read as " + ev.verdict.language;
  }
  if (verbose && ((ev.reading == Reading::kOther) != mislabelled || what.rfind("sample", 0) == 0))
    std::printf("  %-10s %-70s as %-9s best %-3s margin %.3f letters %d votes %d/%d of %d\n", Name(ev.reading),
                what.c_str(), tag.c_str(), ev.verdict.language.c_str(), ev.verdict.margin, ev.verdict.letters,
                ev.votes_other, ev.votes_claimed, ev.targets);
  return ev.reading;
}

// The segments [begin, begin + n) of `f`, one unit each.
XliffFile Cut(const XliffFile& f, const std::vector<folio::xliff::XSegment>& segs, size_t begin, size_t n) {
  XliffFile cut = f;
  cut.units.clear();
  for (size_t i = begin; i < begin + n; ++i) {
    folio::xliff::XUnit u;
    u.id = segs[i].id;
    u.segments.push_back(segs[i]);
    cut.units.push_back(std::move(u));
  }
  return cut;
}

void Print(const char* set, const Tally& t, bool false_refusals) {
  std::printf("%-58s %6d %8d %8d %8d  %s\n", set, t.files, t.as_claimed, t.unknown, t.refused,
              false_refusals ? (t.refused == 0 ? "no false refusal" : "FALSE REFUSALS") : "");
  if (false_refusals && !t.closest_what.empty())
    std::printf("%-58s closest call: margin %.3f (%s)\n", "", t.closest, t.closest_what.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: langid_false_refusals PROJECT_DIR SAMPLES_DIR [--verbose]\n");
    return 2;
  }
  verbose = argc > 3 && std::strcmp(argv[3], "--verbose") == 0;
  folio::app::Project project;
  folio::Status st = folio::app::LoadProject(argv[1], &project);
  const folio::langid::Identifier* id = nullptr;
  if (st.ok()) st = folio::langid::Identifier::Default(&id);
  if (!st.ok()) {
    std::fprintf(stderr, "langid_false_refusals: %s\n", st.ToString().c_str());
    return 1;
  }
  std::printf("%-58s %6s %8s %8s %8s\n", "files in their own language", "files", "as label", "unknown", "refused");

  // Committed locale files, whole and cut.
  struct Locale {
    std::string tag;
    XliffFile file;
    std::vector<folio::xliff::XSegment> segments;
  };
  std::vector<Locale> locales;
  Tally committed, copies;
  for (const std::string& tag : project.target_locales)
    for (const folio::app::ArticleConfig& a : project.articles) {
      std::string bytes;
      Locale l{tag, {}, {}};
      if (!folio::xliff::LoadXliffFile(project.XliffPath(tag, a), &bytes, &l.file).ok()) continue;
      for (const auto& u : l.file.units)
        for (const auto& s : u.segments) l.segments.push_back(s);
      Judge(*id, l.file, l.file.trg_lang, &committed, "locales/" + tag + "/" + a.name + ".xlf");
      ++copies.files;
      if (!folio::app::CheckNotAnotherLocale(project, l.file).ok()) {
        ++copies.refused;
        if (verbose) std::printf("  copy check refused locales/%s/%s.xlf\n", tag.c_str(), a.name.c_str());
      }
      locales.push_back(std::move(l));
    }
  Print("committed locale files, own trgLang", committed, true);
  bool any_false = committed.refused > 0 || copies.refused > 0;

  // Samples from other tools and projects.
  Tally samples;
  int unreadable = 0, no_language = 0;
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[2])) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".xlf" || ext == ".xliff" || ext == ".sdlxliff")) paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& p : paths) {
    std::string bytes;
    XliffFile f;
    std::string shown = p.substr(std::strlen(argv[2]) + (p[std::strlen(argv[2])] == '/' ? 1 : 0));
    if (!folio::xliff::LoadXliffFile(p, &bytes, &f).ok()) {
      ++unreadable;
      if (verbose) std::printf("  %-10s %s\n", "unreadable", shown.c_str());
      continue;
    }
    if (f.trg_lang.empty()) {
      ++no_language;
      if (verbose) std::printf("  %-10s %s\n", "no trgLang", shown.c_str());
      continue;
    }
    Judge(*id, f, f.trg_lang, &samples, "sample " + shown);
  }
  Print("XLIFF samples, own target language", samples, true);
  std::printf("%-58s %d unreadable by folio, %d without a target language\n", "", unreadable, no_language);
  any_false |= samples.refused > 0;

  for (size_t n : {1, 3, 10}) {
    Tally cuts;
    for (const Locale& l : locales)
      for (size_t b = 0; b + n <= l.segments.size(); ++b)
        Judge(*id, Cut(l.file, l.segments, b, n), l.tag, &cuts,
              l.tag + " segments " + std::to_string(b + 1) + "-" + std::to_string(b + n));
    std::string set =
        "cuts of " + std::to_string(n) + " segment" + (n > 1 ? "s" : "") + " (every position), own trgLang";
    Print(set.c_str(), cuts, true);
    any_false |= cuts.refused > 0;
  }
  Print("copy check: committed locale files, own trgLang", copies, true);

  // Mixed content: every third target of a locale file replaced by another
  // locale's (a paragraph pasted from a neighbouring locale, quotations).
  Tally mixed;
  for (const Locale& l : locales) {
    if (folio::GetLocaleInfo(l.tag).pseudo) continue;
    for (const Locale& other : locales) {
      if (other.tag == l.tag || folio::GetLocaleInfo(other.tag).pseudo) continue;
      XliffFile f = l.file;
      int k = 0;
      for (auto& u : f.units)
        for (auto& seg : u.segments) {
          if (++k % 3 != 0) continue;
          for (const auto& o : other.segments)
            if (o.id == seg.id && o.target) seg.target = o.target;
        }
      Judge(*id, f, l.tag, &mixed, "locales/" + l.tag + " with every third target from " + other.tag);
    }
  }
  Print("a third of the targets from another locale, own trgLang", mixed, true);
  any_false |= mixed.refused > 0;

  // qa.wrong-language: single segments, with the segment thresholds.
  Tally own_segments, other_segments;
  auto segment_reading = [&](const folio::xliff::XSegment& s, const std::string& tag, bool own) {
    if (!s.target) return Reading::kUnknown;
    std::string t = s.target->PlainText();
    if (t.empty() || folio::langid::SharedWords(t, s.source.PlainText()) >= folio::langid::kMostlySourceWords)
      return Reading::kUnknown;
    folio::langid::Verdict v;
    Reading r = folio::langid::Judge(*id, tag, id->Identify(t), folio::langid::kSegmentThresholds, &v);
    if (own && id->HasModel(tag) && v.letters >= folio::langid::kSegmentThresholds.min_letters &&
        !folio::langid::SameLanguageGroup(v.language, folio::langid::PrimaryLanguage(tag)) &&
        v.margin > own_segments.closest) {
      own_segments.closest = v.margin;
      own_segments.closest_what = tag + " " + s.id + " read as " + v.language;
    }
    return r;
  };
  for (const Locale& l : locales)
    for (const auto& s : l.segments) {
      Reading r = segment_reading(s, l.tag, true);
      ++own_segments.files;
      own_segments.refused += r == Reading::kOther;
      own_segments.unknown += r == Reading::kUnknown;
      own_segments.as_claimed += r == Reading::kAsClaimed;
      if (verbose && r == Reading::kOther) std::printf("  qa.wrong-language on %s %s\n", l.tag.c_str(), s.id.c_str());
      if (folio::GetLocaleInfo(l.tag).pseudo) continue;
      for (const Locale& other : locales) {
        if (other.tag == l.tag || folio::GetLocaleInfo(other.tag).pseudo) continue;
        Reading o = segment_reading(s, other.tag, false);
        ++other_segments.files;
        other_segments.refused += o == Reading::kOther;
        other_segments.unknown += o == Reading::kUnknown;
        other_segments.as_claimed += o == Reading::kAsClaimed;
      }
    }
  Print("segments of committed locales (qa.wrong-language)", own_segments, true);
  any_false |= own_segments.refused > 0;

  // True positives: a locale's targets under another locale's label.
  std::printf("\n%-58s %6s %8s %8s %8s\n", "files labelled with another locale", "files", "as label", "unknown",
              "refused");
  Tally whole, tens, copied;
  for (const Locale& l : locales) {
    if (folio::GetLocaleInfo(l.tag).pseudo) continue;
    for (const Locale& other : locales) {
      if (other.tag == l.tag || folio::GetLocaleInfo(other.tag).pseudo) continue;
      XliffFile relabelled = l.file;
      relabelled.trg_lang = other.tag;
      Judge(*id, relabelled, other.tag, &whole, "locales/" + l.tag + " labelled " + other.tag, true);
      ++copied.files;
      if (!folio::app::CheckNotAnotherLocale(project, relabelled).ok()) ++copied.refused;
      for (size_t b = 0; b + 10 <= l.segments.size(); ++b)
        Judge(*id, Cut(relabelled, l.segments, b, 10), other.tag, &tens,
              l.tag + " segments " + std::to_string(b + 1) + "-" + std::to_string(b + 10) + " labelled " + other.tag,
              true);
    }
  }
  Print("whole locale files (language check)", whole, false);
  Print("cuts of 10 segments (language check)", tens, false);
  Print("whole locale files (copy check)", copied, false);
  Print("segments (qa.wrong-language)", other_segments, false);
  std::printf(
      "\ntrue-positive rate: language check %d/%d whole files, %d/%d cuts of 10; copy check %d/%d; "
      "qa.wrong-language %d/%d segments\n",
      whole.refused, whole.files, tens.refused, tens.files, copied.refused, copied.files, other_segments.refused,
      other_segments.files);
  return any_false ? 1 : 0;
}
