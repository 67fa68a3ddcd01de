#include "segment/unit_ids.h"

#include <cstring>
#include <string>
#include <vector>

#include "base/scan.h"
#include "base/text.h"

namespace folio::segment {

namespace {

const char* Prefix(doc::BlockKind k) {
  switch (k) {
    case doc::BlockKind::kTitle:
      return "t";
    case doc::BlockKind::kDescription:
      return "d";
    case doc::BlockKind::kHeading:
      return "h";
    case doc::BlockKind::kListItem:
      return "li";
    case doc::BlockKind::kParagraph:
    case doc::BlockKind::kList:
      return "p";
  }
  return "p";
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200A);
}

constexpr uint64_t kFnvPrime = 0x100000001b3ULL;  // Fnv1a64's

// Hashes `text` as it is into *ha and *hb (two FNV-1a states) when folding
// whitespace would change nothing in it: it neither starts nor ends with
// whitespace, its only whitespace is single ASCII spaces, and it is
// well-formed UTF-8 (an ill-formed byte hashes as U+FFFD). Returns false,
// with *ha and *hb untouched, for any other text (it may also say false for
// some text that is fine: control characters), which the caller then hashes
// code point by code point. Almost every sentence is fold-free.
bool HashIfFoldFree(std::string_view text, uint64_t* ha, uint64_t* hb) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (n == 0 || p[0] == ' ' || p[n - 1] == ' ') return false;
  uint64_t a = *ha, b = *hb;
  bool prev_space = false;
  size_t i = 0;
  while (i < n) {
    // A run of ASCII that needs no folding, then the byte that ended it:
    // the end, a code point beyond ASCII, or a reason to fold.
    size_t end = SkipFoldFreeAscii(text, i, prev_space);
    if (end > i) prev_space = p[end - 1] == ' ';
    if (end < n) {
      if (p[end] < 0x80) return false;  // a control byte, or a second space
      size_t j = end;
      char32_t cp = DecodeUtf8(text, &j);
      if (j - end == 1 || IsSpace(cp)) return false;  // ill-formed, or a Unicode space
      prev_space = false;
      end = j;
    }
    for (; i < end; ++i) {
      a = (a ^ p[i]) * kFnvPrime;
      b = (b ^ p[i]) * kFnvPrime;
    }
  }
  *ha = a;
  *hb = b;
  return true;
}

// FNV-1a of the normalized text (whitespace runs folded to one space, none
// at either end), fed piece by piece: the same value as hashing the
// normalized string, without building it (ids are computed for every unit
// and sentence of every extract).
class NormalizedHash {
 public:
  // Bytes hashed as they are (the "<kind>:" prefix).
  void Raw(std::string_view s) {
    for (unsigned char c : s) Byte(c);
  }
  void Text(std::string_view text) { Text2(text, this, nullptr); }

  // Feeds the same text to two hashes in one pass (a unit's and its
  // sentence's): the two multiply chains are independent, so the processor
  // runs them side by side and the text is read once. `b` may be null.
  static void Text2(std::string_view text, NormalizedHash* a, NormalizedHash* b) {
    if (b == nullptr) {
      NormalizedHash unused;
      Text2(text, a, &unused);
      return;
    }
    // A space pending from before the text (a unit's previous sentence),
    // then the bytes as they are.
    uint64_t fast_a = a->space_ && a->any_ ? (a->h_ ^ ' ') * kPrime : a->h_;
    uint64_t fast_b = b->space_ && b->any_ ? (b->h_ ^ ' ') * kPrime : b->h_;
    if (HashIfFoldFree(text, &fast_a, &fast_b)) {
      a->h_ = fast_a;
      b->h_ = fast_b;
      a->space_ = b->space_ = false;
      a->any_ = b->any_ = true;
      return;
    }
    // Text with whitespace to fold (rare): code point by code point. Locals,
    // not members, in the loop (the compiler cannot keep members in registers).
    uint64_t ha = a->h_, hb = b->h_;
    bool space_a = a->space_, any_a = a->any_, space_b = b->space_, any_b = b->any_;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    for (size_t i = 0; i < text.size();) {
      size_t start = i;
      char32_t cp = p[i] < 0x80 ? p[i++] : DecodeUtf8(text, &i);
      if (IsSpace(cp)) {
        space_a = space_b = true;
        continue;
      }
      if (space_a && any_a) ha = (ha ^ ' ') * kPrime;
      if (space_b && any_b) hb = (hb ^ ' ') * kPrime;
      space_a = space_b = false;
      any_a = any_b = true;
      // An ill-formed byte (DecodeUtf8 takes one) hashes as U+FFFD's encoding.
      static constexpr unsigned char kReplacement[] = {0xEF, 0xBF, 0xBD};
      bool ill_formed = i - start == 1 && p[start] >= 0x80;
      const unsigned char* bytes = ill_formed ? kReplacement : p + start;
      for (size_t k = 0, len = ill_formed ? 3 : i - start; k < len; ++k) {
        ha = (ha ^ bytes[k]) * kPrime;
        hb = (hb ^ bytes[k]) * kPrime;
      }
    }
    a->h_ = ha;
    a->space_ = space_a;
    a->any_ = any_a;
    b->h_ = hb;
    b->space_ = space_b;
    b->any_ = any_b;
  }
  // A unit's sentence: into the unit's hash and the sentence's own.
  static void Fragment2(const doc::Fragment& f, NormalizedHash* unit, NormalizedHash* sentence) {
    for (const doc::Inline& item : f.items)
      if (item.kind == doc::Inline::Kind::kText) Text2(item.text, unit, sentence);
  }
  uint32_t Low32() const { return static_cast<uint32_t>(h_); }

