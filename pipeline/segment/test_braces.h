// Test helper: the inverse of doc::FragmentToBraces. "{1}" opens code 1,
// "{/1}" closes it, "{2/}" is placeholder 2; everything else is text. Open
// codes get type "term" and can_delete false, as the plain-text reader makes
// them; placeholders get type "ph". For tests only: real text may hold "{".
#ifndef FOLIO_SEGMENT_TEST_BRACES_H_
#define FOLIO_SEGMENT_TEST_BRACES_H_

#include <string>
#include <string_view>

#include "doc/document.h"

namespace folio::segment {

inline doc::Fragment FragmentFromBraces(std::string_view s) {
  doc::Fragment f;
  size_t i = 0;
  while (i < s.size()) {
    size_t close = s[i] == '{' ? s.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      size_t next = s.find('{', i + 1);
      if (next == std::string_view::npos) next = s.size();
      f.AppendText(std::string(s.substr(i, next - i)));
      i = next;
      continue;
    }
    std::string_view body = s.substr(i + 1, close - i - 1);
    doc::Inline code;
    if (!body.empty() && body.front() == '/') {
      code.kind = doc::Inline::Kind::kClose;
      body.remove_prefix(1);
      code.type = "term";
      code.can_delete = false;
    } else if (!body.empty() && body.back() == '/') {
      code.kind = doc::Inline::Kind::kPlaceholder;
      body.remove_suffix(1);
      code.type = "ph";
    } else {
      code.kind = doc::Inline::Kind::kOpen;
      code.type = "term";
      code.can_delete = false;
    }
    code.id = std::string(body);
    f.items.push_back(code);
    i = close + 1;
  }
  return f;
}

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_TEST_BRACES_H_
