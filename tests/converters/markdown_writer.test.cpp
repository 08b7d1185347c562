#include "test_support.hpp"

#include <retab/markdown_writer.hpp>

#include <catch2/catch.hpp>

using retab::test::source;

TEST_CASE("Markdown: header paths, right-aligned numbers, padding by display width", "[markdown]") {
  const auto src = source(
      "表1 收入\n"
      "（单位：元）\n"
      "项目 |\n收入 | |\n"
      "上半年 |\n下半年 | |\n"
      "甲 |\n12 |\n3 |\n"
      "乙 |\n4 |\n56 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(retab::to_markdown(tables[0]) ==
        "表1 收入\n\n"
        "（单位：元）\n\n"
        "| 项目 | 收入 / 上半年 | 收入 / 下半年 |\n"
        "| ---- | ------------: | ------------: |\n"
        "| 甲   |            12 |             3 |\n"
        "| 乙   |             4 |            56 |\n");
}

TEST_CASE("Markdown: bars, emphasis characters and line breaks are escaped", "[markdown]") {
  retab::table t;
  t.rows = 2;
  t.cols = 2;
  t.header_rows = 1;
  t.cells.push_back({"a|b", 0, 0, 1, 1, 1});
  t.cells.push_back({"x", 0, 1, 1, 1, 1});
  t.cells.push_back({"0.000***", 1, 0, 1, 1, 2});
  t.cells.push_back({"line\nbreak", 1, 1, 1, 1, 2});
  const std::string md = retab::to_markdown(t);
  CHECK(md.find("a\\|b") != std::string::npos);
  CHECK(md.find("0.000\\*\\*\\*") != std::string::npos);
  CHECK(md.find("line<br>break") != std::string::npos);
}
