#include <retab/diagnostic.hpp>
#include <retab/table.hpp>

namespace retab {

const char* layout_name(layout l) noexcept {
  switch (l) {
    case layout::pipe_cell: return "pipe-cell";
    case layout::pipe_row: return "pipe-row";
    case layout::markdown: return "markdown";
    case layout::tab: return "tab";
    case layout::line_cell: return "line-cell";
  }
  return "?";
}

const char* error_code_name(error_code code) noexcept {
  switch (code) {
    case error_code::io_error: return "io-error";
    case error_code::invalid_utf8: return "invalid-utf8";
    case error_code::invalid_encoding: return "invalid-encoding";
    case error_code::unknown_encoding: return "unknown-encoding";
    case error_code::ambiguous_encoding: return "ambiguous-encoding";
  }
  return "?";
}

std::string_view table::keep(std::string owned) {
  storage_.push_back(std::make_unique<std::string>(std::move(owned)));
  return *storage_.back();
}

std::vector<int> table::coverage() const {
  std::vector<int> owner(static_cast<std::size_t>(rows) * cols, -1);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const cell& c = cells[i];
    for (std::uint32_t r = c.row; r < c.row + c.rowspan && r < rows; ++r)
      for (std::uint32_t k = c.col; k < c.col + c.colspan && k < cols; ++k)
        owner[static_cast<std::size_t>(r) * cols + k] = static_cast<int>(i);
  }
  return owner;
}


}  // namespace retab
