#include "layouts/line_cells/body.hpp"

#include "layouts/line_cells/header_cuts.hpp"
#include "model/span_inference.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <string_view>

namespace retab::line_cells {
namespace {

/// Labels in front of a later row: section rows and repeated sub-headers,
/// a new row starting where a header text comes again or a row is full.
void add_label_rows(const std::vector<raw_cell>& labels, const std::vector<std::string_view>& header_texts,
                    std::size_t width, std::vector<raw_row>& rows) {
  raw_row group;
  for (const raw_cell& c : labels) {
    const bool repeats_header = std::find(header_texts.begin(), header_texts.end(), c.text) != header_texts.end();
    if ((repeats_header && !group.empty()) || group.size() == width) {
      rows.push_back(std::move(group));
      group.clear();
    }
    group.push_back(c);
  }
  if (!group.empty()) rows.push_back(std::move(group));
}

}  // namespace

header_material collect_header(const pending_table& p, const row_shape& s) {
  header_material h;
  // A label followed by an empty cell for every value column is a row of its own.
  auto empty_row = [&](const run& rn) {
    return rn.labels.size() >= 2 && heading_block(rn) && rn.values.size() == s.value_cols;
  };
  while (h.first_row < p.runs.size() && !s.numeric[h.first_row] && !empty_row(p.runs[h.first_row])) ++h.first_row;
  // When every body row ends in an empty cell (an empty last column), the
  // header runs that end in empty cells end header rows.
  bool rows_end_empty = h.first_row >= 2 && s.rows_end_empty;
  for (std::size_t i = 0; i < h.first_row; ++i) {
    const run& rn = p.runs[i];
    // Empty cells right after a caption on its own open the header: its
    // empty corner.
    append_header_cells(rn, rn.labels.size() == 1 && looks_like_caption(rn.labels[0].text) && heading_block(rn),
                        h.cells);
    rows_end_empty = rows_end_empty && !rn.values.empty() && heading_block(rn);
    h.breaks.push_back(h.cells.size());
  }
  if (!rows_end_empty) h.breaks.clear();
  return h;
}

bool repeats_header_in_blocks(const std::vector<raw_row>& body, const std::vector<raw_cell>& header) {
  auto in_header = [&](const raw_cell& c) {
    return !c.text.empty() &&
           std::any_of(header.begin(), header.end(), [&](const raw_cell& h) { return h.text == c.text; });
  };
  return std::any_of(body.begin(), body.end(), [&](const raw_row& row) {
    return !has_value(row) && std::any_of(row.begin(), row.end(), in_header);
  });
}

body_reading read_body(pending_table& p, const row_shape& shape, const header_material& front, std::size_t width) {
  body_reading out;
  std::vector<raw_row>& body = out.rows;
  std::vector<std::string_view> header_texts;
  const std::size_t first = front.first_row;
  for (std::size_t i = std::min(first, p.runs.size()); i < p.runs.size(); ++i) {
    const run& rn = p.runs[i];
    const std::size_t keep = shape.keep[i];
    std::vector<raw_cell> extra(rn.labels.begin(), rn.labels.end() - static_cast<std::ptrdiff_t>(keep));
    if (i == first) {
      extra.insert(extra.begin(), front.cells.begin(), front.cells.end());
      const std::size_t labels_in_front = extra.size();
      // The section rows further down: labels in front of a row's own.
      std::vector<std::string_view> later_sections;
      for (std::size_t j = first + 1; j < p.runs.size(); ++j)
        if (shape.numeric[j])
          for (std::size_t k = 0; k + shape.keep[j] < p.runs[j].labels.size(); ++k)
            later_sections.push_back(p.runs[j].labels[k].text);
      for (const raw_cell& c : take_caption_and_header(std::move(extra), p, first + 1, later_sections, width))
        body.push_back(raw_row{c});
      out.header_start = labels_in_front - p.header.size() - body.size();  // sections come off the end
      for (const raw_cell& c : p.header) header_texts.push_back(c.text);
    } else if (!extra.empty()) {
      add_label_rows(extra, header_texts, width, body);
    }
    if (rn.labels.empty() && rn.values.size() > width) {
      for (std::size_t k = 0; k < rn.values.size(); k += width)
        body.emplace_back(rn.values.begin() + static_cast<std::ptrdiff_t>(k),
                          rn.values.begin() + static_cast<std::ptrdiff_t>(std::min(k + width, rn.values.size())));
      continue;
    }
    if (keep == 0 && !rn.labels.empty() && !body.empty() && i != first) {
      // The empty cells of a heading block end its last row.
      body.back().insert(body.back().end(), rn.values.begin(), rn.values.end());
      continue;
    }
    raw_row row(rn.labels.end() - static_cast<std::ptrdiff_t>(keep), rn.labels.end());
    auto values_from = rn.values.begin();
    // The empty cell that ends the last header row, not a value.
    if (i == first && shape.numeric[i] && shape.padding_column && empty_cell_after_header(rn, keep)) ++values_from;
    row.insert(row.end(), values_from, rn.values.end());
    // Under label columns spanning down, a row carrying fewer labels sits
    // under the group label above it; values place the other rows so, and a
    // row whose values are all empty needs its covered cells written.
    if (shape.spanning_labels && !shape.numeric[i] && keep < shape.label_cols && row.size() < width)
      row.insert(row.begin(), std::min(shape.label_cols - keep, width - row.size()), raw_cell{});
    body.push_back(std::move(row));
  }
  return out;
}

}  // namespace retab::line_cells
