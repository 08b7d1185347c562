// Pipe layouts. Each row but a table's last is padded so that cells + padding
// equals the table's width; in the one-cell-per-line form that is the only
// row boundary there is, and a full row has no padding at all.
#include "layouts/layout_tables.hpp"

#include "model/cell_text.hpp"
#include "model/column_agreement.hpp"
#include "model/continued_rows.hpp"
#include "model/row_numbers.hpp"
#include "model/span_inference.hpp"
#include "model/text_alikeness.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace retab {
namespace {

struct stream_item {
  raw_cell cell;
  bool is_cell = false;
  std::uint32_t pad = 0;
};

struct segmentation {
  std::vector<raw_row> rows;
  std::size_t violations = 0;
  /// Header rows that had to be cut by width inside a padded stretch: a
  /// header row is rarely exactly full right before a padded one.
  std::size_t header_cuts = 0;
};


/// Cuts the cell stream into rows of `width`: a row ends at padding (cells +
/// padding must equal the width) or when it is full.
segmentation segment(const std::vector<stream_item>& items, std::uint32_t width) {
  segmentation s;
  raw_row current;
  std::size_t cut_since_pad = 0;
  bool body_seen = false;
  for (const stream_item& it : items) {
    if (it.is_cell) {
      if (current.size() == width) {
        body_seen = body_seen || has_value(current);
        // A last lone `|` may be the row's one padding pipe: no cut by width.
        if (!body_seen && !current.back().text.empty()) ++cut_since_pad;
        s.rows.push_back(std::move(current));
        current.clear();
      }
      current.push_back(it.cell);
    }
    if (it.pad > 0) {
      if (current.size() + it.pad != width) ++s.violations;
      // Unless the padded row is one cell across the table: a section row
      // (高收入组) under a header that has no merged cell, so is full.
      if (current.size() > 1) s.header_cuts += cut_since_pad;
      cut_since_pad = 0;
      body_seen = body_seen || has_value(current);
      if (!current.empty()) s.rows.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) s.rows.push_back(std::move(current));
  // A table does not repeat a row right below itself (a repeated header is a
  // sign that the rows are cut too short).
  for (std::size_t i = 1; i < s.rows.size(); ++i) {
    const raw_row& a = s.rows[i - 1];
    const raw_row& b = s.rows[i];
    if (a.size() == b.size() && a.size() > 1 &&
        std::equal(a.begin(), a.end(), b.begin(), [](const raw_cell& x, const raw_cell& y) { return x.text == y.text; }) &&
        std::any_of(a.begin(), a.end(), [](const raw_cell& x) { return !x.text.empty(); }))
      ++s.violations;
  }
  return s;
}

/// The rows from the first holding a value on.
std::vector<raw_row>::const_iterator first_value_row(const std::vector<raw_row>& rows) {
  return std::find_if(rows.begin(), rows.end(), [](const raw_row& row) { return has_value(row); });
}

/// Whether, below the first row holding a value, some row opens with a
/// label and some with a value: rows cut where no row begins.
bool rows_open_now_with_labels_now_with_values(const std::vector<raw_row>& rows) {
  auto it = first_value_row(rows);
  if (it == rows.end()) return false;
  bool label = false, value = false;
  for (++it; it != rows.end(); ++it) {
    const std::string_view opening = it->front().text;
    if (holds_value(opening)) value = true;
    else if (!opening.empty()) label = true;
  }
  return label && value;
}

/// How the rows from the first holding a value open: whether they number or
/// code themselves (序号 1, 2, 3 or 201, 20101 down the first column), and
/// whether two or more hold, each opening with a label (a row number or code
/// among them) or an empty cell, none empty throughout.
struct row_openings {
  row_identity identity = row_identity::none;
  bool labels_only = false;
};

row_openings openings_of(const std::vector<raw_row>& rows) {
  const auto first = first_value_row(rows);
  row_openings out;
  out.identity = identity_of_rows(rows, static_cast<std::size_t>(first - rows.begin()));
  out.labels_only = rows.end() - first >= 2 && std::all_of(first, rows.end(), [&](const raw_row& row) {
                      return (!holds_value(row.front().text) || opens_with_identifier(row, out.identity)) &&
                             std::any_of(row.begin(), row.end(), [](const raw_cell& c) { return !c.text.empty(); });
                    });
  return out;
}

bool rows_open_with_labels_only(const std::vector<raw_row>& rows) { return openings_of(rows).labels_only; }

/// Whether a classification code with a label after it stands inside a row,
/// from the first holding a value: cut too wide, a row runs on into the next
/// one's code and name, which a coded list of every second row (201, 20101 |
/// 2010101) would not otherwise show.
bool code_inside_a_row(const std::vector<raw_row>& rows) {
  return std::any_of(first_value_row(rows), rows.end(), [](const raw_row& row) {
    for (std::size_t k = 1; k + 1 < row.size(); ++k)
      if (is_classification_code(row[k].text) && !is_value_like(row[k + 1].text)) return true;
    return false;
  });
}

/// rows_open_with_labels_only, the rows numbering or coding themselves: at a
/// wrong width rows are cut where no number stands, or a code stands inside
/// a row.
bool rows_open_with_their_numbers(const std::vector<raw_row>& rows) {
  const row_openings o = openings_of(rows);
  return o.identity != row_identity::none && o.labels_only &&
         !(o.identity == row_identity::coded && code_inside_a_row(rows));
}

/// rows_open_with_labels_only, and some row after the first so opening opens
/// with an empty cell and holds bracketed numbers only: rows of labels then
/// values, with continuation rows (a coefficient's standard errors, (0.05),
/// under an empty label). A plain number after the empty cell is a value of
/// an empty column, not a continuation (备注 blank in every row). The first
/// row opening with an empty cell is a corner, not a continuation.
bool rows_open_with_labels(const std::vector<raw_row>& rows) {
  const auto first = first_value_row(rows);
  const auto continuation = [](const raw_row& row) {
    return row.front().text.empty() && std::all_of(row.begin(), row.end(), [](const raw_cell& c) {
             return c.text.empty() || is_bracketed_number(c.text);
           });
  };
  return rows_open_with_labels_only(rows) && std::any_of(first + 1, rows.end(), continuation);
}

/// Reads `cells` as tables of words that each open with an empty corner, all
/// `width` wide, or gives nothing. Without padding runs a lone `|` is either
/// an empty cell or one padding pipe; under a corner its place tells which.
/// The top row has one empty cell, at k (the corner over the row labels);
/// every row below is k cells short, all text, and is followed by k lone
/// pipes of padding, except a table's last row, after which text opens the
/// next table.
std::vector<cell_rows> read_under_corners(const std::vector<raw_cell>& cells, std::uint32_t width) {
  constexpr std::size_t min_body_rows = 2;
  const auto empty = [](const raw_cell& c) { return c.text.empty(); };
  const auto at = [&](std::size_t i) { return cells.begin() + static_cast<std::ptrdiff_t>(i); };
  std::vector<cell_rows> out;
  std::size_t pos = 0;
  while (pos < cells.size()) {
    if (pos + width > cells.size() || std::count_if(at(pos), at(pos + width), empty) != 1) return {};
    const auto k = static_cast<std::size_t>(std::find_if(at(pos), at(pos + width), empty) - at(pos));
    if (k == 0 || k + 2 > width) return {};
    cell_rows t;
    t.width = width;
    t.rows.emplace_back(at(pos), at(pos + width));
    pos += width;
    const std::size_t short_row = width - k;
    for (;;) {
      if (pos + short_row > cells.size() || std::any_of(at(pos), at(pos + short_row), empty)) return {};
      t.rows.emplace_back(at(pos), at(pos + short_row));
      pos += short_row;
      if (pos == cells.size() || !empty(cells[pos])) break;
      if (pos + k >= cells.size() || !std::all_of(at(pos), at(pos + k), empty)) return {};
      pos += k;
    }
    if (t.rows.size() < 1 + min_body_rows) return {};
    out.push_back(std::move(t));
  }
  return out;
}

/// Pipe cells of words only, without padding runs: the tables under empty
/// corners (read_under_corners) at the width whose columns hold the most
/// alike texts. Empty when no width reads the whole region so.
std::vector<cell_rows> pipe_cell_words(const std::vector<stream_item>& items) {
  std::vector<raw_cell> cells;
  for (const stream_item& it : items) {
    if (!it.is_cell || it.pad > 0) return {};
    cells.push_back(it.cell);
  }
  if (has_value(cells)) return {};
  std::vector<cell_rows> best;
  double best_alikeness = 0.0;
  for (std::uint32_t w = 3; w <= std::min<std::size_t>(cells.size() / 2, 12); ++w) {
    std::vector<cell_rows> tables = read_under_corners(cells, w);
    if (tables.empty()) continue;
    double alikeness = 0.0;
    for (const cell_rows& t : tables) {
      const std::vector<raw_row> body(t.rows.begin() + 1, t.rows.end());
      alikeness += column_text_alikeness(body, static_cast<std::uint32_t>(body.front().size()));
    }
    alikeness /= static_cast<double>(tables.size());
    if (alikeness > best_alikeness) {
      best_alikeness = alikeness;
      best = std::move(tables);
    }
  }
  return best;
}

/// The width a pipe-cell stream is read at, its rows at that width, and why.
struct width_choice {
  segmentation cut;
  std::uint32_t width = 0;
  std::string why;  ///< for --explain
};

width_choice choose_width(const std::vector<stream_item>& items) {
  // The width that explains the padding best; then, with padding, rows of
  // clearly more alike shape; then the fewest header rows cut by width; then
  // the rows and columns most alike; then the narrower width (tables without
  // merged cells have no padding at all).
  struct candidate {
    segmentation cut;
    std::uint32_t width = 0;
    double columns = -1, rows_alike = 0;
    /// Without padding every row but the last is full, and the last is short
    /// only where cells above span down into it, seldom most of it: the
    /// share of the last row missing counts against the width.
    double last_row_missing = 0;
    /// In a stream of words, the share of its lone pipes (empty cells)
    /// that are padding.
    double lone_pipes_padding = 0;
    double score() const { return columns + rows_alike - last_row_missing + lone_pipes_padding; }
  };
  // A table of words holds few empty cells, so its lone pipes are padding
  // (the rows under a label that spans down are a cell short), and at the
  // right width each one ends a row; the last row, never padded, may be as
  // short as the others.
  std::size_t empties = 0;
  bool words_only = true;
  for (const stream_item& it : items)
    if (it.is_cell) {
      empties += it.cell.text.empty() ? 1 : 0;
      words_only = words_only && !holds_value(it.cell.text);
    }
  const bool lone_pipes_pad_words = words_only && empties > 0;
  constexpr std::size_t words_sampled = 512;
  text_forms forms;
  std::vector<candidate> candidates;
  std::size_t best = 0;
  // Widths past 64 are not searched, but a run of padding pipes proves its
  // width: a table that wide is read at that width alone.
  std::uint32_t max_pad = 0, cells = 0;
  for (const stream_item& it : items) {
    max_pad = std::max(max_pad, it.pad);
    cells += it.is_cell ? 1 : 0;
  }
  const std::uint32_t narrowest = std::max<std::uint32_t>(2, max_pad + 1);
  const std::uint32_t top =
      std::max(narrowest, std::min<std::uint32_t>(std::max<std::uint32_t>(cells, max_pad + 1), 64));
  for (std::uint32_t w = narrowest; w <= top; ++w) {
    candidate c;
    c.cut = segment(items, w);
    c.width = w;
    // Without padding every width cuts the stream cleanly, so the rows must
    // tell: columns of one kind, weighed alike however short (a table of
    // few rows is wide), and rows of one shape (cut too narrow, a row's
    // values run on into the next row's label).
    c.columns = column_agreement(c.cut.rows, w, 1,
                                 max_pad > 0 ? agreement_base::all_cells : agreement_base::cells_after_first);
    c.rows_alike = row_shape_agreement(c.cut.rows);
    if (max_pad == 0 && c.cut.rows.size() >= 2 && !lone_pipes_pad_words)
      c.last_row_missing = static_cast<double>(w - std::min<std::size_t>(w, c.cut.rows.back().size())) / w;
    if (words_only) {
      // Words have no kinds to agree in, but a column of them is alike in
      // form (names, symbols, definitions) once the short rows stand under
      // the columns they continue. The rows over the stream's first cells
      // tell, as they tell every width: all of a long stream would cost its
      // length squared at each width.
      std::vector<raw_row> opening;
      std::size_t cells_read = 0, empties_read = 0;
      for (const raw_row& row : c.cut.rows) {
        if (cells_read >= words_sampled) break;
        opening.push_back(row);
        cells_read += row.size();
        empties_read += row.size() - written_cells(row);
      }
      const std::vector<std::uint32_t> shifts = continued_columns(opening, 1, w, forms);
      c.columns = column_form_alikeness(body_with_rows_moved(opening, 1, shifts), w, forms);
      // A lone pipe is padding where it ends a row short by a span: one
      // continuing the row above, or a section row of one text across the
      // table.
      std::size_t padding = 0;
      for (std::size_t i = 0; i < opening.size(); ++i) {
        const raw_row& row = opening[i];
        const bool spanned = shifts[i] > 0 || (content_length(row) == 1 && i > 0);
        if (spanned && row.size() == w) padding += w - content_length(row);
      }
      if (empties_read > 0) c.lone_pipes_padding = static_cast<double>(padding) / static_cast<double>(empties_read);
    }
    if (!candidates.empty()) {
      const candidate& b = candidates[best];
      // With padding, rows of clearly more alike shape (by half the rows or
      // more) outweigh a header row cut by width: a full header row does sit
      // above a padded section row.
      const bool rows_decide = max_pad > 0 && std::abs(c.rows_alike - b.rows_alike) >= 0.5;
      const bool better =
          c.cut.violations < b.cut.violations ||
          (c.cut.violations == b.cut.violations &&
           (rows_decide ? c.rows_alike > b.rows_alike
                        : c.cut.header_cuts < b.cut.header_cuts ||
                              (c.cut.header_cuts == b.cut.header_cuts &&
                               c.score() > b.score() + 1e-9)));
      if (better) best = candidates.size();
    }
    candidates.push_back(std::move(c));
  }
  const std::size_t first_choice = best;
  // Rows that open with their numbers at one width only tell that width,
  // among those the padding fits as well.
  bool numbered = rows_open_with_their_numbers(candidates[best].cut.rows), by_numbers = false;
  for (std::size_t i = 0; i < candidates.size() && !numbered; ++i) {
    const candidate& c = candidates[i];
    if (rows_open_with_their_numbers(c.cut.rows) && c.cut.violations == candidates[best].cut.violations) {
      best = i;
      numbered = by_numbers = true;
    }
  }
  // Without padding, rows cut at a wrong width open now with a label, now
  // with a value (rows numbered 1, 2, 3 above a total row do so at the
  // right one). Then the narrowest width whose rows (from the first
  // holding a value) all open with a label or an empty one is taken. The
  // first row holding a value may be a header row holding a number, so only
  // the rows below it tell of a wrong width.
  if (max_pad == 0 && !numbered && rows_open_now_with_labels_now_with_values(candidates[best].cut.rows)) {
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const candidate& c = candidates[i];
      if (rows_open_with_labels_only(c.cut.rows) && c.cut.violations == candidates[best].cut.violations) {
        best = i;
        break;
      }
    }
  }
  const candidate& chosen = candidates[best];
  const std::uint32_t best_width = chosen.width;
  auto percent = [](double x) { return std::to_string(static_cast<int>(100 * x + 0.5)) + "%"; };
  width_choice out;
  if (by_numbers)
    out.why = "width " + std::to_string(best_width) + ", not " + std::to_string(candidates[first_choice].width) +
              ": here the rows open with their numbers (序号 1, 2, 3, or codes 201, 20101 down the first column), "
              "each with a label after it";
  else if (chosen.width != candidates[first_choice].width)
    out.why = "width " + std::to_string(best_width) + ", not " + std::to_string(candidates[first_choice].width) +
              ": there rows open now with a label, now with a value; here" +
              (rows_open_with_labels(chosen.cut.rows)
                   ? " every row opens with a label or with the empty label of a continuation row"
                   : " every row opens with a label or an empty cell");
  else if (words_only && max_pad == 0)
    out.why = "width " + std::to_string(best_width) + ": a table of words" +
              (lone_pipes_pad_words ? ", whose lone pipes (" + percent(chosen.lone_pipes_padding) +
                                          ") pad rows short by a span,"
                                    : "") +
              " with the columns most alike in form (script, length, characters: " + percent(chosen.columns) + ")";
  else
    out.why = max_pad > 0 ? "width " + std::to_string(best_width) + ": padding pipes fit it with " +
                                std::to_string(chosen.cut.violations) + " mismatches, " +
                                std::to_string(chosen.cut.header_cuts) +
                                " header rows cut by width alone, rows of one shape " + percent(chosen.rows_alike)
                          : "width " + std::to_string(best_width) +
                                ": no padding; rows and columns most alike (rows of one shape " +
                                percent(chosen.rows_alike) + ", columns of one kind " + percent(chosen.columns) + ")";
  out.cut = std::move(candidates[best].cut);
  out.width = best_width;
  return out;
}

/// Where a second table starts in a pipe-cell stream that no one width
/// explains (choose_width left mismatches): two tables back to back with no
/// line between them, the first of full rows or padded to its width, the
/// second padded to another. A padded row's cells and padding add up to its
/// table's width, so a padded row and a width put the second table's start
/// that width less the padding, in cells, before the row's end. A start is
/// taken when the stream from there fits the width with no mismatch over two
/// padded rows or more, and the stream before it fits a width of its own;
/// each part a table by the evidence tables need: two rows or more holding
/// a value. The first such start, with the first table's reading, or none.
struct table_split {
  std::size_t start = 0;
  width_choice first;
};
std::optional<table_split> second_table_start(const std::vector<stream_item>& items) {
  // The search segments the stream once per padded row and width.
  constexpr std::size_t most_items = 2000, most_pads = 200;
  const auto pads = static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [](const stream_item& it) { return it.pad > 0; }));
  if (items.size() > most_items || pads < 2 || pads > most_pads) return std::nullopt;
  const auto part = [&](std::size_t from, std::size_t to) {
    return std::vector<stream_item>(items.begin() + static_cast<std::ptrdiff_t>(from),
                                    items.begin() + static_cast<std::ptrdiff_t>(to));
  };
  for (std::size_t v = 0; v < items.size(); ++v) {
    if (items[v].pad == 0) continue;
    for (std::uint32_t width = items[v].pad + 1; width <= 64; ++width) {
      // Back from the padded row's end over its cells; a padding run before
      // them ends the row above, so no wider row fits here.
      std::size_t start = items[v].is_cell ? v + 1 : v, cells = 0;
      while (cells < width - items[v].pad && start > 0 && items[start - 1].is_cell &&
             (items[start - 1].pad == 0 || start - 1 == v)) {
        --start;
        ++cells;
      }
      if (cells < width - items[v].pad) break;
      if (start == 0) continue;
      const std::vector<stream_item> second = part(start, items.size());
      const segmentation fit = segment(second, width);
      const auto second_pads = static_cast<std::size_t>(
          std::count_if(second.begin(), second.end(), [](const stream_item& it) { return it.pad > 0; }));
      const auto value_rows = [](const std::vector<raw_row>& rows) {
        return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), has_value));
      };
      if (fit.violations > 0 || second_pads < 2 || value_rows(fit.rows) < 2) continue;
      width_choice first = choose_width(part(0, start));
      if (first.cut.violations == 0 && value_rows(first.cut.rows) >= 2) return table_split{start, std::move(first)};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<table> pipe_row_tables(const std::vector<classified_line>& lines, const region& r) {
  table t = start_table(lines, r, layout::pipe_row);
  // Markdown-style rows, `| a | b |`: when every row opens with a bar, it
  // opens the row instead of closing an empty first cell (a column empty
  // all the way down would hold nothing anyway).
  bool markdown_style = true;
  for (std::size_t i = r.first; i <= r.last && markdown_style; ++i)
    markdown_style = lines[i].starts_with_bar && !lines[i].cells.empty() && lines[i].cells.front().empty();
  cell_rows rows;
  for (std::size_t i = r.first; i <= r.last; ++i) {
    raw_row row;
    row.reserve(lines[i].cells.size());
    for (std::size_t k = markdown_style ? 1 : 0; k < lines[i].cells.size(); ++k)
      row.push_back({clean_cell_text(lines[i].cells[k], t), static_cast<std::uint32_t>(i + 1)});
    rows.width = std::max<std::uint32_t>(rows.width, static_cast<std::uint32_t>(row.size()) + lines[i].pad);
    rows.rows.push_back(std::move(row));
  }
  t.evidence.push_back("width " + std::to_string(rows.width) + ": the widest row's cells plus padding pipes" +
                       (markdown_style ? "; every row opens with a bar (Markdown-style rows), which holds no cell"
                                       : ""));
  place_html_rows(rows, t);
  std::vector<table> out;
  out.push_back(std::move(t));
  return out;
}

