// What a layout hands to span inference: rows of cells as the source wrote
// them, before any position or span is known.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace retab {

struct raw_cell {
  std::string_view text;       ///< already cleaned (cell_text.hpp)
  std::uint32_t line = 0;      ///< 1-based source line
};

using raw_row = std::vector<raw_cell>;

/// Rows of HTML-like cells: covered positions produced nothing, so a row can
/// hold fewer cells than the table is wide (pipe and line-per-cell layouts).
struct cell_rows {
  std::vector<raw_row> rows;
  std::uint32_t width = 0;  ///< the widest row's sum of colspans, when the source tells it
};

}  // namespace retab
