#include "model/span_inference.hpp"

#include "model/continued_rows.hpp"
#include "model/header_inference.hpp"
#include "model/occupancy.hpp"
#include "model/positional_spans.hpp"
#include "model/row_numbers.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <map>

namespace retab {
namespace {

/// Words that stand among a table's values (是/否, 优/良/中/差, 达标): texts
/// that recur, on many rows, after the row's first label and before its
/// numbers. Read as labels they would make more label columns, and every
/// value of a row would sit right of its header. A recurring text that
/// stands as many cells from its row's end as a row of one label is long, or
/// a row opened by a label that opens other rows too, is a label instead:
/// the label column's other rows are short because the labels left of it
/// span down (广东 | 广州 | 城镇 | 5 over 乡村 | 3; 上期 | 上升 | 优 | 80 over
/// 下降 | 良 | 73, and 下降 again under 本期).
class value_words {
 public:
  value_words() = default;
  value_words(const std::vector<raw_row>& rows, std::size_t body_begin);
  bool contains(std::string_view text) const { return std::find(words_.begin(), words_.end(), text) != words_.end(); }
  const std::vector<std::string_view>& list() const { return words_; }
  /// How the rows identify themselves (identity_of_rows): a row's number or
  /// code is its first label.
  row_identity identity() const { return identity_; }

