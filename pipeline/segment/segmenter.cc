#include "segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstring>

#include "base/locale_info.h"
#include "base/scan.h"
#include "segment/fragment_cut.h"
#include "segment/sentence_prefilter.h"
#include "segment/sentence_rules.h"
#include "segment/unit_ids.h"
#include "segment/word_count.h"

namespace folio::segment {

namespace {

// Abbreviations CLDR's list lacks. Only entries without an inner period work
// with ICU's filter; "e.g." and "i.e." are handled in sentence_rules.cc.
// "etc." is left out on purpose: it ends sentences as often as not.
constexpr const char16_t* kFolioSuppressions[] = {
    u"Mr.", u"Mrs.", u"Ms.", u"Dr.", u"Prof.", u"St.", u"Mt.", u"vs.", u"cf.", u"approx.",
};

// Where the UTF-16 and UTF-8 offsets of a text meet again after a
// non-ASCII code point: between two of these, every character is ASCII
// and takes one unit in both.
struct Checkpoint {
  int32_t u16;
  int32_t u8;
};

class IcuSegmenter : public Segmenter {
 public:
  IcuSegmenter(std::unique_ptr<icu::BreakIterator> iter, bool root_rules)
      : iter_(std::move(iter)), root_rules_(root_rules) {}
  ~IcuSegmenter() override { utext_close(&utext_); }

  std::vector<Sentence> Split(const doc::Fragment& f) const override;

 private:
  void FindCuts(std::string_view plain) const;

  std::unique_ptr<icu::BreakIterator> iter_;
  // Whether the locale's rules are ICU's root rules, for which
  // HasNoSentenceBoundaryInside may stand in for the iterator.
  bool root_rules_;
  // Reused across calls so that splitting allocates nothing from ICU.
  mutable UText utext_ = UTEXT_INITIALIZER;
  mutable std::u16string text16_;
  mutable std::vector<int32_t> breaks_;
  mutable std::vector<int32_t> ellipses_;        // offsets of U+2026 in text16_
  mutable std::vector<Checkpoint> checkpoints_;  // see ToUtf16
  mutable std::vector<int32_t> targets16_;       // text end, next start, ...
  mutable std::vector<size_t> targets8_;
  mutable std::vector<SentenceCut> cuts_;
  mutable std::string plain_;
};

// Converts once per block. Notes where each U+2026 (…) lands, for
// RefineSentenceBreaks, and a checkpoint after every non-ASCII code point,
// for MapToUtf8 (so an ill-formed byte, one U+FFFD, maps right too).
void ToUtf16(std::string_view s, std::u16string* out, std::vector<int32_t>* ellipses,
             std::vector<Checkpoint>* checkpoints) {
  ellipses->clear();
  checkpoints->clear();
  out->resize(s.size());  // never more units than bytes
  char16_t* d = out->data();
  int32_t n = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t len = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < len;) {
    // The ASCII run from here, widened in one go (Latin-script text with
    // an accent every few words stays on this path). d has room: n <= i.
    const size_t ascii = WidenAscii(s.substr(static_cast<size_t>(i)), d + n);
    i += static_cast<int32_t>(ascii);
    n += static_cast<int32_t>(ascii);
    if (i >= len) break;
    if (p[i] < 0x80) {
      d[n++] = p[i++];
      continue;
    }
    UChar32 c;
    U8_NEXT_OR_FFFD(p, i, len, c);
    if (c == 0x2026) ellipses->push_back(n);
    U16_APPEND_UNSAFE(d, n, c);
    checkpoints->push_back({n, i});
  }
  out->resize(n);
}

// Rewrites ascending UTF-16 offsets as UTF-8 byte offsets, from the
// checkpoints ToUtf16 left: no second pass over the text.
void MapToUtf8(const std::vector<Checkpoint>& checkpoints, const std::vector<int32_t>& offsets16,
               std::vector<size_t>* out) {
  out->clear();
  size_t c = 0;
  Checkpoint base{0, 0};
  for (int32_t target : offsets16) {
    while (c < checkpoints.size() && checkpoints[c].u16 <= target) base = checkpoints[c++];
    out->push_back(static_cast<size_t>(base.u8 + (target - base.u16)));
  }
}

int32_t SkipSpaceBack(std::u16string_view t, int32_t i, int32_t floor) {
  while (i > floor) {
    int32_t j = i;
    UChar32 c;
    U16_PREV(t.data(), 0, j, c);
    if (!u_isUWhiteSpace(c)) break;
    i = j;
  }
  return i;
}

void IcuSegmenter::FindCuts(std::string_view plain) const {
  ToUtf16(plain, &text16_, &ellipses_, &checkpoints_);
  const int32_t n = static_cast<int32_t>(text16_.size());
  breaks_.clear();
  // Headings, list items and one-sentence paragraphs need no iterator.
  if (!root_rules_ || !HasNoSentenceBoundaryInside(text16_)) {
    UErrorCode err = U_ZERO_ERROR;
    utext_openUChars(&utext_, reinterpret_cast<const UChar*>(text16_.data()), n, &err);
    iter_->setText(&utext_, err);
    if (U_SUCCESS(err)) {
      iter_->first();
      for (int32_t b = iter_->next(); b != icu::BreakIterator::DONE && b < n; b = iter_->next()) breaks_.push_back(b);
    }
    RefineSentenceBreaks(text16_, &breaks_, &ellipses_);
  }
  breaks_.push_back(n);

  targets16_.clear();
  int32_t prev = 0;
  for (int32_t b : breaks_) {
    targets16_.push_back(SkipSpaceBack(text16_, b, prev));
    targets16_.push_back(b);
    prev = b;
  }
  if (checkpoints_.empty()) {
    // All ASCII: as many UTF-16 units as UTF-8 bytes.
    targets8_.assign(targets16_.begin(), targets16_.end());
  } else {
    MapToUtf8(checkpoints_, targets16_, &targets8_);
  }
  cuts_.clear();
  for (size_t k = 0; k + 1 < targets8_.size(); k += 2) cuts_.push_back({targets8_[k], targets8_[k + 1]});
}

std::vector<Sentence> IcuSegmenter::Split(const doc::Fragment& f) const {
  std::string_view plain;
  if (f.items.size() == 1 && f.items[0].kind == doc::Inline::Kind::kText) {
    plain = f.items[0].text;
  } else {
    plain_.clear();
    for (const doc::Inline& i : f.items)
      if (i.kind == doc::Inline::Kind::kText) plain_ += i.text;
    plain = plain_;
  }
  FindCuts(plain);
  return CutFragment(f, cuts_);
}

doc::Fragment Rejoin(const std::vector<doc::Segment>& segments) {
  doc::Fragment whole;
  for (const doc::Segment& s : segments) {
    for (const doc::Inline& i : s.source.items) {
      if (i.kind == doc::Inline::Kind::kText) {
        whole.AppendText(i.text);
      } else {
        whole.items.push_back(i);
      }
    }
    whole.AppendText(s.space_after);
  }
  return whole;
}

bool HasContent(const doc::Fragment& f) {
  for (const doc::Inline& i : f.items) {
    if (i.kind != doc::Inline::Kind::kText) return true;
    for (char c : i.text)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return true;
  }
  return false;
}

// Whether `iter` runs ICU's root sentence rules (most locales do; Greek
// does not), compared by rule source.
bool HasRootRules(const icu::BreakIterator& iter) {
  static const icu::UnicodeString* const kRootRules = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> root(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
    bool rbbi = U_SUCCESS(err) && root->getDynamicClassID() == icu::RuleBasedBreakIterator::getStaticClassID();
    return new icu::UnicodeString(rbbi ? static_cast<icu::RuleBasedBreakIterator&>(*root).getRules()
                                       : icu::UnicodeString());
  }();
  if (iter.getDynamicClassID() != icu::RuleBasedBreakIterator::getStaticClassID()) return false;
  return !kRootRules->isEmpty() && static_cast<const icu::RuleBasedBreakIterator&>(iter).getRules() == *kRootRules;
}

}  // namespace

