#include "qa/checks.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "base/text.h"
#include "langid/langid.h"
#include "qa/typography.h"

namespace folio::qa {

namespace {

using Kind = doc::Inline::Kind;

std::u32string Decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out += DecodeUtf8(s, &i);
  return out;
}

std::string Show(const std::string& s) { return "“" + s + "”"; }

// Codes as "open:1", "close:1", "ph:2", in order.
std::vector<std::string> CodeSequence(const doc::Fragment& f) {
  std::vector<std::string> seq;
  for (const doc::Inline& i : f.items) {
    if (i.kind == Kind::kOpen) seq.push_back("open:" + i.id);
    if (i.kind == Kind::kClose) seq.push_back("close:" + i.id);
    if (i.kind == Kind::kPlaceholder) seq.push_back("ph:" + i.id);
  }
  return seq;
}

void CheckCodes(const Pair& p, const CheckContext&, const Emitter& emit) {
  auto src = CodeSequence(*p.source), tgt = CodeSequence(*p.target);
  std::multiset<std::string> s(src.begin(), src.end()), t(tgt.begin(), tgt.end());
  for (const std::string& c : src)
    if (t.count(c) < s.count(c))
      return emit(p, "inline code " + c +
                         " of the source is missing in the target; put it back around the "
                         "words it marks");
  for (const std::string& c : tgt)
    if (s.count(c) < t.count(c)) return emit(p, "inline code " + c + " is not in the source; remove it");
}

// Where a paired code sits in a fragment: the share of the text (in code
// points) before its start and before its end, and the text it encloses.
struct Span {
  double begin = 0, end = 0;
  std::string text;
  bool found = false;
};

std::map<std::string, Span> PairSpans(const doc::Fragment& f) {
  std::map<std::string, Span> spans;
  std::map<std::string, size_t> open_at;
  std::map<std::string, std::pair<size_t, size_t>> at;
  size_t n = 0;
  std::vector<std::string> open;
  for (const doc::Inline& i : f.items) {
    if (i.kind == Kind::kText) {
      size_t len = Decode(i.text).size();
      for (const std::string& id : open) spans[id].text += i.text;
      n += len;
    } else if (i.kind == Kind::kOpen) {
      at[i.id].first = n;
      open.push_back(i.id);
      spans[i.id];
    } else if (i.kind == Kind::kClose) {
      at[i.id].second = n;
      open.erase(std::remove(open.begin(), open.end(), i.id), open.end());
      spans[i.id].found = true;
    }
  }
  for (auto& [id, span] : spans) {
    if (n == 0) continue;
    span.begin = static_cast<double>(at[id].first) / static_cast<double>(n);
    span.end = static_cast<double>(at[id].second) / static_cast<double>(n);
  }
  return spans;
}

// A code that marks words in the source (a term, a link, emphasis) should
// mark their translation: left empty, or far from where its words are, it
// marks nothing or the wrong words. Word order differs between languages,
// so "far" means no overlap and more than a third of the sentence apart.
void CheckCodePlacement(const Pair& p, const CheckContext& ctx, const Emitter& emit) {
  std::map<std::string, Span> src = PairSpans(*p.source), tgt = PairSpans(*p.target);
  size_t target_length = Decode(p.target->PlainText()).size();
  for (const auto& [id, s] : src) {
    auto t = tgt.find(id);
    if (!s.found || t == tgt.end() || !t->second.found || Trim(s.text).empty()) continue;
    std::string code = "{" + id + "}\u2026{/" + id + "}";
    if (Trim(t->second.text).empty()) {
      emit(p, "inline code " + code + " encloses nothing in the target; in the source it marks " + Show(s.text) +
                  ": put it around their translation");
      continue;
    }
    if (target_length < 20 || !ctx.target.spaces_between_sentences) continue;
    double gap = std::max(t->second.begin - s.end, s.begin - t->second.end);
    if (gap > 0.34)
      emit(p, "inline code " + code + " marks " + Show(t->second.text) + " far from where the source marks " +
                  Show(s.text) + "; check that it encloses their translation");
  }
}

// Digit runs, with Arabic-Indic and full-width digits folded to ASCII.
std::vector<std::string> Numbers(const std::string& text) {
  std::vector<std::string> nums;
  std::string cur;
  for (char32_t c : Decode(text)) {
    int v = u_charDigitValue(static_cast<UChar32>(c));
    if (v >= 0 && u_isdigit(static_cast<UChar32>(c))) {
      cur += static_cast<char>('0' + v);
    } else if (!cur.empty()) {
      nums.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) nums.push_back(cur);
  std::sort(nums.begin(), nums.end());
  return nums;
}

void CheckNumbers(const Pair& p, const CheckContext&, const Emitter& emit) {
  auto s = Numbers(p.source->PlainText()), t = Numbers(p.target->PlainText());
  if (s == t) return;
  auto join = [](const std::vector<std::string>& v) {
    std::string r;
    for (const auto& x : v) r += (r.empty() ? "" : ", ") + x;
    return r.empty() ? std::string("none") : r;
  };
  emit(p, "numbers differ: source has " + join(s) + ", target has " + join(t));
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == 0xA0 || c == 0x202F || c == 0x3000; }

void CheckEdgeWhitespace(const Pair& p, const CheckContext&, const Emitter& emit) {
  std::u32string s = Decode(p.source->PlainText()), t = Decode(p.target->PlainText());
  if (t.empty()) return;
  bool s_lead = !s.empty() && IsSpace(s.front()), t_lead = IsSpace(t.front());
  bool s_trail = !s.empty() && IsSpace(s.back()), t_trail = IsSpace(t.back());
  if (s_lead != t_lead) emit(p, "leading whitespace differs from the source");
  if (s_trail != t_trail) emit(p, "trailing whitespace differs from the source");
}

void CheckDoubleSpace(const Pair& p, const CheckContext&, const Emitter& emit) {
  std::string t = p.target->PlainText();
  if (t.find("  ") != std::string::npos && p.source->PlainText().find("  ") == std::string::npos)
    emit(p, "the target has a double space");
}

// The class of a sentence's final punctuation, so that "." and "。" agree.
char EndClass(const std::string& text) {
  std::u32string t = Decode(text);
  while (!t.empty() &&
         (IsSpace(t.back()) || t.back() == 0x201D || t.back() == 0x2019 || t.back() == 0xBB || t.back() == 0x300D ||
          t.back() == 0x300F || t.back() == 0x201C || t.back() == ')' || t.back() == '"' || t.back() == 0xFF09))
    t.pop_back();
  if (t.empty()) return ' ';
  switch (t.back()) {
    case '.':
    case 0x3002:
    case 0xFF0E:
    case 0x06D4:
      return '.';
    case '?':
    case 0xFF1F:
    case 0x061F:
      return '?';
    case '!':
    case 0xFF01:
      return '!';
    case ':':
    case 0xFF1A:
      return ':';
    case ',':
    case 0x3001:
    case 0xFF0C:
    case 0x060C:
      return ',';
    case ';':
    case 0x061B:
    case 0xFF1B:
      return ';';
    case 0x2026:
      return '.';  // an ellipsis ends a sentence like a full stop
    default:
      return ' ';
  }
}

void CheckEndPunctuation(const Pair& p, const CheckContext& ctx, const Emitter& emit) {
  if (ctx.target.pseudo) return;  // pseudo-locales pad after the punctuation on purpose
  char s = EndClass(p.source->PlainText()), t = EndClass(p.target->PlainText());
  if (s == t) return;
  // A full stop after a fragment is a translator's call; a question or an
  // exclamation that disappears, or appears, is not.
  if ((s == '.' && t == ' ') || (s == ' ' && t == '.')) return;
  if ((s == ',' || s == ';') && (t == ',' || t == ';')) return;  // list items: language habits differ
  std::string sc(1, s), tc(1, t);
  emit(p, "the source ends with " + (s == ' ' ? std::string("no punctuation") : "'" + sc + "'") +
              " but the target with " + (t == ' ' ? std::string("none") : "'" + tc + "'"));
}

void CheckLengthRatio(const Pair& p, const CheckContext& ctx, const Emitter& emit) {
  double s = static_cast<double>(Decode(p.source->PlainText()).size());
  double t = static_cast<double>(Decode(p.target->PlainText()).size());
  if (s < 20) return;  // short strings vary too much to judge
  // CJK text is about half as long in characters as the English it renders.
  double lo = ctx.target.spaces_between_sentences ? 0.5 : 0.15;
  double hi = ctx.target.spaces_between_sentences ? 2.5 : 1.2;
  double r = t / s;
  if (r < lo || r > hi) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", r);
    emit(p, std::string("the target is ") + buf + " times as long as the source; check for missing or extra text");
  }
}

void CheckBrackets(const Pair& p, const CheckContext&, const Emitter& emit) {
  static const std::vector<std::pair<char32_t, char32_t>> kPairs = {
      {'(', ')'}, {'[', ']'}, {'{', '}'}, {0xAB, 0xBB}, {0x300C, 0x300D}, {0x300E, 0x300F}, {0xFF08, 0xFF09}};
  std::u32string t = Decode(p.target->PlainText());
  for (auto [open, close] : kPairs) {
    long depth = 0;
    bool bad = false;
    for (char32_t c : t) {
      if (c == open) ++depth;
      if (c == close && --depth < 0) bad = true;
    }
    if (bad || depth != 0) {
      std::string o, c;
      AppendUtf8(open, &o);
      AppendUtf8(close, &c);
      emit(p, "unbalanced " + o + " " + c + " in the target");
    }
  }
  // Curly double quotes: “ opens, ” closes (German „ opens too).
  long quotes = 0;
  for (char32_t c : t) {
    if (c == 0x201C || c == 0x201E) ++quotes;
    if (c == 0x201D) --quotes;
  }
  // In German „…“ the closing mark is U+201C, so count pairs loosely there.
  long german = std::count(t.begin(), t.end(), char32_t{0x201E});
  if (german > 0) quotes = german - std::count(t.begin(), t.end(), char32_t{0x201C});
  if (quotes != 0) emit(p, "unbalanced quotation marks in the target");
}

bool IsInvisibleOrBidiControl(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
         c == 0x061C || c == 0x00AD || c == 0x2060 || (c < 0x20 && c != '\t' && c != '\n');
}

void CheckControlCharacters(const Pair& p, const CheckContext&, const Emitter& emit) {
  for (char32_t c : Decode(p.target->PlainText())) {
    if (IsInvisibleOrBidiControl(c)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
      return emit(p, std::string("the target contains the invisible control character ") + buf +
                         " (bidi controls can reorder what readers see: Trojan Source); delete it");
    }
  }
}

// Scripts a language is written in (ISO 15924 via ICU).
std::vector<UScriptCode> ExpectedScripts(const LocaleInfo& l) {
  if (l.pseudo) return {};
  if (l.language == "ar" || l.language == "fa" || l.language == "ur") return {USCRIPT_ARABIC};
  if (l.language == "he" || l.language == "yi") return {USCRIPT_HEBREW};
  if (l.language == "ja") return {USCRIPT_HIRAGANA, USCRIPT_KATAKANA, USCRIPT_HAN};
  if (l.language == "zh") return {USCRIPT_HAN};
  if (l.language == "ko") return {USCRIPT_HANGUL, USCRIPT_HAN};
  if (l.language == "ru" || l.language == "uk" || l.language == "bg" || l.language == "sr") return {USCRIPT_CYRILLIC};
  if (l.language == "el") return {USCRIPT_GREEK};
  if (l.language == "th") return {USCRIPT_THAI};
  return {USCRIPT_LATIN};
}

void CheckScript(const Pair& p, const CheckContext& ctx, const Emitter& emit) {
  std::vector<UScriptCode> expected = ExpectedScripts(ctx.target);
  if (expected.empty()) return;
  int letters = 0, in_script = 0;
  for (char32_t c : Decode(p.target->PlainText())) {
    if (!u_isalpha(static_cast<UChar32>(c))) continue;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &err);
    if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    ++letters;
    if (std::find(expected.begin(), expected.end(), sc) != expected.end()) ++in_script;
  }
  if (letters > 0 && in_script * 2 < letters)
    emit(p, "most letters of the target are not in the script of " + ctx.target.tag + " (" + std::to_string(in_script) +
                " of " + std::to_string(letters) + "); was it translated into the right language?");
}