 private:
  static constexpr uint64_t kPrime = kFnvPrime;
  void Byte(unsigned char c) { h_ = (h_ ^ c) * kPrime; }
  uint64_t h_ = 0xcbf29ce484222325ULL;  // Fnv1a64's offset basis
  bool space_ = false;                  // whitespace seen since the last character
  bool any_ = false;                    // a character of the text was hashed
};

// Hands out <prefix>-<8 hex>, then -2, -3 ... for the same prefix and hash,
// in the order asked. Keyed on the numbers, not the strings, in a flat
// open-addressing table sized once (one lookup per unit and sentence of
// every extract: no node to allocate, one cache line to touch).
class Numberer {
 public:
  explicit Numberer(size_t expected) {
    size_t size = 16;
    while (size < 2 * expected) size *= 2;
    slots_.assign(size, Slot{});
  }

  std::string Next(std::string_view prefix, uint32_t hash) {
    uint64_t key = (static_cast<uint64_t>(static_cast<unsigned char>(prefix[0])) << 40) |
                   (static_cast<uint64_t>(prefix.size()) << 32) | hash;
    int n = ++Find(key);
    std::string id;
    id.reserve(prefix.size() + 12);
    id.append(prefix);
    id += '-';
    static constexpr char kHex[] = "0123456789abcdef";
    for (int shift = 28; shift >= 0; shift -= 4) id += kHex[(hash >> shift) & 0xF];
    if (n > 1) {
      id += '-';
      id += std::to_string(n);
    }
    return id;
  }

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty (a real key has its prefix's first byte in bits 40+)
    int count = 0;
  };

  int& Find(uint64_t key) {
    if (used_ * 2 >= slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = (key * 0x9E3779B97F4A7C15ULL) >> 32 & mask;; i = (i + 1) & mask) {
      if (slots_[i].key == key) return slots_[i].count;
      if (slots_[i].key == 0) {
        ++used_;
        slots_[i].key = key;
        return slots_[i].count;
      }
    }
  }

  // Only if the caller's estimate was short (it never is in AssignIds).
  void Grow() {
    std::vector<Slot> old(2 * slots_.size());
    old.swap(slots_);
    used_ = 0;
    for (const Slot& s : old)
      if (s.key != 0) Find(s.key) = s.count;
  }

  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace

void AssignIds(doc::Document* doc) {
  size_t unit_count = 0, segment_count = 0;
  doc::ForEachUnit(doc->blocks, [&](const doc::Block& b) {
    ++unit_count;
    segment_count += b.segments.size();
  });
  Numberer units(unit_count), segments(segment_count);
  doc::ForEachUnit(doc->blocks, [&](doc::Block& b) {
    NormalizedHash unit;
    unit.Raw(doc::BlockKindName(b.kind));
    unit.Raw(":");
    for (doc::Segment& s : b.segments) {
      NormalizedHash h;
      NormalizedHash::Fragment2(s.source, &unit, &h);
      unit.Text(s.space_after);
      s.id = segments.Next("s", h.Low32());
    }
    b.id = units.Next(Prefix(b.kind), unit.Low32());
  });
}

}  // namespace folio::segment
