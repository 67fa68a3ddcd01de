#include <cstdio>

#include "app/articles.h"
#include "app/commands.h"
#include "app/localized.h"
#include "app/merge.h"
#include "app/source.h"
#include "base/file_io.h"
#include "base/json.h"
#include "base/text.h"
#include "qa/checks.h"
#include "segment/word_count.h"
#include "xliff/check.h"
#include "xliff/xliff_reader.h"

namespace folio::app {

namespace {

// Keeps only findings about segments the returned file translated: QA of a
// partial file should not list everything still untranslated elsewhere.
Diagnostics OnlyReturned(const Diagnostics& all, const xliff::XliffFile& f) {
  Diagnostics out;
  for (const Diagnostic& d : all) {
    bool mine = false;
    for (const xliff::XUnit& u : f.units)
      for (const xliff::XSegment& s : u.segments)
        if (s.id == d.unit_id && s.target) mine = true;
    if (mine) out.push_back(d);
  }
  return out;
}

}  // namespace

Diagnostics QaOfReturned(const doc::Document& source, const xliff::XliffFile& returned, const std::string& file) {
  doc::Document d = source;
  d.target_language = returned.trg_lang;
  ApplyTargets(returned, /*overwrite=*/false, &d);
  return OnlyReturned(qa::RunChecks(d, file), returned);
}

namespace {

Status QaFile(const Project& project, const std::string& file, Report* report) {
  std::string bytes;
  xliff::XliffFile returned;
  FOLIO_RETURN_IF_ERROR(xliff::LoadXliffFile(file, &bytes, &returned, project.env));
  const ArticleConfig* article = FindArticle(project, returned);
  if (article == nullptr) return Status::At(returned.where, NoArticle(project, returned, returned.trg_lang));
  doc::Document source;
  FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, *article, &source, &report->diagnostics));
  FOLIO_RETURN_IF_ERROR(xliff::CheckAgainstSource(returned, source, returned.trg_lang));
  for (Diagnostic& dg : QaOfReturned(source, returned, file)) report->diagnostics.push_back(dg);
  return Status::Ok();
}

}  // namespace

Status Qa(const Project& project, const QaOptions& options, Report* report) {
  if (!options.files.empty()) {
    for (const std::string& f : options.files) FOLIO_RETURN_IF_ERROR(QaFile(project, f, report));
    return Status::Ok();
  }
  std::vector<std::string> locales = options.locales.empty() ? project.target_locales : options.locales;
  for (const ArticleConfig& article : project.articles) {
    doc::Document source;
    FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
    for (const std::string& tag : locales) {
      doc::Document d;
      FOLIO_RETURN_IF_ERROR(LoadLocalized(project, article, source, tag, &d, &report->diagnostics));
      for (Diagnostic& dg : qa::RunChecks(d, project.XliffPath(tag, article))) report->diagnostics.push_back(dg);
    }
  }
  return Status::Ok();
}

Status GetStatus(const Project& project, std::vector<LocaleStatus>* out) {
  out->clear();
  for (const std::string& tag : project.target_locales) {
    LocaleStatus row;
    row.locale = tag;
    for (const ArticleConfig& article : project.articles) {
      Diagnostics ignored;
      doc::Document source, d;
      FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &ignored));
      FOLIO_RETURN_IF_ERROR(LoadLocalized(project, article, source, tag, &d, &ignored));
      doc::ForEachUnit(d.blocks, [&](const doc::Block& b) {
        row.comments += static_cast<int>(b.comments.size());
        for (const doc::Segment& s : b.segments) {
          ++row.segments;
          segment::TextCounts src = segment::CountText(s.source.PlainText(), project.source_locale);
          row.source_words += src.words;
          row.source_characters += src.characters;
          bool done = s.target && !s.target->PlainText().empty();
          if (!done) {
            ++row.initial;
            row.words_left += src.words;
            continue;
          }
          segment::TextCounts tgt = segment::CountText(s.target->PlainText(), tag);
          row.target_words += tgt.words;
          row.target_characters += tgt.characters;
          switch (s.state) {
            case doc::State::kInitial:
            case doc::State::kTranslated:
              ++row.translated;
              break;
            case doc::State::kReviewed:
              ++row.reviewed;
              break;
            case doc::State::kFinal:
              ++row.final;
              break;
          }
        }
      });
    }
    out->push_back(row);
  }
  return Status::Ok();
}

std::string FormatStatusTable(const std::vector<LocaleStatus>& rows) {
  std::string s;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-10s %8s %8s %8s %8s %8s %8s %8s %10s %10s\n", "locale", "segments", "todo",
                "transl.", "reviewed", "final", "src-words", "words-left", "trg-words", "trg-chars");
  s += buf;
  for (const LocaleStatus& r : rows) {
    std::snprintf(buf, sizeof buf, "%-10s %8d %8d %8d %8d %8d %8d %8d %10d %10d\n", r.locale.c_str(), r.segments,
                  r.initial, r.translated, r.reviewed, r.final, r.source_words, r.words_left, r.target_words,
                  r.target_characters);
    s += buf;
  }
  for (const LocaleStatus& r : rows)
    if (r.comments > 0)
      s += r.locale + ": " + std::to_string(r.comments) + " translator comment" + (r.comments == 1 ? "" : "s") +
           " in locales/" + r.locale + "/ (folio qa --locale " + r.locale + " lists them)\n";
  return s;
}

std::string FormatStatusJson(const std::vector<LocaleStatus>& rows) {
  std::string s = "[\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    const LocaleStatus& r = rows[i];
    s += "  {\"locale\": \"" + r.locale + "\", \"segments\": " + std::to_string(r.segments) +
         ", \"initial\": " + std::to_string(r.initial) + ", \"translated\": " + std::to_string(r.translated) +
         ", \"reviewed\": " + std::to_string(r.reviewed) + ", \"final\": " + std::to_string(r.final) +
         ", \"source_words\": " + std::to_string(r.source_words) +
         ", \"source_characters\": " + std::to_string(r.source_characters) +
         ", \"words_left\": " + std::to_string(r.words_left) + ", \"target_words\": " + std::to_string(r.target_words) +
         ", \"target_characters\": " + std::to_string(r.target_characters) +
         ", \"comments\": " + std::to_string(r.comments) + "}" + (i + 1 < rows.size() ? "," : "") + "\n";
  }
  return s + "]\n";
}

std::string FormatDiagnosticsJson(const Diagnostics& diagnostics) {
  std::string s = "[\n";
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    s += "  {\"severity\": " + JsonString(std::string(SeverityName(d.severity))) + ", \"code\": " + JsonString(d.code) +
         ", \"file\": " + JsonString(d.where.file) + ", \"line\": " + std::to_string(d.where.line) +
         ", \"segment\": " + JsonString(d.unit_id) + ", \"message\": " + JsonString(d.message) + "}" +
         (i + 1 < diagnostics.size() ? "," : "") + "\n";
  }
  return s + "]\n";
}

}  // namespace folio::app
