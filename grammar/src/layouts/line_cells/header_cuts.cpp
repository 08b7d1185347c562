#include "layouts/line_cells/header_cuts.hpp"

#include "model/cell_text.hpp"
#include "model/column_sums.hpp"
#include "model/header_inference.hpp"
#include "model/text_alikeness.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace retab::line_cells {
namespace {

/// Length of the longest suffix of `cells` made of two or more repeats of
/// one block (系数, P值, 系数, P值, ...), and the number of blocks.
std::pair<std::size_t, std::size_t> periodic_suffix(const std::vector<raw_cell>& cells, std::size_t limit) {
  std::pair<std::size_t, std::size_t> best{0, 0};
  const std::size_t n = cells.size();
  for (std::size_t period = 1; 2 * period <= std::min(n, limit); ++period) {
    std::size_t blocks = 1;
    while ((blocks + 1) * period <= std::min(n, limit)) {
      bool same = true;
      for (std::size_t k = 0; k < period && same; ++k)
        same = cells[n - 1 - k].text == cells[n - 1 - k - blocks * period].text;
      if (!same) break;
      ++blocks;
    }
    if (blocks >= 2 && blocks * period > best.first) best = {blocks * period, blocks};
  }
  return best;
}

/// How many cells the lowest header row holds when a group header names the
/// first leaf under it (M2检验 ... M2, df, P): the leaf row starts at that
/// leaf. Zero without such a pair, or when it leaves too many leaves.
std::size_t leaves_named_above(const std::vector<raw_cell>& cells, std::size_t value_cols) {
  for (std::size_t leaf = 1; leaf < cells.size(); ++leaf)
    for (std::size_t group = 0; group < leaf; ++group)
      if (names_first_leaf(cells[group].text, cells[leaf].text)) {
        const std::size_t leaves = cells.size() - leaf;
        return leaves < value_cols ? leaves : 0;
      }
  return 0;
}

/// Where header cells over the value columns, written one per line, break
/// into rows: the lowest row's cell count and the row above's; the cells
/// before them make the top row.
struct header_cut {
  std::size_t leaf = 0;
  std::size_t above_leaf = 0;
  /// Each row's groups can share the columns below them equally, as sibling
  /// groups usually do (the same measures under every group).
  bool even = false;
  std::size_t top_totals = 0;  ///< totals (总计) in the top row, which span down from there
};

/// A cut with `leaves` cells in the lowest row that makes a well-formed
/// header over `value_cols` columns, or nothing. A header cell either spans
/// down to the lowest row (one column) or groups two or more cells of the row
/// below, so `n` cells over `value_cols` columns hold n - value_cols groups;
/// totals (总计) and cells named like a leaf (样本量 over 样本量: a column
/// beside a group, not the group) are never groups but span down
/// (spans_down_to), and a total under a group sums two or more cells beside
/// it. The row above the
/// lowest holds as few groups as it can (at least `least_groups`), the others
/// go on top, unless another cut puts more totals in the top row.
std::optional<header_cut> cut_header(const std::vector<raw_cell>& cells, std::size_t value_cols, std::size_t leaves,
                                     std::size_t least_groups) {
  const std::size_t n = cells.size();
  if (leaves < 2 || leaves > value_cols || leaves >= n || n <= value_cols) return std::nullopt;
  const std::size_t groups = n - value_cols, down = value_cols - leaves;
  auto count = [&](std::size_t from, std::size_t to, auto is) {
    return static_cast<std::size_t>(std::count_if(cells.begin() + static_cast<std::ptrdiff_t>(from),
                                                  cells.begin() + static_cast<std::ptrdiff_t>(to),
                                                  [&](const raw_cell& c) { return is(c.text); }));
  };
  // Totals, and remarks like them, are columns of their own ("totals" below).
  const auto own_column = [](std::string_view text) { return names_own_column(text); };
  const raw_cell* const leaf_row = cells.data() + (n - leaves);
  const auto spans_down = [&](std::string_view text) { return spans_down_to(text, leaf_row, cells.data() + n); };
  // Two leaves named alike under one group could not be told apart, so a
  // name found k times in the lowest row asks for k groups over it (西部 over
  // 标准误 比例, 实验组 over 产量 标准误; not 收入 over both).
  for (const raw_cell* leaf = leaf_row; leaf != cells.data() + n; ++leaf) {
    const auto alike = [&](const raw_cell& c) { return c.text == leaf->text; };
    least_groups = std::max(least_groups, static_cast<std::size_t>(std::count_if(leaf_row, cells.data() + n, alike)));
  }
  // Of the well-formed cuts, the first with the most totals in the top row:
  // a total beside the top groups sums all of them and spans down from there.
  std::optional<header_cut> best;
  std::size_t best_top_totals = 0;
  // Shared out evenly, `lower` groups must not put two leaves named alike
  // under one of them either (农村 中部 over 样本量 支出 样本量 | 收入 系数 比例).
  const auto alike_under_one = [&](std::size_t lower) {
    if (leaves % lower != 0) return false;
    const std::size_t each = leaves / lower;
    for (std::size_t i = 0; i < leaves; ++i)
      for (std::size_t j = i + 1; j < leaves && j / each == i / each; ++j)
        if (leaf_row[i].text == leaf_row[j].text) return true;
    return false;
  };
  for (std::size_t lower = std::max<std::size_t>(1, least_groups); lower <= groups && 2 * lower <= leaves; ++lower) {
    if (alike_under_one(lower)) continue;
    const std::size_t upper = groups - lower;
    for (std::size_t top_down = 0; top_down <= (upper > 0 ? down : 0); ++top_down) {
      const std::size_t top = upper > 0 ? upper + top_down : 0;
      const std::size_t middle = n - leaves - top;
      if (middle < lower || middle - lower != down - top_down) continue;
      if (upper > 0 && middle < 2 * upper) continue;
      if (count(0, top, spans_down) > top_down || count(top, top + middle, spans_down) > down - top_down) continue;
      const std::size_t top_totals = count(0, top, own_column), middle_totals = count(top, top + middle, own_column);
      if (upper > 0 && middle_totals > 0 && middle - middle_totals < 2) continue;
      if (!best || top_totals > best_top_totals) {
        const bool even = leaves % lower == 0 && (upper == 0 || (value_cols - top_down) % upper == 0);
        best = header_cut{leaves, middle, even, top_totals};
        best_top_totals = top_totals;
      }
    }
  }
  return best;
}

/// Where the header begins among the labels in front of a table's first
/// row: after the last caption, sentence or unit note (单位：万元), which
/// stand above it, and after a section heading opening it (二、业务办理情况
/// 统计, 1、支出决算明细 or (一)收入决算表 names the table: header cells
/// are not numbered as outline items).
struct header_front {
  std::size_t begin = 0;
  std::optional<std::size_t> caption;  ///< the caption above the header
  std::optional<std::size_t> heading;  ///< the section heading opening it
};

header_front find_header_front(const std::vector<raw_cell>& labels) {
  header_front f;
  for (std::size_t i = labels.size(); i-- > 0;) {
    const std::string_view text = labels[i].text;
    if (looks_like_unit_note(text) || looks_like_caption(text) || looks_like_prose(text)) {
      if (!looks_like_unit_note(text) && looks_like_caption(text)) f.caption = i;
      f.begin = i + 1;
      break;
    }
  }
  if (labels.size() >= f.begin + 2 && (heads_table(labels[f.begin].text, true) ||
                                       outline_marker_of(labels[f.begin].text) != outline_marker::none))
    f.heading = f.begin++;
  return f;
}

}  // namespace

