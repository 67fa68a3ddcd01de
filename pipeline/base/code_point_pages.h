#ifndef FOLIO_BASE_CODE_POINT_PAGES_H_
#define FOLIO_BASE_CODE_POINT_PAGES_H_

#include <atomic>
#include <cstddef>

namespace folio {

// A property of the code points below kEnd, looked up from a table that is
// filled one page of 256 code points at a time, the first time one of them
// is asked for. Building the whole table from ICU up front (U+0000-U+2FFF:
// 12,288 property lookups) took longer than extracting a short article;
// a text touches a handful of pages.
//
// Safe to share between threads: a page is built aside and published with
// one compare-and-swap; a thread that loses the race drops its copy and
// reads the winner's, which holds the same values. Pages live as long as
// the process. Declare tables as `constinit` statics: the constructor
// does nothing at run time.
template <typename T, char32_t kEnd, T (*kCompute)(char32_t)>
class CodePointPages {
 public:
  constexpr CodePointPages() = default;
  CodePointPages(const CodePointPages&) = delete;
  CodePointPages& operator=(const CodePointPages&) = delete;

  // `c` must be below kEnd.
  T operator[](char32_t c) const {
    const T* page = pages_[c >> 8].load(std::memory_order_acquire);
    if (page == nullptr) page = Fill(c >> 8);
    return page[c & 0xFF];
  }

 private:
  static constexpr size_t kPages = (kEnd + 255) / 256;

  const T* Fill(char32_t page_index) const {
    T* fresh = new T[256];
    for (char32_t k = 0; k < 256; ++k) fresh[k] = kCompute(page_index << 8 | k);
    const T* expected = nullptr;
    if (pages_[page_index].compare_exchange_strong(expected, fresh, std::memory_order_acq_rel,
                                                   std::memory_order_acquire))
      return fresh;
    delete[] fresh;
    return expected;
  }

  mutable std::atomic<const T*> pages_[kPages] = {};
};

}  // namespace folio

#endif  // FOLIO_BASE_CODE_POINT_PAGES_H_