 private:
  std::vector<std::string_view> words_;
  row_identity identity_ = row_identity::none;
};

/// Row labels are the leading cells that cannot be values; everything from
/// the first value on is a value, text such as `3.6亿元` included, and so is
/// a word among the values after the first cell.
std::size_t leading_labels(const raw_row& row, const value_words& words = {}) {
  std::size_t n = opens_with_identifier(row, words.identity()) ? 1 : 0;
  while (n < row.size() && !is_value_like(row[n].text) && !(n > 0 && words.contains(row[n].text))) ++n;
  return n;
}

value_words::value_words(const std::vector<raw_row>& rows, std::size_t body_begin)
    : identity_(identity_of_rows(rows, body_begin)) {
  struct seen {
    std::string_view text;
    std::size_t to_end = 0;  ///< cells from it to the row's end, itself included (no padding pipe)
    std::size_t row = 0;
  };
  std::vector<seen> inner;  // labels after a row's first cell
  std::map<std::string_view, std::size_t> rows_opened;  // rows with values each text opens
  for (std::size_t i = body_begin; i < rows.size(); ++i)
    if (has_value(rows[i])) ++rows_opened[rows[i][0].text];
  // The lengths of rows of one label, and of rows opened by a label that
  // opens others too (a row label repeated under each group).
  std::vector<std::size_t> first_label_rows;
  for (std::size_t i = body_begin; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    if (!has_value(row)) continue;
    const std::size_t labels = leading_labels(row);
    // A row's last cell may be one padding pipe: rows are measured without it.
    const std::size_t length = row.size() - (row.size() > 1 && row.back().text.empty() ? 1 : 0);
    if (labels == 1 || (labels >= 2 && rows_opened[row[0].text] >= 2)) first_label_rows.push_back(length);
    for (std::size_t k = 1; k < labels && k < length; ++k) inner.push_back({row[k].text, length - k, i});
  }
  std::sort(inner.begin(), inner.end(), [](const seen& a, const seen& b) { return a.text < b.text; });
  const auto stands_like_first_label = [&](std::size_t to_end) {
    return std::find(first_label_rows.begin(), first_label_rows.end(), to_end) != first_label_rows.end();
  };
  std::vector<std::string_view> uses;  // of texts that may be words wherever they stand
  std::vector<seen> once;
  for (auto it = inner.begin(); it != inner.end();) {
    const auto run_end = std::find_if(it, inner.end(), [&](const seen& x) { return x.text != it->text; });
    if (may_be_value_word(it->text) &&
        std::none_of(it, run_end, [&](const seen& x) { return stands_like_first_label(x.to_end); })) {
      if (run_end - it == 1) once.push_back(*it);
      for (auto use = it; use != run_end; ++use) uses.push_back(use->text);
    }
    it = run_end;
  }
  std::vector<std::string_view> words = recurring_vocabulary(std::move(uses));
  if (words.empty()) return;
  // A short word written once (a grade given once) joins them where it
  // stands as far from the end as one of them.
  std::vector<seen> word_places;
  for (const seen& x : inner)
    if (std::find(words.begin(), words.end(), x.text) != words.end()) word_places.push_back(x);
  // Where words stand in rows other than `row`.
  const auto word_place_elsewhere = [&](std::size_t to_end, std::size_t row) {
    return std::any_of(word_places.begin(), word_places.end(),
                       [&](const seen& w) { return w.to_end == to_end && w.row != row; });
  };
  // Not when a word after it in its row stands where no word stands in any
  // other row: the row is short of a cell, so 金华 before 户籍人口 stands
  // where words do, but as a row label.
  const auto words_after_misplaced = [&](const seen& x) {
    return std::any_of(word_places.begin(), word_places.end(), [&](const seen& w) {
      return w.row == x.row && w.to_end < x.to_end && !word_place_elsewhere(w.to_end, w.row);
    });
  };
  for (const seen& x : once)
    if (is_short_word(x.text) && word_place_elsewhere(x.to_end, x.row) && !words_after_misplaced(x))
      words.push_back(x.text);
  words_ = std::move(words);
}

struct body_shape {
  std::uint32_t label_cols = 0;
  bool nested = false;       ///< labels of different outline levels side by side
  bool unit_column = false;  ///< the last label column holds units (件, 万元)
  outline_levels levels;
  value_words words;
};

/// Notes the outline levels of a body row's labels (empty cells skipped) and
/// whether its first two labels are numbered at different levels.
void observe_outline(const raw_row& row, body_shape& s) {
  outline_marker first_two[2] = {outline_marker::none, outline_marker::none};
  std::size_t found = 0;
  for (const raw_cell& c : row) {
    if (c.text.empty()) continue;
    if (is_value_like(c.text)) break;
    const outline_marker m = outline_marker_of(c.text);
    s.levels.see(m);
    if (found < 2) first_two[found++] = m;
  }
  if (found == 2 && first_two[0] != outline_marker::none && first_two[1] != outline_marker::none &&
      first_two[0] != first_two[1])
    s.nested = true;
}

/// The shape of the body's rows; `counts_left_empty`: no row holds a value,
/// and the rows with labels count as rows with values would.
body_shape analyse_body(const std::vector<raw_row>& rows, std::size_t body_begin, std::uint32_t width,
                        bool counts_left_empty) {
  body_shape s;
  s.words = value_words(rows, body_begin);
  // Every row in document order, rows without values too: a section row
  // (一、咨询答复 | (一)窗口受理 | | ) may be the first to show the top level.
  for (std::size_t i = body_begin; i < rows.size(); ++i) observe_outline(rows[i], s);
  std::uint32_t label_cols = 0;
  for (std::size_t i = body_begin; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    // With every count left empty, labels are all the rows say.
    if (!has_value(row) && !(counts_left_empty && written_cells(row) > 0)) continue;
    const std::uint32_t labels = static_cast<std::uint32_t>(leading_labels(row, s.words));
    std::uint32_t depth = labels;
    if (s.nested && labels > 0) {
      const int level = s.levels.level(outline_marker_of(row[0].text));
      if (level > 0) depth += static_cast<std::uint32_t>(level);
    }
    label_cols = std::max(label_cols, depth);
  }
  s.label_cols = width > 0 ? std::min(label_cols, width - 1) : 0;
  // A unit column: every row with a label in it has a unit there, twice or more.
  std::size_t units = 0, others = 0;
  for (std::size_t i = body_begin; i < rows.size() && s.label_cols >= 2 && !s.nested; ++i) {
    if (!has_value(rows[i]) || leading_labels(rows[i], s.words) != s.label_cols) continue;
    ++(looks_like_unit(rows[i][s.label_cols - 1].text) ? units : others);
  }
  s.unit_column = units >= 2 && others == 0;
  return s;
}

/// Whether a row may hold exactly `n` cells: a last lone `|` may be one
/// padding pipe instead of an empty cell (both are written `x | |`).
bool may_hold(const raw_row& row, std::size_t n) {
  return row.size() == n || (!row.empty() && row.back().text.empty() && row.size() == n + 1);
}

/// Whether a row has a cell for every column. Since a last empty cell may be
/// padding (see may_hold), a row ending in one may be a column short. In the
/// top row, where nothing spans down from above, ending in two empty cells is
/// full either way (the trailing empty cell would span the rest); further
/// down, cells of the rows above may cover some columns, so only a last cell
/// with text is proof.
bool fills_width(const raw_row& row, std::uint32_t width, bool top_row) {
  if (width == 0 || row.size() < width) return false;
  return !row[width - 1].text.empty() || (top_row && width >= 2 && row[width - 2].text.empty());
}

/// A run of header cells that tiles the value columns: where the values of a
/// short row go when it has exactly one value per cell.
using column_groups = std::vector<std::pair<std::uint32_t, std::uint32_t>>;  // (first column, span)

/// The cells among out.cells[from, end) covering row `r` over columns
/// [first, width), when they tile them.
column_groups groups_in_row(const table& out, std::size_t from, std::uint32_t r, std::uint32_t first,
                            std::uint32_t width) {
  column_groups groups;
  for (std::size_t i = from; i < out.cells.size(); ++i) {
    const cell& c = out.cells[i];
    if (c.row <= r && r < c.row + c.rowspan && c.col >= first) groups.emplace_back(c.col, c.colspan);
  }
  std::sort(groups.begin(), groups.end());
  std::uint32_t next = first;
  for (const auto& [col, span] : groups) {
    if (col != next) return {};
    next = col + span;
  }
  return next == width ? groups : column_groups{};
}

/// Whether a body row with `labels` leading labels holds values: a number,
/// or a cell after its labels when they fit in the table's label columns.
bool holds_values(const raw_row& row, std::size_t labels, std::uint32_t label_cols) {
  return has_value(row) || (labels > 0 && row.size() > labels && labels <= label_cols);
}

/// A sub-header row inside the body (信息内容 | 本年处理决定数量, after a
/// section row) heads the rows under it, up to the next row without values.
/// When each of them has one cell per sub-header cell, fewer labels than the
/// table has label columns, and is short of the table's width, the block
/// needs fewer label columns than the table (a block above carries one more
/// label, or a column of words read as one): its cells take the sub-header's
/// columns. The end of those rows; `from` when they do not all fit.
std::size_t rows_under_sub_header(const std::vector<raw_row>& rows, std::size_t from, std::size_t sub_header_cells,
                                  const body_shape& shape, std::uint32_t width) {
  std::size_t end = from;
  for (; end < rows.size(); ++end) {
    const raw_row& row = rows[end];
    const std::size_t labels = leading_labels(row, shape.words);
    if (!holds_values(row, labels, shape.label_cols)) break;
    if (!may_hold(row, sub_header_cells) || labels == 0 || labels >= shape.label_cols ||
        labels >= sub_header_cells || fills_width(row, width, false))
      return from;
  }
  return end;
}

/// Places the body rows, carrying row labels down where the outline says so.
void place_body_rows(const std::vector<raw_row>& rows, std::size_t body_begin, const body_shape& shape,
                     occupancy& grid, table& out) {
  const std::uint32_t L = shape.label_cols;
  // Column groups of the header rows, nearest first; a sub-header row inside
  // the body goes in front of them.
  std::vector<column_groups> groups;
  for (std::size_t r = body_begin; r-- > 0;) {
    column_groups g = groups_in_row(out, 0, static_cast<std::uint32_t>(r), L, grid.width());
    if (!g.empty()) groups.push_back(std::move(g));
  }
  std::vector<int> label_owner(L, -1);  // anchor index covering each label column in the row above
  column_groups sub_header;  // the columns of the rows up to `headed_until`
  std::size_t headed_until = 0;
  for (std::size_t i = body_begin; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    const auto r = static_cast<std::uint32_t>(i);
    const std::uint32_t W = grid.width();
    if (row.empty()) continue;
    const std::size_t labels = leading_labels(row, shape.words);
    const std::size_t v = row.size() - labels;
    const bool values_row = holds_values(row, labels, L);
    if (i < headed_until) {
      std::fill(label_owner.begin(), label_owner.end(), -1);
      for (std::size_t k = 0; k < sub_header.size() && k < row.size(); ++k)
        if (!row[k].text.empty() || sub_header[k].second == 1)
          grid.place(out, row[k], r, sub_header[k].first, 1, sub_header[k].second);
      continue;
    }

    if (fills_width(row, W, false) && values_row) {
      // A row with a cell for every column has nothing merged: the widths
      // sum to the table's, so each cell is one column wide.
      std::fill(label_owner.begin(), label_owner.end(), -1);
      for (std::size_t k = 0; k < row.size(); ++k) {
        if (k >= W && row[k].text.empty()) continue;
        const auto c = static_cast<std::uint32_t>(k);
        if (c < L && k < labels) label_owner[c] = static_cast<int>(out.cells.size());
        grid.place(out, row[k], r, c, 1, 1);
      }
      continue;
    }

    if (!values_row) {
      // A section or sub-header row: left to right, the last cell to the edge.
      std::fill(label_owner.begin(), label_owner.end(), -1);
      const std::size_t placed_before = out.cells.size();
      // Headings over the value columns that divide them evenly share them
      // evenly (nothing says which one is wider); otherwise the last one
      // takes what is left.
      const std::size_t heads = row.size() - 1;
      const bool even = L >= 1 && heads >= 2 && W > L && (W - L) % heads == 0 && (W - L) / heads > 1;
      std::uint32_t col = 0;
      for (std::size_t k = 0; k < row.size(); ++k) {
        std::uint32_t span = k + 1 == row.size() && col < W ? W - col : 1;
        if (even) span = k == 0 ? L : (W - L) / static_cast<std::uint32_t>(heads);
        grid.place(out, row[k], r, col, 1, span);
        col += span;
      }
      if (row.size() >= 2) {  // a sub-header: only the cells just placed can head the rows below
        column_groups g = groups_in_row(out, placed_before, r, L, grid.width());
        if (!g.empty()) groups.insert(groups.begin(), std::move(g));
        column_groups whole = groups_in_row(out, placed_before, r, 0, grid.width());
        if (const std::size_t end = rows_under_sub_header(rows, i + 1, whole.size(), shape, W); end > i + 1) {
          sub_header = std::move(whole);
          headed_until = end;
        }
      }
      continue;
    }

    // How many label columns the row inherits from the labels above it.
    std::uint32_t inherit = 0;
    if (labels < L && labels > 0) {
      if (shape.nested) {
        const int level = shape.levels.level(outline_marker_of(row[0].text));
        inherit = level >= 0 ? static_cast<std::uint32_t>(level) : L - static_cast<std::uint32_t>(labels);
      } else {
        // Without outline numbers: a row of values that would be exactly full
        // once the labels above span down to it is one of their sub-rows; a
        // total or a numbered label instead spans the label columns itself.
        // A row whose values are all empty is one too, under a group label
        // (被解释变量 over 年龄 | | |); not under a numbered item, which
        // heads no rows, so there it is a heading of its own.
        const std::size_t missing = L - labels;
        const auto unnumbered_above = [&] {
          for (std::size_t c = 0; c < missing; ++c)
            if (label_owner[c] < 0 ||
                outline_marker_of(out.cells[static_cast<std::size_t>(label_owner[c])].text) != outline_marker::none)
              return false;
          return true;
        };
        if (may_hold(row, W - missing) && !looks_like_total(row[0].text) &&
            outline_marker_of(row[0].text) == outline_marker::none && (has_value(row) || unnumbered_above()))
          inherit = static_cast<std::uint32_t>(missing);
      }
      inherit = std::min<std::uint32_t>(inherit, L - static_cast<std::uint32_t>(labels));
      // Only whole cells can span down: the inherited columns must end at a cell edge.
      while (inherit > 0 && (label_owner[inherit - 1] < 0 ||
                             (inherit < L && label_owner[inherit] == label_owner[inherit - 1])))
        --inherit;
    }
    int last_extended = -2;
    for (std::uint32_t c = 0; c < inherit; ++c) {
      if (label_owner[c] != last_extended) grid.extend_down(out, label_owner[c]);
      last_extended = label_owner[c];
    }

    std::uint32_t col = inherit;
    for (std::size_t k = 0; k < labels; ++k) {
      std::uint32_t span = 1;
      if (k + 1 == labels && col < L) span = L - col;
      grid.place(out, row[k], r, col, 1, span);
      for (std::uint32_t c = col; c < col + span && c < L; ++c) label_owner[c] = static_cast<int>(out.cells.size() - 1);
      col += span;
    }
    for (std::uint32_t c = col; c < L; ++c) label_owner[c] = -1;
    col = std::max(col, L);
    // Values start right after the labels; surplus empty cells at the end of
    // an over-long row are dropped, a short row's last value spans to the edge.
    std::size_t value_count = v;
    while (value_count > 0 && col + value_count > grid.width() && row[row.size() - 1].text.empty() &&
           row[labels + value_count - 1].text.empty())
      --value_count;
    // A short row with one value per header group takes the groups' spans
    // (0.796 under 2000年, which spans two columns).
    if (value_count >= 2 && col + value_count < grid.width()) {
      const auto match = std::find_if(groups.begin(), groups.end(), [&](const column_groups& g) {
        return g.size() == value_count && g.front().first == col;
      });
      if (match != groups.end()) {
        for (std::size_t k = 0; k < value_count; ++k) {
          const raw_cell& rc = row[labels + k];
          if (!rc.text.empty()) grid.place(out, rc, r, (*match)[k].first, 1, (*match)[k].second);
        }
        continue;
      }
    }
    for (std::size_t k = 0; k < value_count; ++k) {
      std::uint32_t span = 1;
      if (k + 1 == value_count && col < grid.width()) span = grid.width() - col;
      const raw_cell& rc = row[labels + k];
      if (!rc.text.empty() || span == 1)
        grid.place(out, rc, r, col, 1, span);
      col += span;
    }
  }
}

/// The columns the content reaches: empty cells past the last text of every
/// row are padding the page carried, not columns. (Columns that only the
/// header names, a remarks column empty in every row, are header_width's.)
std::uint32_t content_width(const std::vector<raw_row>& rows, std::size_t body, const body_shape& shape) {
  std::uint32_t extent = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    std::uint32_t nonempty = 0;
    std::size_t last = 0;
    for (std::size_t k = 0; k < row.size(); ++k)
      if (!row[k].text.empty()) { ++nonempty; last = k + 1; }
    // A header row takes the columns as far as its last name: the empty
    // corner in front of the names (| | 甲 | 乙 |) is a column, and a column
    // it names keeps its place though no row below reaches it (the empty
    // upper triangle of a correlation matrix).
    // Nested label columns (一、 > (一)) share one stub, the top row's first
    // cell, which spans them all (as the header is laid out): the names
    // after it reach that many columns further.
    const std::uint32_t shared_stub =
        i == 0 && shape.nested && shape.label_cols > 1 && !row.empty() && !row[0].text.empty() ? shape.label_cols - 1
                                                                                              : 0;
    extent = std::max<std::uint32_t>(extent, i < body ? static_cast<std::uint32_t>(last) + shared_stub : nonempty);
    if (i >= body && has_value(row)) {
      const std::size_t labels = leading_labels(row, shape.words);
      if (last > labels) extent = std::max<std::uint32_t>(extent, shape.label_cols + static_cast<std::uint32_t>(last - labels));
    }
  }
  return extent;
}

/// The fewest columns the header rows can be laid out in: the label columns
/// and the lowest header row's cells, and a column beside them for every
/// cell above the lowest row that spans down to it (a total, 总计, or the
/// name of a leaf the groups beside it repeat: 结果维持 beside 复议后起诉 over
/// 结果维持 ...).
std::uint32_t header_width(const std::vector<raw_row>& rows, std::size_t body, std::uint32_t label_cols) {
  if (body < 2) return 0;
  const std::vector<raw_row> header(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(body));
  const bool stub = label_cols >= 1 && written_cells(rows[0]) >= 2;
  return (stub ? label_cols : 0) + static_cast<std::uint32_t>(written_cells(rows[body - 1])) +
         cells_spanning_down(header);
}

/// In a table of words (no row holds a value), how many cells of the top row
/// span down the whole table: the top row names every column but leaves cell
/// k empty, the corner over the row labels, and every row below is k cells
/// short (春季 | corner | 北方地区 | 南方地区 over rows of three). Zero
/// for any other shape.
std::uint32_t labels_spanning_table(const std::vector<raw_row>& rows, std::uint32_t width) {
  if (rows.size() < 3 || width < 3 || !fills_width(rows[0], width, true)) return 0;
  std::uint32_t k = 0;
  while (k < width && !rows[0][k].text.empty()) ++k;
  if (k == 0 || k + 2 > width) return 0;
  const bool all_short = std::all_of(rows.begin() + 1, rows.end(), [&](const raw_row& row) {
    return may_hold(row, width - k) && !row.front().text.empty();
  });
  return all_short ? k : 0;
}

/// Places a table of words whose top row's first `k` cells span down it.
void place_under_spanning_labels(const std::vector<raw_row>& rows, std::uint32_t k, occupancy& grid, table& out) {
  const auto height = static_cast<std::uint32_t>(rows.size());
  for (std::uint32_t c = 0; c < grid.width(); ++c) grid.place(out, rows[0][c], 0, c, c < k ? height : 1, 1);
  for (std::uint32_t r = 1; r < height; ++r)
    for (std::uint32_t c = k; c < grid.width(); ++c) grid.place(out, rows[r][c - k], r, c, 1, 1);
  out.evidence.push_back("a table of words whose rows below the top are " + std::to_string(k) +
                         " cell(s) short, under an empty corner: the top row's first " + std::to_string(k) +
                         " cell(s) span down the table");
}

/// Places the body of a table of words some of whose rows continue the rows
/// above (continued_columns): such a row's first columns are the cells above
/// it, spanning down. Any other row stands as written, a short one's last
/// cell spanning to the edge.
void place_continued_rows(const std::vector<raw_row>& rows, std::size_t body, const std::vector<std::uint32_t>& shifts,
                          occupancy& grid, table& out) {
  std::size_t continued = 0;
  for (std::size_t i = body; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    const auto r = static_cast<std::uint32_t>(i);
    const std::size_t n = content_length(row);
    const std::uint32_t shift = shifts[i];
    int extended = -1;
    for (std::uint32_t c = 0; c < shift; ++c) {
      const int owner = grid.owner(r - 1, c);
      if (owner >= 0 && owner != extended) grid.extend_down(out, owner);
      extended = owner;
    }
    continued += shift > 0 ? 1 : 0;
    for (std::uint32_t k = 0; k < n; ++k) {
      const std::uint32_t col = shift + k;
      const std::uint32_t span = k + 1 == n && col < grid.width() ? grid.width() - col : 1;
      if (!row[k].text.empty()) grid.place(out, row[k], r, col, 1, span);
    }
  }
  out.evidence.push_back("a table of words in groups: " + std::to_string(continued) +
                         " row(s) a cell or more short continue the row above, whose first cells span down to "
                         "them (their texts are like those of the columns they end under, not of where they "
                         "start)");
}

}  // namespace