header_reading header_rows(const std::vector<raw_cell>& cells, std::uint32_t label_headers, std::uint32_t value_cols,
                           bool titled_blocks, const std::vector<raw_row>& body) {
  header_reading out;
  std::vector<raw_row>& rows = out.rows;
  if (cells.empty()) return out;
  // One cell more than the columns: a title row (第二十条第(一)项) over the
  // header row when the first cell numbers a block or the table's blocks
  // repeat their header under a title each; else the extra cell is a group
  // over the value columns (类别 | 东部 over 收入, 支出).
  if ((titled_blocks || looks_like_numbered_title(cells[0].text)) && cells.size() > 2 &&
      cells.size() == label_headers + value_cols + 1 && !looks_like_total(cells[0].text)) {
    rows.push_back(raw_row{cells[0]});
    rows.emplace_back(cells.begin() + 1, cells.end());
    out.why = std::string("header: one cell more than the columns, the first a title row over the rest (") +
              (titled_blocks ? "the body repeats the header under block titles)" : "it numbers a block)");
    return out;
  }
  const std::size_t lead = std::min<std::size_t>(label_headers, cells.size());
  const std::vector<raw_cell> labels(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(lead));
  std::vector<raw_cell> rest(cells.begin() + static_cast<std::ptrdiff_t>(lead), cells.end());
  if (rest.size() <= value_cols) {
    rows.emplace_back(cells.begin(), cells.end());
    out.why = "header: one row, no more cells than columns";
    return out;
  }
  // The lowest row: a repeated block of sub-headers, the leaves a group
  // names, the cells after the last total or the last 其中, or else as many
  // as fit.
  struct lowest_row {
    std::size_t leaves;
    std::size_t least_groups;  ///< the fewest groups over them
    const char* why;
    bool merely_fits = false;  ///< no evidence but the count: an even cut is preferred
  };
  std::vector<lowest_row> tries;
  const auto periodic = periodic_suffix(rest, value_cols);
  if (periodic.first > 0) tries.push_back({periodic.first, periodic.second, "a block of sub-headers repeated"});
  if (const std::size_t named = leaves_named_above(rest, value_cols); named > 0)
    tries.push_back({named, 1, "from the leaf a group header names first"});
  std::size_t after_total = 0;
  while (after_total < rest.size() && after_total < value_cols &&
         !names_own_column(rest[rest.size() - 1 - after_total].text))
    ++after_total;
  const bool total_found = after_total < rest.size() && names_own_column(rest[rest.size() - 1 - after_total].text);
  if (after_total > 0 && total_found) {
    // The text reads alike whether the total is the first leaf under the
    // group before it (本年支出 over 合计 | 基本支出 | 项目支出) or spans down
    // beside that group (人口 over 男 | 女, then 合计); only the numbers
    // under it tell which column adds up the others.
    const std::size_t v = value_cols, parts = after_total;
    if (column_sums(body, v, v - parts - 1, v - parts, v) && !column_sums(body, v, v - 1, v - 1 - parts, v - 1))
      tries.push_back({parts + 1, 1, "the total and the cells after it, which its column adds up"});
    tries.push_back({parts, 1, "the cells after the last total"});
  }
  // 其中 heads the breakdown right after it: the cells after the last one.
  if (const auto breakdown = std::find_if(rest.rbegin(), rest.rend(),
                                          [](const raw_cell& c) { return looks_like_breakdown(c.text); });
      breakdown != rest.rend()) {
    const auto after = static_cast<std::size_t>(breakdown - rest.rbegin());
    if (after >= 2 && after <= value_cols) tries.push_back({after, 1, "the cells after 其中, which heads them"});
  }
  for (std::size_t leaves = std::min<std::size_t>(value_cols, rest.size() - 1); leaves >= 1; --leaves)
    tries.push_back({leaves, 1, "the most cells that fit with equally wide groups", true});
  std::optional<header_cut> cut;
  const lowest_row* chosen = nullptr;
  bool uneven_fit = false;  // a cut that merely fits with unequal groups, kept if no even one comes
  bool totals_on_top = false;  // an even cut with fewer leaves won by its top-row totals
  for (const lowest_row& t : tries) {
    const std::optional<header_cut> c = cut_header(rest, value_cols, t.leaves, t.least_groups);
    if (!c || (chosen && !c->even)) continue;
    if (chosen && !uneven_fit) {
      // Only counts have spoken: a total beside the top groups sums them all
      // and spans down from there, so the even cut that puts more totals in
      // the top row (农村 女性 总计 over 产量 农村 标准差 西部) goes first.
      if (c->top_totals > cut->top_totals) {
        cut = c;
        chosen = &t;
        totals_on_top = true;
      }
      continue;
    }
    cut = c;
    chosen = &t;
    uneven_fit = t.merely_fits && !c->even;
    if (!t.merely_fits) break;
  }
  if (chosen) {
    out.cut_by_evidence = !chosen->merely_fits;
    out.why = "header: " + std::to_string(rest.size()) + " cells over " + std::to_string(value_cols) +
              " value columns, so " + std::to_string(rest.size() - value_cols) +
              " groups; lowest row of " + std::to_string(cut->leaf) + " cells (" +
              (uneven_fit      ? "the most cells that fit; no cut has equally wide groups"
               : totals_on_top ? "equally wide groups, the most totals in the top row"
                               : chosen->why) +
              "), every group over two cells or more, no total a group";
  } else if (const std::size_t stacked = rest.size() / value_cols;
             lead > 0 && value_cols >= 2 && rest.size() % value_cols == 0 && stacked <= 3) {
    // No groups fit, but the cells fill whole rows: rows of one cell per
    // column stacked ((1) (2) (3) over OLS 固定效应 工具变量), the label
    // headers beside the top one, spanning down.
    raw_row top(labels.begin(), labels.end());
    top.insert(top.end(), rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(value_cols));
    rows.push_back(std::move(top));
    for (std::size_t k = value_cols; k < rest.size(); k += value_cols)
      rows.emplace_back(rest.begin() + static_cast<std::ptrdiff_t>(k),
                        rest.begin() + static_cast<std::ptrdiff_t>(k + value_cols));
    out.why = "header: no groups fit its " + std::to_string(rest.size()) + " cells over " +
              std::to_string(value_cols) + " value columns, which they fill " + std::to_string(stacked) +
              " rows of: rows of one cell per column, one over the other";
    out.misfit = true;
    return out;
  } else {
    // No reading where every group heads two cells or more: the first guess,
    // with one group over the lowest row.
    out.misfit = true;
    const std::size_t leaves = tries.front().leaves;
    cut = header_cut{leaves, std::min(rest.size() - leaves, value_cols - leaves + tries.front().least_groups)};
    out.why = "header: no cut of its " + std::to_string(rest.size()) +
              " cells over the value columns has every group over two cells or more; lowest row of " +
              std::to_string(leaves) + " cells (" + tries.front().why + ")";
  }
  const std::size_t leaf = cut->leaf, above_leaf = cut->above_leaf;
  std::vector<raw_row> from_bottom;
  from_bottom.emplace_back(rest.end() - static_cast<std::ptrdiff_t>(leaf), rest.end());
  from_bottom.emplace_back(rest.end() - static_cast<std::ptrdiff_t>(leaf + above_leaf),
                           rest.end() - static_cast<std::ptrdiff_t>(leaf));
  raw_row top(labels.begin(), labels.end());
  top.insert(top.end(), rest.begin(), rest.end() - static_cast<std::ptrdiff_t>(leaf + above_leaf));
  if (top.size() > lead || (!top.empty() && from_bottom.back().empty())) from_bottom.push_back(std::move(top));
  else {
    // No cells above the spanning row: the label headers join it.
    from_bottom.back().insert(from_bottom.back().begin(), labels.begin(), labels.end());
  }
  for (auto it = from_bottom.rbegin(); it != from_bottom.rend(); ++it)
    if (!it->empty()) rows.push_back(std::move(*it));
  return out;
}

