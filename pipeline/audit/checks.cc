#include "audit/checks.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "base/text.h"
#include "render/edition.h"

namespace folio::audit {

namespace {

using doc::Block;
using doc::BlockKind;

// A finding of the check being run: RunAudit gives it the code, severity
// and WCAG criterion of that check's row in AuditChecks().
void Add(const std::string& unit_id, const std::string& msg, std::vector<Finding>* out) {
  Finding f;
  f.unit_id = unit_id;
  f.message = msg;
  out->push_back(std::move(f));
}

std::string Fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  for (const std::string& w : SplitWords(s)) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool IsHeading(const pugi::xml_node& n) {
  std::string_view name = n.name();
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// The nearest id at or above `n`: the unit an element belongs to.
std::string UnitIdOf(pugi::xml_node n) {
  for (; n; n = n.parent())
    if (n.type() == pugi::node_element && n.attribute("id")) return n.attribute("id").value();
  return "";
}

pugi::xml_node Body(const AuditContext& ctx) { return ctx.dom.child("html").child("body"); }

// An element declares a language other than the edition's.
bool IsForeign(const pugi::xml_node& n, const AuditContext& ctx) {
  pugi::xml_attribute lang = n.attribute("lang");
  if (!lang) lang = n.attribute("xml:lang");
  if (!lang) return false;
  return !EqualsIgnoringAsciiCase(lang.value(), ctx.html_lang);
}

// The text of `n` in the edition's language: subtrees that declare another
// language are replaced by `barrier` (so that runs on either side of them do
// not join).
void EditionText(const pugi::xml_node& n, const AuditContext& ctx, const std::string& barrier, std::string* out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      *out += c.value();
    } else if (c.type() == pugi::node_element) {
      if (IsForeign(c, ctx)) {
        *out += barrier;
      } else {
        EditionText(c, ctx, barrier, out);
      }
    }
  }
}

// Text of the subtrees of `n` that declare another language.
void ForeignText(const pugi::xml_node& n, const AuditContext& ctx, std::string* out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    if (!IsForeign(c, ctx)) {
      ForeignText(c, ctx, out);
      continue;
    }
    *out += " ";
    for (pugi::xpath_node t : c.select_nodes(".//text()")) *out += t.node().value();
    *out += " ";
  }
}

// Elements of the body that carry a unit id (h1-h6, p, li), in order.
std::vector<pugi::xml_node> UnitElements(const AuditContext& ctx) {
  std::vector<pugi::xml_node> units;
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//*[@id]")) {
    pugi::xml_node n = x.node();
    std::string_view name = n.name();
    if (IsHeading(n) || name == "p" || name == "li") units.push_back(n);
  }
  return units;
}

// --- scripts -------------------------------------------------------------

std::set<UScriptCode> ExpectedScripts(const LocaleInfo& locale) {
  UScriptCode codes[8];
  UErrorCode status = U_ZERO_ERROR;
  int n = uscript_getCode(locale.icu_locale.c_str(), codes, 8, &status);
  std::set<UScriptCode> out;
  if (U_FAILURE(status)) return out;
  for (int i = 0; i < n; ++i) out.insert(codes[i]);
  return out;
}

std::string ScriptNames(const std::set<UScriptCode>& scripts) {
  std::string s;
  for (UScriptCode c : scripts) s += (s.empty() ? "" : ", ") + std::string(uscript_getShortName(c));
  return s;
}

// Letters of `text` in `expected` scripts and in total (Common and Inherited
// letters, such as the prolonged sound mark, are not counted).
void CountLetters(const std::string& text, const std::set<UScriptCode>& expected, int* in_script, int* total) {
  for (size_t i = 0; i < text.size();) {
    UChar32 c = static_cast<UChar32>(DecodeUtf8(text, &i));
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &status);
    if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    ++*total;
    if (expected.count(sc)) ++*in_script;
  }
}

int Percent(int part, int whole) { return whole == 0 ? 0 : static_cast<int>(100.0 * part / whole); }

// --- the checks ----------------------------------------------------------

