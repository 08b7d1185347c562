#include "x3/blank_separated_cells.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

TEST_CASE("Blank-line cells carry the blank lines after them", "[grammar][line-cell]") {
  const std::string text = "统计指标\n\n单位\n\n一、主动公开情况\n\n\n\n  (一)主动公开数\n\n9585\n";
  retab::ast::line_cell_items items;
  const char* first = text.data();
  REQUIRE(boost::spirit::x3::parse(first, text.data() + text.size(), retab::grammar::blank_separated_cells(), items));
  REQUIRE(items.size() == 5);
  CHECK(std::string(items[2].text.begin(), items[2].text.end()) == "一、主动公开情况");
  CHECK(std::count(items[2].gap.begin(), items[2].gap.end(), '\n') == 4);  // two empty cells
  CHECK(std::string(items[4].text.begin(), items[4].text.end()) == "9585");
}

TEST_CASE("Whitespace-only lines are blank", "[grammar][line-cell]") {
  const std::string text = "a\n   \nb\n";
  retab::ast::line_cell_items items;
  const char* first = text.data();
  REQUIRE(boost::spirit::x3::parse(first, text.data() + text.size(), retab::grammar::blank_separated_cells(), items));
  REQUIRE(items.size() == 2);
}
