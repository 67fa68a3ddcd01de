#include "segment/fragment_cut.h"

#include <algorithm>
#include <string_view>

namespace folio::segment {

namespace {

using Kind = doc::Inline::Kind;

class Cutter {
 public:
  explicit Cutter(const std::vector<SentenceCut>& cuts) : cuts_(cuts) { out_.reserve(cuts.size()); }

  std::vector<Sentence> Run(const doc::Fragment& f) {
    for (const doc::Inline& item : f.items) {
      if (item.kind == Kind::kText) {
        AddText(item.text);
      } else {
        AddCode(item);
      }
    }
    if (!cur_.text.empty() || out_.empty()) Emit(cuts_.back().text_end);
    return std::move(out_);
  }

 private:
  bool PendingAt(size_t pos) const { return next_ + 1 < cuts_.size() && cuts_[next_].next_start == pos; }

  void AddText(const std::string& text) {
    std::string_view rest(text);
    size_t start = pos_;
    while (next_ + 1 < cuts_.size() && cuts_[next_].next_start < start + text.size()) {
      size_t local = cuts_[next_].next_start - pos_;
      Append(rest.substr(0, local));
      rest.remove_prefix(local);
      pos_ += local;
      Resolve();
    }
    Append(rest);
    pos_ += rest.size();
  }

  void AddCode(const doc::Inline& code) {
    // Closes at a cut end the sentence before; anything else opens the next.
    if (PendingAt(pos_) && code.kind != Kind::kClose) Resolve();
    cur_.text.items.push_back(code);
    if (code.kind == Kind::kOpen) ++open_;
    if (code.kind == Kind::kClose && open_ > 0) --open_;
  }

  void Append(std::string_view s) { cur_.text.AppendText(s); }

  void Resolve() {
    const SentenceCut& cut = cuts_[next_++];
    if (open_ == 0) Emit(cut.text_end);
  }

  // Moves the whitespace from text_end on into space_after, unless a code
  // follows it, and closes the current sentence.
  void Emit(size_t text_end) {
    std::vector<doc::Inline>& items = cur_.text.items;
    if (!items.empty() && items.back().kind == Kind::kText && text_end < pos_) {
      std::string& s = items.back().text;
      size_t item_start = pos_ - s.size();
      size_t keep = std::max(text_end, item_start) - item_start;
      cur_.space_after = s.substr(keep);
      s.resize(keep);
      if (s.empty()) items.pop_back();
    }
    if (items.empty() && !out_.empty()) {
      out_.back().space_after += cur_.space_after;
    } else {
      out_.push_back(std::move(cur_));
    }
    cur_ = Sentence();
  }

  const std::vector<SentenceCut>& cuts_;
  size_t next_ = 0;  // the next cut to resolve
  size_t pos_ = 0;   // plain-text offset reached
  int open_ = 0;     // open codes in cur_ without their close yet
  Sentence cur_;
  std::vector<Sentence> out_;
};

}  // namespace

std::vector<Sentence> CutFragment(const doc::Fragment& f, const std::vector<SentenceCut>& cuts) {
  if (f.empty()) return {};
  if (cuts.empty()) return {Sentence{f, ""}};
  return Cutter(cuts).Run(f);
}

}  // namespace folio::segment
