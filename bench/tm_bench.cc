// Translation memory benchmark: fuzzy lookup through the word index against a
// scan that scores every entry, on a memory of >= 1,000,000 segments.
//
// Run (RelWithDebInfo or Release build):
//   cmake -S . -B build-tm -G Ninja
//   ninja -C build-tm tm_bench && ./build-tm/bench/tm_bench
// The first run builds the memory into build-tm/bench/tm_bench.sqlite (a few
// minutes; the build time and size are printed and kept in
// tm_bench.sqlite.info) and later runs reuse it; delete the file to rebuild.
// Override the location with FOLIO_TM_BENCH_DB=/path/file.sqlite.
//
// Memory: the sentences of ../shared/corpus/*.txt (ICU sentence
// BreakIterator over blank-line separated paragraphs, 4..40 words), every
// 50th held out, plus variants of the rest (1..3 random word swaps,
// deletions and substitutions) until there are 1,000,000 entries, with fake
// targets. Queries: held-out sentences with one random edit -- never seen by
// the memory (seen=0) -- and, to measure recall against the scan, stored
// sentences with one random edit (seen=1). Counters: p50_ms / p99_ms per lookup (collected per lookup),
// scored = candidates scored per lookup, hits = share of lookups with a
// match >= 75; the scan benchmark also reports same_best = share of its
// lookups where the indexed lookup found the same best score.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "base/file_io.h"
#include "base/text.h"
#include "tm/memory.h"

namespace {

using folio::tm::Entry;
using folio::tm::LookupOptions;
using folio::tm::LookupStats;
using folio::tm::Match;
using folio::tm::Memory;
using folio::tm::Query;

constexpr int64_t kTargetEntries = 1000000;
constexpr int kHoldOutEvery = 50;

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), err));
  if (U_FAILURE(err)) return out;
  std::istringstream in(text);
  std::string line, paragraph;
  auto flush = [&] {
    if (paragraph.empty()) return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(paragraph);
    it->setText(u);
    for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
         start = end, end = it->next()) {
      std::string s;
      u.tempSubStringBetween(start, end).toUTF8String(s);
      std::string trimmed(folio::Trim(s));
      size_t words = folio::SplitWords(trimmed).size();
      if (words >= 4 && words <= 40) out.push_back(trimmed);
    }
    paragraph.clear();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (folio::Trim(line).empty()) {
      flush();
    } else {
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += std::string(folio::Trim(line));
    }
  }
  flush();
  return out;
}

std::string Join(const std::vector<std::string>& w) {
  std::string s;
  for (const std::string& x : w) s += (s.empty() ? "" : " ") + x;
  return s;
}

std::string Vary(const std::string& sentence, int edits, const std::vector<std::string>& vocab, std::mt19937_64* rng) {
  std::vector<std::string> w = folio::SplitWords(sentence);
  for (int e = 0; e < edits && w.size() > 2; ++e) {
    size_t i = (*rng)() % w.size();
    switch ((*rng)() % 3) {
      case 0:
        std::swap(w[i], w[i + 1 < w.size() ? i + 1 : i - 1]);
        break;
      case 1:
        w.erase(w.begin() + static_cast<ptrdiff_t>(i));
        break;
      default:
        w[i] = vocab[(*rng)() % vocab.size()];
        break;
    }
  }
  return Join(w);
}

struct Corpus {
  std::vector<std::string> kept;
  std::vector<std::string> held_out;
  std::vector<std::string> vocab;
};

Corpus LoadCorpus() {
  Corpus c;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(FOLIO_CORPUS_DIR))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  size_t n = 0;
  for (const std::string& f : files) {
    std::string text;
    if (!folio::ReadFile(f, &text).ok()) continue;
    for (std::string& s : Sentences(text)) {
      (++n % kHoldOutEvery == 0 ? c.held_out : c.kept).push_back(s);
    }
  }
  for (size_t i = 0; i < c.kept.size(); i += 7)
    for (const std::string& w : folio::SplitWords(c.kept[i])) c.vocab.push_back(w);
  return c;
}

Entry MakeEntry(const std::string& source, const std::string& prev, const std::string& next,
                const std::string& origin) {
  Entry e;
  e.src_lang = "en";
  e.trg_lang = "fr";
  e.source = folio::doc::TextFragment(source);
  e.target = folio::doc::TextFragment("[fr] " + source);
  e.prev_source = prev;
  e.next_source = next;
  e.origin = origin;
  return e;
}

struct Fixture {
  std::unique_ptr<Memory> memory;
  std::vector<Query> queries;       // held-out sentences, one edit: unseen
  std::vector<Query> seen_queries;  // stored sentences, one edit: should match
};

