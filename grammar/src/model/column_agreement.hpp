// How consistent a candidate grid's columns are: the evidence used to choose
// between readings of a layout that does not mark its rows.
#pragma once

#include "model/raw_rows.hpp"

#include <retab/table.hpp>

#include <cstdint>
#include <vector>

namespace retab {

/// In each column below the first `skip_rows` rows, the cells that agree with
/// the column's most common kind (number, percent, short text, long text),
/// not counting the first (a column of one cell agrees with itself and proves
/// nothing), over all non-empty cells. Between 0 and 1.
double column_agreement(const std::vector<raw_row>& rows, std::uint32_t width, std::size_t skip_rows);

/// The same for a placed table, its header rows skipped.
double column_agreement(const table& t);

}  // namespace retab
