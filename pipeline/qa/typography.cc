#include "qa/typography.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

#include "base/text.h"

namespace folio::qa {

namespace {

std::u32string Decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out += DecodeUtf8(s, &i);
  return out;
}

std::string Utf8(char32_t c) {
  std::string s;
  AppendUtf8(c, &s);
  return s;
}

bool IsNoBreakSpace(char32_t c) { return c == 0xA0 || c == 0x202F; }

void French(const std::u32string& t, std::vector<std::string>* out) {
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    bool high = c == ';' || c == ':' || c == '!' || c == '?' || c == 0xBB;
    if (high && i > 0) {
      char32_t prev = t[i - 1];
      bool digit_colon = c == ':' && u_isdigit(static_cast<UChar32>(prev)) && i + 1 < t.size() &&
                         u_isdigit(static_cast<UChar32>(t[i + 1]));
      // "?!" and "!!" share one space; a closing bracket or quote may precede.
      bool stacked = prev == '!' || prev == '?';
      if (!IsNoBreakSpace(prev) && !digit_colon && !stacked) {
        out->push_back("French typography: put a no-break space (U+202F or U+00A0) before “" + Utf8(c) + "”" +
                       (prev == ' ' ? " instead of an ordinary space" : ""));
        return;
      }
    }
    if (c == 0xAB && (i + 1 >= t.size() || !IsNoBreakSpace(t[i + 1]))) {
      out->push_back("French typography: put a no-break space (U+202F or U+00A0) after “«”");
      return;
    }
    if (c == '"') {
      out->push_back("French typography: use « » instead of straight quotes");
      return;
    }
  }
}

void German(const std::u32string& t, std::vector<std::string>* out) {
  for (char32_t c : t) {
    if (c == '"') return out->push_back("German typography: use „…“ instead of straight quotes");
    if (c == 0x201D) return out->push_back("German typography: use „…“ (the closing mark is “, U+201C), not ”");
  }
  bool has_low = t.find(U'\u201E') != std::u32string::npos;
  if (!has_low && t.find(U'\u201C') != std::u32string::npos)
    out->push_back("German typography: open quotations with „ (U+201E), not “");
}

void Spanish(const std::u32string& t, std::vector<std::string>* out) {
  auto count = [&](char32_t c) { return std::count(t.begin(), t.end(), c); };
  if (count('?') != count(U'\u00BF')) out->push_back("Spanish typography: every question needs its opening ¿");
  if (count('!') != count(U'\u00A1')) out->push_back("Spanish typography: every exclamation needs its opening ¡");
}

bool IsJapaneseLetter(char32_t c) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &err);
  return sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_HAN || c == 0x30FC;
}

void Japanese(const std::u32string& t, std::vector<std::string>* out) {
  static const std::u32string kAscii = U",.!?:;\"";
  static const std::u32string kFull = U"、。！？：；「";
  for (size_t i = 0; i < t.size(); ++i) {
    size_t k = kAscii.find(t[i]);
    if (k != std::u32string::npos) {
      bool decimal = t[i] == '.' && i > 0 && i + 1 < t.size() && u_isdigit(static_cast<UChar32>(t[i - 1]));
      if (!decimal) {
        out->push_back("Japanese typography: use full-width “" + Utf8(kFull[k]) + "” instead of “" + Utf8(t[i]) + "”");
        return;
      }
    }
    if (t[i] == 0x201C || t[i] == 0x201D) {
      out->push_back("Japanese typography: use 「」 instead of “ ”");
      return;
    }
    if (t[i] == ' ' && i > 0 && i + 1 < t.size() && IsJapaneseLetter(t[i - 1]) && IsJapaneseLetter(t[i + 1])) {
      out->push_back("Japanese typography: no space between Japanese words");
      return;
    }
  }
}

void Arabic(const std::u32string& t, std::vector<std::string>* out) {
  for (size_t i = 0; i < t.size(); ++i) {
    bool digits_around = i > 0 && i + 1 < t.size() && u_isdigit(static_cast<UChar32>(t[i - 1])) &&
                         u_isdigit(static_cast<UChar32>(t[i + 1]));
    if (t[i] == ',' && !digits_around)
      return out->push_back("Arabic typography: use the Arabic comma “،” instead of “,”");
    if (t[i] == ';') return out->push_back("Arabic typography: use the Arabic semicolon “؛” instead of “;”");
    if (t[i] == '?') return out->push_back("Arabic typography: use the Arabic question mark “؟” instead of “?”");
  }
}

}  // namespace

std::vector<std::string> CheckTypography(const std::string& text, const std::string& language) {
  std::vector<std::string> out;
  std::u32string t = Decode(text);
  if (language == "fr")
    French(t, &out);
  else if (language == "de")
    German(t, &out);
  else if (language == "es")
    Spanish(t, &out);
  else if (language == "ja")
    Japanese(t, &out);
  else if (language == "ar")
    Arabic(t, &out);
  return out;
}

}  // namespace folio::qa
