// Row numbers (序号): a first column counting the rows 1, 2, 3, or coding
// them (科目编码: 201, 20101, 2010101). The numbers are values by their
// text, but they head their rows as labels do: a row without one (合计 | 25 |
// 24) has its label there, and its values stay under the value columns.
#pragma once

#include "model/raw_rows.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace retab {

/// The number a row's number stands for: a whole number of one to three
/// digits, 1 to 999, zeros in front allowed (01, 02, as some lists pad
/// them); 0 for any other text.
unsigned row_number_value(std::string_view text);

/// Whether the row opens with a row number and a label after it.
bool opens_with_row_number(const raw_row& row);

/// Whether the text is a classification code (科目编码): a whole number of 3
/// to 12 digits (201, 20101, 2010101).
bool is_classification_code(std::string_view text);

/// Whether the row opens with a classification code and a label after it.
bool opens_with_code(const raw_row& row);

/// How the body's rows identify themselves in their first column, which is
/// then a label column however numeric its cells:
/// - numbered: the rows whose first cell is a row number with a label after
///   it count 1, 2, 3 in order (starting again at 1 under a section row),
///   three or more of them;
/// - coded: the rows opening with a classification code, three or more,
///   list their codes in order (as texts), each one extending an earlier
///   code (20101 under 201) or starting a level as long as the first, and
///   one at least extending another.
enum class row_identity { none, numbered, coded };

/// How the body's rows (from `body_begin`) identify themselves; numbered
/// where they are both.
row_identity identity_of_rows(const std::vector<raw_row>& rows, std::size_t body_begin);

/// Whether the row opens with an identifier of that kind (a row number, a
/// code) and a label after it.
bool opens_with_identifier(const raw_row& row, row_identity identity);

}  // namespace retab
