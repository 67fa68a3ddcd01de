// The ceiling for extraction speed: read files, convert UTF-8 to UTF-16 and
// run ICU's sentence BreakIterator over them, nothing else. Prints MB/s.
// The clock covers the conversion and the breaking (not reading the files
// or creating the iterator). With --repeat N it runs them N times and
// prints the fastest, as bench/extract_inprocess does for folio.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  int first = 1, repeats = 1;
  if (argc > 2 && std::string(argv[1]) == "--repeat") {
    repeats = std::max(1, std::atoi(argv[2]));
    first = 3;
  }
  if (argc <= first) {
    std::fprintf(stderr, "usage: icu_sentence_ceiling [--repeat N] FILE...\n");
    return 2;
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = first; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    bytes += texts.back().size();
  }
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), err));
  if (U_FAILURE(err)) return 1;
  long sentences = 0;
  double secs = 0;
  for (int r = 0; r < repeats; ++r) {
    sentences = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (const std::string& t : texts) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(t);
      bi->setText(u);
      for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++sentences;
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (r == 0 || s < secs) secs = s;
  }
  std::printf("{\"bytes\": %zu, \"sentences\": %ld, \"seconds\": %.4f, \"mb_per_s\": %.2f}\n", bytes,
              sentences, secs, bytes / 1e6 / secs);
  return 0;
}