void CheckLangDeclared(const AuditContext& ctx, std::vector<Finding>* out, std::string*) {
  pugi::xml_node html = ctx.dom.child("html");
  std::string want = ctx.html_lang;
  pugi::xml_attribute lang = html.attribute("lang"), xml_lang = html.attribute("xml:lang");
  auto add = [&](const std::string& msg) { Add("", msg, out); };
  if (!lang || !*lang.value()) add("<html> has no lang attribute; add lang=\"" + want + "\"");
  if (!xml_lang || !*xml_lang.value()) add("<html> has no xml:lang attribute; add xml:lang=\"" + want + "\"");
  if (!lang || !xml_lang || !*lang.value() || !*xml_lang.value()) return;
  if (std::string(lang.value()) != xml_lang.value()) {
    add("<html> has lang=\"" + std::string(lang.value()) + "\" but xml:lang=\"" + xml_lang.value() +
        "\"; they must be equal");
    return;
  }
  std::string got = lang.value();
  if (!EqualsIgnoringAsciiCase(got, want))
    add("<html> declares lang=\"" + got + "\" but this is the " + ctx.locale.tag + " edition; declare lang=\"" + want +
        "\"");
}

void CheckLangScript(const AuditContext& ctx, std::vector<Finding>* out, std::string* note) {
  std::set<UScriptCode> expected = ExpectedScripts(ctx.locale);
  if (expected.empty()) {
    *note = "ICU knows no script for " + ctx.locale.tag + "; the script of the text was not checked";
    return;
  }
  int in_script = 0, total = 0;
  std::string first_unit;
  for (const pugi::xml_node& unit : UnitElements(ctx)) {
    if (IsForeign(unit, ctx)) continue;
    std::string text;
    EditionText(unit, ctx, " ", &text);
    int u_in = 0, u_total = 0;
    CountLetters(text, expected, &u_in, &u_total);
    in_script += u_in;
    total += u_total;
    if (first_unit.empty() && u_total > 0 && 2 * u_in < u_total) first_unit = unit.attribute("id").value();
  }
  if (total == 0 || 2 * in_script >= total) return;
  Add(first_unit,
      "only " + std::to_string(Percent(in_script, total)) + "% of the letters of the " + ctx.locale.tag +
          " edition are in its script (" + ScriptNames(expected) + "), starting with unit " + first_unit +
          "; translate the text or mark the passages in another language with lang",
      out);
}

// Runs of 3+ Latin-script words with only spaces and punctuation between
// them; a letter of another script, or a passage marked with its own
// language (U+0001 here), ends a run.
std::vector<std::string> LatinRuns(const std::string& text) {
  std::vector<std::string> runs;
  int words = 0;
  bool in_word = false;
  size_t run_start = 0, run_end = 0;
  auto end_run = [&] {
    if (words >= 3) runs.push_back(text.substr(run_start, run_end - run_start));
    words = 0;
    in_word = false;
  };
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    UChar32 c = static_cast<UChar32>(DecodeUtf8(text, &i));
    if (c == 1) {
      end_run();
      continue;
    }
    bool letter = u_isalpha(c);
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode sc = letter ? uscript_getScript(c, &status) : USCRIPT_COMMON;
    if (letter && sc == USCRIPT_LATIN) {
      if (!in_word) {
        if (words == 0) run_start = at;
        ++words;
        in_word = true;
      }
      run_end = i;
    } else if (letter && sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED) {
      end_run();
    } else if (in_word && (c == '\'' || c == 0x2019 || c == '-')) {
      // an apostrophe or hyphen inside a word keeps the word going
    } else {
      in_word = false;
    }
  }
  end_run();
  return runs;
}

