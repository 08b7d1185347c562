#include "x3/tab_line.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("Tab lines keep empty fields in place", "[grammar][tab]") {
  const std::string line = "\t(六) 其他处理\t\t17\t0";
  retab::ast::tab_line out;
  const char* first = line.data();
  REQUIRE(boost::spirit::x3::parse(first, line.data() + line.size(), retab::grammar::tab_line(), out));
  std::vector<std::string> fields;
  for (const auto& f : out) fields.emplace_back(f.begin(), f.end());
  CHECK(fields == std::vector<std::string>{"", "(六) 其他处理", "", "17", "0"});
}