std::vector<table> pipe_cell_tables(const std::vector<classified_line>& lines, const region& r) {
  table t = start_table(lines, r, layout::pipe_cell);
  std::vector<stream_item> items;
  for (std::size_t i = r.first; i <= r.last; ++i) {
    for (const std::string_view c : lines[i].cells) {
      stream_item it;
      it.is_cell = true;
      it.cell = {clean_cell_text(c, t), static_cast<std::uint32_t>(i + 1)};
      items.push_back(it);
    }
    if (lines[i].pad) {
      if (!items.empty() && items.back().is_cell && items.back().pad == 0 && !lines[i].cells.empty())
        items.back().pad = lines[i].pad;
      else {
        stream_item it;
        it.pad = lines[i].pad;
        items.push_back(it);
      }
    }
  }
  if (std::vector<cell_rows> words = pipe_cell_words(items); !words.empty()) {
    std::vector<table> out;
    for (cell_rows& w : words) {
      const region part{layout::pipe_cell, w.rows.front().front().line - 1, w.rows.back().back().line - 1};
      table sub = start_table(lines, part, layout::pipe_cell);
      for (raw_row& row : w.rows)
        for (raw_cell& c : row) c.text = sub.keep(std::string(c.text));  // the scratch table goes
      sub.evidence.push_back("pipe cells of words under an empty corner: width " + std::to_string(w.width) +
                             ", each row below the top followed by its padding pipe(s) but the last (the columns "
                             "below hold the most alike texts at this width)");
      place_html_rows(w, sub);
      out.push_back(std::move(sub));
    }
    return out;
  }
  const auto place = [&](width_choice choice, table& into, const std::string& why_split) {
    if (!why_split.empty()) into.evidence.push_back(why_split);
    into.evidence.push_back(choice.why);
    cell_rows rows;
    rows.rows = std::move(choice.cut.rows);
    rows.width = choice.width;
    place_html_rows(rows, into);
  };
  std::vector<table> out;
  width_choice whole = choose_width(items);
  std::optional<table_split> split = whole.cut.violations > 0 ? second_table_start(items) : std::nullopt;
  if (!split) {
    place(std::move(whole), t, "");
    out.push_back(std::move(t));
    return out;
  }
  // Two tables back to back: the second has no caption (the line above it is
  // the first table's), and its text moves out of the first's scratch storage.
  const std::vector<stream_item> first_part(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(split->start));
  std::vector<stream_item> second_part(items.begin() + static_cast<std::ptrdiff_t>(split->start), items.end());
  const auto line_of = [](const std::vector<stream_item>& part, bool last) {
    const auto is_cell = [](const stream_item& it) { return it.is_cell; };
    return last ? std::find_if(part.rbegin(), part.rend(), is_cell)->cell.line
                : std::find_if(part.begin(), part.end(), is_cell)->cell.line;
  };
  table second_table = start_table(lines, region{layout::pipe_cell, line_of(second_part, false) - 1, r.last},
                                   layout::pipe_cell);
  for (stream_item& it : second_part)
    if (it.is_cell) it.cell.text = second_table.keep(std::string(it.cell.text));
  t.last_line = line_of(first_part, true);
  const std::string why = "two tables back to back: padding fits no one width over both; the second starts at line " +
                          std::to_string(second_table.first_line) + ", where its padded rows fit a width of their own";
  place(std::move(split->first), t, why);
  place(choose_width(second_part), second_table, why);
  out.push_back(std::move(t));
  out.push_back(std::move(second_table));
  return out;
}

}  // namespace retab
