// The ceiling for extraction speed: read files, convert UTF-8 to UTF-16 and
// run ICU's sentence BreakIterator over them, nothing else. Prints MB/s.
//
// Without options the clock covers the conversion and the breaking, once
// (the files are read and the iterator created before it starts).
// With --repeat N the whole job, reading the files included, runs N times
// and the fastest pass is printed: that is how bench/extract_inprocess
// times folio, whose passes read their sources too.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool ReadAll(int argc, char** argv, int first, std::vector<std::string>* texts, size_t* bytes) {
  texts->clear();
  *bytes = 0;
  for (int i = first; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "icu_sentence_ceiling: cannot read %s\n", argv[i]);
      return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    texts->push_back(ss.str());
    *bytes += texts->back().size();
  }
  return true;
}

long Break(icu::BreakIterator* bi, const std::vector<std::string>& texts) {
  long sentences = 0;
  for (const std::string& t : texts) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(t);
    bi->setText(u);
    for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++sentences;
  }
  return sentences;
}

}  // namespace

int main(int argc, char** argv) {
  int first = 1, repeats = 0;  // 0: one pass, files read before the clock
  if (argc > 1 && std::string(argv[1]) == "--repeat") {
    char* end = nullptr;
    long n = argc > 2 ? std::strtol(argv[2], &end, 10) : 0;
    if (argc <= 2 || *end != '\0' || n < 1 || n > 1000) {
      std::fprintf(stderr, "icu_sentence_ceiling: --repeat takes a number of passes from 1 to 1000\n");
      return 2;
    }
    repeats = static_cast<int>(n);
    first = 3;
  }
  if (argc <= first) {
    std::fprintf(stderr, "usage: icu_sentence_ceiling [--repeat N] FILE...\n");
    return 2;
  }
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), err));
  if (U_FAILURE(err)) return 1;
  std::vector<std::string> texts;
  size_t bytes = 0;
  long sentences = 0;
  double secs = 0;
  if (repeats == 0) {
    if (!ReadAll(argc, argv, first, &texts, &bytes)) return 1;
    auto t0 = std::chrono::steady_clock::now();
    sentences = Break(bi.get(), texts);
    secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  for (int r = 0; r < repeats; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    if (!ReadAll(argc, argv, first, &texts, &bytes)) return 1;
    sentences = Break(bi.get(), texts);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (r == 0 || s < secs) secs = s;
  }
  std::printf("{\"bytes\": %zu, \"sentences\": %ld, \"seconds\": %.4f, \"mb_per_s\": %.2f}\n", bytes, sentences, secs,
              bytes / 1e6 / secs);
  return 0;
}
