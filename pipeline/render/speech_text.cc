#include "render/speech_text.h"

#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <string_view>
#include <vector>

#include "base/text.h"
#include "render/edition.h"
#include "render/xml_text.h"

namespace folio::render {

namespace {

using doc::Block;
using doc::BlockKind;

bool IsInvisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
         cp == 0xFEFF || cp == 0x00AD || cp == 0x061C || (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
}

bool IsBullet(char32_t cp) {
  return cp == '#' || cp == '*' || cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25CF || cp == 0x25E6 ||
         cp == 0x25AA || cp == 0x2219;
}

bool EndsSentence(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F || cp == 0xFF1A || cp == 0x061F || cp == 0x0964;
}

bool ClosesQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x2019 || cp == 0x201D || cp == 0x00BB ||
         cp == 0x300D || cp == 0x300F;
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out += DecodeUtf8(s, &i);
  return out;
}

std::string Encode(const std::u32string& s) {
  std::string out;
  for (char32_t cp : s) AppendUtf8(cp, &out);
  return out;
}

bool EndsWithSentencePunctuation(const std::string& text) {
  std::u32string t = Decode(text);
  while (!t.empty() && (ClosesQuote(t.back()) || t.back() == ' ')) t.pop_back();
  return !t.empty() && EndsSentence(t.back());
}

// True when Speakable would return `text` unchanged: single spaces inside
// only, no control, invisible or bidi character, no bullet symbol, no '&',
// no leading dash. Almost every sentence; checked without decoding ASCII.
bool AlreadySpeakable(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  for (std::string_view dash : {"- ", "\u2013 ", "\u2014 "})
    if (text.starts_with(dash)) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size();) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F || c == '#' || c == '*' || c == '&' || (c == ' ' && p[i + 1] == ' ')) return false;
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(text, &i);
    if (IsInvisible(cp) || IsBullet(cp)) return false;
    if (i - start == 1) return false;  // an ill-formed byte: Speakable writes U+FFFD for it
  }
  return true;
}

// Words a voice can read: invisible and bidi controls out, line breaks and
// tabs to spaces, '&' to the locale's word, symbols and a leading bullet
// dash out, spaces collapsed.
std::string Speakable(std::string_view text, const std::string& and_word, bool spaced) {
  if (AlreadySpeakable(text)) return std::string(text);
  std::u32string in = Decode(text), out;
  std::u32string word = Decode(and_word);
  bool glue = false;  // drop the spaces after an unspaced "and"
  for (char32_t cp : in) {
    if (cp == '\n' || cp == '\t' || cp == '\r') cp = ' ';
    if (IsInvisible(cp) || IsBullet(cp)) continue;
    if (cp == '&') {
      if (spaced) {
        out += U" " + word + U" ";
      } else {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += word;
        glue = true;
      }
      continue;
    }
    if (glue && cp == ' ') continue;
    glue = false;
    out += cp;
  }
  std::u32string collapsed;
  for (char32_t cp : out)
    if (!(cp == ' ' && (collapsed.empty() || collapsed.back() == ' '))) collapsed += cp;
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  for (std::u32string dash : {U"- ", U"\u2013 ", U"\u2014 "})
    if (collapsed.starts_with(dash)) collapsed.erase(0, dash.size());
  return Encode(collapsed);
}

class SpeechWriter {
 public:
  SpeechWriter(const doc::Document& doc, const SpeechStrings& strings)
      : doc_(doc),
        strings_(strings),
        edition_(GetEdition(doc)),
        locale_(edition_.locale.icu_locale.c_str()),
        and_word_(strings.Get("and")),
        source_is_english_(GetLocaleInfo(doc.source_language).language == "en") {}

  std::string Write() {
    std::vector<std::string> blocks;
    std::string title;
    for (const Block& b : doc_.blocks)
      if (b.kind == BlockKind::kTitle && title.empty()) title = UnitText(b);
    if (title.empty()) title = Speakable(doc_.meta.title, and_word_, Spaced());
    if (!title.empty()) blocks.push_back(Announce("title", title, 0));
    for (const Block& b : doc_.blocks) {
      std::string block = BlockText(b);
      if (!block.empty()) blocks.push_back(block);
    }
    std::string out;
    for (const std::string& b : blocks) out += (out.empty() ? "" : "\n\n") + b;
    if (!out.empty()) out += '\n';
    return ToNfc(Strip(out));
  }

