// Blank-line line-per-cell layout: no row markers at all. Rows are recovered
// from the shape of the data: a row is its labels followed by its values, so
// a value followed by a label starts a new row; the table width is the row
// length that recurs; labels left over in front of a row are a section row,
// a header, or (when several pile up) the caption and header of a new table.
#include "layouts/layout_tables.hpp"
#include "layouts/line_cell_words.hpp"

#include "model/cell_text.hpp"
#include "model/column_agreement.hpp"
#include "model/header_inference.hpp"
#include "model/span_inference.hpp"
#include "model/text_alikeness.hpp"
#include "model/value_kind.hpp"
#include "x3/blank_separated_cells.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace retab {
namespace {

namespace x3 = boost::spirit::x3;

struct run {
  std::vector<raw_cell> labels;
  std::vector<raw_cell> values;
};

std::vector<raw_cell> read_cells(const source_text& source, const region& r, table& t) {
  const char* first = source.text.data() + source.line_starts[r.first];
  const char* last = r.last + 1 < source.line_count() ? source.text.data() + source.line_starts[r.last + 1]
                                                      : source.text.data() + source.text.size();
  ast::line_cell_items items;
  std::vector<raw_cell> cells;
  const char* it = first;
  if (!x3::parse(it, last, grammar::blank_separated_cells(), items)) return cells;
  for (const ast::line_cell_item& item : items) {
    const std::size_t offset = static_cast<std::size_t>(item.text.begin() - source.text.data());
    const auto line = static_cast<std::uint32_t>(
        std::upper_bound(source.line_starts.begin(), source.line_starts.end(), offset) - source.line_starts.begin());
    const std::string_view text(item.text.begin(), static_cast<std::size_t>(item.text.end() - item.text.begin()));
    cells.push_back({clean_cell_text(text, t), line});
    const auto breaks = static_cast<std::size_t>(std::count(item.gap.begin(), item.gap.end(), '\n'));
    // One line break ends the cell, one blank line separates; more are empty cells.
    for (std::size_t k = 2; k < breaks; ++k) cells.push_back({std::string_view(), line + static_cast<std::uint32_t>(k)});
  }
  return cells;
}

/// A `<br>` split a cell into lines that look like cells; a parenthesised
/// note without outline numbering continues the label before it, unless
/// that label is a parenthesised note too (a row of units: （亿元） （%）),
/// and so does a line closing a bracket that the label before it left open
/// (网络申请(含 / 电子邮件)).
bool continues_label(std::string_view previous, std::string_view s) {
  const auto note = [](std::string_view t) {
    return opens_with_paren(t) && outline_marker_of(t) == outline_marker::none;
  };
  if (note(s)) return !(note(previous) && paren_balance(previous) == 0);
  return paren_balance(previous) > 0 && paren_balance(s) < 0;
}

/// A label that names the table rather than a cell of it: a caption, or,
/// before the first row, a section heading (三、...), which header cells never
/// are. A note in parentheses after it is the table's first cell, not its tail.
bool heads_table(std::string_view label, bool before_first_row) {
  return looks_like_caption(label) || (before_first_row && outline_marker_of(label) == outline_marker::han_comma);
}

/// Column numbers among header cells (变量 均值 标准差 1 2 3, a correlation
/// matrix numbering its variables): 1, 2, ... k counting up, written after
/// two labels and before a label (the first row's) that more than k values
/// follow, are header cells, not a row of values (a row of k values would be
/// followed by rows of k). Marks them as labels in `value`.
void mark_column_numbers(const std::vector<raw_cell>& cells, std::vector<bool>& value) {
  for (std::size_t i = 2; i < cells.size(); ++i) {
    if (value[i - 2] || value[i - 1] || cells[i].text != "1") continue;
    std::size_t k = 0;
    while (i + k < cells.size() && cells[i + k].text == std::to_string(k + 1)) ++k;
    if (k < 2 || i + k == cells.size() || value[i + k]) continue;
    std::size_t next_values = 0;
    for (std::size_t j = i + k + 1; j < cells.size() && value[j]; ++j) ++next_values;
    if (next_values <= k) continue;
    std::fill(value.begin() + static_cast<std::ptrdiff_t>(i), value.begin() + static_cast<std::ptrdiff_t>(i + k), false);
    i += k;
  }
}

/// Runs of labels, each followed by its values; `value[i]`: cell i is a value.
std::vector<run> split_runs(const std::vector<raw_cell>& cells, const std::vector<bool>& value, table& t) {
  std::vector<run> runs;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const raw_cell& c = cells[i];
    if (runs.empty() || (!value[i] && !runs.back().values.empty())) runs.emplace_back();
    run& r = runs.back();
    if (value[i]) {
      r.values.push_back(c);
    } else if (!r.labels.empty() && continues_label(r.labels.back().text, c.text) &&
               !heads_table(r.labels.back().text, runs.size() == 1)) {
      raw_cell& prev = r.labels.back();
      prev.text = join_cell_lines({prev.text, c.text}, t);
    } else {
      r.labels.push_back(c);
    }
  }
  return runs;
}

/// A run whose values are all empty: a sub-header row ending in an empty
/// cell, or a section row with empty cells. None of its labels is a row label.
bool heading_block(const run& r) {
  return std::all_of(r.values.begin(), r.values.end(), [](const raw_cell& c) { return c.text.empty(); });
}

/// The most common of `counts` (key: a length, value: how often); ties go to
/// the larger length.
std::size_t most_common(const std::map<std::size_t, std::size_t>& counts) {
  std::size_t best = 0, most = 0;
  for (const auto& [length, n] : counts)
    if (n >= most) { most = n; best = length; }
  return best;
}

struct pending_table {
  std::vector<raw_cell> header;
  std::string caption;
  std::vector<run> runs;
  std::vector<raw_cell> tail;  ///< labels after the last value, with nothing after them
};

/// Regression tables print each coefficient's standard error (or t value) in
/// brackets in a row of its own right under it, with an empty label; line
/// cells run the two rows together: k values, the empty label, k values. The
/// k for which every row with a value reads so (k values, or blocks of k
/// parted by one empty cell, each later block bracketed numbers standing only
/// under values of the block above), when some row has such blocks; else 0.
std::size_t continuation_block(const pending_table& p) {
  std::set<std::size_t> lengths;
  for (const run& rn : p.runs)
    if (has_value(rn.values)) lengths.insert(rn.values.size());
  const auto reads_as_blocks = [](std::size_t k, const std::vector<raw_cell>& v, bool& split) {
    if ((v.size() + 1) % (k + 1) != 0) return false;
    for (std::size_t at = k; at < v.size(); at += k + 1) {
      if (!v[at].text.empty()) return false;
      for (std::size_t j = 1; j <= k; ++j) {
        const std::string_view below = v[at + j].text, above = v[at + j - k - 1].text;
        if (!below.empty() && (!is_bracketed_number(below) || above.empty())) return false;
      }
      split = true;
    }
    return true;
  };
  for (const std::size_t k : lengths) {
    bool split = false, every_row = true;
    for (const run& rn : p.runs)
      if (has_value(rn.values)) every_row = every_row && reads_as_blocks(k, rn.values, split);
    if (every_row && split) return k;
  }
  return 0;
}

