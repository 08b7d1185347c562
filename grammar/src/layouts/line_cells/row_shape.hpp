// What a table's runs say about its rows before they are laid out: which
// labels are a row's and which head it, and how many label and value columns
// the rows make. Line cells give no row lengths, so the table's width is the
// row length that recurs.
#pragma once

#include "layouts/line_cells/runs.hpp"

#include <cstddef>
#include <vector>

namespace retab::line_cells {

/// What the runs of a table say about its rows, before they are laid out.
struct row_shape {
  std::vector<bool> numeric;      ///< run i holds a value
  std::vector<std::size_t> keep;  ///< how many of run i's trailing labels belong to its row
  std::size_t value_runs = 0;
  std::size_t widest_values = 0;
  std::size_t label_cols = 0;  ///< a table of pure values has none
  std::size_t value_cols = 1;
  bool nested = false;  ///< row labels side by side at different outline levels
  bool spanning_labels = false;  ///< group labels span down beside their rows (mark_spanning_label_columns)
  /// Every row with a value ends in an empty cell: the page carried an empty
  /// column after the table's last, and its header's lowest row has an empty
  /// cell there too (the cells above it cover nothing so far out).
  bool padding_column = false;
  /// Every row with a value ends in an empty cell (an empty last column).
  bool rows_end_empty = false;
};

/// Whether the run holding a table's first row has the header's cells right
/// before an empty cell, with no row label between: in a padded table that
/// cell is the header's cell in the padding column, not a value.
bool empty_cell_after_header(const run& rn, std::size_t keep);

/// The shape of a table's rows: which of each run's labels belong to its
/// row (the last, the outline levels above it, a unit), how many label and
/// value columns (the widest row length that recurs), and the row groups,
/// label columns spanning down and padding column found among them.
row_shape measure_rows(const pending_table& p);

}  // namespace retab::line_cells
