// Display width of text in a terminal or a spreadsheet column: East Asian
// wide and full-width characters count 2 (ICU East_Asian_Width W and F).
#pragma once

#include <cstddef>
#include <string_view>

namespace retab {

std::size_t display_width(std::string_view utf8);

}  // namespace retab
