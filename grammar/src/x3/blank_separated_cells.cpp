#include "x3/blank_separated_cells_def.hpp"

namespace retab::grammar {
BOOST_SPIRIT_INSTANTIATE(blank_separated_cells_type, iterator_type, context_type)
}
