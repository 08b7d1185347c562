#include "scan/region_finder.hpp"

#include "model/cell_text.hpp"
#include "model/value_kind.hpp"

#include <algorithm>

namespace retab {
namespace {

bool is_kind(const std::vector<classified_line>& lines, std::size_t i, line_kind k) {
  return i < lines.size() && lines[i].kind == k;
}

/// Splits a run of pipe-row lines into tables: every row but a table's last is
/// padded to the table's width, so a short unpadded row ends a table and a
/// row padded to another width starts one.
void split_pipe_rows(const std::vector<classified_line>& lines, std::size_t first, std::size_t last,
                     std::vector<region>& out) {
  std::size_t start = first;
  std::uint32_t width = 0;
  auto close = [&](std::size_t end) {
    if (end >= start && end - start + 1 >= 2) out.push_back({layout::pipe_row, start, end});
  };
  for (std::size_t i = first; i <= last; ++i) {
    const auto n = static_cast<std::uint32_t>(lines[i].cells.size());
    const std::uint32_t p = lines[i].pad;
    if (p > 0) {
      if (width == 0) width = n + p;
      else if (n + p != width) {
        close(i - 1);
        start = i;
        width = n + p;
      }
    } else if (width == 0) {
      width = n;
    } else if (n < width) {
      close(i);
      start = i + 1;
      width = 0;
    } else if (n > width) {
      width = n;
    }
  }
  if (start <= last) close(last);
}

/// Same number of fields, filled at the same positions, and some text
/// repeated at its position: a header written again.
bool repeats_first_row(const classified_line& a, const classified_line& b) {
  if (a.cells.size() != b.cells.size()) return false;
  bool shared_text = false;
  for (std::size_t k = 0; k < a.cells.size(); ++k) {
    if (a.cells[k].empty() != b.cells[k].empty()) return false;
    if (!a.cells[k].empty() && a.cells[k] == b.cells[k] && !is_numeric(a.cells[k])) shared_text = true;
  }
  return shared_text;
}

/// A tab row that heads another table after a blank line: labels only, two
/// or more (after an empty corner, perhaps), and a field count that differs
/// from the widest row above, whose table had a row with a value. (A row
/// with a value, or the same count, continues the table: stray blank lines
/// and rows of uneven length occur inside one.)
bool heads_another_table(const classified_line& row, std::size_t widest_above, bool value_above) {
  if (!value_above || row.cells.size() == widest_above) return false;
  std::size_t labels = 0;
  for (const std::string_view field : row.cells) {
    if (field.empty()) continue;
    if (is_value_like(field)) return false;
    ++labels;
  }
  return labels >= 2;
}

bool cell_like(const classified_line& l) {
  return l.kind == line_kind::text && !looks_like_prose(l.text);
}

/// A line between two tab rows that can only be a section row written
/// without its empty fields (the copying tool writes a row only as far as it
/// is occupied): a cell's text (一、机关团体, 东部地区), not a sentence, a
/// caption or a unit note, which stand outside a table.
bool section_row_without_tabs(const classified_line& l) {
  return cell_like(l) && !looks_like_caption(l.text) && !looks_like_unit_note(l.text);
}

}  // namespace

std::vector<region> find_regions(const std::vector<classified_line>& lines) {
  std::vector<region> out;
  std::vector<bool> used(lines.size(), false);

  // Markdown: a header row, the |---| line, then rows that start with a bar.
  // GFM lets rows go without their outer bars (项目 | 数量 over --- | ---);
  // the header then has exactly as many cells as the |---| line declares,
  // and the rows are the lines with a bar up to the next line without one.
  std::vector<std::string_view> row_cells;
  const auto bare_row = [&](std::size_t i) {
    return !used[i] && (is_kind(lines, i, line_kind::text) || is_kind(lines, i, line_kind::pipe)) &&
           parse_gfm_row(lines[i].text, row_cells);
  };
  for (std::size_t d = 1; d < lines.size(); ++d) {
    if (!is_kind(lines, d, line_kind::markdown_delimiter) || used[d]) continue;
    const bool barred = is_kind(lines, d - 1, line_kind::pipe) && lines[d - 1].starts_with_bar;
    if (!barred && !(bare_row(d - 1) && row_cells.size() == lines[d].cells.size())) continue;
    std::size_t e = d;
    if (barred) {
      while (e + 1 < lines.size() && is_kind(lines, e + 1, line_kind::pipe) && lines[e + 1].starts_with_bar) ++e;
    } else {
      while (e + 1 < lines.size() && bare_row(e + 1)) ++e;
    }
    if (e == d) continue;
    out.push_back({layout::markdown, d - 1, e});
    for (std::size_t k = d - 1; k <= e; ++k) used[k] = true;
  }

  for (std::size_t i = 0; i < lines.size();) {
    if (used[i]) { ++i; continue; }
    if (lines[i].kind == line_kind::pipe) {
      std::size_t e = i;
      while (e + 1 < lines.size() && !used[e + 1] && lines[e + 1].kind == line_kind::pipe) ++e;
      std::size_t multi = 0, with_cells = 0, cells = 0, pads = 0;
      for (std::size_t k = i; k <= e; ++k) {
        if (!lines[k].cells.empty()) ++with_cells;
        if (lines[k].cells.size() >= 2) ++multi;
        cells += lines[k].cells.size();
        if (lines[k].pad) ++pads;
      }
      if (e > i) {
        if (2 * multi >= with_cells) split_pipe_rows(lines, i, e, out);
        else if (cells >= 4 || pads > 0) out.push_back({layout::pipe_cell, i, e});
      }
      i = e + 1;
      continue;
    }
    if (lines[i].kind == line_kind::tab) {
      // Stray single blank lines can sit inside a tab table; but the first
      // row written again after a blank line (same shape, some same header
      // text), or another table's header (heads_another_table), heads a
      // table that follows. A section row copied without its empty fields
      // (一、机关团体, no tab) between two rows is the table's.
      std::size_t e = i, rows = 1, widest = 0;
      bool value_seen = false;
      const auto take_row = [&](std::size_t k) {
        widest = std::max(widest, lines[k].cells.size());
        value_seen = value_seen || std::any_of(lines[k].cells.begin(), lines[k].cells.end(), holds_value);
      };
      take_row(i);
      for (;;) {
        if (is_kind(lines, e + 1, line_kind::tab)) { take_row(++e); ++rows; }
        else if (e + 1 < lines.size() && section_row_without_tabs(lines[e + 1]) &&
                 is_kind(lines, e + 2, line_kind::tab)) { e += 2; take_row(e); rows += 2; }
        else if (is_kind(lines, e + 1, line_kind::blank) && is_kind(lines, e + 2, line_kind::tab) &&
                 !repeats_first_row(lines[i], lines[e + 2]) &&
                 !heads_another_table(lines[e + 2], widest, value_seen)) { e += 2; take_row(e); ++rows; }
        else break;
      }
      if (rows >= 2) out.push_back({layout::tab, i, e});
      i = e + 1;
      continue;
    }
    if (cell_like(lines[i])) {
      // Blocks of one short line each, separated by blank lines.
      std::size_t e = i, cells = 1, numbers = is_numeric(lines[i].text) ? 1 : 0, empty_cells = 0;
      std::size_t k = i + 1;
      for (;;) {
        if (!is_kind(lines, k, line_kind::blank)) break;
        const std::size_t gap = k;
        while (is_kind(lines, k, line_kind::blank)) ++k;
        if (k >= lines.size() || used[k] || !cell_like(lines[k])) break;
        if (k - gap >= 2) ++empty_cells;
        e = k;
        ++cells;
        if (is_numeric(lines[k].text)) ++numbers;
        ++k;
      }
      // Extend over the blank lines after the last cell: they may be empty cells.
      std::size_t tail = e;
      while (is_kind(lines, tail + 1, line_kind::blank)) ++tail;
      // Numbers are the evidence of a table; a table of words needs a caption
      // above its cells (表1 控制指令表) or an empty cell among them instead:
      // prose never leaves an extra blank line. Empty cells right after them
      // (a row of counts all left empty) do as well, even at the end of the
      // file: the readers still want a header that fits them.
      const bool empty_cells_after = tail >= e + 2;
      if (cells >= 6 && (numbers >= 2 || (cells >= 7 && (looks_like_caption(lines[i].text) || empty_cells >= 1 ||
                                                         empty_cells_after))))
        out.push_back({layout::line_cell, i, tail});
      i = e + 1;
      continue;
    }
    ++i;
  }
  std::sort(out.begin(), out.end(), [](const region& a, const region& b) { return a.first < b.first; });
  return out;
}

table_heading heading_above(const std::vector<classified_line>& lines, std::size_t first) {
  table_heading h;
  std::size_t i = first;
  while (i > 0) {
    --i;
    if (lines[i].kind == line_kind::blank) continue;
    if (lines[i].kind != line_kind::text) break;
    const std::string_view t = lines[i].text;
    if (h.unit_note.empty() && looks_like_unit_note(t)) {
      h.unit_note = t;
      continue;
    }
    if (!looks_like_prose(t) && display_width(t) <= 80) h.caption = t;
    break;
  }
  return h;
}

}  // namespace retab
