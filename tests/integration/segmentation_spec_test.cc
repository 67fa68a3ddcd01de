// Runs the examples of tests/spec/segmentation.spec (format described at
// the top of that file) through segment::Segmenter.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "base/text.h"
#include "doc/dump.h"
#include "segment/segmenter.h"
#include "segment/test_braces.h"

namespace folio::segment {
namespace {

const std::string kFence(32, '`');

struct Example {
  int number = 0;
  int line = 0;  // of the opening fence
  std::string section;
  std::string locale = "en";
  std::string input;
  std::vector<std::string> expected;
};

// "<U+00A0>" -> the character.
std::string Unescape(const std::string& s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t close = s.compare(i, 3, "<U+") == 0 ? s.find('>', i) : std::string::npos;
    if (close == std::string::npos) {
      out += s[i++];
      continue;
    }
    AppendUtf8(static_cast<char32_t>(std::stoul(s.substr(i + 3, close - i - 3), nullptr, 16)), &out);
    i = close + 1;
  }
  return out;
}

// Returns the examples; format errors go to *errors as "spec:LINE: message".
std::vector<Example> ParseSpec(const std::string& text, const std::string& name, std::vector<std::string>* errors) {
  std::vector<Example> examples;
  std::istringstream in(text);
  std::string section;
  int n = 0;
  enum { kProse, kInput, kExpected } state = kProse;
  for (std::string l; std::getline(in, l);) {
    ++n;
    if (state == kProse) {
      if (l.rfind("## ", 0) == 0) section = l.substr(3);
      if (l.rfind(kFence + " example", 0) != 0) continue;
      Example e;
      e.number = static_cast<int>(examples.size()) + 1;
      e.line = n;
      e.section = section;
      std::string tag = l.substr(kFence.size() + 8);
      if (!Trim(tag).empty()) e.locale = std::string(Trim(tag));
      examples.push_back(e);
      state = kInput;
    } else if (state == kInput) {
      if (l == ".") {
        state = kExpected;
      } else if (examples.back().input.empty()) {
        examples.back().input = Unescape(l);
      } else {
        errors->push_back(name + ":" + std::to_string(n) + ": an example's input is one line");
      }
    } else if (l == kFence) {
      state = kProse;
    } else {
      examples.back().expected.push_back(Unescape(l));
    }
  }
  if (state != kProse) errors->push_back(name + ":" + std::to_string(n) + ": example not closed");
  return examples;
}

std::string Quoted(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += "\n    " + x;
  return s;
}

// Runs the examples; returns one message per failing example.
std::vector<std::string> CheckSpec(const std::string& text, const std::string& name, int* count) {
  std::vector<std::string> failures;
  std::vector<Example> examples = ParseSpec(text, name, &failures);
  *count = static_cast<int>(examples.size());
  std::map<std::string, std::unique_ptr<Segmenter>> segmenters;
  for (const Example& e : examples) {
    std::unique_ptr<Segmenter>& s = segmenters[e.locale];
    if (s == nullptr) {
      Status st = Segmenter::Create(e.locale, &s);
      if (!st.ok()) {
        failures.push_back(name + ":" + std::to_string(e.line) + ": " + st.ToString());
        continue;
      }
    }
    std::vector<std::string> got;
    std::string rejoined;
    for (const Sentence& x : s->Split(FragmentFromBraces(e.input))) {
      got.push_back(doc::FragmentToBraces(x.text));
      rejoined += got.back() + x.space_after;
    }
    std::string where =
        name + ":" + std::to_string(e.line) + ": example " + std::to_string(e.number) + " (" + e.section + ")";
    if (got != e.expected) failures.push_back(where + "\n  expected:" + Quoted(e.expected) + "\n  got:" + Quoted(got));
    if (rejoined != e.input) failures.push_back(where + ": sentences do not add up to the input: " + rejoined);
  }
  return failures;
}

TEST(SegmentationSpec, EveryExamplePasses) {
  std::string spec;
  ASSERT_TRUE(ReadFile(FOLIO_SOURCE_DIR "/tests/spec/segmentation.spec", &spec).ok());
  int count = 0;
  std::vector<std::string> failures = CheckSpec(spec, "segmentation.spec", &count);
  for (const std::string& f : failures) ADD_FAILURE() << f;
  EXPECT_GE(count, 39);
}

TEST(SegmentationSpec, ReportsAFailingExampleWithItsNumberAndLine) {
  const std::string spec =
      "## Wrong on purpose\n"
      "\n" +
      kFence + " example\nOne. Two.\n.\nOne. Two.\n" + kFence + "\n";
  int count = 0;
  std::vector<std::string> failures = CheckSpec(spec, "t.spec", &count);
  EXPECT_EQ(count, 1);
  EXPECT_EQ(failures, (std::vector<std::string>{"t.spec:3: example 1 (Wrong on purpose)\n"
                                                "  expected:\n    One. Two.\n"
                                                "  got:\n    One.\n    Two."}));
}

TEST(SegmentationSpec, ReportsAnUnclosedExample) {
  int count = 0;
  std::vector<std::string> failures = CheckSpec(kFence + " example ja\n本当？\n.\n本当？\n", "t.spec", &count);
  EXPECT_EQ(failures, (std::vector<std::string>{"t.spec:4: example not closed"}));
}

}  // namespace
}  // namespace folio::segment
