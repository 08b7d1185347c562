// Helpers shared by the unit tests.
#pragma once

#include <retab/retab.hpp>

#include <fstream>
#include <iterator>
#include <string>

namespace retab::test {

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline source_text source(std::string_view text) { return decode(text, "test.txt"); }

/// The text at (r, c) of a table, "" when empty or covered.
inline std::string text_at(const table& t, std::uint32_t r, std::uint32_t c) {
  for (const cell& x : t.cells)
    if (x.row == r && x.col == c) return std::string(x.text);
  return {};
}

/// The anchor cell holding `text`, or null.
inline const cell* anchor(const table& t, std::string_view text) {
  for (const cell& x : t.cells)
    if (x.text == text) return &x;
  return nullptr;
}

}  // namespace retab::test
