// The cells of a line-cell region, one per line, cut into runs of labels
// followed by their values, and the runs into tables. A value followed by a
// label is the only row boundary the layout leaves; everything else about
// rows is inferred from the runs (row_shape.hpp).
#pragma once

#include "model/raw_rows.hpp"
#include "scan/region_finder.hpp"

#include <retab/source_text.hpp>
#include <retab/table.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace retab::line_cells {

/// A run: labels, then the values after them. A value followed by a label
/// starts the next run, the one row boundary line cells leave.
struct run {
  std::vector<raw_cell> labels;
  std::vector<raw_cell> values;
  /// How many labels, counted from the end, make the row from its row
  /// number (序号) on; 0 for a row without one.
  std::size_t numbered_labels = 0;
};

/// The runs of one table, before its rows are laid out; the caption and
/// header are taken from the labels in front of its first row later.
struct pending_table {
  std::vector<raw_cell> header;
  std::string caption;
  std::vector<run> runs;
  std::vector<raw_cell> tail;  ///< labels after the last value, with nothing after them
};

/// The region's cells in order, cleaned (cell_text.hpp); an extra blank
/// line is an empty cell. Text a cleaning made is owned by `t`.
std::vector<raw_cell> read_cells(const source_text& source, const region& r, table& t);

/// A label that names the table rather than a cell of it: a caption, or,
/// before the first row, a section heading (三、...), which header cells never
/// are. A note in parentheses after it is the table's first cell, not its tail.
bool heads_table(std::string_view label, bool before_first_row);

/// Column numbers among header cells (变量 均值 标准差 1 2 3, a correlation
/// matrix numbering its variables): 1, 2, ... k counting up, written after
/// two labels and before a label (the first row's) that more than k values
/// follow, are header cells, not a row of values (a row of k values would be
/// followed by rows of k). Marks them as labels in `value`.
void mark_column_numbers(const std::vector<raw_cell>& cells, std::vector<bool>& value);

/// Row numbers (序号 1, 2, 3 in a table's first column): whole numbers
/// counting up from 1, the first right after a label (the header's last
/// cell) and each before its row's label, each later one the last cell
/// before the next row's label (or right after a label that stands between:
/// a remark, 备注, when the row before is a cell short without it or one
/// stands after every row, else a section row the numbering goes on under),
/// with a value of the row between every two:
/// runs of two or more (each section row starts one again from 1), three
/// numbers or more in all. They open rows, as labels do; a rank column at the
/// rows' end (名次 after a value) starts after a value instead. Marks them as
/// labels in `value`, and a remark before a number as a value: the last cell
/// of the row it ends. Classification codes with a label after each, coding
/// the rows as identity_of_rows wants (201, 20101, 2010101), open rows the
/// same way.
/// Which cells are row numbers (split_runs counts a numbered row's labels
/// from its number on).
std::vector<bool> mark_row_numbers(const std::vector<raw_cell>& cells, std::vector<bool>& value);

/// Runs of labels, each followed by its values; `value[i]`: cell i is a
/// value; `row_number[i]`: cell i is a row's number (mark_row_numbers).
std::vector<run> split_runs(const std::vector<raw_cell>& cells, const std::vector<bool>& value,
                            const std::vector<bool>& row_number, table& t);

/// A run whose values are all empty: a sub-header row ending in an empty
/// cell, or a section row with empty cells. None of its labels is a row label.
bool heading_block(const run& r);

/// The most common of `counts` (key: a length, value: how often); ties go to
/// the larger length.
std::size_t most_common(const std::map<std::size_t, std::size_t>& counts);

/// The runs cut into tables. A table starts at the first run with values
/// and ends at labels with nothing after them; a caption among the labels in
/// front of a row, or a long block of labels repeating nothing of the table
/// (a new header), starts a new one.
std::vector<pending_table> cut_into_tables(const std::vector<run>& runs);

}  // namespace retab::line_cells
