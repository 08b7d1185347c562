#include "x3/markdown_row_def.hpp"

namespace retab::grammar {
BOOST_SPIRIT_INSTANTIATE(markdown_row_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(markdown_pieces_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(markdown_delimiter_type, iterator_type, context_type)
}
