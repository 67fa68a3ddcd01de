#include "xliff/xml_wellformed.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "base/text.h"
#include "base/xml_escape.h"

namespace folio::xliff {

namespace {

constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNs = "http://www.w3.org/2000/xmlns/";

// XML 1.0 Fifth Edition, productions [4] and [4a].
bool IsNameStart(char32_t c) {
  return c == ':' || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
         (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}
bool IsNameChar(char32_t c) {
  return IsNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x203F && c <= 0x2040);
}

bool StartsWith(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

// One element's attribute as written, for the duplicate checks.
struct Attribute {
  std::string_view name;
  std::string value;  // references replaced
  size_t offset;
};

class Scanner {
 public:
  Scanner(std::string_view b, XmlSyntaxError* error) : b_(b), error_(error) {}

  bool Run() {
    if (StartsWith(b_, 0, "\xEF\xBB\xBF")) i_ = 3;
    if (StartsWith(b_, i_, "<?xml") && (i_ + 5 >= b_.size() || IsXmlSpace(b_[i_ + 5]) || b_[i_ + 5] == '?')) {
      if (!XmlDecl()) return false;
    }
    if (!Misc()) return false;
    if (i_ >= b_.size()) return Fail(i_, "the document has no root element");
    if (b_[i_] != '<') return Fail(i_, "text before the root element");
    if (!Content()) return false;
    if (!Misc()) return false;
    if (i_ < b_.size())
      return Fail(i_, b_[i_] == '<' ? "a second root element (a document has exactly one)"
                                    : "text after the end of the root element");
    return true;
  }

 private:
  bool Fail(size_t at, std::string what) {
    error_->offset = at;
    error_->what = std::move(what);
    return false;
  }

  // The code point at `at` (the bytes are valid UTF-8) and its length.
  char32_t At(size_t at, size_t* len) const {
    size_t next = at;
    char32_t cp = DecodeUtf8(b_, &next);
    *len = next - at;
    return cp;
  }

  static std::string Hex(char32_t c) {
    static const char* const kDigits = "0123456789ABCDEF";
    std::string s;
    for (int shift = c > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) s += kDigits[(c >> shift) & 0xF];
    return "U+" + s;
  }

  // Checks the characters of [from, to) against production [2].
  bool Chars(size_t from, size_t to) {
    for (size_t k = from; k < to;) {
      unsigned char c = static_cast<unsigned char>(b_[k]);
      if (c >= 0x20 && c < 0x80) {
        ++k;
        continue;
      }
      size_t len;
      char32_t cp = At(k, &len);
      if (!IsXmlChar(cp))
        return Fail(k, "character " + Hex(cp) + " is not allowed in XML (not even as a reference); remove it");
      k += len;
    }
    return true;
  }

  void SkipSpace() {
    while (i_ < b_.size() && IsXmlSpace(b_[i_])) ++i_;
  }

  // A Name at i_; returns false (without reporting) when there is none.
  bool Name(std::string_view* name) {
    size_t start = i_, len;
    if (i_ >= b_.size() || !IsNameStart(At(i_, &len))) return false;
    i_ += len;
    while (i_ < b_.size() && IsNameChar(At(i_, &len))) i_ += len;
    *name = b_.substr(start, i_ - start);
    return true;
  }

  bool XmlDecl() {
    size_t start = i_;
    i_ += 5;
    size_t end = b_.find("?>", i_);
    if (end == std::string_view::npos) return Fail(start, "the XML declaration is not closed with ?>");
    // version, then optionally encoding and standalone, in that order.
    static const char* const kNames[] = {"version", "encoding", "standalone"};
    int next = 0;
    while (true) {
      bool space = i_ < end && IsXmlSpace(b_[i_]);
      SkipSpace();
      if (i_ == end) break;
      std::string_view name;
      size_t at = i_;
      if (!space || !Name(&name)) return Fail(at, "the XML declaration is malformed");
      int which = -1;
      for (int k = next; k < 3; ++k)
        if (name == kNames[k]) which = k;
      if (which < 0 || (which > 0 && next == 0))
        return Fail(at,
                    "the XML declaration has version, then optionally encoding and standalone, in that order; "
                    "found \"" +
                        std::string(name) + "\"");
      next = which + 1;
      SkipSpace();
      if (i_ >= end || b_[i_] != '=') return Fail(i_, "'=' expected in the XML declaration");
      ++i_;
      SkipSpace();
      if (i_ >= end || (b_[i_] != '"' && b_[i_] != '\''))
        return Fail(i_, "a quoted value expected in the XML declaration");
      char q = b_[i_++];
      size_t close = b_.find(q, i_);
      if (close == std::string_view::npos || close > end) return Fail(at, "unterminated value in the XML declaration");
      std::string_view v = b_.substr(i_, close - i_);
      bool ok = true;
      if (which == 0) {
        ok = v.size() > 2 && v.starts_with("1.") &&
             std::all_of(v.begin() + 2, v.end(), [](char c) { return c >= '0' && c <= '9'; });
      } else if (which == 1) {
        ok =
            !v.empty() && std::isalpha(static_cast<unsigned char>(v[0])) && std::all_of(v.begin(), v.end(), [](char c) {
              return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
            });
      } else {
        ok = v == "yes" || v == "no";
      }
      if (!ok)
        return Fail(i_, "\"" + std::string(v) + "\" is not a valid " + kNames[which] + " in the XML declaration");
      i_ = close + 1;
    }
    if (next == 0) return Fail(start, "the XML declaration has no version");
    i_ = end + 2;
    return true;
  }

  // Comments, processing instructions and white space (prolog and epilog).
  bool Misc() {
    while (true) {
      SkipSpace();
      if (StartsWith(b_, i_, "<!--")) {
        if (!Comment()) return false;
      } else if (StartsWith(b_, i_, "<?")) {
        if (!Pi()) return false;
      } else if (StartsWith(b_, i_, "<!DOCTYPE")) {
        return Fail(i_, "a document type declaration (<!DOCTYPE>) is not supported");
      } else {
        return true;
      }
    }
  }

  bool Comment() {
    size_t start = i_;
    i_ += 4;
    size_t dashes = b_.find("--", i_);
    if (dashes == std::string_view::npos) return Fail(start, "the comment is not closed with -->");
    if (!Chars(i_, dashes)) return false;
    if (dashes + 2 >= b_.size() || b_[dashes + 2] != '>')
      return Fail(dashes,
                  "\"--\" inside a comment (a comment ends at the first \"--\", which must be followed by '>')");
    i_ = dashes + 3;
    return true;
  }

  bool Pi() {
    size_t start = i_;
    i_ += 2;
    std::string_view target;
    if (!Name(&target)) return Fail(i_, "a processing instruction starts with a name");
    std::string lower = Lower(target);
    if (lower == "xml")
      return Fail(start, "an XML declaration (<?xml ...?>) is allowed only at the very start of the file");
    size_t end = b_.find("?>", i_);
    if (end == std::string_view::npos) return Fail(start, "the processing instruction is not closed with ?>");
    if (i_ != end && !IsXmlSpace(b_[i_]))
      return Fail(i_, "white space expected after the processing instruction's name");
    if (!Chars(i_, end)) return false;
    i_ = end + 2;
    return true;
  }

  // A reference at i_ ('&'); appends its replacement text to *value.
  bool Reference(std::string* value) {
    size_t start = i_;
    ++i_;
    if (i_ < b_.size() && b_[i_] == '#') {
      ++i_;
      bool hex = i_ < b_.size() && b_[i_] == 'x';
      if (hex) ++i_;
      char32_t cp = 0;
      size_t digits = 0;
      while (i_ < b_.size()) {
        char c = b_[i_];
        int d = c >= '0' && c <= '9'          ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0) break;
        if (cp <= 0x10FFFF) cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
        ++digits;
        ++i_;
      }
      if (digits == 0 || i_ >= b_.size() || b_[i_] != ';')
        return Fail(start, "malformed character reference (&#NNN; or &#xHHH;); write &amp; for an ampersand");
      ++i_;
      if (!IsXmlChar(cp))
        return Fail(start, "&#" + std::string(b_.substr(start + 2, i_ - start - 3)) +
                               "; refers to a character that XML does not allow");
      if (value) {
        if (cp < 0x80) {
          *value += static_cast<char>(cp);
        } else {
          *value += '?';  // only compared with namespace names, which are ASCII in practice
        }
      }
      return true;
    }
    std::string_view name;
    if (!Name(&name) || i_ >= b_.size() || b_[i_] != ';')
      return Fail(start, "'&' starts no character or entity reference; write &amp; for an ampersand");
    ++i_;
    static const std::pair<std::string_view, char> kPredefined[] = {
        {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"apos", '\''}, {"quot", '"'}};
    for (const auto& [n, c] : kPredefined)
      if (n == name) {
        if (value) *value += c;
        return true;
      }
    return Fail(start, "undeclared entity &" + std::string(name) +
                           "; (only &lt; &gt; &amp; &apos; &quot; and character references are defined)");
  }

  // The start tag at i_ ('<'); sets *empty for "<x/>".
  bool StartTag(bool* empty) {
    size_t start = i_;
    ++i_;
    std::string_view name;
    if (!Name(&name))
      return Fail(i_,
                  "'<' starts no element, comment, CDATA section or processing instruction; "
                  "write &lt; for a less-than sign");
    std::vector<Attribute> attrs;
    while (true) {
      bool space = i_ < b_.size() && IsXmlSpace(b_[i_]);
      SkipSpace();
      if (i_ >= b_.size()) return Fail(start, "the start tag <" + std::string(name) + "> is not closed");
      if (b_[i_] == '>') {
        ++i_;
        *empty = false;
        break;
      }
      if (StartsWith(b_, i_, "/>")) {
        i_ += 2;
        *empty = true;
        break;
      }
      Attribute a;
      a.offset = i_;
      if (!Name(&a.name)) return Fail(i_, "an attribute name, '>' or '/>' expected in <" + std::string(name) + ">");
      if (!space) return Fail(a.offset, "white space expected before attribute " + std::string(a.name));
      SkipSpace();
      if (i_ >= b_.size() || b_[i_] != '=') return Fail(i_, "'=' expected after attribute " + std::string(a.name));
      ++i_;
      SkipSpace();
      if (i_ >= b_.size() || (b_[i_] != '"' && b_[i_] != '\''))
        return Fail(i_, "the value of attribute " + std::string(a.name) + " must be quoted");
      char q = b_[i_++];
      while (true) {
        if (i_ >= b_.size()) return Fail(a.offset, "the value of attribute " + std::string(a.name) + " is not closed");
        char c = b_[i_];
        if (c == q) {
          ++i_;
          break;
        }
        if (c == '<') return Fail(i_, "'<' in the value of attribute " + std::string(a.name) + "; write &lt;");
        if (c == '&') {
          if (!Reference(&a.value)) return false;
          continue;
        }
        size_t len;
        char32_t cp = At(i_, &len);
        if (!IsXmlChar(cp))
          return Fail(i_, "character " + Hex(cp) + " is not allowed in XML (not even as a reference); remove it");
        a.value.append(b_.substr(i_, len));
        i_ += len;
      }
      attrs.push_back(std::move(a));
    }
    return Namespaces(start, name, &attrs);
  }

  // Namespaces in XML 1.0: declarations, prefixes in scope, QName syntax,
  // attributes unique by expanded name. Pushes this element's bindings.
  bool Namespaces(size_t start, std::string_view name, std::vector<Attribute>* attrs) {
    std::vector<std::string_view> names;
    for (const Attribute& a : *attrs) names.push_back(a.name);
    std::sort(names.begin(), names.end());
    auto dup = std::adjacent_find(names.begin(), names.end());
    if (dup != names.end()) {
      size_t second = 0;
      int seen = 0;
      for (const Attribute& a : *attrs)
        if (a.name == *dup && ++seen == 2) second = a.offset;
      return Fail(second, "attribute " + std::string(*dup) + " appears twice in <" + std::string(name) + ">");
    }
    stack_.push_back({name, bindings_.size(), start});
    for (const Attribute& a : *attrs) {
      if (a.name == "xmlns") {
        if (a.value == kXmlNs || a.value == kXmlnsNs)
          return Fail(a.offset, "the default namespace cannot be " + a.value);
        continue;
      }
      if (!a.name.starts_with("xmlns:")) continue;
      std::string_view prefix = a.name.substr(6);
      if (prefix.empty() || prefix.find(':') != std::string_view::npos)
        return Fail(a.offset, "\"" + std::string(a.name) + "\" is not a valid namespace declaration");
      if (prefix == "xmlns") return Fail(a.offset, "the prefix xmlns cannot be declared");
      if (prefix == "xml" && a.value != kXmlNs)
        return Fail(a.offset, "the prefix xml can only be bound to " + std::string(kXmlNs));
      if (prefix != "xml" && (a.value == kXmlNs || a.value == kXmlnsNs))
        return Fail(a.offset, "only the prefix " + std::string(a.value == kXmlNs ? "xml" : "xmlns") +
                                  " may be bound to " + a.value);
      if (a.value.empty())
        return Fail(a.offset,
                    "xmlns:" + std::string(prefix) + "=\"\" is not allowed (XML 1.0 cannot undeclare a prefix)");
      bindings_.push_back({prefix, a.value});
    }
    std::string uri;
    if (!QName(start + 1, name, "element", &uri)) return false;
    std::vector<std::pair<std::string, std::string_view>> expanded;
    for (const Attribute& a : *attrs) {
      if (a.name == "xmlns" || a.name.starts_with("xmlns:")) continue;
      if (!QName(a.offset, a.name, "attribute", &uri)) return false;
      size_t colon = a.name.find(':');
      if (colon != std::string_view::npos) expanded.push_back({uri, a.name.substr(colon + 1)});
    }
    std::sort(expanded.begin(), expanded.end());
    auto same = std::adjacent_find(expanded.begin(), expanded.end());
    if (same != expanded.end())
      return Fail(start, "<" + std::string(name) + "> has two attributes " + std::string(same->second) +
                             " in namespace " + same->first + " (under different prefixes)");
    return true;
  }

  // Checks the QName `name` at `at` and sets *uri to its prefix's namespace
  // ("" when unprefixed).
  bool QName(size_t at, std::string_view name, const char* kind, std::string* uri) {
    uri->clear();
    size_t colon = name.find(':');
    if (colon == std::string_view::npos) return true;
    std::string_view prefix = name.substr(0, colon), local = name.substr(colon + 1);
    size_t len;
    if (prefix.empty() || local.empty() || local.find(':') != std::string_view::npos ||
        !IsNameStart(At(static_cast<size_t>(local.data() - b_.data()), &len)))
      return Fail(at, std::string(kind) + " name \"" + std::string(name) +
                          "\" is not a valid qualified name (prefix:local, one colon)");
    if (prefix == "xml") {
      *uri = kXmlNs;
      return true;
    }
    if (prefix == "xmlns")
      return Fail(at, std::string(kind) + " name \"" + std::string(name) + "\": the prefix xmlns is reserved");
    for (size_t k = bindings_.size(); k-- > 0;)
      if (bindings_[k].first == prefix) {
        *uri = bindings_[k].second;
        return true;
      }
    return Fail(at, "namespace prefix " + std::string(prefix) + " of " + kind + " " + std::string(name) +
                        " is not declared (xmlns:" + std::string(prefix) + "=\"...\" is missing)");
  }

  bool EndTag() {
    size_t start = i_;
    i_ += 2;
    std::string_view name;
    if (!Name(&name)) return Fail(i_, "an element name expected after </");
    SkipSpace();
    if (i_ >= b_.size() || b_[i_] != '>') return Fail(start, "the end tag </" + std::string(name) + "> is not closed");
    ++i_;
    const Open& open = stack_.back();
    if (name != open.name)
      return Fail(start, "</" + std::string(name) + "> does not close <" + std::string(open.name) + ">");
    bindings_.resize(open.bindings);
    stack_.pop_back();
    return true;
  }

  // The root element and everything in it, without recursion (a hostile
  // file may nest deeply).
  bool Content() {
    bool empty;
    if (!StartTag(&empty)) return false;
    if (empty) {
      bindings_.resize(stack_.back().bindings);
      stack_.pop_back();
      return true;
    }
    while (!stack_.empty()) {
      if (i_ >= b_.size())
        return Fail(stack_.back().offset,
                    "<" + std::string(stack_.back().name) + "> is never closed (the file may be truncated)");
      char c = b_[i_];
      if (c == '<') {
        if (StartsWith(b_, i_, "</")) {
          if (!EndTag()) return false;
        } else if (StartsWith(b_, i_, "<!--")) {
          if (!Comment()) return false;
        } else if (StartsWith(b_, i_, "<![CDATA[")) {
          size_t start = i_;
          size_t end = b_.find("]]>", i_ + 9);
          if (end == std::string_view::npos) return Fail(start, "the CDATA section is not closed with ]]>");
          if (!Chars(i_ + 9, end)) return false;
          i_ = end + 3;
        } else if (StartsWith(b_, i_, "<?")) {
          if (!Pi()) return false;
        } else if (StartsWith(b_, i_, "<!")) {
          return Fail(i_, "'<!' starts no comment or CDATA section here");
        } else {
          if (!StartTag(&empty)) return false;
          if (empty) {
            bindings_.resize(stack_.back().bindings);
            stack_.pop_back();
          }
        }
      } else if (c == '&') {
        if (!Reference(nullptr)) return false;
      } else {
        // Character data up to the next markup, checked byte by byte with
        // a fast path for printable ASCII.
        while (i_ < b_.size()) {
          unsigned char u = static_cast<unsigned char>(b_[i_]);
          if (u == '<' || u == '&') break;
          if (u == ']' && StartsWith(b_, i_, "]]>")) return Fail(i_, "\"]]>\" is not allowed in text; write ]]&gt;");
          if (u >= 0x20 && u < 0x80) {
            ++i_;
            continue;
          }
          size_t len;
          char32_t cp = At(i_, &len);
          if (!IsXmlChar(cp))
            return Fail(i_, "character " + Hex(cp) + " is not allowed in XML (not even as a reference); remove it");
          i_ += len;
        }
      }
    }
    return true;
  }

  struct Open {
    std::string_view name;
    size_t bindings;  // bindings_.size() before this element's declarations
    size_t offset;
  };

  std::string_view b_;
  XmlSyntaxError* error_;
  size_t i_ = 0;
  std::vector<Open> stack_;
  std::vector<std::pair<std::string_view, std::string>> bindings_;  // prefix -> namespace, innermost last
};

}  // namespace

bool CheckWellFormedXml(std::string_view bytes, XmlSyntaxError* error) {
  Scanner scanner(bytes, error);
  return scanner.Run();
}

}  // namespace folio::xliff