/// Parts the rows that continuation_block found run together: each later
/// block becomes a row whose label is the empty cell before it.
void split_continuation_rows(pending_table& p, std::size_t k) {
  std::vector<run> runs;
  for (run& rn : p.runs) {
    if (!has_value(rn.values) || rn.values.size() <= k) {
      runs.push_back(std::move(rn));
      continue;
    }
    const std::vector<raw_cell> values = std::move(rn.values);
    rn.values.assign(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k));
    runs.push_back(std::move(rn));
    for (std::size_t at = k; at < values.size(); at += k + 1)
      runs.push_back(run{{values[at]},
                         {values.begin() + static_cast<std::ptrdiff_t>(at + 1),
                          values.begin() + static_cast<std::ptrdiff_t>(at + 1 + k)}});
  }
  p.runs = std::move(runs);
}

/// A run that is a row: labels, then values, one a value written out.
bool labelled_row(const run& rn) { return !rn.labels.empty() && has_value(rn.values); }

/// A short word standing alone where a row label would (暂无, 否), not a
/// caption or a sentence.
bool lone_word(std::string_view text) {
  return !text.empty() && short_value_word(text) && !looks_like_caption(text) && !looks_like_prose(text);
}

/// A column of words between the numbers (否, 是 written once or twice, too
/// few to make a vocabulary) splits every row at the same place: each row
/// with values is a short row and then a run of that one word and the rest
/// of the values. The length of the rows they make together, when every row
/// with values pairs so, two pairs or more, the short rows all one length and
/// the runs after them all another; else 0.
std::size_t split_in_every_row(const pending_table& p) {
  std::vector<const run*> rows;
  for (const run& rn : p.runs)
    if (labelled_row(rn)) rows.push_back(&rn);
  if (rows.size() < 4 || rows.size() % 2 != 0) return 0;
  const std::size_t before = rows[0]->values.size(), after = rows[1]->values.size();
  if (before == after) return 0;
  for (std::size_t i = 0; i < rows.size(); i += 2) {
    const run& right = *rows[i + 1];
    if (right.labels.size() != 1 || !lone_word(right.labels.front().text)) return 0;
    if (rows[i]->values.size() != before || right.values.size() != after) return 0;
  }
  return before + 1 + after;
}

