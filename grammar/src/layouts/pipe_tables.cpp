// Pipe layouts. Each row but a table's last is padded so that cells + padding
// equals the table's width; in the one-cell-per-line form that is the only
// row boundary there is, and a full row has no padding at all.
#include "layouts/layout_tables.hpp"

#include "model/cell_text.hpp"
#include "model/column_agreement.hpp"
#include "model/span_inference.hpp"
#include "model/value_kind.hpp"

#include <algorithm>

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
      s.header_cuts += cut_since_pad;
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

}  // namespace

std::vector<table> pipe_row_tables(const std::vector<classified_line>& lines, const region& r) {
  table t = start_table(lines, r, layout::pipe_row);
  cell_rows rows;
  for (std::size_t i = r.first; i <= r.last; ++i) {
    raw_row row;
    for (const std::string_view c : lines[i].cells) row.push_back({clean_cell_text(c, t), static_cast<std::uint32_t>(i + 1)});
    rows.width = std::max<std::uint32_t>(rows.width, static_cast<std::uint32_t>(row.size()) + lines[i].pad);
    rows.rows.push_back(std::move(row));
  }
  t.evidence.push_back("width " + std::to_string(rows.width) + ": the widest row's cells plus padding pipes");
  place_html_rows(rows, t);
  std::vector<table> out;
  out.push_back(std::move(t));
  return out;
}

std::vector<table> pipe_cell_tables(const std::vector<classified_line>& lines, const region& r) {
  table t = start_table(lines, r, layout::pipe_cell);
  std::vector<stream_item> items;
  std::uint32_t max_pad = 0, cells = 0;
  for (std::size_t i = r.first; i <= r.last; ++i) {
    for (const std::string_view c : lines[i].cells) {
      stream_item it;
      it.is_cell = true;
      it.cell = {clean_cell_text(c, t), static_cast<std::uint32_t>(i + 1)};
      items.push_back(it);
      ++cells;
    }
    if (lines[i].pad) {
      if (!items.empty() && items.back().is_cell && items.back().pad == 0 && !lines[i].cells.empty())
        items.back().pad = lines[i].pad;
      else {
        stream_item it;
        it.pad = lines[i].pad;
        items.push_back(it);
      }
      max_pad = std::max(max_pad, lines[i].pad);
    }
  }
  // The width that explains the padding best; then the fewest header rows cut
  // by width; then column agreement; then the narrower width (tables without
  // merged cells have no padding at all).
  segmentation best;
  std::uint32_t best_width = 0;
  double best_consistency = -1;
  const std::uint32_t top = std::min<std::uint32_t>(std::max<std::uint32_t>(cells, max_pad + 1), 64);
  for (std::uint32_t w = std::max<std::uint32_t>(2, max_pad + 1); w <= top; ++w) {
    segmentation s = segment(items, w);
    const double consistency = column_agreement(s.rows, w, 1);
    const bool better =
        best_width == 0 || s.violations < best.violations ||
        (s.violations == best.violations &&
         (s.header_cuts < best.header_cuts ||
          (s.header_cuts == best.header_cuts && consistency > best_consistency + 1e-9)));
    if (better) {
      best = std::move(s);
      best_width = w;
      best_consistency = consistency;
    }
  }
  t.evidence.push_back(
      max_pad > 0 ? "width " + std::to_string(best_width) + ": padding pipes fit it with " +
                        std::to_string(best.violations) + " mismatches, " + std::to_string(best.header_cuts) +
                        " header rows cut by width alone"
                  : "width " + std::to_string(best_width) + ": no padding; columns agree best (" +
                        std::to_string(static_cast<int>(100 * best_consistency)) + "%)");
  cell_rows rows;
  rows.rows = std::move(best.rows);
  rows.width = best_width;
  place_html_rows(rows, t);
  std::vector<table> out;
  out.push_back(std::move(t));
  return out;
}

}  // namespace retab
