#include "model/column_agreement.hpp"

#include "model/cell_text.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <iterator>
#include <map>

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

double column_agreement(const std::vector<raw_row>& rows, std::uint32_t width, std::size_t skip_rows,
                        agreement_base base) {
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
    total += base == agreement_base::all_cells ? n : n - 1;
  }
  return total ? static_cast<double>(evidence) / static_cast<double>(total) : 0.0;
}

double row_shape_agreement(const std::vector<raw_row>& rows) {
  struct shape {
    bool labels_first = true;  ///< no text after the first value
    std::size_t slots = 0;     ///< cells after the last label
    bool padded_end = false;   ///< ends in an empty cell, maybe a padding pipe
  };
  std::vector<shape> body;
  std::map<std::size_t, std::size_t> tally;  // value slots -> rows that may have that many
  const auto is_value = [](const raw_cell& c) { return holds_value(c.text); };
  const auto is_label = [](const raw_cell& c) { return !is_value_like(c.text); };
  for (const raw_row& row : rows) {
    const auto first_value = std::find_if(row.begin(), row.end(), is_value);
    if (first_value == row.end()) continue;  // a header, section or empty row
    // An empty cell before the first value may be an empty value: the value
    // cells are those after the last label.
    const auto last_label = std::find_if(row.rbegin(), row.rend(), is_label);
    shape s;
    s.labels_first = std::none_of(first_value, row.end(), is_label);
    s.slots = static_cast<std::size_t>(last_label - row.rbegin());
    s.padded_end = row.back().text.empty();
    ++tally[s.slots];
    if (s.padded_end) ++tally[s.slots - 1];
    body.push_back(s);
  }
  if (body.size() < 2) return 0.0;
  std::size_t slots = 0, most = 0;
  for (const auto& [n, count] : tally)
    if (count >= most) { most = count; slots = n; }
  const auto agreeing = static_cast<std::size_t>(std::count_if(body.begin(), body.end(), [&](const shape& s) {
    return s.labels_first && (s.slots == slots || (s.padded_end && s.slots - 1 == slots));
  }));
  return agreeing == 0 ? 0.0 : static_cast<double>(agreeing - 1) / static_cast<double>(body.size() - 1);
}

double column_agreement(const table& t) {
  std::vector<raw_row> rows(t.rows, raw_row(t.cols));
  for (const cell& c : t.cells)
    if (c.row < t.rows && c.col < t.cols) rows[c.row][c.col].text = c.text;
  return column_agreement(rows, t.cols, t.header_rows);
}

}  // namespace retab