bool has_value(const raw_row& row) {
  return std::any_of(row.begin(), row.end(), [](const raw_cell& c) { return holds_value(c.text); });
}

std::size_t first_body_row(const std::vector<raw_row>& rows) {
  // A top row of years after its labels (项目 | 2021 | 2022 | 2023), rising
  // or falling, or of column numbers counting from 1 (变量 | 均值 | 1 | 2 | 3,
  // a correlation matrix numbering its variables), names the columns of the
  // rows of values below it. Under a header row, years are values (建成年份 |
  // 1998 | 2005 under 甲楼 | 乙楼).
  auto names_columns = [](const raw_row& row) {
    std::size_t years = 0, counted = 0;
    int direction = 0;
    std::string_view last;
    for (const raw_cell& c : row) {
      if (c.text.empty() || (years == 0 && counted == 0 && !holds_value(c.text))) continue;
      if (years == 0 && c.text == std::to_string(counted + 1)) {
        ++counted;
        continue;
      }
      if (counted > 0 || !is_year(c.text)) return false;
      const int step = last.empty() ? 0 : (c.text > last ? 1 : c.text < last ? -1 : 2);
      if (step == 2 || (direction != 0 && step != direction)) return false;
      if (step != 0) direction = step;
      last = c.text;
      ++years;
    }
    return years >= 2 || counted >= 2;
  };
  const bool columns_named_on_top =
      !rows.empty() && names_columns(rows[0]) &&
      std::any_of(rows.begin() + 1, rows.end(), [&](const raw_row& r) { return has_value(r) && !names_columns(r); });
  std::size_t body = columns_named_on_top ? 1 : 0;
  while (body < rows.size() && !has_value(rows[body])) ++body;
  if (body == rows.size()) return body;
  // Section rows right above the first number open the body; they are not
  // column headers: numbered ones (一、主动公开情况 alone), and any when the
  // body has rows of one text too (城镇样本 over its rows, 农村样本 further
  // down), whose like the first one is.
  auto one_text = [](const raw_row& row) { return written_cells(row) == 1 && !row.empty() && !row[0].text.empty(); };
  const bool sections_below =
      std::any_of(rows.begin() + static_cast<std::ptrdiff_t>(body), rows.end(), one_text);
  // So is a row of outline labels a level deeper each (一、咨询答复 |
  // (一)窗口受理 | | ), the path to the first row below, with its values
  // empty: header cells are not numbered as sections, and the numbers
  // heading columns ((1) (2) (3)) are of one level.
  auto outline_path = [](const raw_row& row) {
    std::vector<outline_marker> seen;
    for (const raw_cell& c : row) {
      if (c.text.empty()) continue;
      const outline_marker m = outline_marker_of(c.text);
      if (m == outline_marker::none || std::find(seen.begin(), seen.end(), m) != seen.end()) return false;
      seen.push_back(m);
    }
    return seen.size() >= 2 && !row[0].text.empty();
  };
  // And so does a row whose labels fill the label columns, every cell after
  // them empty (东部地区 | 湖北 | | under 增长率 | 收入): a header row names
  // the value columns, this one names none, it is a row of empty values.
  std::size_t label_cols = 0;
  for (std::size_t i = body; i < rows.size(); ++i)
    if (has_value(rows[i])) label_cols = std::max(label_cols, leading_labels(rows[i]));
  auto empty_values = [&](const raw_row& row) {
    const std::size_t labels = leading_labels(row);
    return labels >= 1 && labels == label_cols && row.size() > labels &&
           std::all_of(row.begin() + static_cast<std::ptrdiff_t>(labels), row.end(),
                       [](const raw_cell& c) { return c.text.empty(); });
  };
  auto section = [&](const raw_row& row) {
    return (one_text(row) && (sections_below || outline_marker_of(row[0].text) != outline_marker::none)) ||
           outline_path(row) || empty_values(row);
  };
  while (body > 1 && section(rows[body - 1])) --body;
  return body;
}

