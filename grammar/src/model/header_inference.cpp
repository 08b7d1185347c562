#include "model/header_inference.hpp"

#include "model/cell_text.hpp"
#include "model/column_likeness.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <functional>
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

struct header_slot {
  std::size_t cell = 0;
  std::uint32_t col = 0;
  std::uint32_t colspan = 1;
  bool spans_down = false;
};

/// Where the cells of a header row go when the cells marked in `spans_down`
/// take one free column each and the others share the rest evenly (the
/// remainder to the last cells), never running over a column taken further
/// right.
std::vector<header_slot> lay_out_row(const std::vector<bool>& spans_down, const std::vector<std::uint32_t>& free,
                                     std::uint32_t down) {
  const std::size_t n = spans_down.size();
  const std::uint32_t across_cells = static_cast<std::uint32_t>(n - std::min<std::size_t>(down, n));
  const std::uint32_t across_cols = static_cast<std::uint32_t>(free.size()) - down;
  std::vector<header_slot> slots;
  std::uint32_t across_seen = 0;
  std::size_t f = 0;
  for (std::size_t k = 0; k < n && f < free.size(); ++k) {
    header_slot slot;
    slot.cell = k;
    slot.col = free[f];
    if (spans_down[k]) {
      slot.spans_down = true;
      ++f;
    } else {
      const std::uint32_t base = across_cols / across_cells;
      const std::uint32_t extra = across_cols % across_cells;
      const std::uint32_t span = base + (across_seen >= across_cells - extra ? 1 : 0);
      ++across_seen;
      std::uint32_t run = 1;
      while (run < span && f + run < free.size() && free[f + run] == slot.col + run) ++run;
      slot.colspan = std::max<std::uint32_t>(1, run);
      f += slot.colspan;
    }
    slots.push_back(slot);
  }
  return slots;
}

/// How alike the columns are that the row's spanning cells group together.
double grouped_likeness(const std::vector<header_slot>& slots, const std::vector<double>& likeness) {
  double sum = 0;
  for (const header_slot& s : slots)
    for (std::uint32_t c = s.col; c + 1 < s.col + s.colspan; ++c) sum += c < likeness.size() ? likeness[c] : 0.0;
  return sum;
}

/// Calls `visit` with every way to choose `k` of `n` cells, as long as there
/// are at most `limit` ways; visits none when there are more.
template <typename Visit>
void each_choice(std::size_t n, std::size_t k, std::size_t limit, Visit visit) {
  double ways = 1;
  for (std::size_t j = 0; j < k; ++j) ways = ways * static_cast<double>(n - j) / static_cast<double>(j + 1);
  if (ways > static_cast<double>(limit)) return;
  std::vector<bool> chosen(n, false);
  std::fill(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(k), true);
  do visit(chosen);
  while (std::prev_permutation(chosen.begin(), chosen.end()));
}

/// The default choice of `down` cells of a row (without its stub) that span
/// down: totals (总计, 合计, Total) and remarks (备注) are leaf columns, then
/// the leftmost cells (row-label headers sit at the left).
std::vector<bool> totals_then_leftmost(const raw_row& row, std::size_t begin, std::uint32_t down,
                                       std::vector<std::size_t>& order) {
  const std::size_t n = row.size() - begin;
  order.resize(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return names_own_column(row[begin + a].text) && !names_own_column(row[begin + b].text);
  });
  std::vector<bool> chosen(n, false);
  for (std::size_t k = 0; k < down && k < n; ++k) chosen[order[k]] = true;
  return chosen;
}

