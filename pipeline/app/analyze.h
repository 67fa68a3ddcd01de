// folio analyze: what a handoff costs. Per target locale, the segments and
// words of the article in the bands translators are paid by (context match,
// exact, repetitions, fuzzy 95-99 / 85-94 / 75-84, no match; precedence in
// leverage/leverage.h), found by the same lookups folio extract makes, and a
// weighted word count from the project's [analysis] weights.
#ifndef FOLIO_APP_ANALYZE_H_
#define FOLIO_APP_ANALYZE_H_

#include <array>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/config.h"
#include "leverage/leverage.h"

namespace folio::app {

struct BandCount {
  int segments = 0;
  int words = 0;
};

struct LocaleAnalysis {
  std::string locale;
  std::array<BandCount, leverage::kBandCount> bands;  // in leverage::Band order
  int segments = 0, words = 0;
  double weighted_words = 0;  // sum of words * weight of their band
};

struct AnalyzeOptions {
  std::vector<std::string> locales;  // empty: every target locale but the pseudo-locales
};

// Reads only: nothing is written.
Status Analyze(const Project& project, const AnalyzeOptions& options, std::vector<LocaleAnalysis>* out, Report* report);

std::string FormatAnalysisTable(const std::vector<LocaleAnalysis>& rows, const std::vector<double>& weights);
std::string FormatAnalysisJson(const std::vector<LocaleAnalysis>& rows, const std::vector<double>& weights);

}  // namespace folio::app

#endif  // FOLIO_APP_ANALYZE_H_
