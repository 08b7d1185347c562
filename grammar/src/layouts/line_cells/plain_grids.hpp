// Line cells read as plain grids of one width, for the tables that the
// labels-then-values reading cannot read: values that are text, one long run
// of values, rows that end in words, tables with no number at all. Each
// reading needs whole rows and takes the width whose columns agree best.
#pragma once

#include "model/raw_rows.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace retab::line_cells {

/// A table read as a plain grid of one width.
struct uniform_reading {
  std::vector<raw_row> rows;  ///< header rows, then body rows
  std::uint32_t width = 0;
  double agreement = -1;  ///< column_agreement of the body rows; -1 when nothing was read
  std::size_t header_rows = 0;  ///< of `rows`
};

/// The plain reading of a table without merged cells in its body: a header
/// (laid out like any line-cell header), then whole rows of one width that
/// start at or just before the first number, or right after a one-row header
/// that holds it. A width needs whole rows and a header that fits it; the
/// width whose columns agree best wins.
uniform_reading read_uniform(const std::vector<raw_cell>& flat);

/// A table's cells as a one-row header of n cells over whole rows of n,
/// the header row first: two rows or more, each holding a value, and in
/// every column the cells below the header all labels or all values (a row
/// cut out of place puts a label under values somewhere). n cannot pass the
/// first value; the widest n that gives such rows is taken. Empty when none does.
std::vector<raw_row> rows_under_one_header_row(const std::vector<raw_cell>& cells);

/// A table of words only (codes and what they do): without numbers there is
/// no labels-then-values evidence, so after its caption it is read as a plain
/// grid, whole rows under a header row. The width must be clear: the header
/// row is one run of labels written side by side twice or more (指令 作用
/// 指令 作用, a long list folded into columns) and the rows below do not
/// repeat it. Cells left after the last whole row (a note) are not the
/// table's. Empty when no width is clear.
uniform_reading read_text_grid(const std::vector<raw_cell>& cells);

/// A table of words under an empty corner cell, and the caption above it.
struct cornered_table {
  cell_rows grid;  ///< the top row, then the rows below it
  std::string_view caption;
};

/// Tables of words that open with an empty corner cell, cross tables such as
/// 春季 | corner | 北方地区 | 南方地区 over rows 留鸟 | … | …. Among words the
/// corner is a lone empty cell. The label just before it spans down beside
/// the rows, unless it reads as a caption: then the corner opens the table.
/// Each row below names its row and then has one cell per header label after
/// the corner, so only the number of those labels is unknown; it is the one
/// whose columns hold the most alike texts. A table ends where the label
/// before the next corner begins. Cells between tables can only be a
/// caption, one line; after the last, a note shorter than a row. Any other
/// cell left over means the corners were empty cells of some other table,
/// and nothing is read.
std::vector<cornered_table> read_cornered_words(const std::vector<raw_cell>& cells);

}  // namespace retab::line_cells
