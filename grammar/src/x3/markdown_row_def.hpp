// GFM pipe tables as PDF/HTML-to-Markdown converters write them:
//   | 项目 | 2019年 | 2020年 |
//   |---|:---:|---:|
//   | 收入 | 12 \| 13 | 14 |        `\|` is a literal bar inside a cell
//   收入 | 12 | 14                  GFM lets rows go without their outer bars
#pragma once

#include "x3/ast.hpp"
#include "x3/ast_adapted.hpp"
#include "x3/markdown_row.hpp"

namespace retab::grammar {
using x3::char_;
using x3::eoi;
using x3::lit;
using x3::raw;

const x3::rule<struct md_cell_class, ast::text_range> md_cell = "markdown cell";
const x3::rule<struct md_delim_cell_class, ast::text_range> md_delim_cell = "delimiter cell";
const markdown_row_type markdown_row_rule = "markdown row";
const markdown_pieces_type markdown_pieces_rule = "markdown row pieces";
const markdown_delimiter_type markdown_delimiter_rule = "markdown delimiter row";

const auto md_cell_def = raw[*(lit("\\|") | (char_ - '|'))];
const auto markdown_row_rule_def = lit('|') >> +(md_cell >> lit('|')) >> *lit(' ') >> eoi;
const auto markdown_pieces_rule_def = (md_cell % lit('|')) >> eoi;

const auto md_delim_cell_def = raw[*lit(' ') >> -lit(':') >> +lit('-') >> -lit(':') >> *lit(' ')];
const auto markdown_delimiter_rule_def =
    -lit('|') >> (md_delim_cell % lit('|')) >> -lit('|') >> *lit(' ') >> eoi;

BOOST_SPIRIT_DEFINE(md_cell, markdown_row_rule, markdown_pieces_rule, md_delim_cell, markdown_delimiter_rule)

const markdown_row_type& markdown_row() { return markdown_row_rule; }
const markdown_pieces_type& markdown_pieces() { return markdown_pieces_rule; }
const markdown_delimiter_type& markdown_delimiter() { return markdown_delimiter_rule; }

}  // namespace retab::grammar