/// A row that repeats one run of labels (年份 甲法 乙法 年份 甲法 乙法: a
/// table printed twice side by side) repeats its roles: the cells that span
/// down (the stub among them) are the same in every copy. Empty when the row
/// is no such repeat.
std::vector<bool> same_in_every_copy(const raw_row& row, std::size_t begin, std::uint32_t down,
                                     const std::vector<std::size_t>& order) {
  const std::size_t repeats = repeats_of_run(row);
  const std::size_t all_down = down + begin;  // the stub, when this row has one, spans down too
  if (repeats < 2 || all_down % repeats != 0) return {};
  const std::size_t period = row.size() / repeats;
  const std::size_t per_copy = all_down / repeats;
  std::vector<bool> in_period(period, false);
  std::size_t taken = 0;
  if (begin == 1) in_period[taken++] = true;
  for (std::size_t k = 0; k < order.size() && taken < per_copy; ++k) {
    const std::size_t at = order[k] + begin;
    if (at < period && !in_period[at]) {
      in_period[at] = true;
      ++taken;
    }
  }
  if (taken != per_copy || per_copy >= period) return {};
  std::vector<bool> copies(row.size() - begin, false);
  for (std::size_t k = begin; k < row.size(); ++k) copies[k - begin] = in_period[k % period];
  return copies;
}

/// When the row's cells share out evenly under the `parents` groups of the
/// row above, and so do the cells that span down, every group's cells take
/// the same roles: in each, totals, then its leftmost cells span down (产量,
/// 东部 under 实验组 and 标准差, 男性 under 中部: 产量 and 标准差 span down,
/// not 产量 and 东部, which would leave 实验组 over two columns and 中部 over
/// four). Empty otherwise.
std::vector<bool> same_under_every_parent(const raw_row& row, std::size_t begin, std::uint32_t down,
                                          std::size_t parents) {
  const std::size_t n = row.size() - begin;
  if (parents < 2 || n % parents != 0 || down % parents != 0) return {};
  const std::size_t per_parent = n / parents, down_each = down / parents;
  std::vector<bool> chosen(n, false);
  for (std::size_t p = 0; p < parents; ++p) {
    const std::size_t from = begin + p * per_parent;
    const raw_row part(row.begin() + static_cast<std::ptrdiff_t>(from),
                       row.begin() + static_cast<std::ptrdiff_t>(from + per_parent));
    std::vector<std::size_t> order;
    const std::vector<bool> own = totals_then_leftmost(part, 0, static_cast<std::uint32_t>(down_each), order);
    std::copy(own.begin(), own.end(), chosen.begin() + static_cast<std::ptrdiff_t>(p * per_parent));
  }
  return chosen;
}

/// Of all ways to choose `down` of the row's cells to span down, the one
/// with the highest `score` (of the laid-out row), when it beats `by_default`
/// by at least `margin`; empty otherwise, or when there are too many ways.
template <typename Score>
std::vector<bool> best_choice(std::size_t n, std::uint32_t down, const std::vector<std::uint32_t>& free,
                              double by_default, double margin, Score score) {
  constexpr std::size_t max_choices = 4096;
  double best = by_default + margin;
  std::vector<bool> better;
  each_choice(n, down, max_choices, [&](const std::vector<bool>& candidate) {
    const double s = score(lay_out_row(candidate, free, down));
    if (s >= best) {
      best = s;
      better = candidate;
    }
  });
  return better;
}

/// How many of the row's spanning cells name the leaf cell under their first
/// column as their first word (M2检验 over M2, df, P; t检验 over t, P).
double groups_named_by_first_leaf(const raw_row& row, std::size_t begin, const std::vector<header_slot>& slots,
                                  const std::vector<std::uint32_t>& free, const raw_row& leaves) {
  std::vector<std::uint32_t> leaf_cols = free;
  for (const header_slot& s : slots)
    if (s.spans_down) leaf_cols.erase(std::remove(leaf_cols.begin(), leaf_cols.end(), s.col), leaf_cols.end());
  double named = 0;
  for (const header_slot& s : slots) {
    if (s.spans_down || s.colspan < 2) continue;
    const auto at = std::find(leaf_cols.begin(), leaf_cols.end(), s.col);
    if (at == leaf_cols.end()) continue;
    const std::string_view group = row[begin + s.cell].text;
    const std::string_view leaf = leaves[static_cast<std::size_t>(at - leaf_cols.begin())].text;
    if (names_first_leaf(group, leaf)) named += 1;
  }
  return named;
}

