#include "model/column_agreement.hpp"

#include "model/cell_text.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <iterator>

namespace retab {
namespace {

enum class cell_kind { empty, number, percent, short_text, long_text };

cell_kind kind_of(std::string_view s) {
  if (s.empty() || (is_value_like(s) && !is_numeric(s))) return cell_kind::empty;
  if (!is_numeric(s)) return display_width(s) <= 4 ? cell_kind::short_text : cell_kind::long_text;
  if (s.back() == '%') return cell_kind::percent;
  return cell_kind::number;
}

}  // namespace

double column_agreement(const std::vector<raw_row>& rows, std::uint32_t width, std::size_t skip_rows) {
  std::size_t evidence = 0, total = 0;
  for (std::uint32_t c = 0; c < width; ++c) {
    std::size_t counts[5] = {};  // one per cell_kind
    std::size_t n = 0;
    for (std::size_t i = skip_rows; i < rows.size(); ++i)
      if (c < rows[i].size()) {
        const cell_kind k = kind_of(rows[i][c].text);
        if (k == cell_kind::empty) continue;
        ++counts[static_cast<int>(k)];
        ++n;
      }
    if (n == 0) continue;
    evidence += *std::max_element(std::begin(counts), std::end(counts)) - 1;
    total += n;
  }
  return total ? static_cast<double>(evidence) / static_cast<double>(total) : 0.0;
}

double column_agreement(const table& t) {
  std::vector<raw_row> rows(t.rows, raw_row(t.cols));
  for (const cell& c : t.cells)
    if (c.row < t.rows && c.col < t.cols) rows[c.row][c.col].text = c.text;
  return column_agreement(rows, t.cols, t.header_rows);
}

}  // namespace retab
