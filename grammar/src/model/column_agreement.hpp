// How consistent a candidate grid's columns and rows are: the evidence used
// to choose between readings of a layout that does not mark its rows.
#pragma once

#include "model/raw_rows.hpp"

#include <retab/table.hpp>

#include <cstdint>
#include <vector>

namespace retab {

/// What column agreement is measured against: every non-empty cell, or only
/// the cells after each column's first. Over every cell, a column of a few
/// cells counts for little, which favours narrow grids of long columns; over
/// the further cells, short and long columns weigh alike.
enum class agreement_base { all_cells, cells_after_first };

/// In each column below the first `skip_rows` rows, the cells that agree with
/// the column's most common kind (number, percent, short text, long text),
/// not counting the first (a column of one cell agrees with itself and proves
/// nothing), over the cells of `base`. Between 0 and 1.
double column_agreement(const std::vector<raw_row>& rows, std::uint32_t width, std::size_t skip_rows,
                        agreement_base base = agreement_base::all_cells);

/// How alike the rows holding a value are in shape: labels first, then the
/// same number of cells after them (a last empty cell may be a padding pipe,
/// so it may or may not count; ties go to more cells), with text among those
/// cells only where the others' stands too, a column of words (优, 达标) that
/// is short or recurs. The rows of the most common shape, not counting one
/// of them, over the other rows. Rows cut at a wrong width put one row's label
/// among another's values, or hold values of two rows. Zero with fewer than
/// two such rows: one row agrees with itself.
double row_shape_agreement(const std::vector<raw_row>& rows);

/// The same for a placed table, its header rows skipped.
double column_agreement(const table& t, agreement_base base = agreement_base::all_cells);

}  // namespace retab
