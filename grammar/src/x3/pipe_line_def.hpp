// A pipe-delimited line as web-to-text tools write it: every cell is
// `text |`, cells are joined by one space, and padding pipes may follow:
//   索引号 : | 11500000009275780L/2020-11304 | 主题分类 : | 电子政务 | ||||
//   第二十条第(一)项 | |||        one cell, three padding pipes
//   |||                           padding alone (own-line form)
//   |                             an empty cell (or a single padding pipe)
#pragma once

#include "x3/ast.hpp"
#include "x3/ast_adapted.hpp"
#include "x3/pipe_line.hpp"

namespace retab::grammar {
using x3::char_;
using x3::eoi;
using x3::lit;
using x3::raw;

// A cell needs its closing bar followed by a space or the line end; "a|b"
// inside prose is therefore no cell, and "|||" is padding, not empty cells.
const x3::rule<struct pipe_cell_class, ast::text_range> pipe_cell = "pipe cell";
const x3::rule<struct pipe_pad_class, ast::text_range> pipe_pad = "padding pipes";
const pipe_line_type pipe_line_rule = "pipe line";

const auto pipe_cell_def = raw[*(char_ - '|')] >> lit('|') >> (lit(' ') | &eoi);
const auto pipe_pad_def = raw[*lit('|')];
const auto pipe_line_rule_def = *pipe_cell >> pipe_pad >> eoi;

BOOST_SPIRIT_DEFINE(pipe_cell, pipe_pad, pipe_line_rule)

const pipe_line_type& pipe_line() { return pipe_line_rule; }

}  // namespace retab::grammar
