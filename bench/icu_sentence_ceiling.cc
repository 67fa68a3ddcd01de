// The ceiling for extraction speed: read files, convert UTF-8 to UTF-16 and
// run ICU's sentence BreakIterator over them, nothing else. Prints MB/s.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: icu_sentence_ceiling FILE...\n");
    return 2;
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
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
  auto t0 = std::chrono::steady_clock::now();
  for (const std::string& t : texts) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(t);
    bi->setText(u);
    for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++sentences;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("{\"bytes\": %zu, \"sentences\": %ld, \"seconds\": %.4f, \"mb_per_s\": %.2f}\n", bytes,
              sentences, secs, bytes / 1e6 / secs);
  return 0;
}