/// In a table where no row holds a value, the rows of empty cells at its
/// bottom, under one to three rows of names: a count of nothing left empty
/// in every cell (行政复议 | 行政诉讼 over its sub-headers, then one row of
/// empty cells) is a body under a header, not a table of words. The first
/// such row, or rows.size().
std::size_t empty_rows_under_header(const std::vector<raw_row>& rows) {
  const auto all_empty = [](const raw_row& row) { return row.size() >= 2 && written_cells(row) == 0; };
  std::size_t first = rows.size();
  while (first > 0 && all_empty(rows[first - 1])) --first;
  return first >= 1 && first <= 3 && first < rows.size() ? first : rows.size();
}

/// In a table where no row holds a value, the rows from the first that ends
/// in two or more empty cells written out, when every row after it does too
/// (or is empty): labels whose counts are all left empty (一、本年新收申请数量
/// and seven empty cells) under rows of names, which end in a name. The
/// first such row, with a row of two names or more above it, or rows.size().
std::size_t empty_counts_under_names(const std::vector<raw_row>& rows) {
  const auto empty_counts = [](const raw_row& row) {
    return written_cells(row) == 0 || (row.size() >= content_length(row) + 2 && content_length(row) > 0);
  };
  std::size_t first = rows.size();
  while (first > 0 && empty_counts(rows[first - 1])) --first;
  while (first < rows.size() && written_cells(rows[first]) == 0) ++first;
  return first >= 1 && first < rows.size() && written_cells(rows[first - 1]) >= 2 ? first : rows.size();
}