// textcat (langid/) on one target, with the thresholds for a single
// segment: a short target says too little, so only long ones are judged,
// and only against a language textcat has a model of. A target made mostly
// of its source's words reads as the source language without being a
// translation into another one (qa.same-as-source is about those).
void CheckLanguage(const Pair& p, const CheckContext& ctx, const Emitter& emit) {
  const langid::Identifier* identifier = nullptr;
  if (!langid::Identifier::Default(&identifier).ok()) return;  // import and validate say why
  std::string t = p.target->PlainText();
  if (langid::CountLetters(langid::PrepareText(t)) < langid::kSegmentThresholds.min_letters) return;
  if (langid::SharedWords(t, p.source->PlainText()) >= langid::kMostlySourceWords) return;
  langid::Verdict v;
  if (langid::Judge(*identifier, ctx.target.tag, identifier->Identify(t), langid::kSegmentThresholds, &v) !=
      langid::Reading::kOther)
    return;
  emit(p, "the target reads as " + langid::LanguageName(v.language) + " (" + v.language + "), not " +
              langid::LanguageName(ctx.target.tag) + " (" + ctx.target.tag +
              "); translate it, unless it is a quotation meant to stay in that language");
}

void CheckSameAsSource(const Pair& p, const CheckContext& ctx, const Emitter& emit) {
  std::string s = p.source->PlainText();
  if (ctx.target.pseudo || s != p.target->PlainText()) return;
  bool has_letters = false;
  for (char32_t c : Decode(s)) has_letters |= u_isalpha(static_cast<UChar32>(c)) != 0;
  if (has_letters) emit(p, "the target is identical to the source; was it translated?");
}