  // The same reading as Write(), as W3C SSML 1.1: one <p> per unit and one
  // <s> per segment, whose xml:id is the XLIFF segment id, so a listener's
  // report ("the third sentence sounds wrong") traces back to the XLIFF.
  std::string WriteSsml() {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"" +
        edition_.html_lang + "\">\n";
    for (const Block& b : doc_.blocks) {
      if (b.kind == BlockKind::kTitle) {
        out += SsmlUnit(b, "title", 0) + "  <break time=\"1s\"/>\n";
        break;
      }
    }
    for (const Block& b : doc_.blocks) {
      switch (b.kind) {
        case BlockKind::kTitle:
        case BlockKind::kDescription:
          break;
        case BlockKind::kHeading:
          out += "  <break time=\"800ms\"/>\n" + SsmlUnit(b, "heading", 0) + "  <break time=\"500ms\"/>\n";
          break;
        case BlockKind::kParagraph:
        case BlockKind::kListItem:
          out += SsmlUnit(b, "", 0);
          break;
        case BlockKind::kList: {
          int n = static_cast<int>(b.children.size());
          out += "  <p>" + XmlText(Announce("list", "", n)) + "</p>\n";
          for (int i = 0; i < n; ++i) out += SsmlUnit(b.children[i], "item", i + 1) + "  <break time=\"400ms\"/>\n";
          std::string end = Announce("list_end", "", 0);
          if (!end.empty()) out += "  <p>" + XmlText(end) + "</p>\n";
          break;
        }
      }
    }
    return ToNfc(Strip(out + "</speak>\n"));
  }

 private:
  bool Spaced() const { return edition_.locale.spaces_between_sentences; }

