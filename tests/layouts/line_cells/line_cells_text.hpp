// Line-cell reports written as the block-oriented tools write them: every
// cell followed by a blank line, an empty cell adding one more.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace retab::test {

template <typename Cells>
std::string line_cells_of(const Cells& cells) {
  std::string text;
  for (const std::string_view c : cells) {
    if (c.empty()) text += '\n';
    else text.append(c).append("\n\n");
  }
  return text;
}

inline std::string line_cells(std::initializer_list<std::string_view> cells) { return line_cells_of(cells); }

/// Cells put together by the test, row by row.
inline std::string line_cells(const std::vector<std::string_view>& cells) { return line_cells_of(cells); }

}  // namespace retab::test
