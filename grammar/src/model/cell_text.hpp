// Canonical cell text: trimmed, inner whitespace runs collapsed to one space.
#pragma once

#include <retab/table.hpp>
#include <retab/text_width.hpp>

#include <string_view>

namespace retab {

/// True for the whitespace a cell may carry: ASCII blanks, NBSP, U+3000 and
/// the other Unicode spaces.
bool is_blank_text(std::string_view s);

/// `s` without the ASCII blanks at its ends.
inline std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

/// Cleans `raw`; returns a view into `raw` when nothing but trimming was
/// needed, otherwise text kept by `owner`.
std::string_view clean_cell_text(std::string_view raw, table& owner);

/// Cleans each part and joins the non-empty ones with one space.
std::string_view join_cell_lines(const std::vector<std::string_view>& parts, table& owner);


}  // namespace retab
