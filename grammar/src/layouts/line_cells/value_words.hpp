// Words among the values of line-cell tables (是/否, 达标/未达标, 优/良):
// short texts that stand where numbers stand. Line cells keep no row
// boundaries, so a word read as a label would open a row in the wrong place;
// these are found before the stream is cut into rows.
#pragma once

#include "model/raw_rows.hpp"

#include <string_view>
#include <vector>

namespace retab::line_cells {

/// A text short enough, and unlike a label enough, to be a word among the
/// values (是, 达标, 暂无): no outline number, total or unit.
bool short_value_word(std::string_view text);

/// Words among the values (是/否, 达标/未达标): short texts of a small
/// vocabulary (recurring_vocabulary) written right after a value and never
/// right after a label, or in a row of words (控制变量 否 是 是 right after a
/// value or another such row: two or more short words after the row's
/// label, which is long or written once), or in the first value column
/// (right after each row's label, never after a value). Such a word never
/// opens a row. Row labels that recur are no such words: the first of a row
/// group follows the group's label, and the others come once in every
/// group. A short word written once (a grade given once) joins them when it
/// stands where they stand: as far from the row's label, and before a value
/// or a label as they are. `value_like`: is_value_like of each cell.
std::vector<std::string_view> words_standing_as_values(const std::vector<raw_cell>& cells,
                                                       const std::vector<bool>& value_like);

}  // namespace retab::line_cells
