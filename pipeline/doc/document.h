// The document model: the one model in the middle (pandoc's Pandoc/Block,
// Okapi's TextFragment). Readers produce it, writers take it read-only.
// Plain structs, std only, no behaviour beyond small accessors.
#ifndef FOLIO_DOC_DOCUMENT_H_
#define FOLIO_DOC_DOCUMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::doc {

// Key-value attributes of an inline code (pandoc's Attr, flattened): a
// link's "href" and "title", an image's "src". Kept in source order.
struct Attr {
  std::vector<std::pair<std::string, std::string>> pairs;

  const std::string* Get(std::string_view key) const {
    for (const auto& [k, v] : pairs)
      if (k == key) return &v;
    return nullptr;
  }
  bool operator==(const Attr&) const = default;
};

// What an inline code means (Inline::type): the vocabulary every reader
// writes and every writer understands. A writer that meets a type it does
// not know keeps the text and drops the markup.
namespace code {
inline constexpr const char* kTerm = "term";             // a defined term ("Term: explanation")
inline constexpr const char* kEmphasis = "emphasis";     // <em>, *x*
inline constexpr const char* kStrong = "strong";         // <strong>, **x**
inline constexpr const char* kStrikeout = "strikeout";   // <del>, ~~x~~
inline constexpr const char* kLink = "link";             // attrs: href, title
inline constexpr const char* kImage = "image";           // placeholder; attrs: src, alt, title
inline constexpr const char* kCode = "code";             // a code span: its text is never translated
inline constexpr const char* kLineBreak = "line-break";  // placeholder: a hard line break
}  // namespace code

// One piece of inline content. Text runs carry the words; codes mark inline
// formatting that is not text (XLIFF <pc>/<ph>, Okapi's inline codes).
struct Inline {
  enum class Kind { kText, kOpen, kClose, kPlaceholder };
  Kind kind = Kind::kText;
  std::string text;        // kText: the characters (UTF-8, NFC)
  std::string id;          // codes: the code id, shared by an kOpen and its kClose ("1")
  std::string type;        // codes: what the code means (doc::code::kTerm ...)
  bool can_delete = true;  // codes: may a translation drop it?
  Attr attrs;              // codes: plain attributes (href, src) the writers need
  std::string data;        // codes: the original markup it stands for ("**", "<br/>"), for skeletons and CAT tools

  bool operator==(const Inline&) const = default;
};

// Inline content: a sequence of text runs and codes. Adjacent text runs are
// merged by Append(); an open code is always followed later by its close.
struct Fragment {
  std::vector<Inline> items;

  // The text without codes.
  std::string PlainText() const;
  bool empty() const { return items.empty(); }
  void AppendText(std::string_view text);  // merges with a trailing text run
  bool operator==(const Fragment&) const = default;
};

Fragment TextFragment(std::string text);  // one text run (none if empty)

// XLIFF 2 segment states (core `state` attribute).
enum class State { kInitial, kTranslated, kReviewed, kFinal };
const char* StateName(State s);  // "initial", ...
bool ParseState(const std::string& s, State* out);

// A translation suggestion for a segment, found in a memory when the source
// changed (XLIFF 2 <mtc:match>, XLIFF 1.2 <alt-trans>).
struct Candidate {
  enum class Kind {
    kContext,  // 101: same source, same neighbouring sentences
    kExact,    // 100: same source
    kFuzzy,    // similar source (similarity < 100)
    kSplit,    // the sentence is part of an old sentence that was split
    kMerge,    // the sentence joins old sentences (target = their targets joined)
  };
  Kind kind = Kind::kFuzzy;
  int similarity = 0;  // 0..101 (101 only for kContext)
  Fragment source;     // the memory's source
  Fragment target;     // its translation
  std::string origin;  // where the translation came from ("import:article.xlf")
  bool operator==(const Candidate&) const = default;
};

// One translatable sentence (an XLIFF <segment>).
struct Segment {
  std::string id;  // stable id, unique in the document: "s-1a2b3c4d"
  Fragment source;
  std::optional<Fragment> target;
  State state = State::kInitial;
  std::string space_after;  // whitespace up to the next segment (XLIFF <ignorable>)
  int words = 0;            // source word count (filled by segmentation)
  // Leverage (filled by leverage::Leverage on extract, written to the handoff):
  std::vector<Candidate> candidates;  // best first
  std::string sub_state;              // XLIFF 2 subState, e.g. "folio:exact-100" for a pre-filled
                                      // target awaiting review; "" for none
  std::string change_note;            // for a sentence edited since its translation: old source,
                                      // new source and a word diff, for the translator
};

enum class BlockKind {
  kTitle,        // the edition's title, from metadata (h1)
  kDescription,  // the edition's description, from metadata; not in the body
  kHeading,      // a section heading (h2 for level 2)
  kParagraph,
  kList,  // a bulleted list; its items are in `children`
  kListItem,
};
const char* BlockKindName(BlockKind k);  // "title", "heading", ...

// A block. Title, description, heading, paragraph and list item are the
// translatable units (one XLIFF <unit> each); a list only groups items.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;                  // headings: 2 for a section heading
  std::string id;                 // unit id, stable under edits elsewhere: "p-1a2b3c4d"
  std::vector<Segment> segments;  // the unit's sentences, in order
  std::vector<Block> children;    // kList: its kListItem blocks
  int source_line = 0;            // 1-based line in the source file, 0 if none
  // kList: the paragraph before the list ends with ':' and the items
  // complete its sentence ("That can happen when:" + "- old wounds ...").
  bool continues_lead_in = false;
  std::string lead_in;  // kList with continues_lead_in: the paragraph before it
  // Comments translators and reviewers left on the unit (XLIFF notes and
  // comment annotations), kept in locales/ for the project manager; never
  // part of an edition.
  std::vector<std::string> comments;

  bool IsUnit() const { return kind != BlockKind::kList; }
};

struct Meta {
  std::string title;
  std::string subtitle;
  std::string author;
  std::string publisher;
  std::string language;  // BCP 47 tag of the source: "en"
  std::string date;      // "YYYY-MM-DD"
  std::string description;
  std::vector<std::string> subjects;
  std::string rights;
  std::string identifier;  // e.g. "urn:uuid:..."; editions derive theirs from it
};

struct Document {
  Meta meta;
  std::string source_path;      // where the source text came from
  std::string source_language;  // BCP 47
  std::string target_language;  // BCP 47; empty for the source edition
  std::vector<Block> blocks;
};

// Calls f(block) for every unit block in document order (list items included).
template <typename F>
void ForEachUnit(const std::vector<Block>& blocks, F&& f) {
  for (const Block& b : blocks) {
    if (b.IsUnit()) f(b);
    ForEachUnit(b.children, f);
  }
}
template <typename F>
void ForEachUnit(std::vector<Block>& blocks, F&& f) {
  for (Block& b : blocks) {
    if (b.IsUnit()) f(b);
    ForEachUnit(b.children, f);
  }
}

}  // namespace folio::doc

#endif  // FOLIO_DOC_DOCUMENT_H_
