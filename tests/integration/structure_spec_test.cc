// Runs every example of tests/spec/structure.spec through ReadPlainText, one
// test per example (cmark's spec_tests.py, as a parameterized gtest).
#include <gtest/gtest.h>

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_io.h"
#include "doc/dump.h"
#include "readers/plain_text.h"

namespace folio {
namespace {

constexpr char kSpecPath[] = FOLIO_SOURCE_DIR "/tests/spec/structure.spec";

struct Example {
  int number = 0;       // 1-based, in file order
  int line = 0;         // line of the opening fence
  std::string section;  // the "## " heading above it
  std::string input;
  std::string expected;
};

std::ostream& operator<<(std::ostream& os, const Example& e) {
  return os << "example " << e.number << " (structure.spec:" << e.line << ", " << e.section << ")";
}

struct Spec {
  std::vector<Example> examples;
  std::vector<std::string> sections;  // every "## " heading, in order
  std::string error;                  // "structure.spec:N: ..." when malformed
};

// "→" is a tab and the control pictures U+2400-U+241F are C0 controls, so
// that examples can show characters a text file cannot show.
std::string DecodeInput(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 3) == "\xE2\x86\x92") {
      out += '\t';
      i += 2;
    } else if (s.substr(i, 2) == "\xE2\x90" && i + 2 < s.size() && static_cast<unsigned char>(s[i + 2]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 2]) <= 0x9F) {
      out += static_cast<char>(static_cast<unsigned char>(s[i + 2]) - 0x80);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

Spec ParseSpec(std::string_view text) {
  const std::string fence(32, '`');
  enum class Part { kProse, kInput, kExpected } part = Part::kProse;
  Spec spec;
  std::string section;
  Example current;
  int line_number = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(i, end - i);
    i = end + 1;
    ++line_number;
    switch (part) {
      case Part::kProse:
        if (line.substr(0, 3) == "## ") {
          section = std::string(line.substr(3));
          spec.sections.push_back(section);
        } else if (line == fence + " example") {
          current = Example{static_cast<int>(spec.examples.size()) + 1, line_number, section, "", ""};
          part = Part::kInput;
        }
        break;
      case Part::kInput:
        if (line == ".")
          part = Part::kExpected;
        else
          current.input += DecodeInput(line) + "\n";
        break;
      case Part::kExpected:
        if (line == fence) {
          spec.examples.push_back(current);
          part = Part::kProse;
        } else {
          current.expected += std::string(line) + "\n";
        }
        break;
    }
  }
  if (part != Part::kProse) spec.error = "structure.spec:" + std::to_string(current.line) + ": example not closed";
  return spec;
}

const Spec& LoadSpec() {
  static const Spec* spec = [] {
    std::string text;
    Status s = ReadFile(kSpecPath, &text);
    auto* parsed = new Spec(s.ok() ? ParseSpec(text) : Spec{});
    if (!s.ok()) parsed->error = s.message();
    return parsed;
  }();
  return *spec;
}

std::string ReadAndDump(const std::string& input) {
  doc::Document d;
  Diagnostics warnings;
  Status s = readers::ReadPlainText(input, "example.txt", &d, &warnings);
  std::string out =
      s.ok() ? doc::DumpDocument(d, {.ids = false, .lines = true, .segments = true}) : "error: " + s.message() + "\n";
  for (const Diagnostic& w : warnings) out += w.ToString() + "\n";
  return out;
}

TEST(StructureSpec, ParserReadsInputAndExpectedOutput) {
  const std::string fence(32, '`');
  Spec spec = ParseSpec("## Rule\nProse.\n" + fence + " example\na→b\n\xE2\x90\x87\n.\nout\n" + fence + "\n");
  EXPECT_EQ(spec.error, "");
  ASSERT_EQ(spec.examples.size(), 1u);
  EXPECT_EQ(spec.examples[0].line, 3);
  EXPECT_EQ(spec.examples[0].section, "Rule");
  EXPECT_EQ(spec.examples[0].input, "a\tb\n\x07\n");
  EXPECT_EQ(spec.examples[0].expected, "out\n");
  EXPECT_EQ(ParseSpec(fence + " example\nx\n").error, "structure.spec:1: example not closed");
}

TEST(StructureSpec, FileIsWellFormedAndEveryRuleHasAnExample) {
  const Spec& spec = LoadSpec();
  EXPECT_EQ(spec.error, "");
  EXPECT_GE(spec.examples.size(), 25u);
  std::map<std::string, int> per_section;
  for (const Example& e : spec.examples) ++per_section[e.section];
  for (const std::string& section : spec.sections) {
    if (section == "Format of this file") continue;
    EXPECT_GT(per_section[section], 0) << "no example under \"## " << section << "\"";
  }
}

class StructureSpecExample : public testing::TestWithParam<Example> {};

TEST_P(StructureSpecExample, MatchesTheExpectedDump) {
  const Example& e = GetParam();
  SCOPED_TRACE(testing::PrintToString(e));
  EXPECT_EQ(ReadAndDump(e.input), e.expected) << "input:\n" << e.input;
}

INSTANTIATE_TEST_SUITE_P(StructureSpec, StructureSpecExample, testing::ValuesIn(LoadSpec().examples),
                         [](const testing::TestParamInfo<Example>& info) {
                           return "Example" + std::to_string(info.param.number) + "_line" +
                                  std::to_string(info.param.line);
                         });

}  // namespace
}  // namespace folio
