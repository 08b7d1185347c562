// The table model: the one type that every layout produces and every
// converter consumes. A rectangular grid of anchored cells with spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace retab {

/// How the table was written in the source.
enum class layout {
  pipe_cell,  ///< one cell per line ending in " |", padding pipes after each row
  pipe_row,   ///< one row per line, cells "text |", padding pipes at the end
  markdown,   ///< GFM pipe table with a |---| delimiter row
  tab,        ///< one row per line, fields separated by TAB
  line_cell,  ///< one cell per line, cells separated by blank lines
};

const char* layout_name(layout l) noexcept;

/// One anchored cell; positions it covers through its spans hold no cell.
struct cell {
  std::string_view text;  ///< trimmed, inner whitespace runs collapsed, NFC
  std::uint32_t row = 0;
  std::uint32_t col = 0;
  std::uint32_t rowspan = 1;
  std::uint32_t colspan = 1;
  std::uint32_t source_line = 0;  ///< 1-based line of the cell's first source line
};

/// Move-only: cells view text owned here, which a copy would not own.
class table {
 public:
  table() = default;
  table(table&&) noexcept = default;
  table& operator=(table&&) noexcept = default;
  table(const table&) = delete;
  table& operator=(const table&) = delete;

  std::uint32_t rows = 0;
  std::uint32_t cols = 0;
  std::uint32_t header_rows = 0;  ///< leading rows that are column headers
  std::uint32_t label_cols = 0;   ///< leading columns that are row labels
  std::string caption;            ///< heading line just before the table, or empty
  std::string unit_note;          ///< unit line between caption and table ((单位：件)), or empty
  std::size_t first_line = 0;     ///< 1-based source line range of the table
  std::size_t last_line = 0;
  retab::layout source_layout = layout::pipe_row;
  std::vector<cell> cells;  ///< anchors in row-major order
  /// Why the grid came out as it did, one short sentence per decision
  /// (shown by `retab detect --explain`).
  std::vector<std::string> evidence;

  /// Text for cells that are not a plain slice of the source (joined lines,
  /// collapsed whitespace). Each string lives on the heap, so neither growing
  /// the storage nor moving the table moves what views point to.
  std::string_view keep(std::string owned);

  /// Index of the anchor covering each position, row-major (r * cols + c),
  /// -1 where no cell does. A position is the anchor's own at its top-left.
  std::vector<int> coverage() const;

 private:
  std::vector<std::unique_ptr<std::string>> storage_;
};

}  // namespace retab
