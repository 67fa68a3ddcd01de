#include "tm/similarity.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/text.h"

namespace folio::tm {

namespace {

bool IsWordChar(char32_t c) { return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0; }

bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }

bool IsSpace(char32_t c) { return IsUnicodeSpace(c) || c == 0xFEFF; }

// Splits plain text into word and symbol tokens (step 1 of the definition).
void AppendTextTokens(std::string_view s, std::vector<std::string>* out) {
  size_t i = 0;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out->push_back(std::move(word));
    word.clear();
  };
  while (i < s.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(s, &i);
    if (IsWordChar(c)) {
      word.append(s.substr(start, i - start));
      continue;
    }
    if (IsApostrophe(c) && !word.empty() && i < s.size()) {
      size_t j = i;
      if (IsWordChar(DecodeUtf8(s, &j))) {
        word.append(s.substr(start, i - start));
        continue;
      }
    }
    flush();
    if (!IsSpace(c)) out->emplace_back(s.substr(start, i - start));
  }
  flush();
}

}  // namespace

std::vector<std::string> SimilarityTokens(const doc::Fragment& fragment) {
  std::vector<std::string> tokens;
  for (const doc::Inline& item : fragment.items) {
    switch (item.kind) {
      case doc::Inline::Kind::kText:
        AppendTextTokens(item.text, &tokens);
        break;
      case doc::Inline::Kind::kOpen:
        tokens.push_back("{open}");
        break;
      case doc::Inline::Kind::kClose:
        tokens.push_back("{close}");
        break;
      case doc::Inline::Kind::kPlaceholder:
        tokens.push_back("{ph}");
        break;
    }
  }
  return tokens;
}

int TokenDistance(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  // One row of the DP matrix; sentences are short (tens of tokens).
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int up = row[j];
      int substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({up + 1, row[j - 1] + 1, substitute});
      diagonal = up;
    }
  }
  return row[b.size()];
}

int TokenSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return 100;
  int d = TokenDistance(a, b);
  // Integer arithmetic: floor(100 * (longest - d) / longest) without rounding surprises.
  return static_cast<int>((100 * (longest - static_cast<size_t>(d))) / longest);
}

int Similarity(const doc::Fragment& a, const doc::Fragment& b) {
  return TokenSimilarity(SimilarityTokens(a), SimilarityTokens(b));
}

std::vector<std::string> IndexWords(std::string_view text) {
  std::vector<std::string> tokens;
  AppendTextTokens(text, &tokens);
  std::vector<std::string> words;
  for (const std::string& token : tokens) {
    std::string folded;
    size_t i = 0;
    while (i < token.size()) {
      char32_t c = DecodeUtf8(token, &i);
      if ((U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) == 0) continue;
      AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)), &folded);
    }
    if (!folded.empty()) words.push_back(std::move(folded));
  }
  return words;
}

}  // namespace folio::tm
