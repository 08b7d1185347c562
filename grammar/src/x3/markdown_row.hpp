// Declaration of the GFM pipe-table grammars (see markdown_row_def.hpp).
#pragma once

#include "x3/ast.hpp"
#include "x3/config.hpp"

namespace retab::grammar {

struct markdown_row_class;
struct markdown_delimiter_class;
using markdown_row_type = x3::rule<markdown_row_class, ast::markdown_row>;
using markdown_delimiter_type = x3::rule<markdown_delimiter_class, ast::markdown_delimiter>;
BOOST_SPIRIT_DECLARE(markdown_row_type, markdown_delimiter_type)

const markdown_row_type& markdown_row();
const markdown_delimiter_type& markdown_delimiter();

}  // namespace retab::grammar
