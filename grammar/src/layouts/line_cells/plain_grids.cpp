#include "layouts/line_cells/plain_grids.hpp"

#include "layouts/line_cells/header_cuts.hpp"
#include "model/column_agreement.hpp"
#include "model/text_alikeness.hpp"
#include "model/value_kind.hpp"

#include <algorithm>

namespace retab::line_cells {

uniform_reading read_uniform(const std::vector<raw_cell>& flat) {
  uniform_reading best;
  bool best_words_as_values = false;
  std::size_t first_number = 0;
  while (first_number < flat.size() && !is_numeric(flat[first_number].text)) ++first_number;
  if (first_number == flat.size()) return best;
  constexpr std::uint32_t widest = 40;
  for (std::uint32_t w = 2; w <= widest && w <= flat.size(); ++w) {
    std::vector<std::size_t> starts;
    for (std::size_t back = 0; back < w && back <= first_number; ++back) starts.push_back(first_number - back);
    // A number in a one-row header (a garbled label): the rows start after it.
    if (first_number >= 1 && first_number < w) starts.push_back(w);
    for (const std::size_t body_start : starts) {
      const std::size_t back = body_start <= first_number ? first_number - body_start : 0;
      if ((flat.size() - body_start) % w != 0 || flat.size() - body_start < 2 * w) continue;
      std::vector<raw_row> body;
      for (std::size_t k = body_start; k < flat.size(); k += w)
        body.emplace_back(flat.begin() + static_cast<std::ptrdiff_t>(k), flat.begin() + static_cast<std::ptrdiff_t>(k + w));
      const std::vector<raw_cell> header(flat.begin(), flat.begin() + static_cast<std::ptrdiff_t>(body_start));
      const auto label_cols = static_cast<std::uint32_t>(back);
      header_reading head = header_rows(header, std::min<std::uint32_t>(label_cols, 1), w - label_cols, true);
      // Words before a row's first number may be values too (丰, 枯 under
      // years): then one label column heads the row. A reading that needs
      // this yields to one as good that does not.
      const bool words_as_values = head.misfit && label_cols > 1;
      if (words_as_values) head = header_rows(header, 1, w - 1, true);
      std::vector<raw_row>& rows = head.rows;
      const bool header_fits = rows.size() <= 3 && std::all_of(rows.begin(), rows.end(), [&](const raw_row& r) { return r.size() <= w; });
      if (!header_fits) continue;
      const double agreement = column_agreement(body, w, 0);
      const bool as_good = agreement > best.agreement - 1e-9;
      if (agreement > best.agreement + 1e-9 || (as_good && best_words_as_values && !words_as_values)) {
        best.header_rows = rows.size();
        rows.insert(rows.end(), body.begin(), body.end());
        best.rows = std::move(rows);
        best.width = w;
        best.agreement = agreement;
        best_words_as_values = words_as_values;
      }
    }
  }
  return best;
}

std::vector<raw_row> rows_under_one_header_row(const std::vector<raw_cell>& cells) {
  const auto is_label = [](const raw_cell& c) { return !is_value_like(c.text); };
  const auto is_value = [](const raw_cell& c) { return holds_value(c.text); };
  const std::size_t first_value =
      static_cast<std::size_t>(std::find_if(cells.begin(), cells.end(), is_value) - cells.begin());
  for (std::size_t n = std::min(first_value, cells.size() / 3); n >= 2; --n) {
    if (cells.size() % n != 0) continue;
    bool whole_rows = true;
    for (std::size_t col = 0; col < n && whole_rows; ++col) {
      bool labels = false, values = false;
      for (std::size_t k = n + col; k < cells.size(); k += n) {
        labels = labels || is_label(cells[k]);
        values = values || is_value(cells[k]);
      }
      whole_rows = !(labels && values);
    }
    for (std::size_t k = n; k < cells.size() && whole_rows; k += n)
      whole_rows = std::any_of(cells.begin() + static_cast<std::ptrdiff_t>(k),
                               cells.begin() + static_cast<std::ptrdiff_t>(k + n), is_value);
    if (!whole_rows) continue;
    std::vector<raw_row> rows;
    for (std::size_t k = 0; k < cells.size(); k += n)
      rows.emplace_back(cells.begin() + static_cast<std::ptrdiff_t>(k), cells.begin() + static_cast<std::ptrdiff_t>(k + n));
    return rows;
  }
  return {};
}

uniform_reading read_text_grid(const std::vector<raw_cell>& cells) {
  uniform_reading best;
  constexpr std::size_t min_body_rows = 2;
  constexpr double min_agreement = 0.8;
  const std::size_t n = cells.size();
  for (std::uint32_t w = 2; w <= 12 && w * (min_body_rows + 1) <= n; ++w) {
    const raw_row header(cells.begin(), cells.begin() + w);
    const auto empty = [](const raw_cell& c) { return c.text.empty(); };
    if (std::any_of(header.begin(), header.end(), empty) || repeats_of_run(header) == 0) continue;
    std::vector<raw_row> body;
    for (std::size_t k = w; k + w <= n; k += w)
      body.emplace_back(cells.begin() + static_cast<std::ptrdiff_t>(k), cells.begin() + static_cast<std::ptrdiff_t>(k + w));
    const auto same_text = [](const raw_cell& a, const raw_cell& b) { return a.text == b.text; };
    if (std::equal(header.begin(), header.end(), body[0].begin(), same_text)) continue;
    const double agreement = column_agreement(body, w, 0);
    if (agreement < min_agreement || agreement <= best.agreement) continue;
    best.rows.assign(1, header);
    best.rows.insert(best.rows.end(), body.begin(), body.end());
    best.width = w;
    best.agreement = agreement;
  }
  return best;
}

std::vector<cornered_table> read_cornered_words(const std::vector<raw_cell>& cells) {
  constexpr std::size_t min_body_rows = 2;
  constexpr std::size_t max_header_labels = 12;
  // The corner is the only structure line cells show, so the columns must
  // share something; unrelated lines around a stray blank line share nothing.
  constexpr double min_alikeness = 0.1;
  const auto empty = [](const raw_cell& c) { return c.text.empty(); };
  const auto at = [&](std::size_t i) { return cells.begin() + static_cast<std::ptrdiff_t>(i); };
  std::vector<std::size_t> corners;
  for (std::size_t j = 1; j + 1 < cells.size(); ++j)
    if (empty(cells[j]) && !empty(cells[j - 1]) && !empty(cells[j + 1])) corners.push_back(j);

  std::vector<cornered_table> out;
  std::size_t used_to = 0;  // cells before this belong to an earlier table
  for (std::size_t t = 0; t < corners.size(); ++t) {
    const std::size_t corner = corners[t];
    const std::size_t spanning = looks_like_caption(cells[corner - 1].text) ? 0 : 1;
    const std::size_t first = corner - spanning;
    const std::size_t end = t + 1 < corners.size() ? corners[t + 1] - 1 : cells.size();
    if (first < used_to || first - used_to > 1 || end <= corner) return {};
    cornered_table best;
    std::size_t best_end = 0;
    double best_alikeness = min_alikeness;
    for (std::size_t labels = 1; labels <= max_header_labels; ++labels) {
      const std::size_t top = spanning + 1 + labels, row_width = labels + 1;
      if (first + top + min_body_rows * row_width > end) break;
      std::vector<raw_row> rows{raw_row(at(first), at(first + top))};
      std::size_t k = first + top;
      for (; k + row_width <= end; k += row_width) rows.emplace_back(at(k), at(k + row_width));
      if (std::any_of(at(corner + 1), at(k), empty)) continue;
      const double alikeness =
          column_text_alikeness({rows.begin() + 1, rows.end()}, static_cast<std::uint32_t>(row_width));
      if (alikeness <= best_alikeness) continue;
      best_alikeness = alikeness;
      best.grid.rows = std::move(rows);
      best.grid.width = static_cast<std::uint32_t>(top);
      best_end = k;
    }
    if (best.grid.width == 0) return {};
    if (first > used_to) best.caption = cells[first - 1].text;
    used_to = best_end;
    out.push_back(std::move(best));
  }
  return out;
}

}  // namespace retab::line_cells
