// One grid row per line, fields joined by TAB; a position covered by a merged
// cell is an empty field:
//   三、本年度办理结果<TAB>(一)予以公开<TAB><TAB>498
#pragma once

#include "x3/ast.hpp"
#include "x3/ast_adapted.hpp"
#include "x3/tab_line.hpp"

namespace retab::grammar {
using x3::char_;
using x3::eoi;
using x3::lit;
using x3::raw;

const x3::rule<struct tab_field_class, ast::text_range> tab_field = "tab field";
const tab_line_type tab_line_rule = "tab line";

const auto tab_field_def = raw[*(char_ - '\t')];
const auto tab_line_rule_def = (tab_field % lit('\t')) >> eoi;

BOOST_SPIRIT_DEFINE(tab_field, tab_line_rule)

const tab_line_type& tab_line() { return tab_line_rule; }

}  // namespace retab::grammar
