// Tab and Markdown layouts: one grid row per line, one field per position.
#include "layouts/layout_tables.hpp"

#include "model/cell_text.hpp"
#include "model/markdown_marks.hpp"
#include "model/span_inference.hpp"

#include <string>

namespace retab {
namespace {

/// A Markdown cell's text as the table holds it: as a GFM renderer shows it
/// (markdown_text: escapes, entities, `<br>` as a blank), and without strong
/// emphasis around the whole cell (`**合计**`, bold totals), which is
/// formatting. The emphasis is looked for before the escapes are read, so
/// that escaped stars (`\*\*合计\*\*`) stay text.
std::string_view markdown_cell_text(std::string_view raw, table& t) {
  const std::string_view s = without_strong_emphasis(clean_cell_text(raw, t));
  // A `<br>` or an entity may leave blanks to trim and collapse.
  return has_markdown_escapes(s) ? clean_cell_text(t.keep(markdown_text(s)), t) : s;
}

}  // namespace

std::vector<table> tab_tables(const std::vector<classified_line>& lines, const region& r) {
  table t = start_table(lines, r, layout::tab);
  std::vector<raw_row> rows;
  for (std::size_t i = r.first; i <= r.last; ++i) {
    if (lines[i].kind == line_kind::blank) continue;
    const auto line = static_cast<std::uint32_t>(i + 1);
    raw_row row;
    row.reserve(lines[i].cells.size() + 1);
    // A line without tabs in the region is a section row of one field.
    if (lines[i].kind != line_kind::tab) row.push_back({clean_cell_text(lines[i].text, t), line});
    for (const std::string_view f : lines[i].cells) row.push_back({clean_cell_text(f, t), line});
    rows.push_back(std::move(row));
  }
  place_positional_rows(rows, true, t);
  t.evidence.push_back("tab rows: one field per grid position; rows that stop early have their values moved "
                       "under the value columns and their labels under their outline level");
  std::vector<table> out;
  out.push_back(std::move(t));
  return out;
}

std::vector<table> markdown_tables(const std::vector<classified_line>& lines, const region& r) {
  table t = start_table(lines, r, layout::markdown);
  std::vector<raw_row> rows;
  for (std::size_t i = r.first; i <= r.last; ++i) {
    if (lines[i].kind == line_kind::markdown_delimiter) continue;
    std::vector<std::string_view> cells;
    if (!parse_gfm_row(lines[i].text, cells)) continue;
    raw_row row;
    row.reserve(cells.size());
    for (const std::string_view c : cells)
      row.push_back({markdown_cell_text(c, t), static_cast<std::uint32_t>(i + 1)});
    rows.push_back(std::move(row));
  }
  place_positional_rows(rows, false, t);
  t.evidence.push_back("Markdown rows: one cell per grid position");
  std::vector<table> out;
  out.push_back(std::move(t));
  return out;
}

}  // namespace retab
