// First pass of the document scanner: what each line of the report is.
#pragma once

#include <retab/source_text.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace retab {

enum class line_kind {
  blank,
  text,                ///< prose, heading, or a line-per-cell cell
  pipe,                ///< `a | b |`, `|`, `x | |||` (cells and/or padding pipes)
  markdown_delimiter,  ///< `|---|:--:|`
  tab,                 ///< fields separated by TAB
};

struct classified_line {
  line_kind kind = line_kind::blank;
  std::string_view text;                ///< the line, trimmed (tab lines: untrimmed)
  std::vector<std::string_view> cells;  ///< pipe cells or tab fields, raw
  std::uint32_t pad = 0;                ///< padding pipes after the cells
  bool starts_with_bar = false;         ///< `| a | b |`: also a Markdown row
};

std::vector<classified_line> classify_lines(const source_text& source);

/// Markdown cells of a row `| a | b |`; false when it is not one.
bool parse_markdown_row(std::string_view line, std::vector<std::string_view>& cells);

/// Markdown cells of a row with or without outer bars (`a | b`, `| a | b |`,
/// as GFM allows); false for a line without a bar.
bool parse_gfm_row(std::string_view line, std::vector<std::string_view>& cells);

}  // namespace retab
