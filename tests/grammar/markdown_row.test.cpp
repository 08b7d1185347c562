#include "x3/markdown_row.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::vector<std::string> row(const std::string& line, bool& ok) {
  retab::ast::markdown_row out;
  const char* first = line.data();
  ok = boost::spirit::x3::parse(first, line.data() + line.size(), retab::grammar::markdown_row(), out);
  std::vector<std::string> cells;
  for (const auto& c : out) cells.emplace_back(c.begin(), c.end());
  return cells;
}

std::vector<std::string> pieces(const std::string& line) {
  retab::ast::markdown_row out;
  const char* first = line.data();
  if (!boost::spirit::x3::parse(first, line.data() + line.size(), retab::grammar::markdown_pieces(), out)) return {};
  std::vector<std::string> cells;
  for (const auto& c : out) cells.emplace_back(c.begin(), c.end());
  return cells;
}

bool delimiter(const std::string& line) {
  retab::ast::markdown_delimiter out;
  const char* first = line.data();
  return boost::spirit::x3::parse(first, line.data() + line.size(), retab::grammar::markdown_delimiter(), out);
}

}  // namespace

TEST_CASE("Markdown rows split on unescaped bars", "[grammar][markdown]") {
  bool ok = false;
  CHECK(row("| a | b |", ok) == std::vector<std::string>{" a ", " b "});
  CHECK(ok);
  CHECK(row("| 12 \\| 13 | x |", ok) == std::vector<std::string>{" 12 \\| 13 ", " x "});
  CHECK(ok);
  CHECK(row("| | empty first |", ok) == std::vector<std::string>{" ", " empty first "});
  CHECK(ok);
  row("a | b |", ok);
  CHECK_FALSE(ok);
  row("| unterminated", ok);
  CHECK_FALSE(ok);
}

TEST_CASE("Markdown row pieces: the text between unescaped bars, outer bars or not", "[grammar][markdown]") {
  using cells = std::vector<std::string>;
  CHECK(pieces("a | b") == cells{"a ", " b"});
  CHECK(pieces("| a | b |") == cells{"", " a ", " b ", ""});
  CHECK(pieces("a \\| b | c") == cells{"a \\| b ", " c"});
  CHECK(pieces("a") == cells{"a"});
}

TEST_CASE("Markdown delimiter rows", "[grammar][markdown]") {
  CHECK(delimiter("|---|---|"));
  CHECK(delimiter("| :--- | :---: | ---: |"));
  CHECK(delimiter("---|---"));
  CHECK_FALSE(delimiter("| a |---|"));
  CHECK_FALSE(delimiter("|||"));
}
