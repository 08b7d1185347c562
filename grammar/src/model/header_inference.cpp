#include "model/header_inference.hpp"

#include "model/cell_text.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <numeric>

namespace retab {
namespace {

/// How many header rows below `row` (exclusive) cannot fill `needed` free
/// columns on their own; the stub cell spans down over them.
std::uint32_t stub_rowspan(const std::vector<raw_row>& rows, std::size_t row, std::uint32_t width) {
  std::uint32_t span = 1;
  for (std::size_t i = row + 1; i < rows.size() && rows[i].size() < width; ++i) ++span;
  return span;
}

/// A header cell covers whole cells of the header row below it: move each
/// boundary between two neighbouring spanning cells onto the nearest edge of
/// a named cell below (ties to the left); an empty cell continues the group
/// on its left.
void snap_to_row_below(table& out, std::size_t first_cell, std::uint32_t row) {
  std::vector<cell*> across;
  std::vector<std::uint32_t> edges;
  for (std::size_t i = first_cell; i < out.cells.size(); ++i) {
    cell& c = out.cells[i];
    if (c.row == row && c.rowspan == 1 && c.colspan > 1) across.push_back(&c);
    if (c.row == row + 1 && !c.text.empty()) edges.push_back(c.col);
  }
  std::sort(across.begin(), across.end(), [](const cell* a, const cell* b) { return a->col < b->col; });
  for (std::size_t k = 0; k + 1 < across.size(); ++k) {
    cell& a = *across[k];
    cell& b = *across[k + 1];
    if (a.col + a.colspan != b.col) continue;
    const std::uint32_t end = b.col + b.colspan;
    std::uint32_t best = b.col, best_distance = UINT32_MAX;
    for (const std::uint32_t e : edges) {
      if (e <= a.col || e >= end) continue;
      const std::uint32_t d = e > b.col ? e - b.col : b.col - e;
      if (d < best_distance || (d == best_distance && e < best)) { best = e; best_distance = d; }
    }
    a.colspan = best - a.col;
    b.col = best;
    b.colspan = end - best;
  }
}

}  // namespace

void place_header_rows(const std::vector<raw_row>& rows, std::uint32_t width, std::uint32_t label_cols,
                       occupancy& grid, table& out) {
  const std::size_t h = rows.size();
  if (h == 0) return;
  const std::size_t first_anchor = out.cells.size();

  std::size_t first_cell = 0;
  // The stub: top-left header cell over the row-label columns, spanning down
  // the header while the rows below are too short to fill the table alone.
  if (label_cols >= 1 && rows[0].size() >= 2 && rows[0].size() < width) {
    grid.place(out, rows[0][0], 0, 0, stub_rowspan(rows, 0, width), label_cols);
    first_cell = 1;
  }

  // Header cells that span down: the budget is what the lowest header row
  // leaves free; it is spent on the lowest rows first, at most all but one
  // cell of a row (the others must span across the row below).
  std::vector<std::uint32_t> down(h, 0);
  {
    const std::uint32_t stub_cols = first_cell ? label_cols : 0;
    const std::uint32_t leaf = static_cast<std::uint32_t>(rows[h - 1].size());
    std::uint32_t budget = width > stub_cols + leaf ? width - stub_cols - leaf : 0;
    for (std::size_t i = h - 1; i-- > 0 && budget > 0;) {
      const std::uint32_t n = static_cast<std::uint32_t>(rows[i].size()) - (i == 0 ? static_cast<std::uint32_t>(first_cell) : 0);
      const std::uint32_t take = std::min<std::uint32_t>(budget, n > 0 ? n - 1 : 0);
      down[i] = take;
      budget -= take;
    }
  }

  for (std::size_t i = 0; i < h; ++i) {
    const raw_row& row = rows[i];
    const std::size_t begin = i == 0 ? first_cell : 0;
    const std::vector<std::uint32_t> free = grid.free_columns(static_cast<std::uint32_t>(i));
    const std::size_t n = row.size() - begin;
    if (n == 0) continue;
    if (n >= free.size() || i + 1 == h) {
      // One cell per free column; a short last header row lets its last cell span.
      for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t col = k < free.size() ? free[k] : grid.width() + static_cast<std::uint32_t>(k - free.size());
        std::uint32_t span = 1;
        if (k + 1 == n && n < free.size()) span = free.back() - col + 1;
        grid.place(out, row[begin + k], static_cast<std::uint32_t>(i), col, 1, span);
      }
      continue;
    }
    // Which cells span down: totals (总计, 合计, Total) are leaf columns,
    // then the leftmost cells (row-label headers sit at the left).
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return looks_like_total(row[begin + a].text) && !looks_like_total(row[begin + b].text);
    });
    std::vector<bool> spans_down(n, false);
    for (std::size_t k = 0; k < down[i] && k < n; ++k) spans_down[order[k]] = true;
    const std::uint32_t across_cells = static_cast<std::uint32_t>(n - std::min<std::size_t>(down[i], n));
    const std::uint32_t across_cols = static_cast<std::uint32_t>(free.size()) - down[i];
    std::uint32_t across_seen = 0;
    std::size_t f = 0;
    for (std::size_t k = 0; k < n && f < free.size(); ++k) {
      const std::uint32_t col = free[f];
      if (spans_down[k]) {
        grid.place(out, row[begin + k], static_cast<std::uint32_t>(i), col, static_cast<std::uint32_t>(h - i), 1);
        ++f;
        continue;
      }
      // Split the columns evenly; the remainder goes to the last cells.
      const std::uint32_t base = across_cols / across_cells;
      const std::uint32_t extra = across_cols % across_cells;
      std::uint32_t span = base + (across_seen >= across_cells - extra ? 1 : 0);
      ++across_seen;
      // Never run over columns that are taken further right.
      std::uint32_t run = 1;
      while (run < span && f + run < free.size() && free[f + run] == col + run) ++run;
      span = std::max<std::uint32_t>(1, run);
      grid.place(out, row[begin + k], static_cast<std::uint32_t>(i), col, 1, span);
      f += span;
    }
  }
  for (std::size_t i = 0; i + 1 < h; ++i) snap_to_row_below(out, first_anchor, static_cast<std::uint32_t>(i));
}

}  // namespace retab
