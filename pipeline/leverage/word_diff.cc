#include "leverage/word_diff.h"

#include <unicode/uchar.h>

#include <vector>

#include "base/text.h"

namespace folio::leverage {

namespace {

struct Token {
  std::string space;  // whitespace before the token
  std::string text;
};

bool IsWordChar(char32_t c) { return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0; }

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  std::string space;
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(s, &i);
    if (IsUnicodeSpace(c)) {
      space.append(s.substr(start, i - start));
      continue;
    }
    Token t{std::move(space), std::string(s.substr(start, i - start))};
    space.clear();
    if (IsWordChar(c)) {
      while (i < s.size()) {
        size_t j = i;
        char32_t d = DecodeUtf8(s, &j);
        bool apostrophe_inside = false;
        if ((d == U'\'' || d == U'\u2019') && j < s.size()) {
          size_t k = j;
          apostrophe_inside = IsWordChar(DecodeUtf8(s, &k));
        }
        if (!IsWordChar(d) && !apostrophe_inside) break;
        t.text.append(s.substr(i, j - i));
        i = j;
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::string WordDiff(std::string_view before, std::string_view after) {
  std::vector<Token> a = Tokenize(before), b = Tokenize(after);
  size_t n = a.size(), m = b.size();
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[i][j] = a[i].text == b[j].text ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out, removed, added;
  auto flush = [&] {
    if (!removed.empty()) out += "[-" + removed + "-]";
    if (!added.empty()) out += "{+" + added + "+}";
    removed.clear();
    added.clear();
  };
  // A run's first token keeps its leading space outside the brackets.
  auto take = [&](const Token& t, std::string* run) {
    if (run->empty() && removed.empty() && added.empty()) {
      out += t.space;
      *run += t.text;
    } else {
      *run += (run->empty() ? "" : t.space) + t.text;
    }
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].text == b[j].text) {
      flush();
      out += b[j].space + b[j].text;
      ++i;
      ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      take(b[j++], &added);
    } else {
      take(a[i++], &removed);
    }
  }
  flush();
  return out;
}

}  // namespace folio::leverage
