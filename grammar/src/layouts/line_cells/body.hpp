// A table's header material and body rows, read from its runs once the
// shape of its rows is known: labels a row does not keep become section rows,
// repeated sub-headers, or (in front of the first row) the caption and header.
#pragma once

#include "layouts/line_cells/row_shape.hpp"
#include "layouts/line_cells/runs.hpp"

#include <cstddef>
#include <vector>

namespace retab::line_cells {

/// The header material in front of a table's first row: the labels (and
/// text values) of the runs before it, even when a header row carried empty
/// cells that made it look like a row; and where those runs ended, when they
/// end header rows.
struct header_material {
  std::size_t first_row = 0;        ///< the run that holds the table's first row
  std::vector<raw_cell> cells;
  std::vector<std::size_t> breaks;  ///< ends of header rows in `cells`; empty when unknown
};

/// The header material in front of the first row of `p`.
header_material collect_header(const pending_table& p, const row_shape& s);

/// Whether a row without values in the body repeats a header cell: the
/// table is made of blocks, each repeating the header under a title.
bool repeats_header_in_blocks(const std::vector<raw_row>& body, const std::vector<raw_cell>& header);

/// A table's body rows, and where its header begins.
struct body_reading {
  std::vector<raw_row> rows;
  std::size_t header_start = 0;  ///< where the header begins in the header material's cells
};

/// A table's body in reading order (pass 2), from the run holding its first
/// row on; the labels in front of that row give the caption and header,
/// taken into `p`.
body_reading read_body(pending_table& p, const row_shape& shape, const header_material& front, std::size_t width);

}  // namespace retab::line_cells
