// Declaration of the tab-delimited row grammar (see tab_line_def.hpp).
#pragma once

#include "x3/ast.hpp"
#include "x3/config.hpp"

namespace retab::grammar {

struct tab_line_class;
using tab_line_type = x3::rule<tab_line_class, ast::tab_line>;
BOOST_SPIRIT_DECLARE(tab_line_type)

const tab_line_type& tab_line();

}  // namespace retab::grammar
