// The edition's stylesheet, and the check that lets the package claim
// displayTransformability.
#include <cctype>
#include <regex>
#include <string>

#include "base/text.h"
#include "epub/epub.h"

namespace folio::epub {

std::string Stylesheet() {
  return R"css(@charset "UTF-8";
/* folio edition style. The reader's settings win: sizes are relative
   (em, %), no colours are set, on text or behind it (dark and sepia
   modes keep working), and margins use logical properties so that right-to-left
   editions mirror. */

html {
  -webkit-hyphens: auto;
  -epub-hyphens: auto;
  hyphens: auto;
}

/* Scripts that are not hyphenated: break lines at spaces only. */
:lang(ar), :lang(fa), :lang(he), :lang(ur), :lang(ja), :lang(ko), :lang(zh), :lang(th) {
  -webkit-hyphens: manual;
  -epub-hyphens: manual;
  hyphens: manual;
}

body {
  line-height: 1.5;
}

h1, h2, h3, h4, h5, h6 {
  line-height: 1.25;
  -webkit-hyphens: manual;
  -epub-hyphens: manual;
  hyphens: manual;
  page-break-after: avoid;
  break-after: avoid;
}

h1 {
  font-size: 1.6em;
  margin-block-start: 0;
  margin-block-end: 1em;
}

h2 {
  font-size: 1.3em;
  margin-block-start: 1.5em;
  margin-block-end: 0.5em;
}

h3, h4, h5, h6 {
  font-size: 1.1em;
  margin-block-start: 1.25em;
  margin-block-end: 0.5em;
}

p {
  margin-block-start: 0;
  margin-block-end: 0.75em;
}

ul, ol {
  margin-block-start: 0;
  margin-block-end: 0.75em;
  margin-inline-start: 0;
  padding-inline-start: 1.5em;
}

li {
  margin-block-end: 0.25em;
}

/* Key terms: weight, not colour, so they survive any theme. */
.term {
  font-weight: bold;
  font-style: normal;
}

nav ol {
  list-style-type: none;
  padding-inline-start: 0;
}

nav ol ol {
  padding-inline-start: 1.5em;
}
)css";
}

bool LeavesDisplayToReader(std::string_view css) {
  std::string text;
  for (size_t i = 0; i < css.size(); ++i) {  // without comments, lower case
    if (css.compare(i, 2, "/*") == 0) {
      size_t end = css.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    text += static_cast<char>(std::tolower(static_cast<unsigned char>(css[i])));
  }
  static const std::regex kAbsoluteLength(R"((^|[^a-z0-9_-])[0-9]*\.?[0-9]+(px|pt|pc|cm|mm|in|q)($|[^a-z0-9_-]))");
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of("{};", start);
    if (end == std::string::npos) end = text.size();
    std::string declaration = text.substr(start, end - start);
    start = end + 1;
    size_t colon = declaration.find(':');
    if (colon == std::string::npos) continue;
    std::string property(Trim(std::string_view(declaration).substr(0, colon)));
    std::string value(Trim(std::string_view(declaration).substr(colon + 1)));
    // Selectors such as "nav ol" or ":lang(ar), :lang(fa)" are not declarations.
    if (property.empty() || property.find_first_of(" ,()>+~[") != std::string::npos) continue;
    if (property == "color" || property.rfind("background", 0) == 0 ||
        (property.size() > 6 && property.compare(property.size() - 6, 6, "-color") == 0))
      return false;
    if (value.find("!important") != std::string::npos || value.find("! important") != std::string::npos) return false;
    if (std::regex_search(value, kAbsoluteLength)) return false;
  }
  return true;
}

}  // namespace folio::epub