  // Patterns come from translators and may carry bidi marks too.
  // Copies runs of visible characters whole; a well-formed text without an
  // invisible character comes back as it is.
  static std::string Strip(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    size_t run = 0;  // start of the bytes not copied yet
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0; i < s.size();) {
      size_t start = i;
      char32_t cp;
      if (p[i] >= 0x20 && p[i] < 0x7F) {  // printable ASCII: visible, one byte
        ++i;
        continue;
      }
      cp = p[i] < 0x80 ? p[i++] : DecodeUtf8(s, &i);
      bool ill_formed = i - start == 1 && p[start] >= 0x80;  // written as U+FFFD
      if (!IsInvisible(cp) && !ill_formed) continue;
      out.append(s, run, start - run);
      if (!IsInvisible(cp)) AppendUtf8(cp, &out);
      run = i;
    }
    out.append(s, run, s.size() - run);
    return out;
  }

  // One unit as <p xml:id=unit><s xml:id=segment>...</s>...</p>. With an
  // announcement key, a single-segment unit is announced inside its <s>.
  std::string SsmlUnit(const Block& unit, const std::string& key, int n) const {
    std::string out = "  <p xml:id=\"" + XmlText(unit.id) + "\">";
    for (size_t i = 0; i < unit.segments.size(); ++i) {
      bool fell_back;
      std::string plain = ShownFragment(unit.segments[i], edition_, &fell_back).PlainText();
      std::string text = fell_back && source_is_english_ ? Speakable(plain, SpeechStrings().Get("and"), true)
                                                         : Speakable(plain, and_word_, Spaced());
      if (!key.empty() && unit.segments.size() == 1) text = Announce(key, text, n);
      if (text.empty()) continue;
      out += "<s xml:id=\"" + XmlText(unit.segments[i].id) + "\"";
      if (fell_back) out += " xml:lang=\"" + XmlText(doc_.source_language) + "\"";
      out += ">" + XmlText(text) + "</s>";
      if (i + 1 < unit.segments.size() && Spaced()) out += " ";
    }
    return out + "</p>\n";
  }

  std::string UnitText(const Block& unit) const {
    std::string text;
    for (size_t i = 0; i < unit.segments.size(); ++i) {
      bool fell_back;
      std::string plain = ShownFragment(unit.segments[i], edition_, &fell_back).PlainText();
      // An untranslated English sentence keeps its English "and".
      if (fell_back && source_is_english_)
        text += Speakable(plain, SpeechStrings().Get("and"), true);
      else
        text += Speakable(plain, and_word_, Spaced());
      if (i + 1 < unit.segments.size()) text += SeparatorAfter(unit.segments[i], fell_back, edition_);
    }
    return Speakable(text, and_word_, Spaced());
  }

  std::string BlockText(const Block& b) const {
    switch (b.kind) {
      case BlockKind::kTitle:
      case BlockKind::kDescription:
        return "";
      case BlockKind::kHeading: {
        std::string text = UnitText(b);
        return text.empty() ? "" : Announce("heading", text, 0);
      }
      case BlockKind::kParagraph:
      case BlockKind::kListItem:
        return UnitText(b);
      case BlockKind::kList: {
        std::vector<std::string> items;
        for (const Block& item : b.children) {
          std::string text = UnitText(item);
          if (!text.empty()) items.push_back(text);
        }
        if (items.empty()) return "";
        std::vector<std::string> lines;
        lines.push_back(Announce("list", "", static_cast<int>(items.size())));
        for (size_t i = 0; i < items.size(); ++i) lines.push_back(Announce("item", items[i], static_cast<int>(i) + 1));
        lines.push_back(Announce("list_end", "", 0));
        std::string out;
        for (const std::string& l : lines)
          if (!l.empty()) out += (out.empty() ? "" : "\n") + l;
        return out;
      }
    }
    return "";
  }

  std::string Announce(const std::string& key, const std::string& text, int n) const {
    std::string pattern = strings_.Get(key);
    if (pattern.empty()) return text;
    if (EndsWithSentencePunctuation(text)) pattern = DropPunctuationAfterText(pattern);
    // English defaults get English plural rules and digits; only a
    // translated pattern is formatted in the edition's locale.
    bool translated = strings_.values.count(key) > 0;
    std::string out;
    if (Format(pattern, text, n, translated ? locale_ : icu::Locale::getEnglish(), &out)) return out;
    Format(SpeechStrings().Get(key), text, n, icu::Locale::getEnglish(), &out);
    return out;
  }

  static std::string DropPunctuationAfterText(const std::string& pattern) {
    std::u32string p = Decode(pattern);
    const std::u32string arg = U"{text}";
    for (size_t at = p.find(arg); at != std::u32string::npos; at = p.find(arg, at + 1)) {
      size_t end = at + arg.size();
      while (end < p.size() && EndsSentence(p[end])) p.erase(end, 1);
    }
    return Encode(p);
  }

  static bool Format(const std::string& pattern, const std::string& text, int n, const icu::Locale& locale,
                     std::string* out) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError parse_error{};
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), locale, parse_error, err);
    if (U_FAILURE(err)) return false;
    const icu::UnicodeString names[] = {"n", "text"};
    const icu::Formattable args[] = {icu::Formattable(static_cast<int32_t>(n)),
                                     icu::Formattable(icu::UnicodeString::fromUTF8(text))};
    icu::UnicodeString result;
    format.format(names, args, 2, result, err);
    if (U_FAILURE(err)) return false;
    out->clear();
    result.toUTF8String(*out);
    return true;
  }

  const doc::Document& doc_;
  const SpeechStrings& strings_;
  Edition edition_;
  icu::Locale locale_;
  std::string and_word_;
  bool source_is_english_;
};

}  // namespace

std::string WriteSpeechText(const doc::Document& doc, const SpeechStrings& strings) {
  return SpeechWriter(doc, strings).Write();
}

std::string WriteSsml(const doc::Document& doc, const SpeechStrings& strings) {
  return SpeechWriter(doc, strings).WriteSsml();
}

}  // namespace folio::render
