#include <unicode/uchar.h>

#include <set>
#include <vector>

#include "base/text.h"
#include "langid/langid.h"

namespace folio::langid {

namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

// Length of a placeholder or markup-like run at s[i], 0 when there is none.
// Each is short and has no space inside (but a tag may have attributes), so
// ordinary text with braces or a per cent sign stays text.
size_t CodeLikeAt(std::string_view s, size_t i) {
  char c = s[i];
  if (c == '{' || (c == '$' && i + 1 < s.size() && s[i + 1] == '{')) {
    size_t j = c == '$' ? i + 1 : i;
    size_t open = 0;
    while (j < s.size() && s[j] == '{') ++j, ++open;
    size_t body = j;
    while (j < s.size() && j - body <= 40 && s[j] != '}' && s[j] != '{' && !IsAsciiSpace(s[j])) ++j;
    if (j >= s.size() || s[j] != '}' || j - body > 40) return 0;
    while (j < s.size() && s[j] == '}' && open > 0) ++j, --open;
    return j - i;
  }
  if (c == '%') {  // printf and Qt style: %s %d %1$s %-5.2f %1 %@
    size_t j = i + 1;
    while (j < s.size() && IsAsciiDigit(s[j])) ++j;
    if (j > i + 1 && j < s.size() && s[j] == '$')
      ++j;
    else if (j > i + 1)
      return j - i;  // %1
    while (j < s.size() && (s[j] == '-' || s[j] == '+' || s[j] == '#' || s[j] == '0')) ++j;
    while (j < s.size() && (IsAsciiDigit(s[j]) || s[j] == '.')) ++j;
    while (j < s.size() && (s[j] == 'l' || s[j] == 'h' || s[j] == 'z')) ++j;
    if (j < s.size() && std::string_view("diouxXeEfFgGcsp@").find(s[j]) != std::string_view::npos) {
      // "%de" in running text is not a placeholder: the letter must end a word.
      if (j + 1 < s.size() && IsAsciiAlpha(s[j + 1])) return 0;
      return j + 1 - i;
    }
    return 0;
  }
  if (c == '<' && i + 1 < s.size() && (IsAsciiAlpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
    for (size_t j = i + 1; j < s.size() && j - i <= 200; ++j) {
      if (s[j] == '<') return 0;
      if (s[j] == '>') return j + 1 - i;
    }
    return 0;
  }
  if (c == '&') {  // &amp; &#233; &#xE9;
    size_t j = i + 1;
    if (j < s.size() && s[j] == '#') ++j;
    size_t body = j;
    while (j < s.size() && j - body < 32 && (IsAsciiAlpha(s[j]) || IsAsciiDigit(s[j]))) ++j;
    return j > body && j < s.size() && s[j] == ';' ? j + 1 - i : 0;
  }
  return 0;
}

// A whitespace-separated token that names a place rather than saying
// something: a URL or an e-mail address.
bool IsAddress(std::string_view token) {
  for (std::string_view p : {"http://", "https://", "ftp://", "www.", "mailto:", "file:"})
    if (StartsWithNoCase(token, 0, p)) return true;
  size_t at = token.find('@');
  return at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos;
}

bool IsSeparatorInNumber(char32_t c) {
  return c == '.' || c == ',' || c == ':' || c == '/' || c == '\'' || c == '-' || c == 0xA0 || c == 0x202F ||
         c == 0x2009 || c == 0x066B || c == 0x066C;
}

}  // namespace

std::string PrepareText(std::string_view plain) {
  // 1. Placeholders and markup, wherever they are.
  std::string no_codes;
  no_codes.reserve(plain.size());
  for (size_t i = 0; i < plain.size();) {
    size_t n = CodeLikeAt(plain, i);
    if (n > 0) {
      no_codes += ' ';
      i += n;
    } else {
      no_codes += plain[i++];
    }
  }
  // 2. Tokens on Unicode white space (no-break spaces too): addresses go,
  // numbers go, the rest is joined with one ASCII space.
  std::string out;
  out.reserve(no_codes.size());
  std::string_view s = no_codes;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size()) {  // skip white space
      size_t k = j;
      if (!IsUnicodeSpace(DecodeUtf8(s, &k))) break;
      j = k;
    }
    size_t start = j;
    while (j < s.size()) {  // the token
      size_t k = j;
      if (IsUnicodeSpace(DecodeUtf8(s, &k))) break;
      j = k;
    }
    i = j;
    std::string_view token = s.substr(start, j - start);
    if (token.empty() || IsAddress(token)) continue;
    std::string kept;
    for (size_t t = 0; t < token.size();) {
      size_t at = t;
      char32_t c = DecodeUtf8(token, &t);
      if (u_isdigit(static_cast<UChar32>(c))) {
        // The whole number: digits and the separators between them.
        while (t < token.size()) {
          size_t k = t;
          char32_t d = DecodeUtf8(token, &k);
          if (u_isdigit(static_cast<UChar32>(d))) {
            t = k;
            continue;
          }
          size_t k2 = k;
          if (IsSeparatorInNumber(d) && k < token.size() && u_isdigit(static_cast<UChar32>(DecodeUtf8(token, &k2)))) {
            t = k;
            continue;
          }
          break;
        }
        continue;
      }
      kept.append(token.substr(at, t - at));
    }
    if (kept.empty()) continue;
    if (!out.empty()) out += ' ';
    out += kept;
  }
  return out;
}

int CountLetters(std::string_view text) {
  int n = 0;
  for (size_t i = 0; i < text.size();) n += u_isalpha(static_cast<UChar32>(DecodeUtf8(text, &i))) ? 1 : 0;
  return n;
}

namespace {

std::vector<std::u32string> Words(std::string_view text) {
  std::vector<std::u32string> words(1);
  for (size_t i = 0; i < text.size();) {
    UChar32 c = static_cast<UChar32>(DecodeUtf8(text, &i));
    if (u_isalpha(c))
      words.back() += static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
    else if (!words.back().empty())
      words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

}  // namespace

double SharedWords(std::string_view target, std::string_view source) {
  std::vector<std::u32string> t = Words(target), s = Words(source);
  if (t.empty()) return 0;
  std::multiset<std::u32string> left(s.begin(), s.end());
  int shared = 0;
  for (const std::u32string& w : t) {
    auto it = left.find(w);
    if (it == left.end()) continue;
    ++shared;
    left.erase(it);
  }
  return static_cast<double>(shared) / static_cast<double>(t.size());
}

}  // namespace folio::langid