void CheckLangOfParts(const AuditContext& ctx, std::vector<Finding>* out, std::string*) {
  std::set<UScriptCode> expected = ExpectedScripts(ctx.locale);
  bool latin_edition = expected.empty() || expected.count(USCRIPT_LATIN);
  std::map<std::string, pugi::xml_node> by_id;
  for (const pugi::xml_node& unit : UnitElements(ctx)) {
    by_id[unit.attribute("id").value()] = unit;
    if (latin_edition || IsForeign(unit, ctx)) continue;
    std::string text;
    EditionText(unit, ctx, "\x01", &text);
    for (const std::string& run : LatinRuns(text))
      Add(unit.attribute("id").value(),
          Quote(run) + " is Latin-script text in the " + ctx.locale.tag +
              " edition without a lang attribute; mark the language it is in (lang and xml:lang)",
          out);
  }
  // Segments shown in the source language because they are not translated
  // yet must sit inside an element that says so.
  const doc::Document* d = ctx.input->doc;
  if (d == nullptr || d->target_language.empty()) return;
  render::Edition edition = render::GetEdition(*d);
  doc::ForEachUnit(d->blocks, [&](const Block& b) {
    auto it = by_id.find(b.id);
    if (it == by_id.end()) return;
    std::string foreign;
    ForeignText(it->second, ctx, &foreign);
    if (IsForeign(it->second, ctx)) EditionText(it->second, ctx, " ", &foreign);
    foreign = CollapseSpace(foreign);
    for (const doc::Segment& s : b.segments) {
      bool fell_back = false;
      const doc::Fragment& shown = render::ShownFragment(s, edition, &fell_back);
      std::string text = CollapseSpace(shown.PlainText());
      if (!fell_back || text.empty() || foreign.find(text) != std::string::npos) continue;
      Add(s.id,
          "segment " + s.id + " is shown in " + d->source_language + " (not translated yet) without lang=\"" +
              d->source_language + "\"; screen readers will read it with the " + ctx.locale.tag + " voice",
          out);
    }
  });
}

void CheckPageTitle(const AuditContext& ctx, std::vector<Finding>* out, std::string*) {
  std::string unit;
  if (ctx.input->doc)
    for (const Block& b : ctx.input->doc->blocks)
      if (b.kind == BlockKind::kTitle) unit = b.id;
  pugi::xml_node title = ctx.dom.child("html").child("head").child("title");
  if (!title) {
    Add(unit, "the page has no <title>; give it the edition's title", out);
  } else if (Trim(title.text().get()).empty()) {
    Add(unit, "the page's <title> is empty; give it the edition's title", out);
  }
}

void CheckHeadingOrder(const AuditContext& ctx, std::vector<Finding>* out, std::string*) {
  std::vector<pugi::xml_node> headings;
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//*")) {
    if (IsHeading(x.node())) headings.push_back(x.node());
  }
  int h1 = 0;
  std::string second_h1;
  for (const pugi::xml_node& h : headings)
    if (std::string_view(h.name()) == "h1" && ++h1 == 2) second_h1 = UnitIdOf(h);
  if (h1 == 0) Add("", "the page has no <h1>; it needs exactly one, the title", out);
  if (h1 > 1)
    Add(second_h1,
        "the page has " + std::to_string(h1) + " <h1> elements; keep one, the title, and make the others <h2>", out);
  int prev = 0;
  for (const pugi::xml_node& h : headings) {
    int level = h.name()[1] - '0';
    if (prev > 0 && level > prev + 1)
      Add(UnitIdOf(h),
          "<" + std::string(h.name()) + "> follows <h" + std::to_string(prev) + ">: heading level " +
              std::to_string(prev + 1) + " is skipped",
          out);
    prev = level;
  }
}

void CheckSectionLabelled(const AuditContext& ctx, std::vector<Finding>* out, std::string*) {
  std::map<std::string, pugi::xml_node> headings;
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//*[@id]"))
    if (IsHeading(x.node())) headings[x.node().attribute("id").value()] = x.node();
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//section")) {
    pugi::xml_node section = x.node();
    pugi::xpath_node first_heading = section.select_node(
        ".//*[@id][self::h1 or self::h2 or self::h3 or "
        "self::h4 or self::h5 or self::h6]");
    std::string unit = first_heading ? first_heading.node().attribute("id").value() : UnitIdOf(section);
    std::string label = section.attribute("aria-labelledby").value();
    if (label.empty()) {
      Add(unit, "a <section> has no aria-labelledby; label it with the id of its heading", out);
      continue;
    }
    auto it = headings.find(label);
    if (it == headings.end()) {
      Add(unit, "<section aria-labelledby=\"" + label + "\"> names no heading of the page; use the id of its heading",
          out);
    } else if (Trim(it->second.text().get()).empty() && it->second.first_child().empty()) {
      Add(label, "<section aria-labelledby=\"" + label + "\"> is labelled by an empty heading", out);
    }
  }
}

