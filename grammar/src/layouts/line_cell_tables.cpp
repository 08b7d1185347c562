// Blank-line line-per-cell layout: no row markers at all. Rows are recovered
// from the shape of the data: a row is its labels followed by its values, so
// a value followed by a label starts a new row; the table width is the row
// length that recurs; labels left over in front of a row are a section row,
// a header, or (when several pile up) the caption and header of a new table.
#include "layouts/layout_tables.hpp"

#include "model/cell_text.hpp"
#include "model/span_inference.hpp"
#include "model/value_kind.hpp"
#include "x3/blank_separated_cells.hpp"

#include <algorithm>
#include <map>

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
/// note without outline numbering continues the label before it.
bool continues_label(std::string_view s) {
  return (s.substr(0, 1) == "(" || s.substr(0, 3) == "（") && outline_marker_of(s) == outline_marker::none;
}

std::vector<run> split_runs(const std::vector<raw_cell>& cells, table& t) {
  std::vector<run> runs;
  for (const raw_cell& c : cells) {
    const bool value = is_value_like(c.text);
    if (runs.empty() || (!value && !runs.back().values.empty())) runs.emplace_back();
    run& r = runs.back();
    if (value) {
      r.values.push_back(c);
    } else if (!r.labels.empty() && continues_label(c.text)) {
      raw_cell& prev = r.labels.back();
      prev.text = join_cell_lines({prev.text, c.text}, t);
    } else {
      r.labels.push_back(c);
    }
  }
  return runs;
}

/// The row length that recurs: the longest one seen in at least a quarter of
/// the rows that hold values (and at least twice), else the most common one;
/// recurring single-label rows can only raise it.
std::uint32_t table_width(const std::vector<run>& runs) {
  std::map<std::size_t, std::size_t> count;
  std::size_t total = 0;
  for (const run& r : runs) {
    if (r.values.empty() || r.labels.empty()) continue;
    ++count[r.labels.size() + r.values.size()];
    ++total;
  }
  std::size_t best = 0, best_count = 0;
  for (const auto& [len, n] : count) {
    if (n > best_count) { best = len; best_count = n; }
  }
  for (const auto& [len, n] : count)
    if (n >= 2 && 4 * n >= total && len > best) best = len;
  // A run with a single label cannot hold a merged section row, so its length
  // (empty cells included) is a real row width when it recurs.
  std::map<std::size_t, std::size_t> single;
  for (const run& r : runs)
    if (r.labels.size() == 1 && !r.values.empty()) ++single[1 + r.values.size()];
  for (const auto& [len, n] : single)
    if (n >= 2 && len > best) best = len;
  return static_cast<std::uint32_t>(best);
}

struct pending_table {
  std::vector<raw_cell> header;
  std::string caption;
  std::vector<raw_row> body;
};

std::vector<raw_row> header_rows(const std::vector<raw_cell>& cells, std::uint32_t width, std::uint32_t value_cols) {
  std::vector<raw_row> rows;
  if (cells.empty()) return rows;
  if (cells.size() <= width) {
    rows.emplace_back(cells.begin(), cells.end());
    return rows;
  }
  // The lowest header row names each value column; the rest sit above it.
  const std::size_t leaf = std::min<std::size_t>(value_cols, cells.size());
  std::size_t upper = cells.size() - leaf;
  std::size_t at = 0;
  while (upper > width) {
    rows.emplace_back(cells.begin() + static_cast<std::ptrdiff_t>(at), cells.begin() + static_cast<std::ptrdiff_t>(at + width));
    at += width;
    upper -= width;
  }
  rows.emplace_back(cells.begin() + static_cast<std::ptrdiff_t>(at), cells.end() - static_cast<std::ptrdiff_t>(leaf));
  rows.emplace_back(cells.end() - static_cast<std::ptrdiff_t>(leaf), cells.end());
  return rows;
}

