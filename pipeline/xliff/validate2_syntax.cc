#include "xliff/validate2_syntax.h"
#include "base/text.h"

#include <algorithm>
#include <cctype>

namespace folio::xliff {

namespace {

bool AllOf(std::string_view s, int (*pred)(int)) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [pred](char c) { return pred(static_cast<unsigned char>(c)) != 0; });
}
bool Alpha(std::string_view s) { return AllOf(s, std::isalpha); }
bool Digit(std::string_view s) { return AllOf(s, std::isdigit); }
bool Alnum(std::string_view s) { return AllOf(s, std::isalnum); }

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

// Private use: "x" followed by 1*("-" 1*8alphanum).
bool PrivateUseFrom(const std::vector<std::string_view>& parts, size_t i) {
  if (i + 1 >= parts.size()) return false;
  for (size_t j = i + 1; j < parts.size(); ++j)
    if (!Alnum(parts[j]) || parts[j].size() > 8) return false;
  return true;
}

}  // namespace

bool IsWellFormedLanguageTag(std::string_view tag) {
  static const char* const kIrregular[] = {"en-gb-oed", "i-ami", "i-bnn",     "i-default", "i-enochian", "i-hak",
                                           "i-klingon", "i-lux", "i-mingo",   "i-navajo",  "i-pwn",      "i-tao",
                                           "i-tay",     "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de"};
  std::string lower = Lower(tag);
  for (const char* irregular : kIrregular)
    if (lower == irregular) return true;
  std::vector<std::string_view> parts = Split(tag, '-');
  if (Lower(parts[0]) == "x") return PrivateUseFrom(parts, 0);
  size_t i = 0;
  std::string_view language = parts[i++];
  if (!Alpha(language) || language.size() < 2 || language.size() > 8) return false;
  if (language.size() <= 3) {  // up to three extlang subtags
    for (int n = 0; n < 3 && i < parts.size() && parts[i].size() == 3 && Alpha(parts[i]); ++n) ++i;
  }
  if (i < parts.size() && parts[i].size() == 4 && Alpha(parts[i])) ++i;  // script
  if (i < parts.size() && ((parts[i].size() == 2 && Alpha(parts[i])) || (parts[i].size() == 3 && Digit(parts[i]))))
    ++i;  // region
  while (i < parts.size() && Alnum(parts[i]) &&
         ((parts[i].size() >= 5 && parts[i].size() <= 8) ||
          (parts[i].size() == 4 && std::isdigit(static_cast<unsigned char>(parts[i][0])))))
    ++i;  // variants
  while (i < parts.size() && parts[i].size() == 1 && Alnum(parts[i]) && Lower(parts[i]) != "x") {
    ++i;  // extension: singleton 1*("-" 2*8alphanum)
    size_t n = 0;
    while (i < parts.size() && parts[i].size() >= 2 && parts[i].size() <= 8 && Alnum(parts[i])) ++i, ++n;
    if (n == 0) return false;
  }
  if (i < parts.size() && Lower(parts[i]) == "x") return PrivateUseFrom(parts, i);
  return i == parts.size();
}

bool IsNmtoken(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) || c == '.' || c == '-' || c == '_' || c == ':') continue;
    return false;
  }
  return true;
}

std::string ParseFragmentId(std::string_view ref, const std::set<std::string>& known_prefixes,
                            std::vector<FragSelector>* selectors) {
  selectors->clear();
  if (!ref.starts_with("#")) return "a fragment identifier starts with '#'";
  std::string_view body = ref.substr(1);
  bool leading_slash = body.starts_with("/");
  if (leading_slash) body.remove_prefix(1);
  if (body.empty()) return "the fragment identifier selects nothing";
  for (std::string_view part : Split(body, '/')) {
    FragSelector sel;
    size_t eq = part.find('=');
    if (eq == std::string_view::npos) {
      sel.id = std::string(part);
    } else {
      sel.prefix = std::string(part.substr(0, eq));
      sel.id = std::string(part.substr(eq + 1));
      if (!IsNmtoken(sel.prefix)) return "prefix \"" + sel.prefix + "\" is not an NMTOKEN";
      bool core = sel.prefix.size() == 1 && std::string_view("fgundt").find(sel.prefix[0]) != std::string_view::npos;
      if (!core && sel.prefix.size() < 2)
        return "prefix \"" + sel.prefix +
               "\" is too short (module and extension prefixes have at least two characters)";
      if (!core && !known_prefixes.count(sel.prefix))
        return "prefix \"" + sel.prefix + "\" is not registered for XLIFF or one of its modules or extensions";
    }
    if (sel.id.empty()) return "selector \"" + std::string(part) + "\" has no id";
    selectors->push_back(std::move(sel));
  }
  // f, then any number of g, then u; n and module/extension selectors end a
  // path after f, g or u; d, t and bare ids end a path after u.
  const std::vector<FragSelector>& s = *selectors;
  if (leading_slash && s[0].prefix != "f") return "an absolute fragment identifier (\"#/...\") must start with f=";
  for (size_t i = 0; i < s.size(); ++i) {
    const std::string& p = s[i].prefix;
    std::string prev = i == 0 ? "" : s[i - 1].prefix;
    bool leaf = !(p == "f" || p == "g" || p == "u");
    if (leaf && i + 1 != s.size())
      return "selector \"" + (p.empty() ? s[i].id : p + "=" + s[i].id) + "\" must be the last one";
    bool ok = true;
    if (p == "f")
      ok = i == 0;
    else if (p == "g" || p == "u")
      ok = i == 0 || prev == "f" || prev == "g";
    else if (p == "d" || p == "t" || p.empty())
      ok = i == 0 || prev == "u";
    else
      ok = i == 0 || prev == "f" || prev == "g" || prev == "u";
    if (!ok)
      return "selector \"" + (p.empty() ? s[i].id : p + "=" + s[i].id) + "\" cannot follow \"" +
             (prev.empty() ? s[i - 1].id : prev + "=" + s[i - 1].id) + "\"";
  }
  return "";
}

}  // namespace folio::xliff
