// Declaration of the blank-line line-per-cell grammar (see blank_separated_cells_def.hpp).
#pragma once

#include "x3/ast.hpp"
#include "x3/config.hpp"

namespace retab::grammar {

struct blank_separated_cells_class;
using blank_separated_cells_type = x3::rule<blank_separated_cells_class, ast::line_cell_items>;
BOOST_SPIRIT_DECLARE(blank_separated_cells_type)

const blank_separated_cells_type& blank_separated_cells();

}  // namespace retab::grammar