std::vector<raw_cell> join_broken_header_cells(const std::vector<raw_cell>& cells, std::size_t label_headers,
                                               std::size_t value_cols, table& owner) {
  const std::size_t columns = label_headers + value_cols;
  if (cells.size() <= columns + 1) return cells;
  // A header that reads as groups over cells as it stands is not broken
  // (产量 may head a column and also sit under a group).
  const std::vector<raw_cell> rest(cells.begin() + static_cast<std::ptrdiff_t>(std::min(label_headers, cells.size())),
                                   cells.end());
  for (std::size_t leaves = std::min(value_cols, rest.size()); leaves >= 2; --leaves)
    if (cut_header(rest, value_cols, leaves, 1)) return cells;
  auto occurrences = [&](std::string_view text) {
    return std::count_if(cells.begin(), cells.end(), [&](const raw_cell& c) { return c.text == text; });
  };
  // Every occurrence goes on with a word found once, different each time.
  auto fragment = [&](std::size_t i) {
    const std::string_view text = cells[i].text;
    if (text.empty() || occurrences(text) < 2) return false;
    for (std::size_t j = 0; j < cells.size(); ++j) {
      if (cells[j].text != text) continue;
      if (j + 1 == cells.size() || cells[j + 1].text.empty() || occurrences(cells[j + 1].text) != 1) return false;
    }
    return true;
  };
  std::vector<raw_cell> joined;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (fragment(i)) {
      raw_cell whole = cells[i];
      whole.text = join_cell_lines({cells[i].text, cells[i + 1].text}, owner);
      joined.push_back(whole);
      ++i;
    } else {
      joined.push_back(cells[i]);
    }
  }
  return joined.size() == columns || joined.size() == columns + 1 ? joined : cells;
}

