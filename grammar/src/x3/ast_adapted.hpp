#pragma once

#include "x3/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(retab::ast::pipe_line, cells, pad)
BOOST_FUSION_ADAPT_STRUCT(retab::ast::line_cell_item, text, gap)