/// A short word among a row's values (暂无, 不详, a grade written once) looks
/// like the next row's label: the row stops short and the "row" it opens is
/// short too. When the two together make exactly a row of the table's
/// length, the word is a value of the row before, as is what follows it; a
/// word at the row's end, before the next row's label and a whole row of
/// values, is its last value. Rows that are short for a reason (a value
/// spanning the columns) rarely add up so. The length is `known_length` when
/// the header told it (one_row_split_length), else the one every row splits
/// into (split_in_every_row), else the most common. The words that so
/// rejoined their rows.
std::vector<std::string_view> rejoin_rows_split_by_words(pending_table& p, std::size_t known_length) {
  std::map<std::size_t, std::size_t> lengths;
  for (const run& rn : p.runs)
    if (labelled_row(rn)) ++lengths[rn.values.size()];
  std::vector<std::string_view> joined;
  if (lengths.empty()) return joined;
  std::size_t row_length = known_length > 0 ? known_length : split_in_every_row(p);
  if (row_length == 0) row_length = most_common(lengths);
  const auto short_row = [&](const run& rn) { return labelled_row(rn) && rn.values.size() < row_length; };
  std::vector<run> runs;
  for (run& rn : p.runs) {
    if (!runs.empty() && short_row(runs.back()) && !rn.labels.empty() && lone_word(rn.labels.front().text)) {
      run& row = runs.back();
      if (rn.labels.size() == 1 && !rn.values.empty() && rn.values.size() < row_length &&
          row.values.size() + 1 + rn.values.size() == row_length) {
        row.values.push_back(rn.labels.front());
        row.values.insert(row.values.end(), rn.values.begin(), rn.values.end());
        joined.push_back(rn.labels.front().text);
        continue;
      }
      if (rn.labels.size() >= 2 && row.values.size() + 1 == row_length && rn.values.size() == row_length) {
        row.values.push_back(rn.labels.front());
        joined.push_back(rn.labels.front().text);
        rn.labels.erase(rn.labels.begin());
      }
    }
    runs.push_back(std::move(rn));
  }
  p.runs = std::move(runs);
  return joined;
}

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
  const auto is_total = [](std::string_view text) { return looks_like_total(text); };
  const raw_cell* const leaf_row = cells.data() + (n - leaves);
  const auto spans_down = [&](std::string_view text) { return spans_down_to(text, leaf_row, cells.data() + n); };
  // Of the well-formed cuts, the first with the most totals in the top row:
  // a total beside the top groups sums all of them and spans down from there.
  std::optional<header_cut> best;
  std::size_t best_top_totals = 0;
  for (std::size_t lower = std::max<std::size_t>(1, least_groups); lower <= groups && 2 * lower <= leaves; ++lower) {
    const std::size_t upper = groups - lower;
    for (std::size_t top_down = 0; top_down <= (upper > 0 ? down : 0); ++top_down) {
      const std::size_t top = upper > 0 ? upper + top_down : 0;
      const std::size_t middle = n - leaves - top;
      if (middle < lower || middle - lower != down - top_down) continue;
      if (upper > 0 && middle < 2 * upper) continue;
      if (count(0, top, spans_down) > top_down || count(top, top + middle, spans_down) > down - top_down) continue;
      const std::size_t top_totals = count(0, top, is_total), middle_totals = count(top, top + middle, is_total);
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

/// Header rows from header cells written one per line. The label-column
/// header(s) open the top row. The lowest row is tried, in turn, as a
/// repeated block of sub-headers, as starting at the leaf a group header
/// names first, as the cells after the last total column, as the cells after
/// the last 其中 (a breakdown's head), and as the most
/// cells that fit; the first that cuts into a well-formed header (cut_header)
/// is taken. Of the cuts that merely fit, one whose sibling groups are
/// equally wide goes first: line cells give no group widths, so an uneven
/// cut (增长率 over 3 leaves beside 男性 over 4) is a guess that an even one
/// (增长率 spanning down beside 男性 and 实验组 over 3 each) does not need;
/// of the even ones, the most cells that fit, unless one with fewer puts
/// more totals in the top row.
/// `titled_blocks`: the body repeats the header under block titles.
struct header_reading {
  std::vector<raw_row> rows;
  std::string why;  ///< how the cells were cut into rows, for --explain
  /// No cut made every group head two cells or more: the rows are a guess
  /// (stacked rows of one cell per column where the cells fill whole rows).
  bool misfit = false;
  /// The lowest row was found by more than the count of cells: a repeated
  /// block of sub-headers, a leaf a group names, a total or 其中 before it.
  bool cut_by_evidence = false;
};

header_reading header_rows(const std::vector<raw_cell>& cells, std::uint32_t label_headers, std::uint32_t value_cols,
                           bool titled_blocks) {
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
         !looks_like_total(rest[rest.size() - 1 - after_total].text))
    ++after_total;
  const bool total_found = after_total < rest.size() && looks_like_total(rest[rest.size() - 1 - after_total].text);
  if (after_total > 0 && total_found) tries.push_back({after_total, 1, "the cells after the last total"});
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

/// Header cells that a `<br>` split into two lines, joined again, when the
/// header cannot read as groups over cells as it stands and joining makes it
/// one cell per column (a title row may add one): a fragment that comes back
/// before a different word each time (本年新 制作数量, 本年新 公开数量) is
/// the first line of each cell.
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

/// The header cut at the ends of the runs it came from, when every run
/// ended in empty cells; empty when that gives fewer than two rows or a row
/// wider than the table.
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

/// Where the header begins among the labels in front of a table's first
/// row: after the last caption, sentence or unit note (单位：万元), which
/// stand above it, and after a section heading opening it (二、业务办理情况
/// 统计 names the table: header cells are not numbered as sections).
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
  if (labels.size() >= f.begin + 2 && heads_table(labels[f.begin].text, true)) f.heading = f.begin++;
  return f;
}

/// Splits labels found in front of a table into its caption and header; a
/// caption-like or section-numbered label right before the first row, with
/// labels before it, is that row's section heading (一、主动公开情况,
/// 一、机关团体: header cells are not numbered as sections) and is returned.
/// A label numbered (一) or 1. is one when a label of a later run (from
/// `later` on) is numbered alike ((二)企业): a header may number its cells.
/// An unnumbered one is one when it reads like a later section row (城镇样本
/// like 农村样本: a quarter of their characters shared) and the header
/// without it still has a cell for each of the table's `width` columns.
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

/// Appends the header cells a run in front of a table's first row holds:
/// its labels, and its values that are text; with `corner`, every value
/// (the empty cells of a corner after a caption on its own).
void append_header_cells(const run& rn, bool corner, std::vector<raw_cell>& out) {
  out.insert(out.end(), rn.labels.begin(), rn.labels.end());
  for (const raw_cell& v : rn.values)
    if (corner || !is_value_like(v.text)) out.push_back(v);
}

/// Whether header cells fit `columns` value columns (no label column) by
/// more than their count: a repeated block of sub-headers, a leaf a group
/// names, a total or 其中 before the lowest row.
bool fits_by_evidence(const std::vector<raw_cell>& header, std::size_t columns) {
  const header_reading fit = header_rows(header, 0, static_cast<std::uint32_t>(columns), false);
  return !fit.misfit && fit.cut_by_evidence;
}

/// The header cells over run `row`, a table's first row with values: what
/// the runs before it hold (append_header_cells; a corner's empty cells are
/// not counted, collect_header keeps them) and its own labels but the last
/// `row_labels` (the row's), from where the header starts (find_header_front).
std::vector<raw_cell> header_over(const pending_table& p, std::size_t row, std::size_t row_labels = 0) {
  std::vector<raw_cell> cells;
  for (std::size_t i = 0; i < row; ++i) append_header_cells(p.runs[i], false, cells);
  const std::vector<raw_cell>& labels = p.runs[row].labels;
  cells.insert(cells.end(), labels.begin(), labels.end() - static_cast<std::ptrdiff_t>(row_labels));
  cells.erase(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(find_header_front(cells).begin));
  return cells;
}

/// How many of the table's runs hold a value written out.
std::size_t runs_with_values(const pending_table& p) {
  return static_cast<std::size_t>(
      std::count_if(p.runs.begin(), p.runs.end(), [](const run& rn) { return has_value(rn.values); }));
}

/// One row of values under a header, split by a short word among them
/// (结果维持 ... 否 ...): the table's last two runs are its only runs with
/// values (the runs before them hold header rows that end in empty cells),
/// the second opened by that word alone, of unlike lengths, and the header
/// cells over the first fit the whole row (no label column) by more than
/// their count (fits_by_evidence). The length of that row; else 0.
std::size_t one_row_split_length(const pending_table& p) {
  const std::size_t n = p.runs.size();
  if (n < 2 || runs_with_values(p) != 2 || !has_value(p.runs[n - 2].values) || !has_value(p.runs[n - 1].values))
    return 0;
  const run& first = p.runs[n - 2];
  const run& second = p.runs[n - 1];
  if (second.labels.size() != 1 || !lone_word(second.labels[0].text) || first.values.size() == second.values.size())
    return 0;
  const std::size_t whole = first.values.size() + 1 + second.values.size();
  return fits_by_evidence(header_over(p, n - 2), whole) ? whole : 0;
}

/// One row of values under a header, with a short word at its edge: first
/// (低 5 5 1 18 ...), where it reads as the last header cell, or last (... 0
/// 未达标, then prose), where it reads as text after the table. The word is
/// a value of the row when the row is the table's only run with values and
/// the header cells over it fit the row with the word by evidence
/// (fits_by_evidence) and the row without it by no more than their count.
/// Moves the word into the values; the word, or nothing.
std::optional<std::string_view> word_at_edge_of_one_row(pending_table& p) {
  if (p.runs.empty() || runs_with_values(p) != 1) return std::nullopt;
  run& row = p.runs.back();
  if (row.values.size() < 3 || !has_value(row.values)) return std::nullopt;
  const std::vector<raw_cell> over_row = header_over(p, p.runs.size() - 1);
  const std::size_t values = row.values.size();
  if (p.tail.size() == 1 && lone_word(p.tail[0].text)) {
    if (!fits_by_evidence(over_row, values + 1) || fits_by_evidence(over_row, values)) return std::nullopt;
    row.values.push_back(p.tail[0]);
    p.tail.clear();
    return row.values.back().text;
  }
  if (over_row.size() < 2 || row.labels.empty() || !lone_word(over_row.back().text)) return std::nullopt;
  const std::vector<raw_cell> without_word(over_row.begin(), over_row.end() - 1);
  if (!fits_by_evidence(without_word, values + 1) || fits_by_evidence(over_row, values)) return std::nullopt;
  row.values.insert(row.values.begin(), row.labels.back());
  row.labels.pop_back();
  return row.values.front().text;
}

/// How many of a run's trailing labels belong to its row: the last label,
/// the labels above it in the outline (三、 before (一) before 1.), and a unit.
std::size_t row_label_count(const run& r, const outline_levels& levels) {
  const std::size_t n = r.labels.size();
  if (n == 0) return 0;
  std::size_t k = 1;
  if (n >= 2 && looks_like_unit(r.labels[n - 1].text) && !looks_like_unit(r.labels[n - 2].text)) k = 2;
  while (k < n) {
    const int inner = levels.level(outline_marker_of(r.labels[n - k].text));
    const int outer = levels.level(outline_marker_of(r.labels[n - k - 1].text));
    if (inner < 0 || outer < 0 || outer >= inner) break;
    ++k;
  }
  return k;
}

/// Places rows into a finished table. Text that the scratch table owns
/// (joined or collapsed cells) moves into it; views into the source stay.
table build_table(std::vector<raw_row> rows, std::uint32_t width, const std::string& caption,
                  const source_text& source, const std::vector<classified_line>& lines) {
  table t;
  t.source_layout = layout::line_cell;
  const char* const begin = source.text.data();
  const char* const end = begin + source.text.size();
  for (raw_row& row : rows)
    for (raw_cell& c : row)
      if (!c.text.empty() && (c.text.data() < begin || c.text.data() >= end)) c.text = t.keep(std::string(c.text));
  std::uint32_t first_line = UINT32_MAX, last_line = 0;
  for (const raw_row& row : rows)
    for (const raw_cell& c : row) {
      if (!c.text.empty()) first_line = std::min(first_line, c.line);
      last_line = std::max(last_line, c.line);
    }
  t.first_line = first_line;
  t.last_line = last_line;
  const table_heading heading = heading_above(lines, first_line - 1);
  t.caption = caption.empty() ? std::string(heading.caption) : caption;
  t.unit_note = std::string(heading.unit_note);
  cell_rows in;
  in.rows = std::move(rows);
  in.width = width;
  place_html_rows(in, t);
  return t;
}

struct uniform_reading {
  std::vector<raw_row> rows;  ///< header rows, then body rows
  std::uint32_t width = 0;
  double agreement = -1;
  std::size_t header_rows = 0;  ///< of `rows`
};

/// The plain reading of a table without merged cells in its body: a header
/// (laid out like any line-cell header), then whole rows of one width that
/// start at or just before the first number, or right after a one-row header
/// that holds it. A width needs whole rows and a header that fits it; the
/// width whose columns agree best wins.
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

/// A table's cells as a one-row header of n cells over whole rows of n,
/// the header row first: two rows or more, each holding a value, and in
/// every column the cells below the header all labels or all values (a row
/// cut out of place puts a label under values somewhere). n cannot pass the
/// first value; the widest n that gives such rows is taken. Empty when none does.
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

/// A table of words only (codes and what they do): without numbers there is
/// no labels-then-values evidence, so after its caption it is read as a plain
/// grid, whole rows under a header row. The width must be clear: the header
/// row is one run of labels written side by side twice or more (指令 作用
/// 指令 作用, a long list folded into columns) and the rows below do not
/// repeat it. Cells left after the last whole row (a note) are not the
/// table's. Empty when no width is clear.
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

struct cornered_table {
  cell_rows grid;  ///< the top row, then the rows below it
  std::string_view caption;
};

/// Tables of words that open with an empty corner cell, cross tables such as
/// 春季 | corner | 北方地区 | 南方地区 over rows 留鸟 | … | …. Among words the
/// corner is a lone empty cell. The label just before it spans down beside
/// the rows, unless it reads as a caption: then the corner opens the table.
/// Each row below names its row and then has one cell per header label after
/// the corner, so only the number of those labels is unknown; it is the one
/// whose columns hold the most alike texts. A table ends where the label
/// before the next corner begins. Cells between tables can only be a
/// caption, one line; after the last, a note shorter than a row. Any other
/// cell left over means the corners were empty cells of some other table,
/// and nothing is read.
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

/// What the runs of a table say about its rows, before they are laid out.
struct row_shape {
  std::vector<bool> numeric;      ///< run i holds a value
  std::vector<std::size_t> keep;  ///< how many of run i's trailing labels belong to its row
  std::size_t value_runs = 0;
  std::size_t widest_values = 0;
  std::size_t label_cols = 0;  ///< a table of pure values has none
  std::size_t value_cols = 1;
  bool nested = false;  ///< row labels side by side at different outline levels
  bool spanning_labels = false;  ///< group labels span down beside their rows (mark_spanning_label_columns)
  /// Every row with a value ends in an empty cell: the page carried an empty
  /// column after the table's last, and its header's lowest row has an empty
  /// cell there too (the cells above it cover nothing so far out).
  bool padding_column = false;
  /// Every row with a value ends in an empty cell (an empty last column).
  bool rows_end_empty = false;
};

/// Whether the run holding a table's first row has the header's cells right
/// before an empty cell, with no row label between: in a padded table that
/// cell is the header's cell in the padding column, not a value.
bool empty_cell_after_header(const run& rn, std::size_t keep) {
  return keep == 0 && !rn.labels.empty() && !rn.values.empty() && rn.values.front().text.empty();
}

/// Row groups: when the row labels repeat from group to group (正面, 负面,
/// 正面, 负面) and each group's first row has one more label before its own,
/// that label names the group and spans down a label column of its own; it is
/// not a section row, nor, in the table's first row, a header cell.
void mark_row_groups(const pending_table& p, std::size_t first_value_run, row_shape& s) {
  auto opens_group = [&](std::size_t i) {
    const run& rn = p.runs[i];
    const std::size_t n = rn.labels.size();
    if (!s.numeric[i] || s.keep[i] != 1 || n < 2 || (n > 2 && i != first_value_run)) return false;
    const std::string_view group = rn.labels[n - 2].text;
    return outline_marker_of(group) == outline_marker::none && !looks_like_caption(group) && !looks_like_prose(group);
  };
  std::map<std::string_view, std::size_t> groups_opened;  // row label -> groups whose first row it is
  std::size_t plain_rows = 0, other_rows = 0;             // other value rows with one label, with more
  for (std::size_t i = 0; i < p.runs.size(); ++i) {
    if (opens_group(i)) ++groups_opened[p.runs[i].labels.back().text];
    else if (s.numeric[i]) ++(p.runs[i].labels.size() == 1 ? plain_rows : other_rows);
  }
  if (plain_rows <= other_rows) return;
  for (std::size_t i = 0; i < p.runs.size(); ++i)
    if (opens_group(i) && groups_opened[p.runs[i].labels.back().text] >= 2) {
      s.keep[i] = 2;
      s.label_cols = std::max<std::size_t>(s.label_cols, 2);
    }
}

/// Every row after the first carrying the same k >= 2 labels, not all kept
/// already by their outline: all k are its labels, side by side. A section
/// heads several rows, not each row on its own. Some rows may carry one label
/// more, in front: a section row over the rows from there (东部地区, then 年龄
/// and its description), or a group's label spanning down a column of its own
/// when the header has a cell for it (mark_spanning_label_columns). (The first
/// row's run also carries the header.) Unless rows end in words: then each run
/// holds one row's last words and the next row's labels, and the table ends
/// in words, not in a value.
void mark_same_labels(const pending_table& p, std::size_t first_value_run, row_shape& s) {
  if (!p.tail.empty() || p.runs.empty() || !s.numeric.back()) return;
  // `row_labels`: the fewest labels a row after the first carries, which
  // every row has side by side; a row may carry one more in front.
  std::size_t row_labels = 0, most_labels = 0, rows_after_first = 0;
  for (std::size_t i = first_value_run + 1; i < p.runs.size(); ++i) {
    if (!s.numeric[i]) continue;
    const std::size_t n = p.runs[i].labels.size();
    if (s.keep[i] >= n) return;
    row_labels = row_labels == 0 ? n : std::min(row_labels, n);
    most_labels = std::max(most_labels, n);
    ++rows_after_first;
  }
  if (row_labels < 2 || most_labels > row_labels + 1 || rows_after_first < 2) return;
  for (std::size_t i = first_value_run; i < p.runs.size(); ++i)
    if (s.numeric[i] && p.runs[i].labels.size() >= row_labels) s.keep[i] = row_labels;
  s.label_cols = std::max(s.label_cols, row_labels);
}

/// Label columns whose cells span down (变量类型 beside 变量名称; 东部 beside
/// 北京, then 上海 alone): rows after the first carry up to k labels, a
/// group's first row all k and the rows under it fewer, their leading
/// columns covered from above. Taken when the labels in front of the first
/// row then leave a header of a cell for each column (地区 | 省份 | 样本量 |
/// 占比), or more that cut well over the value columns; read with fewer
/// label columns, the first group's label would be left in the header. A
/// group label opens one group (a text written again is a repeated header
/// or row label) and is no outline heading, caption or sentence.
void mark_spanning_label_columns(const pending_table& p, std::size_t first_value_run, row_shape& s) {
  if (s.nested || !p.tail.empty() || first_value_run >= p.runs.size()) return;
  std::map<std::string_view, std::size_t> written;
  for (std::size_t i = first_value_run; i < p.runs.size(); ++i)
    for (const raw_cell& c : p.runs[i].labels) ++written[c.text];
  const auto opens_group = [&](const raw_cell& c) {
    return written[c.text] == 1 && outline_marker_of(c.text) == outline_marker::none && !looks_like_caption(c.text) &&
           !looks_like_prose(c.text);
  };
  std::size_t most = 0;
  for (std::size_t i = first_value_run + 1; i < p.runs.size(); ++i) {
    const std::vector<raw_cell>& labels = p.runs[i].labels;
    // A row may have all its values empty (南区 自来水 口径, then two empty
    // cells): its labels count as any row's.
    if (labels.empty() || !std::all_of(labels.begin(), labels.end() - 1, opens_group)) return;
    most = std::max(most, labels.size());
  }
  const run& first = p.runs[first_value_run];
  if (most < 2 || most <= s.label_cols || first.labels.size() < most) return;
  const std::vector<raw_cell> header = header_over(p, first_value_run, most);
  const std::size_t columns = most + s.value_cols;
  if (header.size() < columns ||
      (header.size() > columns && header_rows(header, static_cast<std::uint32_t>(most),
                                              static_cast<std::uint32_t>(s.value_cols), false)
                                      .misfit))
    return;
  s.keep[first_value_run] = most;
  for (std::size_t i = first_value_run + 1; i < p.runs.size(); ++i) s.keep[i] = p.runs[i].labels.size();
  s.label_cols = most;
  s.spanning_labels = true;
}

row_shape measure_rows(const pending_table& p) {
  row_shape s;
  outline_levels levels;
  for (const run& rn : p.runs)
    for (const raw_cell& c : rn.labels) levels.see(outline_marker_of(c.text));
  s.numeric.resize(p.runs.size());
  for (std::size_t i = 0; i < p.runs.size(); ++i) {
    s.numeric[i] = has_value(p.runs[i].values);
    if (!s.numeric[i]) continue;
    ++s.value_runs;
    s.widest_values = std::max(s.widest_values, p.runs[i].values.size());
  }
  std::map<std::size_t, std::size_t> value_counts;
  s.keep.resize(p.runs.size());
  for (std::size_t i = 0; i < p.runs.size(); ++i) {
    const run& rn = p.runs[i];
    // A run whose values are all empty is a heading block (a sub-header row
    // ending in an empty cell, a section row with empty cells): none of its
    // labels is a row label, and it says nothing of the table's width.
    // Except at the end of the table, where nothing is below to head: there
    // its last label is a row whose values are empty.
    const bool heading = heading_block(rn);
    const bool last_row = i + 1 == p.runs.size() && rn.labels.size() >= 2 && s.value_runs > 0;
    std::size_t& keep = s.keep[i];
    keep = row_label_count(rn, levels);
    if (i > 0 && heading && !last_row) keep = 0;
    // A table of one row under a header: every label is header.
    if (s.value_runs == 1 && ((s.numeric[i] && rn.values.size() >= 3) || heading)) keep = 0;
    if (i == 0 && rn.labels.size() >= 2 && looks_like_unit(rn.labels.back().text)) keep = 2;
    std::size_t depth = keep;
    // Labels side by side at different outline levels (三、 (一)), a unit aside.
    const std::size_t outline_kept = keep - (keep >= 1 && looks_like_unit(rn.labels.back().text) ? 1 : 0);
    if (outline_kept >= 2) {
      s.nested = true;
      const int level = levels.level(outline_marker_of(rn.labels[rn.labels.size() - keep].text));
      if (level > 0) depth += static_cast<std::size_t>(level);
    }
    s.label_cols = std::max(s.label_cols, depth);
  }
  const std::size_t first_value_run =
      static_cast<std::size_t>(std::find(s.numeric.begin(), s.numeric.end(), true) - s.numeric.begin());
  mark_same_labels(p, first_value_run, s);
  // A padding column: every row with a value ends in an empty cell, and so
  // does the header (an empty cell right after its cells). An empty last
  // column of the table proper has a header cell instead.
  s.rows_end_empty = s.value_runs > 0;
  for (std::size_t i = 0; i < p.runs.size() && s.rows_end_empty; ++i)
    if (s.numeric[i]) s.rows_end_empty = p.runs[i].values.back().text.empty();
  if (s.rows_end_empty) {
    const run& first = p.runs[first_value_run];
    const bool header_in_run = empty_cell_after_header(first, s.keep[first_value_run]);
    // Or the header's last run ends in empty cells, when the first row's run
    // carries no header cells of its own.
    const bool header_run_before = first_value_run > 0 && s.keep[first_value_run] == first.labels.size() &&
                                   !p.runs[first_value_run - 1].values.empty() &&
                                   heading_block(p.runs[first_value_run - 1]);
    s.padding_column = header_in_run || header_run_before;
  }
  // With a unit column (条, 件 after the label), a row without a unit writes
  // a placeholder there instead (一、主动公开情况 — —): that value sits in the
  // unit column, not in a value column of its own.
  const bool unit_column = std::any_of(p.runs.begin(), p.runs.end(), [](const run& rn) {
    return rn.labels.size() >= 2 && looks_like_unit(rn.labels.back().text);
  });
  for (std::size_t i = 0; i < p.runs.size(); ++i) {
    const run& rn = p.runs[i];
    if (rn.labels.empty() || (heading_block(rn) && s.value_runs > 0)) continue;
    const bool unit_placeholder = unit_column && !looks_like_unit(rn.labels.back().text) && !rn.values.empty() &&
                                  !rn.values[0].text.empty() && !is_numeric(rn.values[0].text) &&
                                  !is_quantity(rn.values[0].text);
    const bool header_cell = i == first_value_run && s.padding_column && empty_cell_after_header(rn, s.keep[i]);
    ++value_counts[rn.values.size() - (unit_placeholder ? 1 : 0) - (header_cell ? 1 : 0)];
  }
  mark_row_groups(p, first_value_run, s);
  // The widest row length that recurs: shorter rows are rows whose last
  // value spans (本年处理决定数量 over three columns).
  s.value_cols = most_common(value_counts);
  for (const auto& [length, n] : value_counts)
    if (n >= 2 && length > s.value_cols) s.value_cols = length;
  s.value_cols = std::max<std::size_t>(1, s.value_cols);
  mark_spanning_label_columns(p, first_value_run, s);
  return s;
}

/// The header material in front of a table's first row: the labels (and
/// text values) of the runs before it, even when a header row carried empty
/// cells that made it look like a row; and where those runs ended, when they
/// end header rows.
struct header_material {
  std::size_t first_row = 0;        ///< the run that holds the table's first row
  std::vector<raw_cell> cells;
  std::vector<std::size_t> breaks;  ///< ends of header rows in `cells`; empty when unknown
};

header_material collect_header(const pending_table& p, const row_shape& s) {
  header_material h;
  // A label followed by an empty cell for every value column is a row of its own.
  auto empty_row = [&](const run& rn) {
    return rn.labels.size() >= 2 && heading_block(rn) && rn.values.size() == s.value_cols;
  };
  while (h.first_row < p.runs.size() && !s.numeric[h.first_row] && !empty_row(p.runs[h.first_row])) ++h.first_row;
  // When every body row ends in an empty cell (an empty last column), the
  // header runs that end in empty cells end header rows.
  bool rows_end_empty = h.first_row >= 2 && s.rows_end_empty;
  for (std::size_t i = 0; i < h.first_row; ++i) {
    const run& rn = p.runs[i];
    // Empty cells right after a caption on its own open the header: its
    // empty corner.
    append_header_cells(rn, rn.labels.size() == 1 && looks_like_caption(rn.labels[0].text) && heading_block(rn),
                        h.cells);
    rows_end_empty = rows_end_empty && !rn.values.empty() && heading_block(rn);
    h.breaks.push_back(h.cells.size());
  }
  if (!rows_end_empty) h.breaks.clear();
  return h;
}

/// Labels in front of a later row: section rows and repeated sub-headers,
/// a new row starting where a header text comes again or a row is full.
void add_label_rows(const std::vector<raw_cell>& labels, const std::vector<std::string_view>& header_texts,
                    std::size_t width, std::vector<raw_row>& rows) {
  raw_row group;
  for (const raw_cell& c : labels) {
    const bool repeats_header = std::find(header_texts.begin(), header_texts.end(), c.text) != header_texts.end();
    if ((repeats_header && !group.empty()) || group.size() == width) {
      rows.push_back(std::move(group));
      group.clear();
    }
    group.push_back(c);
  }
  if (!group.empty()) rows.push_back(std::move(group));
}

/// Whether a row without values in the body repeats a header cell: the
/// table is made of blocks, each repeating the header under a title.
bool repeats_header_in_blocks(const std::vector<raw_row>& body, const std::vector<raw_cell>& header) {
  auto in_header = [&](const raw_cell& c) {
    return !c.text.empty() &&
           std::any_of(header.begin(), header.end(), [&](const raw_cell& h) { return h.text == c.text; });
  };
  return std::any_of(body.begin(), body.end(), [&](const raw_row& row) {
    return !has_value(row) && std::any_of(row.begin(), row.end(), in_header);
  });
}

/// A table's body in reading order (pass 2), from the run holding its first
/// row on; the labels in front of that row give the caption and header,
/// taken into `p`.
struct body_reading {
  std::vector<raw_row> rows;
  std::size_t header_start = 0;  ///< where the header begins in the header material's cells
};

body_reading read_body(pending_table& p, const row_shape& shape, const header_material& front, std::size_t width) {
  body_reading out;
  std::vector<raw_row>& body = out.rows;
  std::vector<std::string_view> header_texts;
  const std::size_t first = front.first_row;
  for (std::size_t i = std::min(first, p.runs.size()); i < p.runs.size(); ++i) {
    const run& rn = p.runs[i];
    const std::size_t keep = shape.keep[i];
    std::vector<raw_cell> extra(rn.labels.begin(), rn.labels.end() - static_cast<std::ptrdiff_t>(keep));
    if (i == first) {
      extra.insert(extra.begin(), front.cells.begin(), front.cells.end());
      const std::size_t labels_in_front = extra.size();
      // The section rows further down: labels in front of a row's own.
      std::vector<std::string_view> later_sections;
      for (std::size_t j = first + 1; j < p.runs.size(); ++j)
        if (shape.numeric[j])
          for (std::size_t k = 0; k + shape.keep[j] < p.runs[j].labels.size(); ++k)
            later_sections.push_back(p.runs[j].labels[k].text);
      for (const raw_cell& c : take_caption_and_header(std::move(extra), p, first + 1, later_sections, width))
        body.push_back(raw_row{c});
      out.header_start = labels_in_front - p.header.size() - body.size();  // sections come off the end
      for (const raw_cell& c : p.header) header_texts.push_back(c.text);
    } else if (!extra.empty()) {
      add_label_rows(extra, header_texts, width, body);
    }
    if (rn.labels.empty() && rn.values.size() > width) {
      for (std::size_t k = 0; k < rn.values.size(); k += width)
        body.emplace_back(rn.values.begin() + static_cast<std::ptrdiff_t>(k),
                          rn.values.begin() + static_cast<std::ptrdiff_t>(std::min(k + width, rn.values.size())));
      continue;
    }
    if (keep == 0 && !rn.labels.empty() && !body.empty() && i != first) {
      // The empty cells of a heading block end its last row.
      body.back().insert(body.back().end(), rn.values.begin(), rn.values.end());
      continue;
    }
    raw_row row(rn.labels.end() - static_cast<std::ptrdiff_t>(keep), rn.labels.end());
    auto values_from = rn.values.begin();
    // The empty cell that ends the last header row, not a value.
    if (i == first && shape.numeric[i] && shape.padding_column && empty_cell_after_header(rn, keep)) ++values_from;
    row.insert(row.end(), values_from, rn.values.end());
    // Under label columns spanning down, a row carrying fewer labels sits
    // under the group label above it; values place the other rows so, and a
    // row whose values are all empty needs its covered cells written.
    if (shape.spanning_labels && !shape.numeric[i] && keep < shape.label_cols && row.size() < width)
      row.insert(row.begin(), std::min(shape.label_cols - keep, width - row.size()), raw_cell{});
    body.push_back(std::move(row));
  }
  return out;
}

/// The words of `words` found among a table's values, for --explain.
std::string words_among_values(const pending_table& p, const std::vector<std::string_view>& words,
                               std::string_view lead = "; words among the values, not labels: ") {
  std::vector<std::string_view> found;
  for (const run& rn : p.runs)
    for (const raw_cell& c : rn.values)
      if (std::find(words.begin(), words.end(), c.text) != words.end() &&
          std::find(found.begin(), found.end(), c.text) == found.end())
        found.push_back(c.text);
  std::string out;
  for (const std::string_view w : found)
    out.append(out.empty() ? lead : ", ").append(w);
  return out;
}

/// The tables of a region without a number or placeholder anywhere, where no
/// row reads as labels then values: a captioned grid whose header row
/// repeats one run of labels, else tables under empty corners.
std::vector<table> tables_of_words(const std::vector<raw_cell>& cells, const source_text& source,
                                   const std::vector<classified_line>& lines) {
  std::vector<table> out;
  if (cells.size() > 1 && looks_like_caption(cells[0].text)) {
    uniform_reading words = read_text_grid(std::vector<raw_cell>(cells.begin() + 1, cells.end()));
    if (words.width > 0) {
      table t = build_table(std::move(words.rows), words.width, std::string(cells[0].text), source, lines);
      t.evidence.insert(t.evidence.begin(), "line cells without numbers: read as a plain grid " +
                                                std::to_string(words.width) +
                                                " wide under its caption; the header row repeats one run of labels");
      out.push_back(std::move(t));
      return out;
    }
  }
  for (cornered_table& words : read_cornered_words(cells)) {
    const std::uint32_t width = words.grid.width;
    table t = build_table(std::move(words.grid.rows), width, std::string(words.caption), source, lines);
    t.caption = std::string(words.caption);  // the line above is the table before, not a caption
    t.evidence.insert(t.evidence.begin(), "line cells without numbers: a table of words under an empty corner, " +
                                              std::to_string(width) +
                                              " wide (the header labels whose columns below hold the most alike texts)");
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::vector<table> line_cell_tables(const source_text& source, const std::vector<classified_line>& lines,
                                    const region& r) {
  std::vector<table> out;
  table scratch;
  const std::vector<raw_cell> cells = read_cells(source, r, scratch);
  if (!has_value(cells)) return tables_of_words(cells, source, lines);
  std::vector<bool> value(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) value[i] = is_value_like(cells[i].text);
  mark_column_numbers(cells, value);
  const std::vector<std::string_view> value_words = words_standing_as_values(cells, value);
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (!value[i]) value[i] = std::find(value_words.begin(), value_words.end(), cells[i].text) != value_words.end();
  const std::vector<run> runs = split_runs(cells, value, scratch);

  // Pass 1: cut the stream into tables. A table starts at the first run with
  // values and ends at labels with nothing after them; a caption among the
  // labels in front of a row starts a new table.
  std::vector<pending_table> tables;
  bool open = false;
  std::vector<std::string_view> seen;  // label texts of the current table
  bool body_seen = false;              // the current table has a row with a value
  for (const run& rn : runs) {
    if (rn.values.empty()) {
      // Labels right after a value, with nothing after them, may end the
      // table's last row (rows that end in words); not after a row of empty
      // cells, which ended the rows. A caption, a section heading (三、存在的
      // 问题) or a sentence starts the text after the table.
      const auto names_other = [](const raw_cell& c) { return heads_table(c.text, true) || looks_like_prose(c.text); };
      if (open && has_value(tables.back().runs.back().values))
        tables.back().tail.assign(rn.labels.begin(), std::find_if(rn.labels.begin(), rn.labels.end(), names_other));
      open = false;
      continue;
    }
    // A caption starts a table only with a header after it: a section row
    // such as 二、依申请公开情况 is followed by just its first row's label.
    // In a heading block (all values empty) no label is a row label, so one
    // label after the caption is enough.
    const std::size_t after_caption = heading_block(rn) ? 1 : 3;
    bool caption_inside = false;
    for (std::size_t i = 0; i + after_caption < rn.labels.size(); ++i)
      if (looks_like_caption(rn.labels[i].text) || looks_like_prose(rn.labels[i].text)) caption_inside = true;
    // Without a caption: a long block of labels that repeats nothing of the
    // current table is a new header (a repeated sub-header such as 信息内容
    // stays in its table).
    bool new_header = false;
    if (open && body_seen && rn.labels.size() >= 5) {
      new_header = std::none_of(rn.labels.begin(), rn.labels.end() - 1, [&](const raw_cell& c) {
        return std::find(seen.begin(), seen.end(), c.text) != seen.end();
      });
    }
    if (!open || caption_inside || new_header) {
      tables.emplace_back();
      seen.clear();
      body_seen = false;
      open = true;
    }
    body_seen = body_seen || has_value(rn.values);
    for (const raw_cell& c : rn.labels) seen.push_back(c.text);
    tables.back().runs.push_back(rn);
  }

  for (pending_table& p : tables) {
    const std::size_t continued = continuation_block(p);
    if (continued > 0) split_continuation_rows(p, continued);
    // After the continuation rows are parted, so that rows have their length.
    const std::vector<std::string_view> rejoined = rejoin_rows_split_by_words(p, one_row_split_length(p));
    std::vector<std::string_view> edge_word;
    if (const auto word = word_at_edge_of_one_row(p)) edge_word.push_back(*word);
    const row_shape shape = measure_rows(p);
    const std::size_t label_cols = shape.label_cols, value_cols = shape.value_cols;
    const auto width = static_cast<std::uint32_t>(label_cols + value_cols);

    const header_material front = collect_header(p, shape);
    const std::size_t first_numeric = front.first_row;
    const body_reading reading = read_body(p, shape, front, width);
    const std::vector<raw_row>& body = reading.rows;
    const auto numeric_rows = static_cast<std::size_t>(std::count_if(body.begin(), body.end(), has_value));
    // Evidence: two rows with numbers, or one row of three or more values
    // under a header.
    const bool one_row_under_header = numeric_rows == 1 && p.header.size() >= 2 && shape.widest_values >= 3;
    if (numeric_rows < 2 && !one_row_under_header) continue;

    // Nested label columns share one header cell (the stub); label and unit
    // columns have one each.
    const auto label_headers = static_cast<std::uint32_t>(shape.nested ? 1 : label_cols);
    header_reading header{header_rows_at_breaks(p.header, reading.header_start, front.breaks, width),
                          "header: cut into rows where the empty cells that end its rows fall"};
    // The header names the columns before a padding column, not that one.
    const std::size_t named_cols = value_cols - (shape.padding_column && value_cols > 1 ? 1 : 0);
    if (header.rows.empty())
      header = header_rows(join_broken_header_cells(p.header, label_headers, named_cols, scratch), label_headers,
                           static_cast<std::uint32_t>(named_cols), repeats_header_in_blocks(body, p.header));
    std::vector<raw_row>& rows = header.rows;
    // A header that no cut fits and that is wider than the rows cannot head
    // them: those rows are no reading of the table (words taken for labels).
    const bool header_overflows = header.misfit && std::any_of(rows.begin(), rows.end(), [&](const raw_row& row) {
      return row.size() > width;
    });
    // A header row whose empty cells after it fill the table's width has a
    // cell for every column: keep them, so that it is laid out one per column.
    if (rows.size() == 1 && first_numeric > 0 && heading_block(p.runs[first_numeric - 1])) {
      const std::vector<raw_cell>& empties = p.runs[first_numeric - 1].values;
      if (!empties.empty() && rows[0].size() + empties.size() == width)
        rows[0].insert(rows[0].end(), empties.begin(), empties.end());
    }
    rows.insert(rows.end(), body.begin(), body.end());
    std::vector<raw_cell> flat;
    for (const raw_row& row : rows) flat.insert(flat.end(), row.begin(), row.end());
    // Words after the last value may end the rows (see pending_table::tail).
    std::vector<raw_cell> with_tail;
    if (!p.tail.empty()) {
      with_tail = flat;
      with_tail.insert(with_tail.end(), p.tail.begin(), p.tail.end());
    }
    const std::vector<raw_cell>& every_cell = p.tail.empty() ? flat : with_tail;
    // When the labels-then-values reading cannot be right (one long run of
    // values, a header that no cut fits over its columns, or labels left after
    // the last value: rows that end in words), a one-row header over whole
    // rows of its width may be. Two or three rows are too few for columns to
    // agree clearly, so the header's count decides.
    const bool one_long_run = label_cols == 0 && numeric_rows == 1 && body.size() == 1;
    if (one_long_run || header.misfit || !p.tail.empty()) {
      if (std::vector<raw_row> grid = rows_under_one_header_row(every_cell); !grid.empty()) {
        const auto n = static_cast<std::uint32_t>(grid.front().size());
        const std::size_t body_rows = grid.size() - 1;
        table t = build_table(std::move(grid), n, p.caption, source, lines);
        t.evidence.insert(t.evidence.begin(),
                          "line cells: a header of " + std::to_string(n) + " cells over " + std::to_string(body_rows) +
                              " whole rows of " + std::to_string(n) + ", every column labels or values only (" +
                              (one_long_run ? "one run of values with no label"
                               : header.misfit ? "no header cut fits the labels-then-values rows"
                                               : "words after the last value end the rows") +
                              ")");
        out.push_back(std::move(t));
        continue;
      }
    }
    table t = build_table(std::move(rows), width, p.caption, source, lines);
    if (!header.why.empty()) t.evidence.insert(t.evidence.begin(), header.why);
    if (shape.padding_column)
      t.evidence.insert(t.evidence.begin(), "every row ends in an empty cell and so does the header: a padding "
                                            "column the page carried; the header names the " +
                                                std::to_string(named_cols) + " value columns before it");
    t.evidence.insert(t.evidence.begin(),
                      "line cells: rows recovered as labels followed by values; " + std::to_string(label_cols) +
                          " label and " + std::to_string(value_cols) + " value columns (the widest row that recurs)" +
                          (shape.spanning_labels ? "; a group's labels span down beside the rows under it, which "
                                                   "carry fewer labels"
                                                 : "") +
                          words_among_values(p, value_words) +
                          words_among_values(p, rejoined,
                                             "; words that complete a short row with the short run after them, "
                                             "values, not labels: ") +
                          words_among_values(p, edge_word,
                                             "; a word at the edge of the one row is a value of it (the header fits "
                                             "the row with the word by more than its count, not without): ") +
                          (continued > 0 ? "; rows of " + std::to_string(continued) +
                                               " values ran on into a row of bracketed numbers under them with an "
                                               "empty label (standard errors): parted at that empty cell"
                                         : std::string()));

    // Tables whose values are text (categories, codes) defeat the
    // labels-then-values reading; the plain grid reads them, and is kept when
    // its columns agree clearly better, or simply better when the other
    // reading left most of its rows short (values spanning columns).
    // When words may end the rows, the grid that reads them too is kept if
    // its columns agree as well.
    uniform_reading uniform = read_uniform(flat);
    if (!p.tail.empty()) {
      if (uniform_reading ending_in_words = read_uniform(with_tail);
          ending_in_words.width > 0 && ending_in_words.agreement > uniform.agreement - 1e-9)
        uniform = std::move(ending_in_words);
    }
    // Under label columns spanning down, a row carrying fewer labels is
    // whole: the columns it lacks are covered from above.
    const std::size_t whole_row = shape.spanning_labels ? value_cols + 1 : width;
    const auto short_rows = static_cast<std::size_t>(
        std::count_if(body.begin(), body.end(), [&](const raw_row& row) { return row.size() < whole_row; }));
    const double margin = 2 * short_rows >= body.size() ? 0.0 : 0.1;
    // Column agreement over every cell favours narrow grids of long columns:
    // an empty column between the values (备注 in no row) cut two wide reads
    // as a label column with every other cell empty. When the rows here are
    // whole and the header fits them, the plain grid must also agree better
    // with short and long columns weighed alike. Asked only of a plain grid
    // that would otherwise win.
    const auto whole_rows_hold = [&] {
      return short_rows == 0 && !header.misfit &&
             column_agreement(t, agreement_base::cells_after_first) + 1e-9 >=
                 column_agreement(uniform.rows, uniform.width, uniform.header_rows, agreement_base::cells_after_first);
    };
    if (!shape.nested && uniform.width > 0 && uniform.agreement >= 0.6 &&
        (header_overflows || uniform.agreement > column_agreement(t) + margin) && !whole_rows_hold()) {
      t = build_table(std::move(uniform.rows), uniform.width, p.caption, source, lines);
      t.evidence.insert(t.evidence.begin(),
                        "line cells: read as a plain grid " + std::to_string(uniform.width) + " wide; " +
                            (header_overflows ? "the header is wider than the labels-then-values rows and fits none of them"
                                              : "its columns agree clearly better than the labels-then-values reading"));
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace retab