Fixture* TheFixture() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    std::string path = std::getenv("FOLIO_TM_BENCH_DB") ? std::getenv("FOLIO_TM_BENCH_DB") : FOLIO_TM_BENCH_DB;
    Corpus corpus = LoadCorpus();
    std::mt19937_64 rng(20240601);
    bool cached = std::filesystem::exists(path + ".info");
    if (!cached) {
      std::filesystem::remove(path);
      std::filesystem::remove(path + "-wal");
      std::filesystem::remove(path + "-shm");
    }
    folio::tm::MemoryOptions options;
    options.clock = [] { return int64_t{1700000000}; };
    folio::Status s = Memory::Open(path, options, &f->memory);
    if (!s.ok()) {
      std::cerr << s.message() << "\n";
      std::exit(1);
    }
    if (!cached) {
      auto start = std::chrono::steady_clock::now();
      std::vector<Entry> batch;
      int64_t count = 0;
      auto flush = [&] {
        if (batch.empty()) return;
        folio::Status st = f->memory->AddBatch(batch);
        if (!st.ok()) {
          std::cerr << st.message() << "\n";
          std::exit(1);
        }
        batch.clear();
      };
      for (size_t i = 0; i < corpus.kept.size(); ++i)
        batch.push_back(MakeEntry(corpus.kept[i], i > 0 ? corpus.kept[i - 1] : "",
                                  i + 1 < corpus.kept.size() ? corpus.kept[i + 1] : "", "import:corpus"));
      flush();
      (void)f->memory->Count(&count);
      while (count < kTargetEntries) {
        for (int k = 0; k < 20000; ++k) {
          const std::string& base = corpus.kept[rng() % corpus.kept.size()];
          batch.push_back(
              MakeEntry(Vary(base, 1 + static_cast<int>(rng() % 3), corpus.vocab, &rng), "", "", "variant"));
        }
        flush();
        (void)f->memory->Count(&count);
      }
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::ofstream(path + ".info") << count << " entries built in " << seconds << " s\n";
    }
    std::ifstream info(path + ".info");
    std::string line;
    std::getline(info, line);
    int64_t count = 0;
    (void)f->memory->Count(&count);
    uintmax_t bytes = std::filesystem::file_size(path);
    if (std::filesystem::exists(path + "-wal")) bytes += std::filesystem::file_size(path + "-wal");
    std::printf("memory: %s (%s) %lld entries, %.1f MiB on disk; %zu corpus sentences, %zu held out\n", path.c_str(),
                line.c_str(), static_cast<long long>(count), static_cast<double>(bytes) / (1 << 20), corpus.kept.size(),
                corpus.held_out.size());
    std::mt19937_64 qrng(7);
    for (const std::string& s : corpus.held_out)
      f->queries.push_back(Query{"en", "fr", folio::doc::TextFragment(Vary(s, 1, corpus.vocab, &qrng)), "", ""});
    for (size_t i = 0; i < corpus.kept.size(); i += 97)
      f->seen_queries.push_back(
          Query{"en", "fr", folio::doc::TextFragment(Vary(corpus.kept[i], 1, corpus.vocab, &qrng)), "", ""});
    return f;
  }();
  return fixture;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[i];
}

void Report(benchmark::State& state, const std::vector<double>& ms, size_t scored, size_t hits) {
  state.counters["p50_ms"] = Percentile(ms, 0.50);
  state.counters["p99_ms"] = Percentile(ms, 0.99);
  state.counters["max_ms"] = Percentile(ms, 1.0);
  state.counters["lookups"] = static_cast<double>(ms.size());
  state.counters["scored"] = ms.empty() ? 0 : static_cast<double>(scored) / ms.size();
  state.counters["hits"] = ms.empty() ? 0 : static_cast<double>(hits) / ms.size();
}

void BM_IndexedLookup(benchmark::State& state) {
  Fixture* f = TheFixture();
  std::vector<double> ms;
  size_t scored = 0, hits = 0, q = 0;
  std::vector<Match> out;
  LookupStats stats;
  LookupOptions options;
  options.max_postings = static_cast<size_t>(state.range(0));
  options.max_scored = static_cast<size_t>(state.range(1));
  size_t postings = 0;
  for (auto _ : state) {
    const std::vector<Query>& queries = state.range(2) ? f->seen_queries : f->queries;
    const Query& query = queries[q++ % queries.size()];
    auto start = std::chrono::steady_clock::now();
    folio::Status s = f->memory->Lookup(query, options, &out, &stats);
    postings += stats.postings_read;
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    scored += stats.scored;
    hits += !out.empty();
  }
  Report(state, ms, scored, hits);
  state.counters["postings"] = static_cast<double>(postings) / static_cast<double>(ms.size());
}
// Args: LookupOptions::max_postings, max_scored (the defaults are 5000, 50).
BENCHMARK(BM_IndexedLookup)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1000)
    ->ArgNames({"max_postings", "max_scored", "seen"})
    ->Args({20000, 100, 0})
    ->Args({5000, 50, 0})
    ->Args({2000, 30, 0})
    ->Args({20000, 100, 1})
    ->Args({5000, 50, 1});

void BM_ScanLookup(benchmark::State& state) {
  Fixture* f = TheFixture();
  std::vector<double> ms;
  size_t scored = 0, hits = 0, same = 0, q = 0;
  std::vector<Match> out, indexed;
  LookupStats stats;
  for (auto _ : state) {
    const std::vector<Query>& queries = state.range(0) ? f->seen_queries : f->queries;
    const Query& query = queries[q++ % queries.size()];
    auto start = std::chrono::steady_clock::now();
    folio::Status s = f->memory->LookupByScan(query, LookupOptions(), &out, &stats);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    scored += stats.scored;
    hits += !out.empty();
    state.PauseTiming();
    (void)f->memory->Lookup(query, LookupOptions(), &indexed);
    int a = out.empty() ? 0 : out[0].score, b = indexed.empty() ? 0 : indexed[0].score;
    same += a == b;
    state.ResumeTiming();
  }
  Report(state, ms, scored, hits);
  state.counters["same_best"] = ms.empty() ? 0 : static_cast<double>(same) / ms.size();
}
BENCHMARK(BM_ScanLookup)->Unit(benchmark::kMillisecond)->Iterations(5)->ArgNames({"seen"})->Arg(0)->Arg(1);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  TheFixture();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
