// Line-cell reports written as the block-oriented tools write them: every
// cell followed by a blank line, an empty cell adding one more.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace retab::test {

inline std::string line_cells(std::initializer_list<std::string_view> cells) {
  std::string text;
  for (const std::string_view c : cells) {
    if (c.empty()) text += '\n';
    else text.append(c).append("\n\n");
  }
  return text;
}

}  // namespace retab::test