void CheckRealLists(const AuditContext& ctx, std::vector<Finding>* out, std::string*) {
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//p")) {
    std::string whole;
    for (pugi::xpath_node t : x.node().select_nodes(".//text()")) whole += t.node().value();
    std::string_view s = Trim(whole);
    for (std::string_view marker : {"- ", "* ", "•"}) {
      if (!s.starts_with(marker)) continue;
      Add(UnitIdOf(x.node()),
          "a paragraph starts with " + Quote(std::string(Trim(marker))) +
              ": it looks like a list item; write the items as a list (<ul>/<li>)",
          out);
      break;
    }
  }
}

// --- readability ----------------------------------------------------------

bool IsVowel(char32_t c) {
  static const std::u32string kVowels = U"aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ";
  return kVowels.find(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)))) != std::u32string::npos;
}

int WordCount(const std::string& text) {
  int n = 0;
  for (const std::string& w : SplitWords(text)) {
    for (size_t i = 0; i < w.size();)
      if (u_isalnum(static_cast<UChar32>(DecodeUtf8(w, &i)))) {
        ++n;
        break;
      }
  }
  return n;
}

int CodePoints(const std::string& text) {
  int n = 0;
  for (size_t i = 0; i < text.size();)
    if (!IsUnicodeSpace(DecodeUtf8(text, &i))) ++n;
  return n;
}

// The segments the edition shows in its own language (not the ones that
// fell back to the source: those are the source edition's concern).
template <typename F>
void ForEachShownSentence(const doc::Document& d, bool body_only, F&& f) {
  render::Edition edition = render::GetEdition(d);
  doc::ForEachUnit(d.blocks, [&](const Block& b) {
    if (b.kind == BlockKind::kDescription) return;
    if (body_only && b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem) return;
    for (const doc::Segment& s : b.segments) {
      bool fell_back = false;
      std::string text = render::ShownFragment(s, edition, &fell_back).PlainText();
      if (!fell_back) f(b, s, text);
    }
  });
}

const char* FormulaName(const std::string& language) {
  if (language == "en") return "Flesch reading ease";
  if (language == "fr") return "Kandel-Moles";
  if (language == "de") return "Amstad";
  if (language == "es") return "Fernández Huerta";
  return nullptr;
}

// WCAG 3.1.5 asks for text no harder than lower secondary education; on
// these 0-100 scales that is about 60 ("plain English").
constexpr double kEasyEnough = 60;

void CheckReadingLevel(const AuditContext& ctx, std::vector<Finding>* out, std::string* note) {
  const doc::Document* d = ctx.input->doc;
  const std::string& lang = ctx.locale.pseudo ? ctx.locale.tag : ctx.locale.language;
  if (d == nullptr) {
    *note = "no document given; the reading level was not measured";
    return;
  }
  if (!FormulaName(lang)) {
    *note = "no established reading-ease formula for " + ctx.locale.tag +
            "; a11y.long-sentence checks its sentence lengths instead";
    return;
  }
  struct Counts {
    int sentences = 0, words = 0, syllables = 0;
  };
  Counts all;
  std::map<std::string, Counts> per_unit;
  std::vector<std::string> order;
  ForEachShownSentence(*d, /*body_only=*/true, [&](const Block& b, const doc::Segment&, const std::string& text) {
    Counts c;
    c.sentences = 1;
    for (const std::string& w : SplitWords(text)) {
      int syl = CountSyllables(w);
      if (syl == 0) continue;  // no letters: a dash, a number
      ++c.words;
      c.syllables += syl;
    }
    if (c.words == 0) return;
    if (!per_unit.count(b.id)) order.push_back(b.id);
    Counts& u = per_unit[b.id];
    u.sentences += 1;
    u.words += c.words;
    u.syllables += c.syllables;
    all.sentences += 1;
    all.words += c.words;
    all.syllables += c.syllables;
  });
  if (all.words == 0) {
    *note = "the edition has no translated body text to measure yet";
    return;
  }
  double score = 0;
  ReadingEase(lang, all.sentences, all.words, all.syllables, &score);
  if (score >= kEasyEnough) return;
  std::string hardest;
  double hardest_score = 1e9;
  for (const std::string& id : order) {
    const Counts& c = per_unit[id];
    double s = 0;
    ReadingEase(lang, c.sentences, c.words, c.syllables, &s);
    if (s < hardest_score) {
      hardest_score = s;
      hardest = id;
    }
  }
  Add(hardest,
      std::string(FormulaName(lang)) + " of the " + ctx.locale.tag + " edition is " + Fixed(score, 1) + " (below " +
          Fixed(kEasyEnough, 0) + ", harder than lower secondary level); the hardest unit is " + hardest + " (" +
          Fixed(hardest_score, 1) + "): use shorter sentences and words",
      out);
}

