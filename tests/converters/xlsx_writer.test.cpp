#include "test_support.hpp"

#include <retab/xlsx_writer.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;

TEST_CASE("Sheet names follow Excel's rules", "[xlsx]") {
  const auto names = retab::sheet_names({
      "二、主动公开政府信息情况",
      "",
      "a/b:c*d?e[f]g\\h",
      "'quoted'",
      "tables",
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三",
      "Same",
      "same",
  });
  REQUIRE(names.size() == 8);
  CHECK(names[0] == "二、主动公开政府信息情况");
  CHECK(names[1] == "Table 2");
  CHECK(names[2] == "a b c d e f g h");
  CHECK(names[3] == "quoted");
  CHECK(names[4] == "tables (2)");
  CHECK(names[5] == "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一");  // 31 units
  CHECK(names[6] == "Same");
  CHECK(names[7] == "same (2)");
  CHECK(retab::sheet_names({"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"})[0].size() == 15 * 4);  // 30 UTF-16 units
}

TEST_CASE("A cell over Excel's limit fails clearly and leaves no file", "[xlsx]") {
  const fs::path dir = fs::temp_directory_path() / "retab-xlsx-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::vector<retab::table> tables(1);
  retab::table& t = tables[0];
  t.rows = 1;
  t.cols = 1;
  // 16,384 characters outside the BMP: 32,768 UTF-16 units, one over.
  std::string big;
  for (int i = 0; i < 16384; ++i) big += "😀";
  t.cells.push_back({t.keep(big), 0, 0, 1, 1, 1});
  try {
    retab::write_xlsx(dir / "out.xlsx", tables, {});
    FAIL("no error");
  } catch (const retab::error& e) {
    CHECK(std::string(e.what()).find("32768 UTF-16 units") != std::string::npos);
  }
  CHECK(fs::is_empty(dir));
  fs::remove_all(dir);
}

TEST_CASE("Same tables, same workbook bytes", "[xlsx]") {
  const fs::path dir = fs::temp_directory_path() / "retab-xlsx-same";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto src = retab::test::source("名称\t数量\n甲\t1\n乙\t_x0041_\n");
  const auto tables = retab::find_tables(src);
  retab::write_xlsx(dir / "a.xlsx", tables, {});
  retab::write_xlsx(dir / "b.xlsx", tables, {});
  CHECK(retab::test::slurp((dir / "a.xlsx").string()) == retab::test::slurp((dir / "b.xlsx").string()));
  fs::remove_all(dir);
}
