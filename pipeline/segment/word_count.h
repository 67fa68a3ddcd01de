// Language-aware word and character counts (ICU word break iterator:
// dictionary-based for Japanese, Chinese, Thai), as CAT tools report them.
#ifndef FOLIO_SEGMENT_WORD_COUNT_H_
#define FOLIO_SEGMENT_WORD_COUNT_H_

#include <string>
#include <string_view>

namespace folio::segment {

struct TextCounts {
  int words = 0;       // word-like tokens (letters, numbers, ideographs, kana)
  int characters = 0;  // grapheme clusters, spaces excluded
};

TextCounts CountText(std::string_view utf8, const std::string& locale);

// CountText(utf8, locale).words, without the grapheme pass: what extraction
// needs for every sentence (half the ICU work).
int CountWords(std::string_view utf8, const std::string& locale);

// CountWords for many texts of one locale: the locale is looked up once.
class WordCounter {
 public:
  explicit WordCounter(const std::string& locale);
  int Count(std::string_view utf8) const;

 private:
  std::string icu_locale_;
  bool root_rules_;  // the locale's word rules are ICU's root ones (fast path)
};

}  // namespace folio::segment

#endif  // FOLIO_SEGMENT_WORD_COUNT_H_
