#include "xliff/check.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/locale_info.h"
#include "base/text.h"
#include "doc/dump.h"

namespace folio::xliff {

namespace {

using doc::Fragment;
using doc::Inline;

// Text runs merged, empty runs dropped; codes reduced to kind and id.
std::vector<std::pair<Inline::Kind, std::string>> Comparable(const Fragment& f) {
  std::vector<std::pair<Inline::Kind, std::string>> v;
  for (const Inline& i : f.items) {
    if (i.kind != Inline::Kind::kText) {
      v.emplace_back(i.kind, i.id);
    } else if (!i.text.empty()) {
      if (!v.empty() && v.back().first == Inline::Kind::kText)
        v.back().second += i.text;
      else
        v.emplace_back(i.kind, i.text);
    }
  }
  return v;
}

std::string Quoted(const Fragment& f) { return Quote(doc::FragmentToBraces(f)); }

std::string Brace(Inline::Kind kind, const std::string& id) {
  if (kind == Inline::Kind::kClose) return "{/" + id + "}";
  if (kind == Inline::Kind::kPlaceholder) return "{" + id + "/}";
  return "{" + id + "}";
}

struct SourceCode {
  bool pair = false;
  bool can_delete = true;
};

class Checker {
 public:
  Checker(const XliffFile& file, std::vector<CheckProblem>* problems) : file_(file), problems_(problems) {}

  void Add(const SourceLocation& where, const std::string& msg) {
    problems_->push_back({unit_id_, where.ToString() + ": " + msg});
  }

  void Languages(const std::string& project_src, const std::string& expected_trg) {
    if (GetLocaleInfo(Lower(file_.src_lang)).language != GetLocaleInfo(Lower(project_src)).language)
      Add(file_.where, "the file's source language is \"" + file_.src_lang + "\" (srcLang) but the project's is \"" +
                           project_src +
                           "\"; this file belongs to another project: translate the XLIFF that "
                           "folio exported for this one");
    if (file_.trg_lang.empty())
      Add(file_.where, "the file has no target language (trgLang); set it to \"" + expected_trg +
                           "\" in your translation tool and export the file again");
    else if (Lower(file_.trg_lang) != Lower(expected_trg))
      Add(file_.where, "the file's target language is \"" + file_.trg_lang +
                           "\" (trgLang) but it is being imported as \"" + expected_trg + "\"; import it as \"" +
                           file_.trg_lang +
                           "\", or set the target "
                           "language to \"" +
                           expected_trg + "\" and export the file again");
  }

  void Unit(const XUnit& unit, const doc::Block* block) {
    unit_id_ = unit.id;
    UnitProblems(unit, block);
    unit_id_.clear();
  }

 private:
  void UnitProblems(const XUnit& unit, const doc::Block* block) {
    auto [first, inserted] = units_.emplace(unit.id, unit.where);
    if (!inserted) {
      Add(unit.where, "unit " + unit.id + " appears twice (first at line " + std::to_string(first->second.line) +
                          "); delete one of the two");
      return;
    }
    if (!block) {
      Add(unit.where, "unit " + unit.id +
                          " is not in the source document (the article changed "
                          "since this file was exported, or the file is from another project); "
                          "export the XLIFF again and translate that");
      return;
    }
    for (size_t i = 0; i < unit.segments.size(); ++i) {
      const XSegment& seg = unit.segments[i];
      const doc::Segment* src = Find(seg, i, unit, *block);
      if (src) Segment(seg, *src);
    }
  }

  const doc::Segment* Find(const XSegment& seg, size_t index, const XUnit& unit, const doc::Block& block) {
    if (seg.id.empty()) {
      if (unit.segments.size() == block.segments.size()) return &block.segments[index];
      Add(seg.where, "segment " + std::to_string(index + 1) + " of unit " + unit.id + " has no id, and the unit has " +
                         std::to_string(unit.segments.size()) + " segments instead of " +
                         std::to_string(block.segments.size()) +
                         "; segments must not be split or joined: export the XLIFF again");
      return nullptr;
    }
    auto [first, inserted] = segments_.emplace(seg.id, seg.where);
    if (!inserted) {
      Add(seg.where, "segment " + seg.id + " appears twice (first at line " + std::to_string(first->second.line) +
                         "); delete one of the two");
      return nullptr;
    }
    for (const doc::Segment& s : block.segments)
      if (s.id == seg.id) return &s;
    Add(seg.where, "segment " + seg.id + " is not in unit " + unit.id +
                       " of the source document; segments must not be split, joined or moved: "
                       "export the XLIFF again");
    return nullptr;
  }

  void Segment(const XSegment& seg, const doc::Segment& src) {
    const std::string& id = src.id;
    if (Comparable(seg.source) != Comparable(src.source))
      Add(seg.where, "the source text of segment " + id + " was changed (expected " + Quoted(src.source) + ", found " +
                         Quoted(seg.source) + "); translators must not edit the source: restore it");
    if (seg.target) Codes(id, src.source, *seg.target, seg.target_where);
  }