constexpr int kMaxWords = 40;        // languages with spaces between words
constexpr int kMaxCharacters = 120;  // ja, zh, th: no spaces between words

void CheckLongSentences(const AuditContext& ctx, std::vector<Finding>* out, std::string* note) {
  const doc::Document* d = ctx.input->doc;
  if (d == nullptr) {
    *note = "no document given; sentence lengths were not measured";
    return;
  }
  bool by_characters = !ctx.locale.spaces_between_sentences;
  ForEachShownSentence(*d, /*body_only=*/false, [&](const Block&, const doc::Segment& s, const std::string& text) {
    if (by_characters) {
      int n = CodePoints(text);
      if (n <= kMaxCharacters) return;
      std::string start;
      size_t i = 0;
      for (int k = 0; k < 20 && i < text.size(); ++k) AppendUtf8(DecodeUtf8(text, &i), &start);
      Add(s.id,
          "sentence of " + std::to_string(n) + " characters (over " + std::to_string(kMaxCharacters) +
              "): " + Quote(start + "…") + "; split it",
          out);
      return;
    }
    int n = WordCount(text);
    if (n <= kMaxWords) return;
    std::vector<std::string> words = SplitWords(text);
    std::string start;
    for (size_t k = 0; k < 6 && k < words.size(); ++k) start += (k ? " " : "") + words[k];
    Add(s.id,
        "sentence of " + std::to_string(n) + " words (over " + std::to_string(kMaxWords) + "): " + Quote(start + " …") +
            "; split it",
        out);
  });
}

void CheckTextAlternatives(const AuditContext& ctx, std::vector<Finding>* out, std::string*) {
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//img")) {
    if (x.node().attribute("alt")) continue;
    Add(UnitIdOf(x.node()),
        "<img src=\"" + std::string(x.node().attribute("src").value()) +
            "\"> has no alt; describe the image, or write alt=\"\" if it is decoration",
        out);
  }
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//*[local-name()='svg']")) {
    pugi::xml_node svg = x.node();
    if (std::string_view(svg.attribute("aria-hidden").value()) == "true") continue;
    if (!Trim(svg.attribute("aria-label").value()).empty() || svg.attribute("aria-labelledby")) continue;
    bool titled = false;
    for (pugi::xml_node c : svg.children())
      if (std::string_view(c.name()) == "title" || std::string_view(c.name()).ends_with(":title"))
        titled = titled || !Trim(c.text().get()).empty();
    if (titled) continue;
    Add(UnitIdOf(svg),
        "an <svg> has no <title>; give it a title that says what it shows, or aria-hidden=\"true\" if it is "
        "decoration",
        out);
  }
}

// --- colour contrast -------------------------------------------------------

struct Rgb {
  double r, g, b;
};

struct CssRule {
  std::string selector;
  std::vector<std::pair<std::string, std::string>> declarations;  // lower-case property, value
};