/// Splits labels found in front of a table into its caption and header.
void take_caption_and_header(std::vector<raw_cell> labels, pending_table& p) {
  std::size_t start = 0;
  for (std::size_t i = labels.size(); i-- > 0;) {
    if (looks_like_caption(labels[i].text) || looks_like_prose(labels[i].text)) {
      if (looks_like_caption(labels[i].text) && p.caption.empty()) p.caption = std::string(labels[i].text);
      start = i + 1;
      break;
    }
  }
  p.header.assign(labels.begin() + static_cast<std::ptrdiff_t>(start), labels.end());
}

}  // namespace

std::vector<table> line_cell_tables(const source_text& source, const std::vector<classified_line>& lines,
                                    const region& r) {
  std::vector<table> out;
  table scratch;
  const std::vector<raw_cell> cells = read_cells(source, r, scratch);
  std::vector<run> runs = split_runs(cells, scratch);
  const std::uint32_t width = table_width(runs);
  if (width < 2) return out;

  std::vector<pending_table> tables;
  bool open = false;
  for (run& rn : runs) {
    if (rn.values.empty()) {  // labels with nothing after them end the table
      open = false;
      continue;
    }
    if (rn.labels.empty() && rn.values.size() > width && open) {
      for (std::size_t k = 0; k < rn.values.size(); k += width)
        tables.back().body.emplace_back(rn.values.begin() + static_cast<std::ptrdiff_t>(k),
                                        rn.values.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(k + width, rn.values.size())));
      continue;
    }
    const std::size_t room = rn.values.size() < width ? width - rn.values.size() : 1;
    const std::size_t keep = std::min(rn.labels.size(), std::max<std::size_t>(room, 1));
    std::vector<raw_cell> extra(rn.labels.begin(), rn.labels.end() - static_cast<std::ptrdiff_t>(keep));
    raw_row row(rn.labels.end() - static_cast<std::ptrdiff_t>(keep), rn.labels.end());
    row.insert(row.end(), rn.values.begin(), rn.values.end());
    if (!open) {
      tables.emplace_back();
      take_caption_and_header(std::move(extra), tables.back());
      open = true;
    } else if (extra.size() == 1 && !looks_like_caption(extra[0].text)) {
      tables.back().body.push_back(raw_row{extra[0]});
    } else if (!extra.empty()) {
      tables.emplace_back();
      take_caption_and_header(std::move(extra), tables.back());
    }
    tables.back().body.push_back(std::move(row));
  }

  for (pending_table& p : tables) {
    std::size_t numeric_rows = 0;
    std::map<std::size_t, std::size_t> label_counts;
    for (const raw_row& row : p.body) {
      if (first_body_row({row}) == 0) ++numeric_rows;
      std::size_t labels = 0;
      while (labels < row.size() && !is_value_like(row[labels].text)) ++labels;
      if (row.size() > 1) ++label_counts[labels];
    }
    if (numeric_rows < 2) continue;
    std::size_t label_cols = 1, most = 0;
    for (const auto& [n, c] : label_counts)
      if (c > most) { most = c; label_cols = n; }
    table t;
    t.source_layout = layout::line_cell;
    cell_rows rows;
    rows.width = width;
    rows.rows = header_rows(p.header, width, width > label_cols ? width - static_cast<std::uint32_t>(label_cols) : width);
    rows.rows.insert(rows.rows.end(), p.body.begin(), p.body.end());
    // Re-home every cell's text in the table that outlives this function.
    for (raw_row& row : rows.rows)
      for (raw_cell& c : row) c.text = t.keep(std::string(c.text));
    std::uint32_t first_line = UINT32_MAX, last_line = 0;
    for (const raw_row& row : rows.rows)
      for (const raw_cell& c : row) {
        if (!c.text.empty()) first_line = std::min(first_line, c.line);
        last_line = std::max(last_line, c.line);
      }
    t.first_line = first_line;
    t.last_line = last_line;
    t.caption = p.caption.empty() ? std::string(caption_above(lines, first_line - 1)) : p.caption;
    place_html_rows(rows, t);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace retab
