// Tab and Markdown layouts: one grid row per line, one field per position.
#include "layouts/layout_tables.hpp"

#include "model/cell_text.hpp"
#include "model/span_inference.hpp"

#include <string>

namespace retab {
namespace {

std::string_view unescape_bars(std::string_view s, table& t) {
  if (s.find("\\|") == std::string_view::npos) return s;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '|') continue;
    out.push_back(s[i]);
  }
  return t.keep(std::move(out));
}

}  // namespace

std::vector<table> tab_tables(const std::vector<classified_line>& lines, const region& r) {
  table t = start_table(lines, r, layout::tab);
  std::vector<raw_row> rows;
  for (std::size_t i = r.first; i <= r.last; ++i) {
    if (lines[i].kind == line_kind::blank) continue;
    const auto line = static_cast<std::uint32_t>(i + 1);
    raw_row row;
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
    if (!parse_markdown_row(lines[i].text, cells)) continue;
    raw_row row;
    for (const std::string_view c : cells)
      row.push_back({unescape_bars(clean_cell_text(c, t), t), static_cast<std::uint32_t>(i + 1)});
    rows.push_back(std::move(row));
  }
  place_positional_rows(rows, false, t);
  t.evidence.push_back("Markdown rows: one cell per grid position");
  std::vector<table> out;
  out.push_back(std::move(t));
  return out;
}

}  // namespace retab
