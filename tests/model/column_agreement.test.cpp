// How alike rows are in shape: the evidence of a width for pipe cells
// without padding.
#include "model/column_agreement.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>

using retab::raw_row;
using retab::row_shape_agreement;

namespace {

std::vector<raw_row> rows_of(std::initializer_list<std::initializer_list<const char*>> texts) {
  std::vector<raw_row> rows;
  for (const auto& r : texts) {
    raw_row row;
    for (const char* t : r) row.push_back({t, 0});
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

TEST_CASE("Rows with a column of words among their values are of one shape", "[model][shape][words]") {
  CHECK(row_shape_agreement(rows_of({{"上游", "7.2", "优", "0.31"},
                                     {"中游", "6.8", "良", "0.45"},
                                     {"下游", "5.1", "差", "0.92"}})) == Approx(1.0));
  // A word cell left empty stands where the others' words stand.
  CHECK(row_shape_agreement(rows_of({{"上游", "7.2", "达标", "0.31"},
                                     {"中游", "6.8", "", "0.45"},
                                     {"下游", "5.1", "未达标", "0.92"},
                                     {"河口", "6.0", "未达标", "0.50"}})) == Approx(1.0));
  // Longer words make a column when they recur.
  CHECK(row_shape_agreement(rows_of({{"上游", "7.2", "基本达标", "0.31"},
                                     {"中游", "6.8", "基本达标", "0.45"},
                                     {"下游", "5.1", "部分达标", "0.92"},
                                     {"河口", "6.0", "基本达标", "0.50"}})) == Approx(1.0));
}

TEST_CASE("Long labels among values that never recur are the next row's: the rows were cut too wide",
          "[model][shape][words]") {
  CHECK(row_shape_agreement(rows_of({{"一、收到申请总数", "件", "12", "二、当面申请数", "件", "5"},
                                     {"三、网络申请数", "件", "7", "四、信函申请数", "件", "0"},
                                     {"五、传真申请数", "件", "0", "六、其他形式申请数", "件", "2"}})) == Approx(0.0));
}

TEST_CASE("A total among the values is the next row's label, however short", "[model][shape][words]") {
  CHECK(row_shape_agreement(rows_of({{"一、收入", "5", "合计", "9"},
                                     {"二、支出", "3", "合计", "7"},
                                     {"三、结余", "2", "合计", "2"}})) == Approx(0.0));
}

TEST_CASE("A word among the values of one row only is no column of words", "[model][shape][words]") {
  // Two rows, one shape each: the row with a word after its value does not
  // make the other, whose cell there is empty, agree with it.
  CHECK(row_shape_agreement(rows_of({{"甲", "1", "高", "2"}, {"乙", "3", "", "4"}})) == Approx(0.0));
}