std::vector<raw_row> header_rows_at_breaks(const std::vector<raw_cell>& header, std::size_t start,
                                           const std::vector<std::size_t>& breaks, std::uint32_t width) {
  std::vector<raw_row> rows;
  std::size_t from = 0;
  for (const std::size_t b : breaks) {
    if (b <= start) continue;
    const std::size_t to = std::min(b - start, header.size());
    if (to > from) rows.emplace_back(header.begin() + static_cast<std::ptrdiff_t>(from), header.begin() + static_cast<std::ptrdiff_t>(to));
    from = to;
  }
  if (from < header.size()) rows.emplace_back(header.begin() + static_cast<std::ptrdiff_t>(from), header.end());
  const bool fits = std::all_of(rows.begin(), rows.end(), [&](const raw_row& r) { return r.size() <= width; });
  if (rows.size() < 2 || !fits) rows.clear();
  return rows;
}

std::vector<raw_cell> take_caption_and_header(std::vector<raw_cell> labels, pending_table& p, std::size_t later,
                                              const std::vector<std::string_view>& later_sections,
                                              std::size_t width) {
  std::vector<raw_cell> sections;
  const std::string_view last = labels.empty() ? std::string_view() : labels.back().text;
  const outline_marker marker = outline_marker_of(last);
  const auto numbered_alike = [&](const run& rn) {
    return std::any_of(rn.labels.begin(), rn.labels.end(),
                       [&](const raw_cell& c) { return outline_marker_of(c.text) == marker; });
  };
  const bool numbered_as_later_labels =
      marker != outline_marker::none && later < p.runs.size() &&
      std::any_of(p.runs.begin() + static_cast<std::ptrdiff_t>(later), p.runs.end(), numbered_alike);
  const auto like_a_later_section = [&] {
    const auto alike = [&](std::string_view section) { return shared_characters(section, last) >= 0.25; };
    if (looks_like_caption(last) || std::none_of(later_sections.begin(), later_sections.end(), alike)) return false;
    const std::vector<raw_cell> header(labels.begin(), labels.end() - 1);
    return header.size() >= find_header_front(header).begin + width;
  };
  if (labels.size() >= 2 && !looks_like_prose(last) &&
      (heads_table(last, true) || numbered_as_later_labels || like_a_later_section())) {
    sections.push_back(labels.back());
    labels.pop_back();
  }
  const header_front front = find_header_front(labels);
  for (const std::optional<std::size_t>& at : {front.caption, front.heading})
    if (at && p.caption.empty()) p.caption = std::string(labels[*at].text);
  p.header.assign(labels.begin() + static_cast<std::ptrdiff_t>(front.begin), labels.end());
  if (p.header.empty() && !sections.empty()) {
    // Nothing was left for a header: the label was the caption after all.
    if (p.caption.empty()) p.caption = std::string(sections.back().text);
    sections.clear();
  }
  return sections;
}

void append_header_cells(const run& rn, bool corner, std::vector<raw_cell>& out) {
  out.insert(out.end(), rn.labels.begin(), rn.labels.end());
  for (const raw_cell& v : rn.values)
    if (corner || !is_value_like(v.text)) out.push_back(v);
}

bool fits_by_evidence(const std::vector<raw_cell>& header, std::size_t columns) {
  const header_reading fit = header_rows(header, 0, static_cast<std::uint32_t>(columns), false);
  return !fit.misfit && fit.cut_by_evidence;
}

std::vector<raw_cell> header_over(const pending_table& p, std::size_t row, std::size_t row_labels) {
  std::vector<raw_cell> cells;
  for (std::size_t i = 0; i < row; ++i) append_header_cells(p.runs[i], false, cells);
  const std::vector<raw_cell>& labels = p.runs[row].labels;
  cells.insert(cells.end(), labels.begin(), labels.end() - static_cast<std::ptrdiff_t>(row_labels));
  cells.erase(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(find_header_front(cells).begin));
  return cells;
}

}  // namespace retab::line_cells