void CheckTypographyFn(const Pair& p, const CheckContext& ctx, const Emitter& emit) {
  for (const std::string& problem : CheckTypography(p.target->PlainText(), ctx.target.language)) emit(p, problem);
}

}  // namespace

const std::vector<DocumentFinding>& DocumentFindings() {
  static const std::vector<DocumentFinding> kFindings = {
      {"qa.untranslated", Severity::kWarning, "A segment with no translation yet."},
      {"qa.inconsistent", Severity::kWarning,
       "One source translated two ways, or two sources translated alike, in one article."},
      {"qa.translator-comment", Severity::kInfo,
       "A comment a translator or reviewer left in the file (listed, not a fault)."},
  };
  return kFindings;
}

const DocumentFinding& FindingNamed(std::string_view code) {
  for (const DocumentFinding& f : DocumentFindings())
    if (code == f.code) return f;
  std::abort();  // a code the table lacks: a programming error, caught by every test run
}

void Emitter::operator()(const Pair& p, const std::string& message) const {
  out_->push_back({severity_, code_, p.where, p.segment_id, message});
}

const std::vector<SegmentCheck>& SegmentChecks() {
  static const std::vector<SegmentCheck> kChecks = {
      {"qa.same-as-source", Severity::kWarning, "Target identical to a source that has words: probably untranslated.",
       CheckSameAsSource},
      {"qa.codes", Severity::kError, "Inline codes missing from or added to the target.", CheckCodes},
      {"qa.code-placement", Severity::kWarning,
       "A paired inline code left empty, or far from the words it marks in the source.", CheckCodePlacement},
      {"qa.numbers", Severity::kError, "Numbers in the target differ from the source's (any digit script).",
       CheckNumbers},
      {"qa.whitespace-edges", Severity::kWarning, "Leading or trailing whitespace differs from the source.",
       CheckEdgeWhitespace},
      {"qa.double-space", Severity::kWarning, "A double space in the target that the source does not have.",
       CheckDoubleSpace},
      {"qa.end-punctuation", Severity::kWarning,
       "The sentence ends as a question, exclamation or colon in one language only.", CheckEndPunctuation},
      {"qa.length-ratio", Severity::kWarning,
       "The target is far shorter or longer than the source (language-aware bounds).", CheckLengthRatio},
      {"qa.brackets", Severity::kWarning, "Unbalanced brackets or quotation marks in the target.", CheckBrackets},
      {"qa.control-characters", Severity::kError, "Invisible or bidi control characters in the target (Trojan Source).",
       CheckControlCharacters},
      {"qa.script", Severity::kError, "Most letters of the target are in another script than the target language's.",
       CheckScript},
      {"qa.wrong-language", Severity::kWarning,
       "A long target that reads clearly as another language than the target locale's.", CheckLanguage},
      {"qa.typography", Severity::kWarning, "Punctuation and spacing that break the target language's typography.",
       CheckTypographyFn},
  };
  return kChecks;
}

