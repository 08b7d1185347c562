// The line-start index, built once so that positions never need a rescan.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace retab {

/// Byte offset of every line start; a final newline does not open a new line.
std::vector<std::size_t> index_lines(std::string_view text);

}  // namespace retab
