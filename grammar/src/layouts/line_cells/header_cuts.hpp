// Header cells written one per line, cut into header rows. Line cells keep
// no row breaks in the header either: the cut follows from how many cells
// stand over how many value columns (every group heads two cells or more),
// and from what the cells say (totals, 其中, repeated sub-headers, a leaf a
// group names).
#pragma once

#include "layouts/line_cells/runs.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace retab::line_cells {

/// Header cells cut into rows, and how.
struct header_reading {
  std::vector<raw_row> rows;
  std::string why;  ///< how the cells were cut into rows, for --explain
  /// No cut made every group head two cells or more: the rows are a guess
  /// (stacked rows of one cell per column where the cells fill whole rows).
  bool misfit = false;
  /// The lowest row was found by more than the count of cells: a repeated
  /// block of sub-headers, a leaf a group names, a total or 其中 before it.
  bool cut_by_evidence = false;
};

/// Header rows from header cells written one per line. The label-column
/// header(s) open the top row. The lowest row is tried, in turn, as a
/// repeated block of sub-headers, as starting at the leaf a group header
/// names first, as the cells after the last total column, as the cells after
/// the last 其中 (a breakdown's head), and as the most
/// cells that fit; the first that cuts into a well-formed header (cut_header)
/// is taken. Of the cuts that merely fit, one whose sibling groups are
/// equally wide goes first: line cells give no group widths, so an uneven
/// cut (增长率 over 3 leaves beside 男性 over 4) is a guess that an even one
/// (增长率 spanning down beside 男性 and 实验组 over 3 each) does not need;
/// of the even ones, the most cells that fit, unless one with fewer puts
/// more totals in the top row.
/// `titled_blocks`: the body repeats the header under block titles. `body`,
/// its rows ending in the value columns, settles a total that may either
/// head the lowest row or span down beside it (column_sums).
header_reading header_rows(const std::vector<raw_cell>& cells, std::uint32_t label_headers, std::uint32_t value_cols,
                           bool titled_blocks, const std::vector<raw_row>& body = {});

/// Header cells that a `<br>` split into two lines, joined again, when the
/// header cannot read as groups over cells as it stands and joining makes it
/// one cell per column (a title row may add one): a fragment that comes back
/// before a different word each time (本年新 制作数量, 本年新 公开数量) is
/// the first line of each cell.
std::vector<raw_cell> join_broken_header_cells(const std::vector<raw_cell>& cells, std::size_t label_headers,
                                               std::size_t value_cols, table& owner);

/// The header cut at the ends of the runs it came from, when every run
/// ended in empty cells; empty when that gives fewer than two rows or a row
/// wider than the table.
std::vector<raw_row> header_rows_at_breaks(const std::vector<raw_cell>& header, std::size_t start,
                                           const std::vector<std::size_t>& breaks, std::uint32_t width);

/// Splits labels found in front of a table into its caption and header; a
/// caption-like or section-numbered label right before the first row, with
/// labels before it, is that row's section heading (一、主动公开情况,
/// 一、机关团体: header cells are not numbered as sections) and is returned.
/// A label numbered (一) or 1. is one when a label of a later run (from
/// `later` on) is numbered alike ((二)企业): a header may number its cells.
/// An unnumbered one is one when it reads like a later section row (城镇样本
/// like 农村样本: a quarter of their characters shared) and the header
/// without it still has a cell for each of the table's `width` columns.
std::vector<raw_cell> take_caption_and_header(std::vector<raw_cell> labels, pending_table& p, std::size_t later,
                                              const std::vector<std::string_view>& later_sections,
                                              std::size_t width);

/// Appends the header cells a run in front of a table's first row holds:
/// its labels, and its values that are text; with `corner`, every value
/// (the empty cells of a corner after a caption on its own).
void append_header_cells(const run& rn, bool corner, std::vector<raw_cell>& out);

/// Whether header cells fit `columns` value columns (no label column) by
/// more than their count: a repeated block of sub-headers, a leaf a group
/// names, a total or 其中 before the lowest row.
bool fits_by_evidence(const std::vector<raw_cell>& header, std::size_t columns);

/// The header cells over run `row`, a table's first row with values: what
/// the runs before it hold (append_header_cells; a corner's empty cells are
/// not counted, collect_header keeps them) and its own labels but the last
/// `row_labels` (the row's), from where the header starts (find_header_front).
std::vector<raw_cell> header_over(const pending_table& p, std::size_t row, std::size_t row_labels = 0);

}  // namespace retab::line_cells
