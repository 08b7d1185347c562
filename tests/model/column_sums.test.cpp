// A column that adds up the columns beside it, row by row.
#include "model/column_sums.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

using retab::column_sums;
using retab::raw_row;

namespace {

/// Rows of a code, a name and the given values.
std::vector<raw_row> rows_of(const std::vector<std::vector<std::string_view>>& values) {
  std::vector<raw_row> rows;
  for (const auto& row : values) {
    raw_row r{{"201"}, {"一般公共服务支出"}};
    for (const std::string_view v : row) r.push_back({v});
    rows.push_back(r);
  }
  return rows;
}

}  // namespace

TEST_CASE("column_sums: the column that adds up the others, to the cells' rounding", "[model]") {
  const auto body = rows_of({{"3897.52", "3409.80", "487.72"}, {"6665.14", "2592.32", "4072.82"}});
  CHECK(column_sums(body, 3, 0, 1, 3));
  CHECK_FALSE(column_sums(body, 3, 2, 0, 2));
  CHECK_FALSE(column_sums(body, 3, 1, 2, 3));
  // Rounded parts may miss the rounded total by half a unit of the last place
  // for each cell (3.45 + 6.75 = 10.2, written 3.4, 6.7 and 10.2), no more.
  CHECK(column_sums(rows_of({{"10.2", "3.4", "6.7"}, {"5", "2", "3"}}), 3, 0, 1, 3));
  CHECK_FALSE(column_sums(rows_of({{"10.3", "3.4", "6.7"}, {"5", "2", "3"}}), 3, 0, 1, 3));
  // Fullwidth figures (typed on a Chinese keyboard) are rounded alike: their
  // point is ．, and the slack is the same tenth.
  CHECK(column_sums(rows_of({{"１０．２", "３．４", "６．７"}, {"５", "２", "３"}}), 3, 0, 1, 3));
  CHECK_FALSE(column_sums(rows_of({{"１０．３", "３．４", "６．７"}, {"５", "２", "３"}}), 3, 0, 1, 3));
}

TEST_CASE("column_sums: one row, rows of zeros and rows of words witness nothing", "[model]") {
  // A single row could add up by chance; zeros add up always.
  CHECK_FALSE(column_sums(rows_of({{"25", "12", "13"}}), 3, 0, 1, 3));
  CHECK_FALSE(column_sums(rows_of({{"25", "12", "13"}, {"0", "0", "0"}, {"", "", ""}}), 3, 0, 1, 3));
  CHECK(column_sums(rows_of({{"25", "12", "13"}, {"7", "", "7"}}), 3, 0, 1, 3));
  // Words stand in for no number; the rows that have numbers still decide.
  CHECK(column_sums(rows_of({{"25", "12", "13"}, {"—", "见说明", "—"}, {"9", "4", "5"}}), 3, 0, 1, 3));
  // A total row whose label spans the label columns lines up by its end.
  auto body = rows_of({{"25", "12", "13"}});
  body.push_back({{"合计"}, {"34"}, {"16"}, {"18"}});
  CHECK(column_sums(body, 3, 0, 1, 3));
  // One row that does not add up settles it.
  body.push_back({{"202"}, {"外交支出"}, {"30"}, {"16"}, {"18"}});
  CHECK_FALSE(column_sums(body, 3, 0, 1, 3));
}
