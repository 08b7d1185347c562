#include "layouts/line_cells/row_shape.hpp"

#include "layouts/line_cells/header_cuts.hpp"
#include "model/span_inference.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <map>

namespace retab::line_cells {
namespace {

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

/// How many label columns a run's `keep` row labels reach when they stand
/// side by side at different outline levels (三、 (一)), a unit aside: the
/// outermost one's level below the top, plus the labels; 0 when they are
/// not such labels.
std::size_t nested_label_depth(const run& rn, std::size_t keep, const outline_levels& levels) {
  const std::size_t outline_kept = keep - (keep >= 1 && looks_like_unit(rn.labels.back().text) ? 1 : 0);
  if (outline_kept < 2) return 0;
  const int level = levels.level(outline_marker_of(rn.labels[rn.labels.size() - keep].text));
  return keep + (level > 0 ? static_cast<std::size_t>(level) : 0);
}

/// A heading block that is a row with every value empty: one label right
/// after a row with values, with as many empty cells as that row has values
/// (行政规范性文件 and three empty cells under 规章 5 1 243); or, before the
/// first value (`first_value_run`), one of two heading blocks in a row that
/// end alike in a label and k >= 2 empty cells, the second holding only that
/// label (规章 and 行政规范性文件 under 信息内容 | 本年制发件数 | ..., every
/// count left empty; the first ends the header's run); or the one right
/// before the first value, its empty cells as many as that row's values,
/// after header cells naming every column. A section row or a header row
/// written again carries other counts, or other cells follow it.
bool empty_row(const pending_table& p, std::size_t i, std::size_t first_value_run) {
  const run& rn = p.runs[i];
  if (!heading_block(rn)) return false;
  if (i > 0 && rn.labels.size() == 1 && has_value(p.runs[i - 1].values) &&
      p.runs[i - 1].values.size() == rn.values.size())
    return true;
  const auto ends_alike = [&](std::size_t a, std::size_t b) {
    if (b >= first_value_run || b >= p.runs.size()) return false;
    const run& x = p.runs[a];
    const run& y = p.runs[b];
    return heading_block(x) && heading_block(y) && !x.labels.empty() && y.labels.size() == 1 &&
           x.values.size() >= 2 && x.values.size() == y.values.size();
  };
  if ((i > 0 && ends_alike(i - 1, i)) || ends_alike(i, i + 1)) return true;
  // Right before the first value, ending in as many empty cells as the row
  // after it, one label, has values, after header cells that name every
  // column of such a row (规章 and three empty cells under 信息内容 |
  // 本年制发件数 | 本年废止件数 | 现行有效件数, above 行政规范性文件 130 and
  // two empty cells). A header's lowest row names the columns it heads.
  if (i + 1 != first_value_run || first_value_run >= p.runs.size()) return false;
  const run& next = p.runs[i + 1];
  return next.labels.size() == 1 && rn.values.size() >= 2 && rn.values.size() == next.values.size() &&
         rn.labels.size() >= 2 + next.values.size();
}

}  // namespace

bool empty_cell_after_header(const run& rn, std::size_t keep) {
  return keep == 0 && !rn.labels.empty() && !rn.values.empty() && rn.values.front().text.empty();
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
  const std::size_t first_value_run =
      static_cast<std::size_t>(std::find(s.numeric.begin(), s.numeric.end(), true) - s.numeric.begin());
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
    // A unit after its label (网上咨询数 人次) makes a row though its values
    // are empty: header cells and section rows have no unit.
    const std::size_t n = rn.labels.size();
    const bool unit_row = n >= 2 && looks_like_unit(rn.labels[n - 1].text) && !looks_like_unit(rn.labels[n - 2].text);
    // Labels side by side at different outline levels before as many empty
    // cells as the widest row has values (三、本年度办理结果 （一）予以公开 and
    // every count left empty) are a row's, nested: header cells and
    // section rows are not numbered at two levels at once. It heads the
    // rows below as a heading block, but its labels show how deep they go.
    const std::size_t nested_depth =
        heading && rn.values.size() == s.widest_values ? nested_label_depth(rn, keep, levels) : 0;
    if (i > 0 && heading && !last_row && !unit_row && !empty_row(p, i, first_value_run)) keep = 0;
    if (nested_depth > keep) {
      s.nested = true;
      s.label_cols = std::max(s.label_cols, nested_depth);
    }
    // A table of one row under a header: every label is header.
    if (s.value_runs == 1 && ((s.numeric[i] && rn.values.size() >= 3) || heading)) keep = 0;
    if (i == 0 && rn.labels.size() >= 2 && looks_like_unit(rn.labels.back().text)) keep = 2;
    std::size_t depth = keep;
    if (const std::size_t nested = nested_label_depth(rn, keep, levels); nested > 0) {
      s.nested = true;
      depth = nested;
    }
    // A row's number (序号) and the labels after it are the row's own, side
    // by side, not an outline, nor the end of a section row or header
    // before it, whatever its values. (Row repair may have moved a label
    // off the run since the number was counted.)
    if (rn.numbered_labels > keep) keep = depth = std::min(rn.numbered_labels, rn.labels.size());
    s.label_cols = std::max(s.label_cols, depth);
  }
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
    // Without label columns, the empty cell after the header may as well be
    // the first row's first value (a count of nothing left empty): the
    // header tells which, when it fits the row's whole length by more than
    // its count (a repeated block of sub-headers) and not the length left
    // once that cell and the padding are taken off.
    if (header_in_run && s.label_cols == 0 && first.values.size() >= 3) {
      const std::vector<raw_cell> header = header_over(p, first_value_run, s.keep[first_value_run]);
      const std::size_t whole = first.values.size();
      if (fits_by_evidence(header, whole) && !fits_by_evidence(header, whole - 2)) s.padding_column = false;
    }
  }
  // With a unit column (条, 件 after the label), a row without a unit writes
  // a placeholder there instead (一、主动公开情况 — —): that value sits in the
  // unit column, not in a value column of its own.
  const bool unit_column = std::any_of(p.runs.begin(), p.runs.end(), [](const run& rn) {
    return rn.labels.size() >= 2 && looks_like_unit(rn.labels.back().text);
  });
  for (std::size_t i = 0; i < p.runs.size(); ++i) {
    const run& rn = p.runs[i];
    if (rn.labels.empty() || (heading_block(rn) && s.value_runs > 0 && !empty_row(p, i, first_value_run))) continue;
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

}  // namespace retab::line_cells
