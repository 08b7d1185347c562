// Which grid positions are taken while cells are being placed.
#pragma once

#include <retab/table.hpp>

#include <cstdint>
#include <vector>

namespace retab {

class occupancy {
 public:
  explicit occupancy(std::uint32_t width) : width_(width) {}

  std::uint32_t width() const noexcept { return width_; }
  std::uint32_t rows() const noexcept { return static_cast<std::uint32_t>(taken_.size()); }

  bool taken(std::uint32_t r, std::uint32_t c) const {
    return r < taken_.size() && c < taken_[r].size() && taken_[r][c] >= 0;
  }
  int owner(std::uint32_t r, std::uint32_t c) const {
    return r < taken_.size() && c < taken_[r].size() ? taken_[r][c] : -1;
  }

  /// Free columns of row r, in order.
  std::vector<std::uint32_t> free_columns(std::uint32_t r) const {
    std::vector<std::uint32_t> f;
    for (std::uint32_t c = 0; c < width_; ++c)
      if (!taken(r, c)) f.push_back(c);
    return f;
  }

  /// Adds a cell to `t` and marks what it covers; widens the grid if needed.
  void place(table& t, const raw_cell& rc, std::uint32_t r, std::uint32_t c, std::uint32_t rowspan,
             std::uint32_t colspan) {
    if (c + colspan > width_) widen(c + colspan);
    const int index = static_cast<int>(t.cells.size());
    cell x;
    x.text = rc.text;
    x.row = r;
    x.col = c;
    x.rowspan = rowspan;
    x.colspan = colspan;
    x.source_line = rc.line;
    t.cells.push_back(x);
    mark(index, r, c, rowspan, colspan);
  }

  /// Extends cell `index` of `t` down by one row.
  void extend_down(table& t, int index) {
    cell& x = t.cells[static_cast<std::size_t>(index)];
    mark(index, x.row + x.rowspan, x.col, 1, x.colspan);
    ++x.rowspan;
  }

 private:
  void widen(std::uint32_t w) {
    width_ = w;
    for (auto& row : taken_) row.resize(w, -1);
  }
  void mark(int index, std::uint32_t r, std::uint32_t c, std::uint32_t rowspan, std::uint32_t colspan) {
    if (r + rowspan > taken_.size()) taken_.resize(r + rowspan, std::vector<int>(width_, -1));
    for (std::uint32_t i = r; i < r + rowspan; ++i)
      for (std::uint32_t k = c; k < c + colspan && k < width_; ++k) taken_[i][k] = index;
  }

  std::uint32_t width_;
  std::vector<std::vector<int>> taken_;
};

}  // namespace retab
