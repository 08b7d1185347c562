// Whether one column of a table's body adds up the columns beside it. Where
// the text leaves a header's structure open (本年支出 over 合计 | 基本支出 |
// 项目支出, or 合计 spanning down beside 本年支出 over the other two), the
// numbers under it are the only witness of where the total stands.
#pragma once

#include "model/raw_rows.hpp"

#include <cstddef>
#include <vector>

namespace retab {

/// Whether, in every body row that holds a value there, value column `total`
/// is the sum of value columns [`from`, `to`), to the rounding the cells are
/// written to; two rows at least must show it with a total other than zero.
/// Value columns count from the row's end, `value_cols` of them, so that a
/// total row whose label spans the label columns lines up; empty cells count
/// as zero, a row with words in those columns is no evidence either way.
bool column_sums(const std::vector<raw_row>& body, std::size_t value_cols, std::size_t total, std::size_t from,
                 std::size_t to);

}  // namespace retab