  void Codes(const std::string& seg_id, const Fragment& source, const Fragment& target, const SourceLocation& where) {
    std::map<std::string, SourceCode> codes;
    for (const Inline& i : source.items) {
      if (i.kind == Inline::Kind::kText) continue;
      SourceCode& c = codes[i.id];
      c.pair = i.kind != Inline::Kind::kPlaceholder;
      c.can_delete = c.can_delete && i.can_delete;
    }
    std::string of = "the target of segment " + seg_id;
    std::set<std::string> seen, reported;
    std::vector<std::string> open;
    for (const Inline& i : target.items) {
      if (i.kind == Inline::Kind::kText) continue;
      auto code = codes.find(i.id);
      if (code == codes.end()) {
        if (reported.insert(i.id).second)
          Add(where, of + " has the inline code " + Brace(i.kind, i.id) + ", which is not in the source; remove it");
        continue;
      }
      bool pair = i.kind != Inline::Kind::kPlaceholder;
      if (pair != code->second.pair) {
        if (reported.insert(i.id).second)
          Add(where, of + " has the inline code " + Brace(i.kind, i.id) + " where the source has " +
                         (code->second.pair ? "{" + i.id + "}\u2026{/" + i.id + "}" : "{" + i.id + "/}") +
                         "; use the code as it is in the source");
        continue;
      }
      if (i.kind == Inline::Kind::kClose) {
        if (!reported.count(i.id)) Close(of, i.id, &open, where);
        continue;
      }
      if (!seen.insert(i.id).second) {
        if (reported.insert(i.id).second)
          Add(where, of + " has the inline code " + Brace(i.kind, i.id) + " more than once; keep only one");
        continue;
      }
      if (i.kind == Inline::Kind::kOpen) open.push_back(i.id);
    }
    for (const std::string& id : open)
      Add(where,
          of + " opens the inline code {" + id + "} but never closes it; add {/" + id + "} after the words it marks");
    for (const auto& [id, code] : codes) {
      if (code.can_delete || seen.count(id) || reported.count(id)) continue;
      std::string marked = code.pair ? MarkedText(source, id) : "";
      Add(where, of + " lacks the inline code " + (code.pair ? "{" + id + "}\u2026{/" + id + "}" : "{" + id + "/}") +
                     (marked.empty() ? "" : " (around \u201c" + marked + "\u201d in the source)") +
                     ", which must not be deleted; put it back" +
                     (code.pair ? (marked.empty() ? " around the words it marks" : " around their translation") : ""));
    }
  }

  // The text a paired code encloses in the source: "Unprocessed emotions".
  static std::string MarkedText(const Fragment& source, const std::string& id) {
    std::string text;
    bool inside = false;
    for (const Inline& i : source.items) {
      if (i.id == id && i.kind == Inline::Kind::kOpen)
        inside = true;
      else if (i.id == id && i.kind == Inline::Kind::kClose)
        break;
      else if (inside && i.kind == Inline::Kind::kText)
        text += i.text;
    }
    return text;
  }

  void Close(const std::string& of, const std::string& id, std::vector<std::string>* open,
             const SourceLocation& where) {
    auto it = std::find(open->begin(), open->end(), id);
    if (it == open->end()) {
      Add(where, of + " closes the inline code {/" + id + "} that is not open; add {" + id +
                     "} before the words it marks, or remove {/" + id + "}");
      return;
    }
    if (it + 1 != open->end())
      Add(where, of + " has the inline codes {" + id + "} and {" + open->back() + "} overlapping; close {/" +
                     open->back() + "} before {/" + id + "}");
    open->erase(it);
  }

  const XliffFile& file_;
  std::vector<CheckProblem>* problems_;
  std::string unit_id_;  // the unit being checked; empty for file-level problems
  std::map<std::string, SourceLocation> units_;
  std::map<std::string, SourceLocation> segments_;
};

}  // namespace

bool SameSource(const doc::Fragment& a, const doc::Fragment& b) { return Comparable(a) == Comparable(b); }

void CheckAgainstSource(const XliffFile& file, const doc::Document& source, const std::string& expected_trg_lang,
                        std::vector<CheckProblem>* problems) {
  std::map<std::string, const doc::Block*> blocks;
  doc::ForEachUnit(source.blocks, [&](const doc::Block& b) { blocks.emplace(b.id, &b); });
  Checker checker(file, problems);
  checker.Languages(source.source_language.empty() ? source.meta.language : source.source_language, expected_trg_lang);
  for (const XUnit& unit : file.units) {
    auto it = blocks.find(unit.id);
    checker.Unit(unit, it == blocks.end() ? nullptr : it->second);
  }
}

Status CheckAgainstSource(const XliffFile& file, const doc::Document& source, const std::string& expected_trg_lang) {
  std::vector<CheckProblem> problems;
  CheckAgainstSource(file, source, expected_trg_lang, &problems);
  if (problems.empty()) return Status::Ok();
  std::string msg;
  for (const CheckProblem& p : problems) msg += (msg.empty() ? "" : "\n") + p.message;
  return Status::InvalidInput(msg);
}

}  // namespace folio::xliff
