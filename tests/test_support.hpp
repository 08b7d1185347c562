// Helpers shared by the unit tests.
#pragma once

#include <retab/retab.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace retab::test {

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline source_text source(std::string_view text) { return decode(text, "test.txt"); }

/// The text at (r, c) of a table, "" when empty or covered.
inline std::string text_at(const table& t, std::uint32_t r, std::uint32_t c) {
  for (const cell& x : t.cells)
    if (x.row == r && x.col == c) return std::string(x.text);
  return {};
}

/// The anchor cell holding `text`, or null.
inline const cell* anchor(const table& t, std::string_view text) {
  for (const cell& x : t.cells)
    if (x.text == text) return &x;
  return nullptr;
}

/// Whether no position of the grid lies under two cells (anchors and spans
/// clipped to the grid): overlapping merges make a damaged workbook.
inline bool no_position_covered_twice(const table& t) {
  std::vector<int> covered(static_cast<std::size_t>(t.rows) * t.cols, 0);
  for (const cell& x : t.cells)
    for (std::uint32_t r = x.row; r < x.row + x.rowspan && r < t.rows; ++r)
      for (std::uint32_t k = x.col; k < x.col + x.colspan && k < t.cols; ++k)
        if (++covered[static_cast<std::size_t>(r) * t.cols + k] > 1) return false;
  return true;
}

}  // namespace retab::test