Status Segmenter::Create(const std::string& locale, std::unique_ptr<Segmenter>* out) {
  icu::Locale loc(GetLocaleInfo(locale).icu_locale.c_str());
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(loc, err));
  if (U_FAILURE(err) || sentences == nullptr)
    return Status::Internal(std::string("ICU has no sentence break rules (") + u_errorName(err) +
                            "); check that the ICU data library is installed");
  const bool root_rules = HasRootRules(*sentences);
  // Locales without CLDR suppression data (ja, zh...) get folio's list only.
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(loc, err));
  if (U_FAILURE(err) || builder == nullptr) {
    err = U_ZERO_ERROR;
    builder.reset(icu::FilteredBreakIteratorBuilder::createEmptyInstance(err));
  }
  if (U_FAILURE(err) || builder == nullptr)
    return Status::Internal(std::string("ICU cannot filter sentence breaks: ") + u_errorName(err));
  for (const char16_t* s : kFolioSuppressions) builder->suppressBreakAfter(icu::UnicodeString(s), err);
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(sentences.release(), err));
  if (U_FAILURE(err) || filtered == nullptr)
    return Status::Internal(std::string("ICU cannot filter sentence breaks: ") + u_errorName(err));
  *out = std::make_unique<IcuSegmenter>(std::move(filtered), root_rules);
  return Status::Ok();
}

Status SegmentDocument(doc::Document* doc) {
  std::string lang = doc->source_language;
  if (lang.empty()) lang = doc->meta.language;
  if (lang.empty()) lang = "en";
  // Building the filtered ICU iterator costs more than segmenting a short
  // article: keep the last one per thread (a Segmenter is not thread-safe,
  // so one per thread is also what makes articles safe to run in parallel).
  thread_local std::string cached_lang;
  thread_local std::unique_ptr<Segmenter> cached;
  if (cached == nullptr || cached_lang != lang) {
    cached.reset();
    FOLIO_RETURN_IF_ERROR(Segmenter::Create(lang, &cached));
    cached_lang = lang;
  }
  Segmenter* segmenter = cached.get();
  const WordCounter words(lang);
  doc::ForEachUnit(doc->blocks, [&](doc::Block& b) {
    // A unit fresh from a reader has one segment: take its fragment as it
    // is rather than a copy.
    doc::Fragment whole = b.segments.size() == 1 && b.segments[0].space_after.empty() ? std::move(b.segments[0].source)
                                                                                      : Rejoin(b.segments);
    b.segments.clear();
    if (!HasContent(whole)) return;
    std::vector<Sentence> sentences = segmenter->Split(whole);
    b.segments.reserve(sentences.size());
    for (Sentence& s : sentences) {
      doc::Segment seg;
      const std::vector<doc::Inline>& items = s.text.items;
      seg.words = items.size() == 1 && items[0].kind == doc::Inline::Kind::kText ? words.Count(items[0].text)
                                                                                 : words.Count(s.text.PlainText());
      seg.source = std::move(s.text);
      seg.space_after = std::move(s.space_after);
      b.segments.push_back(std::move(seg));
    }
  });
  AssignIds(doc);
  return Status::Ok();
}

}  // namespace folio::segment
