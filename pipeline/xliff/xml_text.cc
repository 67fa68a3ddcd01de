#include "xliff/xml_text.h"

#include <cstdio>

#include "base/text.h"

namespace folio::xliff {

bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

void AppendXmlText(std::string_view text, NonXmlChar mode, std::string* out) {
  out->reserve(out->size() + text.size());
  size_t run = 0;  // start of the bytes not yet copied
  auto flush = [&](size_t end) {
    out->append(text.data() + run, end - run);
  };
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    const char* entity = nullptr;
    if (b >= 0x80) {
      size_t start = i;
      char32_t c = DecodeUtf8(text, &i);
      if (IsXmlChar(c)) continue;  // copied with its run
      flush(start);
      run = i;
      if (mode == NonXmlChar::kReplacement) {
        AppendUtf8(0xFFFD, out);
      } else {
        char hex[24];
        std::snprintf(hex, sizeof hex, "<cp hex=\"%04X\"/>", static_cast<unsigned>(c));
        *out += hex;
      }
      continue;
    }
    switch (b) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '\r': entity = "&#13;"; break;
      default: break;
    }
    if (entity == nullptr && (b >= 0x20 || b == '\t' || b == '\n')) {
      ++i;
      continue;
    }
    flush(i);
    ++i;
    run = i;
    if (entity != nullptr) {
      *out += entity;
    } else if (mode == NonXmlChar::kReplacement) {
      AppendUtf8(0xFFFD, out);
    } else {
      char hex[24];
      std::snprintf(hex, sizeof hex, "<cp hex=\"%04X\"/>", static_cast<unsigned>(b));
      *out += hex;
    }
  }
  flush(text.size());
}

std::string SanitizeXmlText(std::string_view text) {
  std::string s;
  s.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(text, &i);
    if (IsXmlChar(c) && c != '\r') s.append(text.substr(start, i - start));
    else AppendUtf8(0xFFFD, &s);
  }
  return s;
}

}  // namespace folio::xliff
