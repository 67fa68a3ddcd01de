#include "render/speech_text.h"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "base/file_io.h"
#include "base/ini.h"
#include "base/text.h"

namespace folio::render {

namespace {

struct KeySpec {
  const char* key;
  const char* english;
  std::set<std::string> arguments;
  bool needs_text;
};

const std::vector<KeySpec>& Keys() {
  static const auto* keys = new std::vector<KeySpec>{
      {"and", "and", {}, false},
      {"heading", "Section: {text}.", {"text"}, true},
      {"item", "{text}", {"n", "text"}, true},
      {"list", "{n, plural, one {A list of one item.} other {A list of # items.}}", {"n"}, false},
      {"list_end", "End of list.", {}, false},
      {"title", "{text}", {"text"}, true},
  };
  return *keys;
}

const KeySpec* FindKey(const std::string& key) {
  for (const KeySpec& k : Keys())
    if (key == k.key) return &k;
  return nullptr;
}

std::string KnownKeys() {
  std::string s;
  for (const KeySpec& k : Keys()) s += std::string(s.empty() ? "" : ", ") + k.key;
  return s;
}

// Checked when loading so that a translator's typo ("{texte}") is reported
// with its line instead of being read aloud as "{texte}".
Status CheckPattern(const KeySpec& spec, const std::string& pattern, const SourceLocation& at) {
  if (pattern.empty() || spec.key == std::string("and")) return Status::Ok();
  auto unreadable = [&](const SourceLocation& where, const std::string& why) {
    return Status::At(where, "cannot read the pattern of \"" + std::string(spec.key) + "\": " + why +
                                 "; write it as in the English default \"" + spec.english + "\"");
  };
  // ICU reports a missing '}' as a syntax error somewhere inside; counting
  // says what is wrong.
  auto opening = std::count(pattern.begin(), pattern.end(), '{');
  auto closing = std::count(pattern.begin(), pattern.end(), '}');
  if (opening != closing)
    return unreadable(at, std::to_string(opening) + " '{' but " + std::to_string(closing) + " '}'");
  UErrorCode err = U_ZERO_ERROR;
  UParseError parse_error{};
  icu::UnicodeString upattern = icu::UnicodeString::fromUTF8(pattern);
  // MessagePattern alone accepts any argument type ("plurl"); MessageFormat
  // knows the real ones.
  icu::MessageFormat format(upattern, icu::Locale::getRoot(), parse_error, err);
  icu::MessagePattern mp(upattern, &parse_error, err);
  if (U_FAILURE(err)) {
    SourceLocation where = at;
    where.col += parse_error.offset;
    return unreadable(where, std::string("ICU says ") + u_errorName(err));
  }
  bool has_text = false;
  for (int i = 0; i < mp.countParts(); ++i) {
    const icu::MessagePattern::Part& part = mp.getPart(i);
    if (part.getType() != UMSGPAT_PART_TYPE_ARG_NAME && part.getType() != UMSGPAT_PART_TYPE_ARG_NUMBER) continue;
    std::string name;
    mp.getSubstring(part).toUTF8String(name);
    has_text = has_text || name == "text";
    if (spec.arguments.count(name) == 0) {
      std::string allowed;
      for (const std::string& a : spec.arguments) allowed += (allowed.empty() ? "{" : ", {") + a + "}";
      return Status::At(at, "unknown argument {" + name + "} in \"" + spec.key + "\"; " +
                                (allowed.empty() ? "it takes no arguments" : "use " + allowed));
    }
  }
  if (spec.needs_text && !has_text)
    return Status::At(at, "\"" + std::string(spec.key) + "\" must contain {text}, where the words being announced go");
  return Status::Ok();
}

}  // namespace

std::string SpeechStrings::Get(const std::string& key) const {
  auto it = values.find(key);
  if (it != values.end()) return it->second;
  const KeySpec* spec = FindKey(key);
  return spec ? spec->english : "";
}

Status LoadSpeechStrings(const std::string& path, SpeechStrings* out, Env* env) {
  IniFile ini;
  Status read = ReadIniFile(path, &ini, /*inline_comments=*/false, env);
  if (read.code() == Status::Code::kNotFound) return Status::Ok();
  FOLIO_RETURN_IF_ERROR(read);
  SpeechStrings loaded = *out;
  for (const IniEntry& e : ini.entries) {
    std::string key = e.section.empty() ? e.key : e.section + "." + e.key;
    const KeySpec* spec = FindKey(key);
    if (!spec) return Status::At({path, e.line, 1}, "unknown key \"" + key + "\"; the keys are " + KnownKeys());
    FOLIO_RETURN_IF_ERROR(CheckPattern(*spec, e.value, {path, e.line, e.value_col}));
    loaded.values[key] = ToNfc(e.value);
  }
  *out = std::move(loaded);
  return Status::Ok();
}

}  // namespace folio::render