/// Which cells of a header row span down (the others span across the row
/// below); `row[0]` is the stub when `begin` is 1. By default totals first,
/// then the leftmost cells; a row printed twice side by side does the same in
/// each copy, and so does a row whose cells share out evenly under the
/// `parents` groups of the row above. Over the leaf row, two kinds of
/// evidence can overrule the default: a group header that starts with its
/// first leaf's name (M2检验 over M2), and, when the leaf row repeats one run
/// of labels once per group (2015年 2016年 under each of 鲜重, 干重, 单产),
/// the body's numbers: the columns under one group measure one thing and
/// read alike.
std::vector<bool> choose_spans_down(const raw_row& row, std::size_t begin, std::uint32_t down,
                                    const std::vector<std::uint32_t>& free, const raw_row& below,
                                    std::size_t parents, const body_rows& body, std::uint32_t width,
                                    std::vector<std::string>& evidence) {
  const std::size_t n = row.size() - begin;
  std::vector<std::size_t> order;
  std::vector<bool> chosen = totals_then_leftmost(row, begin, down, order);
  if (std::vector<bool> copies = same_in_every_copy(row, begin, down, order); !copies.empty()) {
    evidence.push_back("the header row repeats one run of labels side by side: its cells spanning down are the "
                       "same in every copy");
    return copies;
  }
  if (std::vector<bool> shared = same_under_every_parent(row, begin, down, parents);
      !shared.empty() && shared != chosen) {
    evidence.push_back("the header row's cells share out evenly under the groups above it: in each group the same "
                       "cells span down");
    chosen = std::move(shared);
  }
  const bool over_leaves = below.size() + down == free.size();
  if (down == 0 || down >= n || !over_leaves) return chosen;

  auto named = [&](const std::vector<header_slot>& slots) {
    return groups_named_by_first_leaf(row, begin, slots, free, below);
  };
  if (std::vector<bool> better = best_choice(n, down, free, named(lay_out_row(chosen, free, down)), 1.0, named);
      !better.empty()) {
    evidence.push_back("header cells spanning down chosen so that a group header sits over the leaf it names first");
    return better;
  }
  if (repeats_of_run(below) != n - down) return chosen;
  // Read the body's numbers only here, where they can decide something.
  const std::vector<double>& likeness = body.likeness(width);
  // One column's worth of likeness: a single group of clearly alike columns.
  auto alike = [&](const std::vector<header_slot>& slots) { return grouped_likeness(slots, likeness); };
  if (std::vector<bool> better = best_choice(n, down, free, alike(lay_out_row(chosen, free, down)), 0.5, alike);
      !better.empty()) {
    evidence.push_back("header cells spanning down chosen so that the columns grouped under one header hold alike numbers");
    return better;
  }
  return chosen;
}

/// Lays out header rows 0..h-1 cell by cell; `down[i]` of row i's cells
/// (after the stub in row 0) span down to the lowest row.
void lay_out_header(const std::vector<raw_row>& rows, std::size_t first_cell, const std::vector<std::uint32_t>& down,
                    const body_rows& body, std::uint32_t width, occupancy& grid, table& out,
                    std::vector<std::string>& evidence) {
  const std::size_t h = rows.size();
  const std::size_t first_placed = out.cells.size();
  for (std::size_t i = 0; i < h; ++i) {
    const raw_row& row = rows[i];
    const std::size_t begin = i == 0 ? first_cell : 0;
    const std::vector<std::uint32_t> free = grid.free_columns(static_cast<std::uint32_t>(i));
    const std::size_t n = row.size() - begin;
    if (n == 0) continue;
    if (n >= free.size() || i + 1 == h) {
      // One cell per free column; a short last header row lets its last cell
      // span the free columns after it, up to one a cell above spans down
      // through (a total beside the leaves).
      for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t col = k < free.size() ? free[k] : grid.width() + static_cast<std::uint32_t>(k - free.size());
        std::uint32_t span = 1;
        if (k + 1 == n && n < free.size())
          while (k + span < free.size() && free[k + span] == col + span) ++span;
        grid.place(out, row[begin + k], static_cast<std::uint32_t>(i), col, 1, span);
      }
      continue;
    }
    const std::size_t parents = i == 0 ? 0 : static_cast<std::size_t>(std::count_if(
        out.cells.begin() + static_cast<std::ptrdiff_t>(first_placed), out.cells.end(),
        [&](const cell& c) { return c.row + 1 == i && c.rowspan == 1; }));
    const std::vector<bool> spans_down =
        choose_spans_down(row, begin, down[i], free, rows[i + 1], parents, body, width, evidence);
    for (const header_slot& slot : lay_out_row(spans_down, free, down[i]))
      grid.place(out, row[begin + slot.cell], static_cast<std::uint32_t>(i), slot.col,
                 slot.spans_down ? static_cast<std::uint32_t>(h - i) : 1, slot.colspan);
  }
}

