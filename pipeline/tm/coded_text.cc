#include "tm/coded_text.h"

#include <vector>

namespace folio::tm {

namespace {

using Kind = doc::Inline::Kind;

void AppendEscaped(std::string_view s, std::string_view specials, std::string* out) {
  for (char c : s) {
    if (c == '\\' || specials.find(c) != std::string_view::npos) out->push_back('\\');
    out->push_back(c);
  }
}

char KindLetter(Kind k) {
  switch (k) {
    case Kind::kOpen:
      return 'o';
    case Kind::kClose:
      return 'c';
    case Kind::kPlaceholder:
      return 'x';
    case Kind::kText:
      break;
  }
  return '?';
}

Status Error(size_t at, const std::string& what) {
  return Status::InvalidInput("coded text at byte " + std::to_string(at) + ": " + what +
                              " (the memory file is damaged; re-import it from TMX)");
}

}  // namespace

std::string WriteCodedText(const doc::Fragment& fragment) {
  std::string out;
  for (const doc::Inline& item : fragment.items) {
    if (item.kind == Kind::kText) {
      AppendEscaped(item.text, "{}", &out);
      continue;
    }
    out += '{';
    out += KindLetter(item.kind);
    out += '|';
    AppendEscaped(item.id, "|{}", &out);
    out += '|';
    AppendEscaped(item.type, "|{}", &out);
    if (!item.can_delete) out += "|!";
    out += '}';
  }
  return out;
}

Status ReadCodedText(std::string_view coded, doc::Fragment* out) {
  *out = doc::Fragment();
  doc::Fragment result;
  std::string text;
  size_t i = 0;
  auto flush = [&] {
    if (!text.empty()) result.AppendText(text);
    text.clear();
  };
  while (i < coded.size()) {
    char c = coded[i];
    if (c == '\\') {
      if (i + 1 >= coded.size()) return Error(i, "'\\' at the end");
      text += coded[i + 1];
      i += 2;
      continue;
    }
    if (c == '}') return Error(i, "unescaped '}'");
    if (c != '{') {
      text += c;
      ++i;
      continue;
    }
    size_t start = i;
    if (i + 2 >= coded.size() || coded[i + 2] != '|') return Error(start, "bad code");
    doc::Inline code;
    switch (coded[i + 1]) {
      case 'o':
        code.kind = Kind::kOpen;
        break;
      case 'c':
        code.kind = Kind::kClose;
        break;
      case 'x':
        code.kind = Kind::kPlaceholder;
        break;
      default:
        return Error(start + 1, std::string("unknown code kind '") + coded[i + 1] + "'");
    }
    i += 3;
    std::vector<std::string> fields(1);
    bool closed = false;
    while (i < coded.size()) {
      char d = coded[i];
      if (d == '\\' && i + 1 < coded.size()) {
        fields.back() += coded[i + 1];
        i += 2;
      } else if (d == '|') {
        fields.emplace_back();
        ++i;
      } else if (d == '}') {
        closed = true;
        ++i;
        break;
      } else if (d == '{') {
        return Error(i, "'{' inside a code");
      } else {
        fields.back() += d;
        ++i;
      }
    }
    if (!closed) return Error(start, "code without '}'");
    if (fields.size() < 2 || fields.size() > 3 || (fields.size() == 3 && fields[2] != "!"))
      return Error(start, "a code has the fields id|type or id|type|!");
    code.id = fields[0];
    code.type = fields[1];
    code.can_delete = fields.size() == 2;
    flush();
    result.items.push_back(std::move(code));
  }
  flush();
  *out = std::move(result);
  return Status::Ok();
}

}  // namespace folio::tm
