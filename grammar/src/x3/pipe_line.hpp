// Declaration of the pipe-delimited line grammar (see pipe_line_def.hpp).
#pragma once

#include "x3/ast.hpp"
#include "x3/config.hpp"

namespace retab::grammar {

struct pipe_line_class;
using pipe_line_type = x3::rule<pipe_line_class, ast::pipe_line>;
BOOST_SPIRIT_DECLARE(pipe_line_type)

/// Parses one trimmed line; the whole line must match.
const pipe_line_type& pipe_line();

}  // namespace retab::grammar
