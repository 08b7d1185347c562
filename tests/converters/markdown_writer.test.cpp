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

TEST_CASE("Markdown: retab reads its own Markdown back to the same cells", "[markdown]") {
  // Every character the writer escapes, and text that reads like an entity
  // reference (a literal &amp;) next to an ampersand that does not (R&D).
  const auto src = source("项目\t说明\t值\n"
                          "a*b_c\t[注]<x>\t1\n"
                          "R&D\tR&amp;D 与 &lt;b&gt;\t2\n"
                          "a\\b|c\t`代码` ~x~\t3\n"
                          "**合计**\t0.000***\t4\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const std::string md = retab::to_markdown(tables[0]);
  const auto md_src = source(md);
  const auto again = retab::find_tables(md_src);
  REQUIRE(again.size() == 1);
  REQUIRE(again[0].cells.size() == tables[0].cells.size());
  for (std::size_t i = 0; i < tables[0].cells.size(); ++i) {
    INFO("cell " << i << " of\n" << md);
    CHECK(again[0].cells[i].text == tables[0].cells[i].text);
  }
}