/// Calls `visit` with ways to spend `budget` spanning-down cells over the
/// header rows above the lowest, at most all but one cell of each row: the
/// lowest rows first, then moving cells up a row, while `visit` returns true.
template <typename Visit>
void each_spending(const std::vector<raw_row>& rows, std::size_t first_cell, std::uint32_t budget, Visit visit) {
  const std::size_t h = rows.size();
  std::vector<std::uint32_t> cap(h, 0);
  for (std::size_t i = 0; i + 1 < h; ++i) {
    const auto n = static_cast<std::uint32_t>(rows[i].size() - (i == 0 ? first_cell : 0));
    cap[i] = n > 0 ? n - 1 : 0;
  }
  std::vector<std::uint32_t> down(h, 0);
  // Fills rows from `row` upwards with what is left, the lowest first.
  std::function<bool(std::size_t, std::uint32_t)> fill = [&](std::size_t row, std::uint32_t left) {
    if (row == 0) {
      down[0] = std::min(left, cap[0]);  // what no row can take is not spent
      return visit(down);
    }
    const std::size_t i = row;
    for (std::uint32_t take = std::min(left, cap[i]) + 1; take-- > 0;) {
      down[i] = take;
      if (!fill(i - 1, left - take)) return false;
    }
    down[i] = 0;
    return true;
  };
  if (h < 2) {
    visit(down);
    return;
  }
  fill(h - 2, budget);
}

/// Whether every header cell that spans across heads two cells or more of
/// the header row below it (a lone cell below would name the same columns).
bool groups_head_two_cells(const table& t) {
  std::uint32_t lowest = 0;
  for (const cell& c : t.cells) lowest = std::max(lowest, c.row);
  for (const cell& g : t.cells) {
    if (g.rowspan != 1 || g.colspan < 2 || g.row >= lowest) continue;
    const auto below = std::count_if(t.cells.begin(), t.cells.end(), [&](const cell& c) {
      return c.row == g.row + 1 && c.col >= g.col && c.col < g.col + g.colspan;
    });
    if (below < 2) return false;
  }
  return true;
}

/// Header layouts tried before the default is kept: a few dozen at most.
constexpr std::size_t max_header_trials = 64;

}  // namespace

bool spans_down_to(std::string_view text, const raw_cell* lowest, const raw_cell* lowest_end) {
  return names_own_column(text) ||
         std::any_of(lowest, lowest_end, [&](const raw_cell& leaf) { return leaf.text == text; });
}

std::uint32_t cells_spanning_down(const std::vector<raw_row>& rows) {
  if (rows.size() < 2) return 0;
  const raw_row& lowest = rows.back();
  std::uint32_t n = 0;
  for (std::size_t i = 0; i + 1 < rows.size(); ++i)
    for (const raw_cell& c : rows[i])
      n += !c.text.empty() && spans_down_to(c.text, lowest.data(), lowest.data() + lowest.size()) ? 1 : 0;
  return n;
}

const std::vector<double>& body_rows::likeness(std::uint32_t width) const {
  if (!likeness_) likeness_ = neighbour_likeness(rows, first, width);
  return *likeness_;
}

