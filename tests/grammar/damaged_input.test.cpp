// find_tables on damaged reports: every fixture cut short at each line, and
// with lines dropped, doubled or swapped and bars, tabs and blank lines put
// in at random (a fixed seed, so a failure repeats). Whatever is found must be
// a well-formed grid; the sanitizer build runs this too.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <sstream>

using retab::test::slurp;
using retab::test::source;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines, std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count && i < lines.size(); ++i) text.append(lines[i]).push_back('\n');
  return text;
}

/// Anchors inside the table, spans at least one, no position covered twice.
void check_well_formed(const std::string& text) {
  const retab::source_text src = source(text);
  for (const retab::table& t : retab::find_tables(src)) {
    INFO(text);
    REQUIRE(t.rows >= 1);
    REQUIRE(t.cols >= 1);
    CHECK(t.first_line <= t.last_line);
    for (const retab::cell& c : t.cells) {
      REQUIRE(c.rowspan >= 1);
      REQUIRE(c.colspan >= 1);
      REQUIRE(c.row + c.rowspan <= t.rows);
      REQUIRE(c.col + c.colspan <= t.cols);
    }
    CHECK(retab::test::no_position_covered_twice(t));
  }
}

std::vector<std::string> fixture_reports() {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(RETAB_FIXTURES_DIR))
    if (std::filesystem::exists(e.path() / "input.txt")) texts.push_back(slurp((e.path() / "input.txt").string()));
  return texts;
}

}  // namespace

TEST_CASE("Reports cut short at any line give well-formed tables", "[robustness]") {
  for (const std::string& text : fixture_reports()) {
    const std::vector<std::string> lines = lines_of(text);
    for (std::size_t n = 0; n <= lines.size(); ++n) check_well_formed(joined(lines, n));
  }
}

TEST_CASE("Reports with lines dropped, doubled, swapped or mangled give well-formed tables", "[robustness]") {
  std::mt19937 random(20261122);
  const std::string inserts[] = {"|", " |", "||", "\t", "\t\t", "", "| a | b |", "-", "1", "表1 说明"};
  for (const std::string& text : fixture_reports()) {
    const std::vector<std::string> original = lines_of(text);
    if (original.empty()) continue;
    for (int trial = 0; trial < 60; ++trial) {
      std::vector<std::string> lines = original;
      for (int edit = 0; edit < 4 && !lines.empty(); ++edit) {
        const std::size_t at = random() % lines.size();
        switch (random() % 5) {
          case 0: lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at)); break;
          case 1: lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), lines[at]); break;
          case 2: std::swap(lines[at], lines[random() % lines.size()]); break;
          case 3: lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), inserts[random() % std::size(inserts)]); break;
          default: {
            // Between characters: a byte inside a UTF-8 sequence would make
            // the text invalid, which decode() rightly refuses.
            std::size_t pos = random() % (lines[at].size() + 1);
            while (pos < lines[at].size() && (static_cast<unsigned char>(lines[at][pos]) & 0xC0) == 0x80) ++pos;
            lines[at].insert(pos, inserts[random() % 5]);
            break;
          }
        }
      }
      check_well_formed(joined(lines, lines.size()));
    }
  }
}
