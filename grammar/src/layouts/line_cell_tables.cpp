// Blank-line line-per-cell layout: no row markers at all. Rows are recovered
// from the shape of the data: a row is its labels followed by its values, so
// a value followed by a label starts a new row; the table width is the row
// length that recurs; labels left over in front of a row are a section row,
// a header, or (when several pile up) the caption and header of a new table.
// The steps live in line_cells/: runs, row repair, row shape, header cuts,
// body, plain grids and words among the values.
#include "layouts/layout_tables.hpp"
#include "layouts/line_cells/body.hpp"
#include "layouts/line_cells/header_cuts.hpp"
#include "layouts/line_cells/plain_grids.hpp"
#include "layouts/line_cells/row_repair.hpp"
#include "layouts/line_cells/row_shape.hpp"
#include "layouts/line_cells/runs.hpp"
#include "layouts/line_cells/value_words.hpp"

#include "model/column_agreement.hpp"
#include "model/span_inference.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace retab {

using namespace line_cells;

namespace {

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

/// A table whose one row has no value written (every count left empty):
/// the header's cells, then empty cells as many as the columns the header
/// fits by more than its count (a repeated block of sub-headers, a total
/// before the lowest row), or one or two more. Without a value nothing else
/// tells a table from short lines of text, so the header must tell it.
std::optional<table> read_row_of_empty_cells(const pending_table& p, const source_text& source,
                                             const std::vector<classified_line>& lines) {
  // Header rows may end in empty cells too, each a run of its own.
  if (p.runs.empty() || !p.tail.empty() || !std::all_of(p.runs.begin(), p.runs.end(), heading_block))
    return std::nullopt;
  const std::size_t last = p.runs.size() - 1;
  const run& rn = p.runs[last];
  const std::vector<raw_cell> header = header_over(p, last);
  // The fewest columns it fits: a page's empty column after the table adds
  // an empty cell to the header and one to the row. (Four header rows at
  // most: a header of thousands of lines is text, and costly to cut.)
  std::size_t n = 0;
  for (std::size_t k = rn.values.size(); k + 2 >= rn.values.size() && k >= 3; --k)
    if (header.size() > k && header.size() <= 4 * k && fits_by_evidence(header, k)) n = k;
  if (n == 0) return std::nullopt;
  header_reading reading = header_rows(header, 0, static_cast<std::uint32_t>(n), false);
  std::vector<raw_row> rows = std::move(reading.rows);
  rows.emplace_back(rn.values.begin(), rn.values.begin() + static_cast<std::ptrdiff_t>(n));
  // The caption, if any, stands right above the header, among the opening
  // run's labels that the header left out.
  std::size_t labels = 0;
  for (const run& r : p.runs) labels += r.labels.size();
  const std::vector<raw_cell>& opening = p.runs[0].labels;
  const std::size_t before = labels - header.size();
  std::string caption = p.caption;
  if (caption.empty() && before > 0 && before <= opening.size() && looks_like_caption(opening[before - 1].text))
    caption = std::string(opening[before - 1].text);
  table t = build_table(std::move(rows), static_cast<std::uint32_t>(n), caption, source, lines);
  t.evidence.insert(t.evidence.begin(), reading.why);
  t.evidence.insert(t.evidence.begin(), "line cells: one row of " + std::to_string(n) +
                                            " empty cells and no value written, under a header that fits them "
                                            "by more than its count");
  return t;
}

/// One table from its runs: rows mended (row_repair.hpp), their shape
/// measured, header and body read; or the plain grid, when it reads the
/// cells clearly better. Nothing when fewer than two rows hold a number
/// (one row will do under a header, with three values or more).
std::optional<table> read_table(pending_table& p, const std::vector<std::string_view>& value_words,
                                const source_text& source, const std::vector<classified_line>& lines, table& scratch) {
  if (std::optional<table> empty = read_row_of_empty_cells(p, source, lines)) return empty;
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
  if (numeric_rows < 2 && !one_row_under_header) return std::nullopt;

  // Nested label columns share one header cell (the stub); label and unit
  // columns have one each.
  const auto label_headers = static_cast<std::uint32_t>(shape.nested ? 1 : label_cols);
  header_reading header{header_rows_at_breaks(p.header, reading.header_start, front.breaks, width),
                        "header: cut into rows where the empty cells that end its rows fall"};
  // The header names the columns before a padding column, not that one.
  const std::size_t named_cols = value_cols - (shape.padding_column && value_cols > 1 ? 1 : 0);
  // A padding column would shift the columns a total is summed over.
  const std::vector<raw_row> no_rows;
  if (header.rows.empty())
    header = header_rows(join_broken_header_cells(p.header, label_headers, named_cols, scratch), label_headers,
                         static_cast<std::uint32_t>(named_cols), repeats_header_in_blocks(body, p.header),
                         shape.padding_column ? no_rows : body);
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
      return t;
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
  return t;
}

}  // namespace



std::vector<table> line_cell_tables(const source_text& source, const std::vector<classified_line>& lines,
                                    const region& r) {
  table scratch;
  const std::vector<raw_cell> cells = read_cells(source, r, scratch);
  std::vector<bool> value(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) value[i] = is_value_like(cells[i].text);
  if (!has_value(cells)) {
    std::vector<table> words = tables_of_words(cells, source, lines);
    if (!words.empty()) return words;
    // Or headers over rows of empty cells, every count left empty.
    std::vector<table> out;
    const std::vector<bool> no_row_numbers(cells.size(), false);
    for (pending_table& p : cut_into_tables(split_runs(cells, value, no_row_numbers, scratch)))
      if (std::optional<table> t = read_row_of_empty_cells(p, source, lines)) out.push_back(std::move(*t));
    return out;
  }
  mark_column_numbers(cells, value);
  const std::vector<std::string_view> value_words = words_standing_as_values(cells, value);
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (!value[i]) value[i] = std::find(value_words.begin(), value_words.end(), cells[i].text) != value_words.end();
  const std::vector<bool> row_number = mark_row_numbers(cells, value);
  std::vector<table> out;
  for (pending_table& p : cut_into_tables(split_runs(cells, value, row_number, scratch)))
    if (std::optional<table> t = read_table(p, value_words, source, lines, scratch)) out.push_back(std::move(*t));
  return out;
}

}  // namespace retab
