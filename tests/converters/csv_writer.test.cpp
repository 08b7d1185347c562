#include "test_support.hpp"

#include <retab/csv_writer.hpp>

#include <catch2/catch.hpp>

TEST_CASE("CSV is RFC 4180 with CRLF and quotes only where needed", "[csv]") {
  retab::table t;
  t.rows = 2;
  t.cols = 3;
  t.cells.push_back({"a,b", 0, 0, 1, 1, 1});
  t.cells.push_back({"say \"hi\"", 0, 1, 1, 1, 1});
  t.cells.push_back({"plain", 0, 2, 1, 1, 1});
  t.cells.push_back({"-681", 1, 0, 1, 2, 2});
  CHECK(retab::to_csv(t) == "\"a,b\",\"say \"\"hi\"\"\",plain\r\n-681,,\r\n");

  retab::csv_options filled;
  filled.fill_merged = true;
  CHECK(retab::to_csv(t, filled) == "\"a,b\",\"say \"\"hi\"\"\",plain\r\n-681,-681,\r\n");

  retab::csv_options bom;
  bom.bom = true;
  CHECK(retab::to_csv(t, bom).rfind("\xEF\xBB\xBF\"a,b\"", 0) == 0);
}

TEST_CASE("Line breaks inside a field are quoted", "[csv]") {
  retab::table t;
  t.rows = 1;
  t.cols = 1;
  t.cells.push_back({"x\ny", 0, 0, 1, 1, 1});
  CHECK(retab::to_csv(t) == "\"x\ny\"\r\n");
}

TEST_CASE("Cell text is trimmed, collapsed and kept byte for byte", "[csv]") {
  const auto src = retab::test::source(
      "名称\t数值\t比例\n  甲  乙 \t 3.6亿元\t0%\n丙\u3000丁\t-681\t007\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(retab::to_csv(tables[0]) == "名称,数值,比例\r\n甲 乙,3.6亿元,0%\r\n丙 丁,-681,007\r\n");
}
