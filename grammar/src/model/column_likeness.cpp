#include "model/column_likeness.hpp"

#include "model/value_kind.hpp"

#include <algorithm>
#include <cmath>

namespace retab {

std::vector<double> neighbour_likeness(const std::vector<raw_row>& rows, std::size_t first_row, std::uint32_t width) {
  constexpr std::size_t min_rows = 3;
  constexpr double closeness = 0.25;
  std::vector<double> likeness(width > 0 ? width - 1 : 0, 0.0);
  for (std::uint32_t c = 0; c + 1 < width; ++c) {
    std::size_t pairs = 0, close = 0;
    for (std::size_t i = first_row; i < rows.size(); ++i) {
      if (rows[i].size() < width) continue;
      const std::string_view x = rows[i][c].text, y = rows[i][c + 1].text;
      const bool word_x = !is_value_like(x), word_y = !is_value_like(y);
      const auto a = numeric_value(x);
      const auto b = numeric_value(y);
      // Words (优, 枯) beside words are one measure written in words; beside
      // a number, another.
      if (word_x || word_y) {
        if ((word_x || a) && (word_y || b)) {
          ++pairs;
          if (word_x && word_y) ++close;
        }
        continue;
      }
      const double larger = a && b ? std::max(std::fabs(*a), std::fabs(*b)) : 0.0;
      // Zeros say nothing about a measure's size.
      if (larger == 0.0) continue;
      ++pairs;
      if (std::fabs(*a - *b) <= closeness * larger) ++close;
    }
    if (pairs >= min_rows) likeness[c] = static_cast<double>(close) / static_cast<double>(pairs);
  }
  return likeness;
}

}  // namespace retab
