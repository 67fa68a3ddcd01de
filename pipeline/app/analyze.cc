#include "app/analyze.h"

#include <cstdio>

#include "app/handoff.h"
#include "app/source.h"
#include "base/json.h"
#include "segment/pseudo.h"

namespace folio::app {

Status Analyze(const Project& project, const AnalyzeOptions& options, std::vector<LocaleAnalysis>* out,
               Report* report) {
  out->clear();
  std::vector<std::string> locales;
  for (const std::string& t : options.locales.empty() ? project.target_locales : options.locales)
    if (!options.locales.empty() || !segment::IsPseudoLocale(t)) locales.push_back(t);
  for (const std::string& tag : locales) {
    LocaleAnalysis a;
    a.locale = tag;
    for (const ArticleConfig& article : project.articles) {
      doc::Document source;
      FOLIO_RETURN_IF_ERROR(LoadSourceDocument(project, article, &source, &report->diagnostics));
      Handoff h;
      FOLIO_RETURN_IF_ERROR(PrepareHandoff(project, article, source, tag, &h, /*classify=*/true));
      size_t k = 0;
      doc::ForEachUnit(h.doc.blocks, [&](const doc::Block& b) {
        for (const doc::Segment& s : b.segments) {
          leverage::Band band = k < h.results.size() ? h.results[k].band : leverage::Band::kNoMatch;
          ++k;
          BandCount& c = a.bands[static_cast<size_t>(band)];
          ++c.segments;
          c.words += s.words;
          ++a.segments;
          a.words += s.words;
        }
      });
    }
    for (size_t i = 0; i < a.bands.size(); ++i)
      a.weighted_words += a.bands[i].words * (i < project.analysis_weights.size() ? project.analysis_weights[i] : 1.0);
    out->push_back(a);
  }
  return Status::Ok();
}

namespace {

double Weight(const std::vector<double>& weights, size_t i) { return i < weights.size() ? weights[i] : 1.0; }

std::string Fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

}  // namespace

std::string FormatAnalysisTable(const std::vector<LocaleAnalysis>& rows, const std::vector<double>& weights) {
  std::string s;
  char buf[256];
  for (const LocaleAnalysis& a : rows) {
    s += "locale " + a.locale + "\n";
    std::snprintf(buf, sizeof buf, "  %-22s %8s %8s %7s %9s\n", "band", "segments", "words", "weight", "weighted");
    s += buf;
    for (size_t i = 0; i < a.bands.size(); ++i) {
      const BandCount& c = a.bands[i];
      std::snprintf(buf, sizeof buf, "  %-22s %8d %8d %7.2f %9.1f\n",
                    leverage::BandLabel(static_cast<leverage::Band>(i)), c.segments, c.words, Weight(weights, i),
                    c.words * Weight(weights, i));
      s += buf;
    }
    std::snprintf(buf, sizeof buf, "  %-22s %8d %8d %7s %9.1f\n", "Total", a.segments, a.words, "", a.weighted_words);
    s += buf;
  }
  s += "Precedence: context match > exact > repetition > fuzzy > no match (each segment counts once).\n";
  return s;
}

std::string FormatAnalysisJson(const std::vector<LocaleAnalysis>& rows, const std::vector<double>& weights) {
  std::string s = "[\n";
  for (size_t r = 0; r < rows.size(); ++r) {
    const LocaleAnalysis& a = rows[r];
    s += "  {\"locale\": " + JsonString(a.locale) + ", \"segments\": " + std::to_string(a.segments) +
         ", \"words\": " + std::to_string(a.words) + ", \"weighted_words\": " + Fixed(a.weighted_words, 2) +
         ", \"bands\": [\n";
    for (size_t i = 0; i < a.bands.size(); ++i) {
      const BandCount& c = a.bands[i];
      s += "    {\"band\": " + JsonString(leverage::BandName(static_cast<leverage::Band>(i))) +
           ", \"segments\": " + std::to_string(c.segments) + ", \"words\": " + std::to_string(c.words) +
           ", \"weight\": " + Fixed(Weight(weights, i), 2) + "}" + (i + 1 < a.bands.size() ? "," : "") + "\n";
    }
    s += "  ]}" + std::string(r + 1 < rows.size() ? "," : "") + "\n";
  }
  return s + "]\n";
}

}  // namespace folio::app