void place_header_rows(const std::vector<raw_row>& rows, std::uint32_t width, const label_columns& labels,
                       const body_rows& body, occupancy& grid, table& out) {
  const std::size_t h = rows.size();
  if (h == 0) return;
  const std::size_t first_anchor = out.cells.size();
  const std::uint32_t label_cols = labels.count;

  std::size_t first_cell = 0;
  // The stub: top-left header cell over the row-label columns, spanning down
  // the header while the rows below are too short to fill the table alone.
  // Nested labels (三、 > (一) > 1.) share one stub; a unit column has a
  // header of its own (单位) beside it; label columns side by side (地区 |
  // 省份, 变量 | 说明) have one each when the top row holds one for each.
  std::size_t heads = labels.unit_column && label_cols >= 2 ? 2 : 1;
  if (!labels.nested && label_cols > heads && rows[0].size() > label_cols) heads = label_cols;
  // A top row with a cell for every column spans nothing across, so the
  // cells a shorter row below lacks are the stub's, spanning down ((1) (2)
  // over OLS 固定效应 beside 变量); an empty corner spans nothing.
  const bool top_full = !rows[0].empty() && rows[0].size() == width && !rows[0][0].text.empty() && h > 1 &&
                        stub_rowspan(rows, 0, width) > 1;
  // Header cells that span down each need a column the lowest row leaves
  // free: no stub when it would leave them too few and they fit without it
  // (the body's first cell, a word, is then a value, not a row label).
  const auto lowest = static_cast<std::uint32_t>(rows[h - 1].size());
  const std::uint32_t beside_lowest = cells_spanning_down(rows);
  const bool stub_crowds_header = width >= label_cols + lowest && width < label_cols + lowest + beside_lowest &&
                                  width >= lowest + beside_lowest;
  const bool stub_wanted = label_cols >= 1 && rows[0].size() > heads && (rows[0].size() < width || top_full);
  if (stub_wanted && stub_crowds_header)
    out.evidence.push_back("no stub over the row labels: the " + std::to_string(beside_lowest) +
                           " header cell(s) that span down (totals, cells named like a leaf) need the columns it "
                           "would take; the body's first column is under the header");
  if (stub_wanted && !stub_crowds_header) {
    const std::uint32_t down = stub_rowspan(rows, 0, width);
    const std::uint32_t stub_span = label_cols - static_cast<std::uint32_t>(heads - 1);
    grid.place(out, rows[0][0], 0, 0, down, stub_span);
    for (std::size_t k = 1; k < heads; ++k)
      grid.place(out, rows[0][k], 0, stub_span + static_cast<std::uint32_t>(k - 1), down, 1);
    first_cell = heads;
  }

  // Header cells that span down: the budget is what the lowest header row
  // leaves free. By default it is spent on the lowest rows first, at most
  // all but one cell of a row (the others must span across the row below);
  // with three rows or more, the first spending under which every group
  // heads two cells of the row below or more.
  const std::uint32_t stub_cols = first_cell ? label_cols : 0;
  const auto leaf = static_cast<std::uint32_t>(rows[h - 1].size());
  const std::uint32_t budget = width > stub_cols + leaf ? width - stub_cols - leaf : 0;
  std::vector<std::uint32_t> chosen;
  std::size_t tried = 0;
  each_spending(rows, first_cell, budget, [&](const std::vector<std::uint32_t>& down) {
    if (chosen.empty()) chosen = down;  // the default
    if (h < 3 || ++tried > max_header_trials) return false;
    occupancy trial_grid = grid;
    table trial;
    std::vector<std::string> ignored;
    lay_out_header(rows, first_cell, down, body, width, trial_grid, trial, ignored);
    for (std::size_t i = 0; i + 1 < h; ++i) snap_to_row_below(trial, 0, static_cast<std::uint32_t>(i));
    if (!groups_head_two_cells(trial)) return true;
    if (down != chosen) {
      out.evidence.push_back("header cells spanning down moved up a row, so that every group heads two cells or more");
      chosen = down;
    }
    return false;
  });
  lay_out_header(rows, first_cell, chosen, body, width, grid, out, out.evidence);
  for (std::size_t i = 0; i + 1 < h; ++i) snap_to_row_below(out, first_anchor, static_cast<std::uint32_t>(i));
}

}  // namespace retab
