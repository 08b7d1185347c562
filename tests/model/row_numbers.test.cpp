// Rows that identify themselves in their first column: numbered or coded.
#include "model/row_numbers.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

using retab::identifies_its_rows;
using retab::raw_row;

namespace {

/// Rows of a first cell, a name and a value.
std::vector<raw_row> rows_of(const std::vector<std::string_view>& firsts) {
  std::vector<raw_row> rows;
  for (const std::string_view first : firsts) rows.push_back({{first}, {"名称"}, {"12.5"}});
  return rows;
}

}  // namespace

TEST_CASE("Classification codes in outline order code the rows", "[model][row-numbers]") {
  // 类, 款, 项: each code extends one above it, or starts a level as long as
  // the first; the total row opens with no code.
  std::vector<raw_row> rows = rows_of({"201", "20101", "2010101", "2010102", "208", "20805"});
  rows.push_back({{"合计"}, {"98.4"}});
  CHECK(identifies_its_rows(rows, 0));
  CHECK(retab::codes_its_rows(rows, 0));
  CHECK(retab::opens_with_row_identifier(rows[2]));
}

TEST_CASE("Whole numbers that extend none of the others are no codes", "[model][row-numbers]") {
  // Years opening their rows rise, but none extends another.
  CHECK_FALSE(identifies_its_rows(rows_of({"2015", "2016", "2017", "2018"}), 0));
  // Out of order: a code list runs in order.
  CHECK_FALSE(identifies_its_rows(rows_of({"201", "20102", "20101"}), 0));
  // A code of another length that extends nothing (20901 under 201 alone).
  CHECK_FALSE(identifies_its_rows(rows_of({"201", "20101", "20901"}), 0));
  // Two codes are too few to tell a list.
  CHECK_FALSE(identifies_its_rows(rows_of({"201", "20101"}), 0));
}
