#include "model/column_sums.hpp"

#include "model/value_kind.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

namespace retab {

bool column_sums(const std::vector<raw_row>& body, std::size_t value_cols, std::size_t total, std::size_t from,
                 std::size_t to) {
  if (from >= to || to > value_cols || total >= value_cols || (total >= from && total < to)) return false;
  std::size_t witnesses = 0;
  for (const raw_row& row : body) {
    if (row.size() < value_cols) continue;
    const std::size_t first = row.size() - value_cols;
    const auto value_at = [&](std::size_t col, std::size_t& places) -> std::optional<double> {
      const std::string_view text = row[first + col].text;
      if (text.empty()) return 0.0;
      places = std::max(places, decimal_places(text));
      return numeric_value(text);
    };
    std::size_t places = 0;
    const std::optional<double> sum_cell = value_at(total, places);
    if (!sum_cell) continue;
    double parts = 0;
    bool numbers = true;
    for (std::size_t c = from; c < to && numbers; ++c) {
      const std::optional<double> part = value_at(c, places);
      numbers = part.has_value();
      if (numbers) parts += *part;
    }
    if (!numbers) continue;
    // Each cell may be off by half a unit of its last place.
    const double slack = 0.5 * static_cast<double>(to - from + 1) * std::pow(10.0, -static_cast<double>(places));
    if (std::fabs(*sum_cell - parts) > slack + 1e-9) return false;
    if (*sum_cell != 0.0) ++witnesses;
  }
  return witnesses >= 2;
}

}  // namespace retab
