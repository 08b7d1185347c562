// Rows that identify themselves in their first column: numbered or coded.
#include "model/row_numbers.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

using retab::identity_of_rows;
using retab::raw_row;
using retab::row_identity;

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
  CHECK(identity_of_rows(rows, 0) == row_identity::coded);
  CHECK(retab::opens_with_identifier(rows[2], row_identity::coded));
  CHECK_FALSE(retab::opens_with_identifier(rows[2], row_identity::numbered));
}

TEST_CASE("Whole numbers that extend none of the others are no codes", "[model][row-numbers]") {
  // Years opening their rows rise, but none extends another.
  CHECK(identity_of_rows(rows_of({"2015", "2016", "2017", "2018"}), 0) == row_identity::none);
  // Out of order: a code list runs in order.
  CHECK(identity_of_rows(rows_of({"201", "20102", "20101"}), 0) == row_identity::none);
  // A code of another length that extends nothing (20901 under 201 alone).
  CHECK(identity_of_rows(rows_of({"201", "20101", "20901"}), 0) == row_identity::none);
  // Two codes are too few to tell a list.
  CHECK(identity_of_rows(rows_of({"201", "20101"}), 0) == row_identity::none);
}
