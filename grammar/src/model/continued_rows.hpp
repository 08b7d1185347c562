// Tables of words (variable definitions; what a report lists by category)
// set their rows in groups whose label spans down beside them, so the rows
// under a group's first are written a cell short: 产权性质 | SOE | 年末... |
// under 控制变量 | 企业规模 | Size | 年末... |, with a padding pipe at the end
// or without one. No number says where such a row's cells go, but their
// texts do: moved right, under the columns they continue, they are like
// those columns' texts (a name among names, a symbol among symbols).
#pragma once

#include "model/raw_rows.hpp"
#include "model/text_alikeness.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace retab {

/// For each of `rows`, how many leading columns it leaves to the cells above
/// it, which span down; 0 for the rows before `body` and for every row that
/// stands as written. A row continues the row above when the body opens
/// with a full row (not with a section row), the row above is full or
/// continues too (no further right), and the row's texts are not plainly
/// more like the columns where they stand than the columns they would end
/// under, moved right (by a whole sign of form_likeness a text, against the
/// full rows' texts). Never a row opening with a text that ends in a colon
/// (a key whose value is empty), nor under a header naming remarks or notes
/// last (备注, 说明) or repeating a run of names (records side by side).
std::vector<std::uint32_t> continued_columns(const std::vector<raw_row>& rows, std::size_t body, std::uint32_t width,
                                             text_forms& forms);

/// The body rows (from `body`) with each continuing row moved right under
/// the columns it continues by its shift (continued_columns): empty cells
/// in front, none after. The table of words as its columns stand.
std::vector<raw_row> body_with_rows_moved(const std::vector<raw_row>& rows, std::size_t body,
                                          const std::vector<std::uint32_t>& shifts);

}  // namespace retab
