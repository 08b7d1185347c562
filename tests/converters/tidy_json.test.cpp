#include "test_support.hpp"

#include <retab/json_writer.hpp>
#include <retab/tidy_writer.hpp>

#include <catch2/catch.hpp>

TEST_CASE("Tidy CSV: one record per data cell with its paths", "[tidy]") {
  const auto src = retab::test::source(
      "表1 收入\n单位:元\n"
      "项目 |\n收入 | |\n上半年 |\n下半年 | |\n"
      "一、甲 |\n12 |\n3 |\n"
      "二、乙 |\n4 |\n56 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(retab::to_tidy_csv(tables) ==
        "table,caption,unit_note,row_labels,column_headers,value,source_line\r\n"
        "1,表1 收入,单位:元,一、甲,收入 / 上半年,12,8\r\n"
        "1,表1 收入,单位:元,一、甲,收入 / 下半年,3,9\r\n"
        "1,表1 收入,单位:元,二、乙,收入 / 上半年,4,11\r\n"
        "1,表1 收入,单位:元,二、乙,收入 / 下半年,56,12\r\n");
}

TEST_CASE("JSON model keeps spans and types in a fixed key order", "[json]") {
  const auto src = retab::test::source("名称\t数量\t比例\n甲\t1\t5%\n乙\t2.5\t3.6亿元\n");
  const auto tables = retab::find_tables(src);
  const std::string json = retab::to_json(src, tables);
  CHECK(json.rfind("{\n \"format\": \"retab-tables/1\",\n \"source\": {", 0) == 0);
  CHECK(json.find("\"caption\": \"\",\n   \"unit_note\": \"\",\n   \"layout\": \"tab\"") != std::string::npos);
  CHECK(json.find("\"text\": \"5%\",\n     \"type\": \"percent\"") != std::string::npos);
  CHECK(json.find("\"text\": \"2.5\",\n     \"type\": \"number\"") != std::string::npos);
  CHECK(json.find("\"text\": \"3.6亿元\",\n     \"type\": \"text\"") != std::string::npos);
}
