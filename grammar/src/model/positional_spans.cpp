#include "model/positional_spans.hpp"

#include "model/value_kind.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace retab {
namespace {

/// Where a table's anchors stand and which positions their spans cover,
/// for the span passes over grids read one field per position. A pass grows
/// a span only over free positions and then claims them, so that spans grown
/// across by one pass and down by another never cover a position twice.
class anchor_grid {
 public:
  explicit anchor_grid(const table& t)
      : rows_(t.rows), cols_(t.cols), at_(std::size_t{t.rows} * t.cols, -1), owner_(at_) {
    for (std::size_t i = 0; i < t.cells.size(); ++i)
      if (t.cells[i].row < rows_ && t.cells[i].col < cols_) {
        at_[slot(t.cells[i].row, t.cells[i].col)] = static_cast<int>(i);
        claim(t, i);
      }
  }
  bool named(std::uint32_t r, std::uint32_t c) const { return at_[slot(r, c)] >= 0; }
  std::size_t index(std::uint32_t r, std::uint32_t c) const { return static_cast<std::size_t>(at_[slot(r, c)]); }
  /// No anchor in rows [r0, r1) x columns [c0, c1).
  bool empty(std::uint32_t r0, std::uint32_t r1, std::uint32_t c0, std::uint32_t c1) const {
    for (std::uint32_t r = r0; r < r1; ++r)
      for (std::uint32_t c = c0; c < c1; ++c)
        if (named(r, c)) return false;
    return true;
  }
  /// Neither an anchor nor a span covers row r's columns [c0, c1).
  bool free(std::uint32_t r, std::uint32_t c0, std::uint32_t c1) const {
    for (std::uint32_t c = c0; c < c1; ++c)
      if (owner_[slot(r, c)] >= 0) return false;
    return true;
  }
  /// Marks the positions cell i now covers (within the grid) as its own.
  void claim(const table& t, std::size_t i) {
    const cell& x = t.cells[i];
    for (std::uint32_t r = x.row; r < std::min(rows_, x.row + x.rowspan); ++r)
      for (std::uint32_t c = x.col; c < std::min(cols_, x.col + x.colspan); ++c)
        owner_[slot(r, c)] = static_cast<int>(i);
  }

 private:
  std::size_t slot(std::uint32_t r, std::uint32_t c) const { return std::size_t{r} * cols_ + c; }

  std::uint32_t rows_, cols_;
  std::vector<int> at_;     ///< the anchor standing at each position
  std::vector<int> owner_;  ///< the anchor covering each position
};

/// The leading columns where no body row holds a value: a grid's label
/// columns; none in a table of words.
std::uint32_t label_columns_of(const table& t) {
  std::uint32_t labels = t.cols;
  bool any_value = false;
  for (const cell& x : t.cells)
    if (x.row >= t.header_rows && x.col < labels && holds_value(x.text)) {
      labels = std::min(labels, x.col);
      any_value = true;
    }
  return any_value ? labels : 0;
}

/// Header cells of a grid read one field per position (tab rows, Markdown),
/// where a merged cell left its other positions empty, cover them again:
/// right over the empty positions of their row up to the last one that the
/// header rows below divide (本年 over 收入 and 支出), or over all of them
/// when nothing below is named (a corner block); then down over header
/// positions left empty under their whole width (项目 beside 收入 and 支出).
/// In the lowest header row, the stub covers the unnamed label columns after
/// it (项目 over three columns of nested labels).
void span_positional_header(table& out, anchor_grid& g, std::uint32_t labels) {
  const std::uint32_t h = out.header_rows, w = out.cols;
  for (std::uint32_t r = 0; r + 1 < h; ++r)
    for (std::uint32_t c = 0; c < w; ++c) {
      if (!g.named(r, c)) continue;
      std::uint32_t end = c + 1;
      while (end < w && g.free(r, end, end + 1)) ++end;
      std::uint32_t last_divided = c;
      for (std::uint32_t k = c; k < end; ++k)
        if (!g.empty(r + 1, h, k, k + 1)) last_divided = k;
      out.cells[g.index(r, c)].colspan =
          last_divided > c ? last_divided - c + 1 : g.empty(r + 1, h, c, end) ? end - c : 1;
      g.claim(out, g.index(r, c));
    }
  for (std::uint32_t c = 0; c + 1 < labels; ++c) {
    if (!g.named(h - 1, c)) continue;
    std::uint32_t end = c + 1;
    while (end < labels && g.free(h - 1, end, end + 1)) ++end;
    out.cells[g.index(h - 1, c)].colspan = end - c;
    g.claim(out, g.index(h - 1, c));
    c = end - 1;
  }
  for (std::uint32_t r = 0; r + 1 < h; ++r)
    for (std::uint32_t c = 0; c < w; ++c) {
      if (!g.named(r, c)) continue;
      cell& x = out.cells[g.index(r, c)];
      std::uint32_t down = r + 1;
      while (down < h && g.free(down, c, c + x.colspan)) ++down;
      x.rowspan = down - r;
      g.claim(out, g.index(r, c));
    }
}

/// Row labels of such a grid cover the positions their merged cell left
/// empty: across the empty label columns after them (二、公开发布 with no
/// deeper label), or across the whole row when a first-column label has
/// nothing after it (a section row, 第二十条第(五)项), then down over the rows whose labels start
/// further right (一、咨询答复 beside its (一), (二) and (三)). Spans that
/// placement already gave stay.
void span_positional_labels(table& out, anchor_grid& g, std::uint32_t labels) {
  for (std::uint32_t r = out.header_rows; r < out.rows; ++r)
    for (std::uint32_t c = 0; c < labels; ++c) {
      if (!g.named(r, c)) continue;
      std::uint32_t end = c + 1;
      while (end < labels && g.free(r, end, end + 1)) ++end;
      if (c == 0 && end == labels && g.free(r, end, out.cols)) end = out.cols;
      cell& x = out.cells[g.index(r, c)];
      x.colspan = std::max(x.colspan, end - c);
      g.claim(out, g.index(r, c));
    }
  for (std::uint32_t r = out.header_rows; r < out.rows; ++r)
    for (std::uint32_t c = 0; c < labels; ++c) {
      if (!g.named(r, c)) continue;
      cell& x = out.cells[g.index(r, c)];
      const std::uint32_t right = c + x.colspan;
      // Left of the label, the row below may be covered (by the label it
      // sits under), but names nothing; under the label it is free.
      std::uint32_t down = r + 1;
      while (down < out.rows && g.empty(down, down + 1, 0, c) && g.free(down, c, right) &&
             !g.empty(down, down + 1, right, labels))
        ++down;
      x.rowspan = std::max(x.rowspan, down - r);
      g.claim(out, g.index(r, c));
    }
}

}  // namespace

void span_positional_grid(table& out) {
  if (out.header_rows < 1 || out.cols == 0) return;
  anchor_grid g(out);
  const std::uint32_t labels = label_columns_of(out);
  span_positional_header(out, g, labels);
  span_positional_labels(out, g, labels);
}

}  // namespace retab