/// A row of one label and empty cells across the table, right under a row
/// of names, above the first row holding a value (`body`): a row whose
/// counts are all left empty (规章 | | | under 信息内容 | 本年新制作数量 |
/// ...), the body's first, not a header row, which names columns. The
/// first such row, or `body`.
std::size_t empty_values_under_names(const std::vector<raw_row>& rows, std::size_t body, std::uint32_t width) {
  for (std::size_t i = 1; i < body; ++i) {
    const raw_row& row = rows[i];
    if (row.size() >= 3 && row.size() == width && !row[0].text.empty() && written_cells(row) == 1 &&
        written_cells(rows[i - 1]) >= 2)
      return i;
  }
  return body;
}

void place_html_rows(const cell_rows& in, table& out) {
  std::uint32_t width = in.width;
  for (const raw_row& r : in.rows) width = std::max<std::uint32_t>(width, static_cast<std::uint32_t>(r.size()));
  std::size_t body = first_body_row(in.rows);
  // For --explain: which rows the header is (the rule that set `body`).
  std::string header_is = "the rows above the first row holding a value, or above the section rows over it";
  if (body == in.rows.size()) {
    body = empty_rows_under_header(in.rows);
    header_is = "no row holds a value: the rows of names above the rows of empty cells at the bottom";
  } else if (const std::size_t empty_first = empty_values_under_names(in.rows, body, width); empty_first < body) {
    body = empty_first;
    header_is = "the rows of names above the first row of one label and empty cells across";
  }
  // Rows of labels with every count left empty: no value shows where the
  // content ends, so the width stays what the rows and their padding give.
  bool counts_left_empty = false;
  if (body == in.rows.size()) {
    body = empty_counts_under_names(in.rows);
    counts_left_empty = body < in.rows.size();
    header_is = "no row holds a value: the rows of names above the first row of labels ending in empty cells";
  }
  const bool words_only = body == in.rows.size();
  if (words_only) {
    body = std::min<std::size_t>(1, in.rows.size());
    header_is = "a table of words: its top row";
  }
  const body_shape shape = analyse_body(in.rows, body, width, counts_left_empty);
  if (!words_only && !counts_left_empty) {
    const std::uint32_t reached = std::max<std::uint32_t>(1, content_width(in.rows, body, shape));
    const std::uint32_t needed = std::min(width, std::max(reached, header_width(in.rows, body, shape.label_cols)));
    const std::string content = "content reaches " + std::to_string(reached) + " of " + std::to_string(width) + " columns";
    if (needed == width && reached < width)
      out.evidence.push_back(content + ", but the header, with its cells that span down, needs all " +
                             std::to_string(width));
    else if (needed < width)
      out.evidence.push_back(content +
                             (needed > reached ? " and the header, with its cells that span down, " + std::to_string(needed)
                                               : std::string()) +
                             ": the empty columns after them are page padding, dropped");
    width = needed;
  }
  occupancy grid(width);
  if (const std::uint32_t k = words_only ? labels_spanning_table(in.rows, width) : 0; k > 0) {
    place_under_spanning_labels(in.rows, k, grid, out);
    out.rows = grid.rows();
    out.cols = grid.width();
    out.header_rows = 1;
    out.label_cols = k + 1;
    return;  // placed row by row, left to right: already row-major
  }

  std::vector<raw_row> header(in.rows.begin(), in.rows.begin() + static_cast<std::ptrdiff_t>(body));
  // A top header row with a cell for every column is one cell per column,
  // its empty cells included; in shorter rows trailing empty cells are
  // padding, and below the top row an empty cell names nothing: the header
  // cell above covers that position. (The top row keeps its empty corner cell.)
  for (std::size_t i = 0; i < header.size(); ++i) {
    raw_row& row = header[i];
    if (i == 0 && fills_width(row, width, true)) {
      row.resize(width);
      continue;
    }
    while (row.size() > 1 && row.back().text.empty()) row.pop_back();
    if (i > 0) {
      const auto named = std::find_if(row.begin(), row.end(), [](const raw_cell& c) { return !c.text.empty(); });
      row.erase(row.begin(), named);
    }
  }
  place_header_rows(header, width, label_columns{shape.label_cols, shape.unit_column, shape.nested},
                    body_rows{in.rows, body}, grid, out);
  text_forms forms;
  const std::vector<std::uint32_t> continued =
      words_only ? continued_columns(in.rows, body, width, forms) : std::vector<std::uint32_t>{};
  if (std::any_of(continued.begin(), continued.end(), [](std::uint32_t s) { return s > 0; }))
    place_continued_rows(in.rows, body, continued, grid, out);
  else
    place_body_rows(in.rows, body, shape, grid, out);

  out.rows = std::max<std::uint32_t>(grid.rows(), static_cast<std::uint32_t>(in.rows.size()));
  out.cols = grid.width();
  out.header_rows = static_cast<std::uint32_t>(body);
  out.label_cols = shape.label_cols;
  out.evidence.push_back("header rows: " + std::to_string(body) + " (" + header_is + ")");
  out.evidence.push_back("label columns: " + std::to_string(shape.label_cols) +
                         (shape.nested ? " (labels at different outline levels, 一、 > (一) > 1., side by side; "
                                         "a row starting at a deeper level sits under the labels above it)"
                                       : shape.words.identity() == row_identity::numbered
                                           ? " (the most labels a row carries before its first value; the rows "
                                             "are numbered 1, 2, 3 in the first, a label like the others)"
                                       : shape.words.identity() == row_identity::coded
                                           ? " (the most labels a row carries before its first value; the rows "
                                             "are coded 201, 20101, 2010101 in the first, a label like the "
                                             "others)"
                                           : " (the most labels a row carries before its first value)"));
  if (!shape.words.list().empty()) {
    std::string words;
    for (const std::string_view w : shape.words.list()) words += (words.empty() ? "" : ", ") + std::string(w);
    out.evidence.push_back("words among the values, not labels: " + words +
                           " (they recur after the row labels, and no row of one label stands where they do)");
  }
  std::sort(out.cells.begin(), out.cells.end(),
            [](const cell& a, const cell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
}

void place_positional_rows(const std::vector<raw_row>& rows, bool align_short_rows, table& out) {
  std::uint32_t width = 0;
  for (const raw_row& r : rows) width = std::max<std::uint32_t>(width, static_cast<std::uint32_t>(content_length(r)));
  const std::size_t body = first_body_row(rows);
  // Outline levels of the labels, for rows that must be realigned.
  body_shape shape;
  for (std::size_t i = body; i < rows.size(); ++i) observe_outline(rows[i], shape);

  std::uint32_t label_cols = 0;
  std::size_t fields = 0;
  for (const raw_row& r : rows) fields += r.size();
  out.cells.reserve(fields);
  // How far the nearest row of column names above reaches: a short row that
  // ends where its own sub-header ends is already under its names.
  std::size_t names_reach = width;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    const std::size_t n = content_length(row);
    const bool values = has_value(row);
    if (!values && std::count_if(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(n),
                                 [](const raw_cell& c) { return !c.text.empty(); }) >= 2)
      names_reach = n;
    std::size_t shift_from = n, shift = 0, label_shift = 0;
    if (align_short_rows && i >= body && row.size() < width && values && n != names_reach) {
      // Written only as far as it was occupied: move the values under the
      // value columns, and the labels under their outline level.
      std::size_t labels = n;
      while (labels > 0 && is_value_like(row[labels - 1].text)) --labels;
      shift_from = labels;
      shift = width - n;
      std::size_t first = 0;
      while (first < labels && row[first].text.empty()) ++first;
      if (shape.nested && first < labels) {
        const int level = shape.levels.level(outline_marker_of(row[first].text));
        if (level > static_cast<int>(first)) label_shift = std::min<std::size_t>(static_cast<std::size_t>(level) - first, shift);
      }
    }
    for (std::size_t k = 0; k < n; ++k) {
      if (row[k].text.empty()) continue;
      cell x;
      x.text = row[k].text;
      x.row = static_cast<std::uint32_t>(i);
      x.col = static_cast<std::uint32_t>(k >= shift_from ? k + shift : k + label_shift);
      x.source_line = row[k].line;
      out.cells.push_back(x);
    }
    if (i >= body && values) label_cols = std::max(label_cols, static_cast<std::uint32_t>(leading_labels(row)));
  }
  out.rows = static_cast<std::uint32_t>(rows.size());
  out.cols = width;
  out.header_rows = static_cast<std::uint32_t>(body == rows.size() ? std::min<std::size_t>(1, rows.size()) : body);
  out.label_cols = std::min(label_cols, width);
  span_positional_grid(out);
}

}  // namespace retab
