// What a layout hands to span inference: rows of cells as the source wrote
// them, before any position or span is known.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace retab {

struct raw_cell {
  std::string_view text;       ///< already cleaned (cell_text.hpp)
  std::uint32_t line = 0;      ///< 1-based source line
};

using raw_row = std::vector<raw_cell>;

/// How many of a row's cells hold text.
inline std::size_t written_cells(const raw_row& row) {
  std::size_t n = 0;
  for (const raw_cell& c : row) n += c.text.empty() ? 0 : 1;
  return n;
}

/// The cells a row holds up to its last text: the empty cells after it are
/// padding or empty cells, which the text alone cannot tell apart.
inline std::size_t content_length(const raw_row& row) {
  std::size_t n = row.size();
  while (n > 0 && row[n - 1].text.empty()) --n;
  return n;
}

/// How many times one run of two or more labels repeats to make up the row
/// (2015年 2016年 2015年 2016年: 2); 0 when the row is not such a repeat.
inline std::size_t repeats_of_run(const raw_row& row) {
  const std::size_t n = row.size();
  for (std::size_t period = 2; period * 2 <= n; ++period) {
    if (n % period != 0) continue;
    bool same = true;
    for (std::size_t k = period; k < n && same; ++k) same = row[k].text == row[k - period].text;
    if (same) return n / period;
  }
  return 0;
}

/// Rows of HTML-like cells: covered positions produced nothing, so a row can
/// hold fewer cells than the table is wide (pipe and line-per-cell layouts).
struct cell_rows {
  std::vector<raw_row> rows;
  std::uint32_t width = 0;  ///< the widest row's sum of colspans, when the source tells it
};

}  // namespace retab
