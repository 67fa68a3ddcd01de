// Fragments and entries shared by the translation memory tests.
#ifndef FOLIO_TM_TEST_ENTRIES_H_
#define FOLIO_TM_TEST_ENTRIES_H_

#include <string>

#include "doc/document.h"
#include "tm/memory.h"

namespace folio::tm::testing {

// "Screen readers announce the <term>alternative text</term> of each image."
inline doc::Fragment TermFragment(const std::string& before, const std::string& term, const std::string& after) {
  doc::Fragment f;
  f.AppendText(before);
  f.items.push_back({doc::Inline::Kind::kOpen, "", "1", "term", false});
  f.AppendText(term);
  f.items.push_back({doc::Inline::Kind::kClose, "", "1", "term", false});
  f.AppendText(after);
  return f;
}

inline Entry MakeEntry(const std::string& source, const std::string& target, const std::string& prev = "",
                       const std::string& next = "") {
  Entry e;
  e.src_lang = "en";
  e.trg_lang = "fr";
  e.source = doc::TextFragment(source);
  e.target = doc::TextFragment(target);
  e.prev_source = prev;
  e.next_source = next;
  e.origin = "import:locales/fr/article.xlf";
  return e;
}

inline Query MakeQuery(const std::string& source, const std::string& prev = "", const std::string& next = "") {
  return Query{"en", "fr", doc::TextFragment(source), prev, next};
}

}  // namespace folio::tm::testing

#endif  // FOLIO_TM_TEST_ENTRIES_H_
