#include "layouts/line_cells/runs.hpp"

#include "model/cell_text.hpp"
#include "model/row_numbers.hpp"
#include "model/span_inference.hpp"
#include "model/value_kind.hpp"
#include "x3/blank_separated_cells.hpp"

#include <algorithm>
#include <map>

namespace retab::line_cells {

namespace x3 = boost::spirit::x3;

namespace {

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

/// A run of rows numbered 1, 2, ... from cell `first` (a section row starts
/// one again): where each number stands, and the labels between a row's
/// values and the next number that are the row's remarks.
struct numbered_run {
  std::vector<std::size_t> numbers, remarks;
};

numbered_run numbered_run_from(const std::vector<raw_cell>& cells, const std::vector<bool>& value, std::size_t first) {
  const auto label = [&](std::size_t j) { return j < cells.size() && !value[j] && !cells[j].text.empty(); };
  numbered_run out;
  if (row_number_value(cells[first].text) != 1 || !label(first - 1) || !label(first + 1)) return out;
  out.numbers.push_back(first);
  // Each row's count of values, and the label after them where one stands
  // before the next number (0 where none does).
  std::vector<std::size_t> counts, between;
  for (std::size_t at = first;;) {
    std::size_t j = at + 1;
    while (label(j)) ++j;
    const std::size_t values_from = j;
    while (j < cells.size() && value[j]) ++j;
    // The row's values, then the next row's number: one value or more
    // before it, and a label after it; or a label between them.
    const std::size_t next = out.numbers.size() + 1;
    if (j - values_from >= 2 && label(j) && row_number_value(cells[j - 1].text) == next) {
      counts.push_back(j - values_from - 1);
      between.push_back(0);
      at = j - 1;
    } else if (j > values_from && label(j) && j + 2 < cells.size() && value[j + 1] &&
               row_number_value(cells[j + 1].text) == next && label(j + 2)) {
      counts.push_back(j - values_from);
      between.push_back(j);
      at = j + 1;
    } else {
      break;
    }
    out.numbers.push_back(at);
  }
  if (counts.empty()) return out;
  // A label between a row's values and the next number is the row's remark
  // (备注) when the row is a cell short without it, or when one stands after
  // every row; else a section row, the numbering going on under it.
  const std::size_t full = *std::max_element(counts.begin(), counts.end());
  const bool after_every_row = std::count(between.begin(), between.end(), 0u) == 0;
  for (std::size_t k = 0; k < between.size(); ++k)
    if (between[k] > 0 && (after_every_row || counts[k] + 1 == full)) out.remarks.push_back(between[k]);
  return out;
}

}  // namespace

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

bool heads_table(std::string_view label, bool before_first_row) {
  return looks_like_caption(label) || (before_first_row && outline_marker_of(label) == outline_marker::han_comma);
}

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

namespace {

/// The cells that code rows (classification codes, 201, 20101, 2010101),
/// each with a label after it, coding the rows as identity_of_rows wants
/// them; none when they are not so listed.
std::vector<std::size_t> row_codes(const std::vector<raw_cell>& cells, const std::vector<bool>& value) {
  std::vector<std::size_t> at;
  std::vector<raw_row> openings;  // each code and the label after it
  for (std::size_t i = 1; i + 1 < cells.size(); ++i)
    if (is_classification_code(cells[i].text) && !value[i + 1] && !cells[i + 1].text.empty()) {
      at.push_back(i);
      openings.push_back({cells[i], cells[i + 1]});
    }
  return identity_of_rows(openings, 0) == row_identity::coded ? at : std::vector<std::size_t>{};
}

}  // namespace

std::vector<bool> mark_row_numbers(const std::vector<raw_cell>& cells, std::vector<bool>& value) {
  std::vector<bool> row_number(cells.size());
  // Codes open their rows as numbers do.
  if (const std::vector<std::size_t> codes = row_codes(cells, value); !codes.empty()) {
    for (const std::size_t c : codes) {
      value[c] = false;
      row_number[c] = true;
    }
    return row_number;
  }
  std::vector<std::size_t> numbers, remarks;  // of every run of two or more
  for (std::size_t i = 1; i + 1 < cells.size(); ++i) {
    numbered_run found = numbered_run_from(cells, value, i);
    if (found.numbers.size() < 2) continue;
    i = found.numbers.back();
    numbers.insert(numbers.end(), found.numbers.begin(), found.numbers.end());
    remarks.insert(remarks.end(), found.remarks.begin(), found.remarks.end());
  }
  // Three numbered rows or more, in runs of two or more, tell a numbering.
  if (numbers.size() < 3) return row_number;
  for (const std::size_t n : numbers) {
    value[n] = false;
    row_number[n] = true;
  }
  // A remark stands where the row's values do: its last cell.
  for (const std::size_t r : remarks) value[r] = true;
  return row_number;
}

std::vector<run> split_runs(const std::vector<raw_cell>& cells, const std::vector<bool>& value,
                            const std::vector<bool>& row_number, table& t) {
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
      if (row_number[i]) r.numbered_labels = 1;
      else if (r.numbered_labels > 0) ++r.numbered_labels;
    }
  }
  return runs;
}

bool heading_block(const run& r) {
  return std::all_of(r.values.begin(), r.values.end(), [](const raw_cell& c) { return c.text.empty(); });
}

std::size_t most_common(const std::map<std::size_t, std::size_t>& counts) {
  std::size_t best = 0, most = 0;
  for (const auto& [length, n] : counts)
    if (n >= most) { most = n; best = length; }
  return best;
}

std::vector<pending_table> cut_into_tables(const std::vector<run>& runs) {
  std::vector<pending_table> tables;
  bool open = false;
  std::vector<std::string_view> seen;  // label texts of the current table
  // The last section row of the current table numbered with each marker,
  // after the run that opened it (its caption and header).
  std::map<outline_marker, int> last_section;
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
    const bool heading = heading_block(rn);
    const std::size_t after_caption = heading ? 1 : 3;
    // But a section heading numbered next after a section of the table (三、
    // after 二、依申请公开情况) is the table's next section row: its first
    // row may have no value written (a count of nothing left empty).
    const auto next_section = [&](std::string_view label) {
      const auto last = last_section.find(outline_marker_of(label));
      return last != last_section.end() && outline_ordinal(label) == last->second + 1;
    };
    bool caption_inside = false;
    for (std::size_t i = 0; i + after_caption < rn.labels.size(); ++i)
      if ((looks_like_caption(rn.labels[i].text) && !(heading && open && next_section(rn.labels[i].text))) ||
          looks_like_prose(rn.labels[i].text))
        caption_inside = true;
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
      last_section.clear();
      body_seen = false;
      open = true;
    }
    // In the opening run, a numbered label is a section row of the table
    // once two header cells stand before it (指标名称 计量单位 统计数
    // 一、主动公开情况); before them it is the caption or a heading of the
    // text, and the next table's caption may be numbered next.
    const bool opening_run = tables.back().runs.empty();
    std::size_t header_cells = 0;
    for (const raw_cell& c : rn.labels) {
      seen.push_back(c.text);
      const outline_marker m = outline_marker_of(c.text);
      if (opening_run && m == outline_marker::none && !looks_like_caption(c.text)) ++header_cells;
      if (m != outline_marker::none && (!opening_run || header_cells >= 2)) {
        int& last = last_section[m];
        last = std::max(last, outline_ordinal(c.text));
      }
    }
    body_seen = body_seen || has_value(rn.values);
    tables.back().runs.push_back(rn);
  }
  return tables;
}

}  // namespace retab::line_cells
