#include "render/xml_text.h"

#include "base/text.h"
#include "base/xml_escape.h"

namespace folio::render {

namespace {

bool AllowedInHtmlText(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp >= 0x7F && cp <= 0x9F) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
  if ((cp & 0xFFFE) == 0xFFFE) return false;
  return cp <= 0x10FFFF;
}

}  // namespace

std::string XmlText(std::string_view utf8) {
  std::string clean;
  clean.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = DecodeUtf8(utf8, &i);
    if (AllowedInHtmlText(cp)) AppendUtf8(cp, &clean);
  }
  std::string out;
  AppendXmlText(clean, NonXmlChar::kReplacement, &out);  // nothing left to replace
  return out;
}

}  // namespace folio::render