void ParseCssRules(std::string_view css, std::vector<CssRule>* rules) {
  size_t i = 0;
  while (i < css.size()) {
    size_t open = css.find('{', i);
    if (open == std::string_view::npos) return;
    int depth = 0;
    size_t close = open;
    for (; close < css.size(); ++close) {
      if (css[close] == '{') ++depth;
      if (css[close] == '}' && --depth == 0) break;
    }
    std::string selector(Trim(css.substr(i, open - i)));
    // A statement at-rule (@import ...;) may precede the selector.
    size_t semi = selector.rfind(';');
    if (semi != std::string::npos) selector = std::string(Trim(std::string_view(selector).substr(semi + 1)));
    std::string_view body = css.substr(open + 1, std::min(close, css.size()) - open - 1);
    if (!selector.empty() && selector[0] == '@') {
      if (body.find('{') != std::string_view::npos) ParseCssRules(body, rules);  // @media, @supports
    } else {
      CssRule rule;
      rule.selector = CollapseSpace(selector);
      size_t d = 0;
      while (d < body.size()) {
        size_t end = body.find(';', d);
        if (end == std::string_view::npos) end = body.size();
        std::string_view decl = body.substr(d, end - d);
        size_t colon = decl.find(':');
        if (colon != std::string_view::npos) {
          std::string value = Lower(std::string(Trim(decl.substr(colon + 1))));
          size_t imp = value.find("!important");
          if (imp != std::string::npos) value = std::string(Trim(std::string_view(value).substr(0, imp)));
          rule.declarations.emplace_back(Lower(std::string(Trim(decl.substr(0, colon)))), value);
        }
        d = end + 1;
      }
      rules->push_back(std::move(rule));
    }
    i = close + 1;
  }
}

std::optional<Rgb> ParseColor(std::string_view v) {
  static const std::map<std::string, Rgb, std::less<>> kNamed = {
      {"black", {0, 0, 0}},           {"white", {255, 255, 255}},     {"red", {255, 0, 0}},
      {"green", {0, 128, 0}},         {"blue", {0, 0, 255}},          {"gray", {128, 128, 128}},
      {"grey", {128, 128, 128}},      {"silver", {192, 192, 192}},    {"yellow", {255, 255, 0}},
      {"orange", {255, 165, 0}},      {"navy", {0, 0, 128}},          {"maroon", {128, 0, 0}},
      {"purple", {128, 0, 128}},      {"teal", {0, 128, 128}},        {"lime", {0, 255, 0}},
      {"aqua", {0, 255, 255}},        {"fuchsia", {255, 0, 255}},     {"olive", {128, 128, 0}},
      {"lightgray", {211, 211, 211}}, {"lightgrey", {211, 211, 211}}, {"darkgray", {169, 169, 169}},
      {"darkgrey", {169, 169, 169}},
  };
  v = Trim(v);
  if (auto it = kNamed.find(v); it != kNamed.end()) return it->second;
  auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
  if (!v.empty() && v[0] == '#') {
    std::string_view h = v.substr(1);
    for (char c : h)
      if (hex(c) < 0) return std::nullopt;
    if (h.size() == 3 || h.size() == 4) {
      if (h.size() == 4 && h[3] != 'f') return std::nullopt;  // translucent: depends on what is below
      return Rgb{hex(h[0]) * 17.0, hex(h[1]) * 17.0, hex(h[2]) * 17.0};
    }
    if (h.size() == 6 || h.size() == 8) {
      if (h.size() == 8 && h.substr(6) != "ff") return std::nullopt;
      return Rgb{hex(h[0]) * 16.0 + hex(h[1]), hex(h[2]) * 16.0 + hex(h[3]), hex(h[4]) * 16.0 + hex(h[5])};
    }
    return std::nullopt;
  }
  if (v.starts_with("rgb(") || v.starts_with("rgba(")) {
    size_t open = v.find('('), close = v.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    std::string args(v.substr(open + 1, close - open - 1));
    for (char& c : args)
      if (c == ',' || c == '/') c = ' ';
    std::vector<std::string> parts = SplitWords(args);
    if (parts.size() < 3) return std::nullopt;
    double ch[4] = {0, 0, 0, 1};
    for (size_t k = 0; k < parts.size() && k < 4; ++k) {
      char* end = nullptr;
      double x = std::strtod(parts[k].c_str(), &end);
      if (end == parts[k].c_str()) return std::nullopt;
      if (*end == '%') x = k < 3 ? x * 2.55 : x / 100;
      ch[k] = x;
    }
    if (ch[3] < 1) return std::nullopt;
    return Rgb{std::clamp(ch[0], 0.0, 255.0), std::clamp(ch[1], 0.0, 255.0), std::clamp(ch[2], 0.0, 255.0)};
  }
  return std::nullopt;
}

