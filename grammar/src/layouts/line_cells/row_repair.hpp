// Rows that the labels-then-values reading would cut in the wrong place,
// mended in a table's runs before its shape is measured: a row of standard
// errors run on after its coefficients' row, and rows cut short by a word
// among their values (暂无, 否), which reads like the next row's label.
#pragma once

#include "layouts/line_cells/runs.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace retab::line_cells {

/// Regression tables print each coefficient's standard error (or t value) in
/// brackets in a row of its own right under it, with an empty label; line
/// cells run the two rows together: k values, the empty label, k values. The
/// k for which every row with a value reads so (k values, or blocks of k
/// parted by one empty cell, each later block bracketed numbers standing only
/// under values of the block above), when some row has such a block with a
/// bracketed number written; else 0.
std::size_t continuation_block(const pending_table& p);

/// Parts the rows that continuation_block found run together: each later
/// block becomes a row whose label is the empty cell before it.
void split_continuation_rows(pending_table& p, std::size_t k);

/// A short word among a row's values (暂无, 不详, a grade written once) looks
/// like the next row's label: the row stops short and the "row" it opens is
/// short too. When the two together make exactly a row of the table's
/// length, the word is a value of the row before, as is what follows it; a
/// word at the row's end, before the next row's label and a whole row of
/// values, is its last value. Rows that are short for a reason (a value
/// spanning the columns) rarely add up so. The length is `known_length` when
/// the header told it (one_row_split_length), else the one every row splits
/// into (split_in_every_row), else the most common. The words that so
/// rejoined their rows.
std::vector<std::string_view> rejoin_rows_split_by_words(pending_table& p, std::size_t known_length);

/// One row of values under a header, split by a short word among them
/// (结果维持 ... 否 ...): the table's last two runs are its only runs with
/// values (the runs before them hold header rows that end in empty cells),
/// the second opened by that word alone, of unlike lengths, and the header
/// cells over the first fit the whole row (no label column) by more than
/// their count (fits_by_evidence). The length of that row; else 0.
std::size_t one_row_split_length(const pending_table& p);

/// One row of values under a header, with a short word at its edge: first
/// (低 5 5 1 18 ...), where it reads as the last header cell, or last (... 0
/// 未达标, then prose), where it reads as text after the table. The word is
/// a value of the row when the row is the table's only run with values and
/// the header cells over it fit the row with the word by evidence
/// (fits_by_evidence) and the row without it by no more than their count.
/// Moves the word into the values; the word, or nothing.
std::optional<std::string_view> word_at_edge_of_one_row(pending_table& p);

}  // namespace retab::line_cells
