// Declaration of the GFM pipe-table grammars (see markdown_row_def.hpp).
#pragma once

#include "x3/ast.hpp"
#include "x3/config.hpp"

namespace retab::grammar {

struct markdown_row_class;
struct markdown_pieces_class;
struct markdown_delimiter_class;
using markdown_row_type = x3::rule<markdown_row_class, ast::markdown_row>;
using markdown_pieces_type = x3::rule<markdown_pieces_class, ast::markdown_row>;
using markdown_delimiter_type = x3::rule<markdown_delimiter_class, ast::markdown_delimiter>;
BOOST_SPIRIT_DECLARE(markdown_row_type, markdown_pieces_type, markdown_delimiter_type)

const markdown_row_type& markdown_row();
/// A row's text cut at every unescaped bar, outer bars or not (`a | b`,
/// `| a | b |`): the pieces before the first bar and after the last are
/// empty when the row has outer bars.
const markdown_pieces_type& markdown_pieces();
const markdown_delimiter_type& markdown_delimiter();

}  // namespace retab::grammar