double Luminance(const Rgb& c) {
  auto lin = [](double v) {
    v /= 255;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

double ContrastRatio(const Rgb& a, const Rgb& b) {
  double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string HexColor(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", static_cast<int>(std::lround(c.r)),
                static_cast<int>(std::lround(c.g)), static_cast<int>(std::lround(c.b)));
  return buf;
}

bool IsRootSelector(const std::string& selector) {
  std::string list = "," + selector + ",";
  for (const char* root : {"html", "body", ":root"})
    for (std::string s : {std::string(",") + root + ",", std::string(", ") + root + ","})
      if (list.find(s) != std::string::npos) return true;
  return false;
}

void CheckContrast(const AuditContext& ctx, std::vector<Finding>* out, std::string* note) {
  std::vector<CssRule> rules;
  ParseCssRules(ctx.input->css, &rules);
  struct Colours {
    std::optional<Rgb> fg, bg;
    bool any = false;
  };
  std::vector<Colours> colours(rules.size());
  bool any = false;
  Rgb base_fg{0, 0, 0}, base_bg{255, 255, 255};  // what readers default to
  for (size_t k = 0; k < rules.size(); ++k) {
    for (const auto& [prop, value] : rules[k].declarations) {
      if (prop == "color") {
        colours[k].any = true;
        colours[k].fg = ParseColor(value);
      } else if (prop == "background-color" || prop == "background") {
        std::optional<Rgb> c = ParseColor(value);
        if (prop == "background" && !c)
          for (const std::string& token : SplitWords(value))
            if ((c = ParseColor(token))) break;
        if (prop == "background-color" || c) colours[k].any = true;
        if (c) colours[k].bg = c;
      }
    }
    any = any || colours[k].any;
    if (IsRootSelector(rules[k].selector)) {
      if (colours[k].fg) base_fg = *colours[k].fg;
      if (colours[k].bg) base_bg = *colours[k].bg;
    }
  }
  if (!any) {
    *note = "the stylesheet sets no colours; the reader's default colours apply";
    return;
  }
  for (size_t k = 0; k < rules.size(); ++k) {
    if (!colours[k].fg && !colours[k].bg) continue;
    Rgb fg = colours[k].fg.value_or(base_fg), bg = colours[k].bg.value_or(base_bg);
    double ratio = ContrastRatio(fg, bg);
    if (ratio >= 4.5) continue;
    // Truncated, not rounded: 4.499 must not read as 4.50.
    Add("",
        rules[k].selector + ": text " + HexColor(fg) + " on " + HexColor(bg) + " has a contrast of " +
            Fixed(std::floor(ratio * 100) / 100, 2) + ":1, below 4.5:1; darken the text or lighten the background",
        out);
  }
}

}  // namespace

int CountSyllables(const std::string& word) {
  int groups = 0;
  bool in_group = false, letters = false;
  for (size_t i = 0; i < word.size();) {
    char32_t c = DecodeUtf8(word, &i);
    if (u_isalpha(static_cast<UChar32>(c))) letters = true;
    bool v = IsVowel(c);
    if (v && !in_group) ++groups;
    in_group = v;
  }
  if (!letters) return 0;
  return std::max(groups, 1);
}

bool ReadingEase(const std::string& language, int sentences, int words, int syllables, double* score) {
  if (sentences <= 0 || words <= 0) return false;
  double wps = static_cast<double>(words) / sentences;  // words per sentence
  double spw = static_cast<double>(syllables) / words;  // syllables per word
  if (language == "en") {
    *score = 206.835 - 1.015 * wps - 84.6 * spw;
  } else if (language == "fr") {
    *score = 207 - 1.015 * wps - 73.6 * spw;
  } else if (language == "de") {
    *score = 180 - wps - 58.5 * spw;
  } else if (language == "es") {
    // 206.84 - 0.60 P - 1.02 F: P syllables and F sentences per 100 words.
    *score = 206.84 - 0.60 * (100 * spw) - 1.02 * (100.0 * sentences / words);
  } else {
    return false;
  }
  return true;
}

const std::vector<AuditCheck>& AuditChecks() {
  static const std::vector<AuditCheck> kChecks = {
      {"a11y.lang-declared", Severity::kError, "3.1.1",
       "<html> lacks lang or xml:lang, they differ, or they are not the edition's language.", CheckLangDeclared},
      {"a11y.lang-script", Severity::kWarning, "3.1.1",
       "Most letters of the edition's text are not in the script of its language (wrong or untranslated text).",
       CheckLangScript},
      {"a11y.lang-of-parts", Severity::kWarning, "3.1.2",
       "Passages in another language (untranslated fallbacks, Latin runs of 3+ words in a non-Latin edition) "
       "without lang.",
       CheckLangOfParts},
      {"a11y.page-title", Severity::kError, "2.4.2", "The page has no <title> or an empty one.", CheckPageTitle},
      {"a11y.heading-order", Severity::kError, "1.3.1",
       "Not exactly one <h1>, or a heading level is skipped (h2 then h4).", CheckHeadingOrder},
      {"a11y.section-labelled", Severity::kError, "2.4.6",
       "A <section> whose aria-labelledby is missing or names no heading.", CheckSectionLabelled},
      {"a11y.real-lists", Severity::kWarning, "1.3.1",
       "A paragraph starting with \"- \", \"* \" or \"•\": a list written as text.", CheckRealLists},
      {"a11y.reading-level", Severity::kInfo, "3.1.5",
       "Reading ease (Flesch en, Kandel-Moles fr, Amstad de, Fernández Huerta es) below 60.", CheckReadingLevel},
      {"a11y.long-sentence", Severity::kWarning, "3.1.5",
       "A sentence of more than 40 words (120 characters in ja, zh, th).", CheckLongSentences},
      {"a11y.text-alternatives", Severity::kError, "1.1.1", "An <img> without alt or an <svg> without a title.",
       CheckTextAlternatives},
      {"a11y.contrast", Severity::kError, "1.4.3", "A colour pair of the stylesheet with a contrast ratio below 4.5:1.",
       CheckContrast},
  };
  return kChecks;
}

Status RunAudit(const AuditInput& input, AuditResult* out) {
  // The DOCTYPE is blanked (same length, so offsets and lines stay right)
  // rather than given to the parser: no DTD is ever read.
  std::string xhtml = input.xhtml;
  size_t doctype = xhtml.find("<!DOCTYPE");
  if (doctype != std::string::npos) {
    size_t end = xhtml.find('>', doctype);
    if (end != std::string::npos)
      for (size_t k = doctype; k <= end; ++k)
        if (xhtml[k] != '\n') xhtml[k] = ' ';
  }
  AuditContext ctx;
  ctx.input = &input;
  ctx.locale = GetLocaleInfo(input.locale);
  doc::Document probe;
  probe.source_language = input.locale;
  ctx.html_lang = render::GetEdition(probe).html_lang;
  pugi::xml_parse_result parsed =
      ctx.dom.load_buffer(xhtml.data(), xhtml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    SourceLocation where{input.locale + ".xhtml", 0, 0};
    LineColAt(xhtml, static_cast<size_t>(parsed.offset), &where.line, &where.col);
    return Status::At(where, std::string("the XHTML is not well-formed: ") + parsed.description() +
                                 "; render it again with folio build");
  }
  AuditResult result;
  result.locale = input.locale;
  for (const AuditCheck& check : AuditChecks()) {
    std::vector<Finding> found;
    std::string note;
    check.fn(ctx, &found, &note);
    for (Finding& f : found) {
      f.code = check.code;
      f.severity = check.severity;
      f.wcag = check.wcag;
    }
    if (found.empty()) result.passed_checks.push_back(check.code);
    if (!note.empty()) result.notes[check.code] = note;
    for (Finding& f : found) result.findings.push_back(std::move(f));
  }
  result.html_lang = ctx.dom.child("html").attribute("lang").value();
  for (pugi::xpath_node x : Body(ctx).select_nodes(".//h2")) result.h2_ids.push_back(UnitIdOf(x.node()));
  *out = std::move(result);
  return Status::Ok();
}

}  // namespace folio::audit