Diagnostics RunChecks(const doc::Document& localized, const std::string& xliff_path) {
  Diagnostics out;
  CheckContext ctx{GetLocaleInfo(localized.source_language), GetLocaleInfo(localized.target_language)};
  std::map<std::string, std::pair<std::string, std::string>> target_by_source;  // source -> (target, id)
  std::map<std::string, std::pair<std::string, std::string>> source_by_target;  // target -> (source, id)
  Emitter untranslated(FindingNamed("qa.untranslated"), &out), inconsistent(FindingNamed("qa.inconsistent"), &out),
      comment(FindingNamed("qa.translator-comment"), &out);
  std::vector<Emitter> checks;
  for (const SegmentCheck& c : SegmentChecks()) checks.emplace_back(c, &out);
  doc::ForEachUnit(localized.blocks, [&](const doc::Block& b) {
    // Not a finding about the translation: what translators and reviewers
    // wrote to the project manager, listed so that nobody misses it.
    for (const std::string& c : b.comments) comment(Pair{b.id, nullptr, nullptr, {xliff_path}}, "comment: " + c);
    for (const doc::Segment& s : b.segments) {
      Pair p{s.id, &s.source, s.target ? &*s.target : nullptr, {xliff_path}};
      if (!s.target || s.target->PlainText().empty()) {
        untranslated(p, "not translated yet");
        continue;
      }
      for (size_t k = 0; k < checks.size(); ++k) SegmentChecks()[k].fn(p, ctx, checks[k]);
      if (ctx.target.pseudo) continue;
      std::string src = s.source.PlainText(), tgt = s.target->PlainText();
      auto [it, fresh] = target_by_source.emplace(src, std::make_pair(tgt, s.id));
      if (!fresh && it->second.first != tgt)
        inconsistent(
            p, "the same source is translated differently in " + it->second.second + ": " + Show(it->second.first));
      auto [jt, fresh2] = source_by_target.emplace(tgt, std::make_pair(src, s.id));
      if (!fresh2 && jt->second.first != src)
        inconsistent(p, "a different source (" + jt->second.second + ") has the same translation " + Show(tgt));
    }
  });
  return out;
}

}  // namespace folio::qa
