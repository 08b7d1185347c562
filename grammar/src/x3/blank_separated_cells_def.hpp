// Block-oriented text: every cell is one line followed by one blank line, and
// an empty cell adds one more blank line. Row boundaries are not written.
//   统计指标⏎⏎单位⏎⏎合计⏎⏎一、主动公开情况⏎⏎⏎⏎(一)主动公开政府信息数⏎⏎
// Lines of only spaces or tabs count as blank.
#pragma once

#include "x3/ast.hpp"
#include "x3/ast_adapted.hpp"
#include "x3/blank_separated_cells.hpp"

namespace retab::grammar {
using x3::char_;
using x3::eoi;
using x3::lit;
using x3::raw;

const x3::rule<struct cell_line_class, ast::text_range> cell_line = "cell line";
const x3::rule<struct gap_class, ast::text_range> gap = "blank lines";
const x3::rule<struct item_class, ast::line_cell_item> item = "cell";
const blank_separated_cells_type blank_separated_cells_rule = "line-per-cell block";

const auto blank_char = lit(' ') | lit('\t');
// A cell line must hold a visible character, so a blank line never becomes a cell.
const auto cell_line_def = raw[*blank_char >> (char_ - '\n' - ' ' - '\t') >> *(char_ - '\n')];
const auto gap_def = raw[*(*blank_char >> lit('\n'))] >> *blank_char;
const auto item_def = cell_line >> gap;
const auto blank_separated_cells_rule_def = x3::omit[gap] >> *item >> eoi;

BOOST_SPIRIT_DEFINE(cell_line, gap, item, blank_separated_cells_rule)

const blank_separated_cells_type& blank_separated_cells() { return blank_separated_cells_rule; }

}  // namespace retab::grammar
