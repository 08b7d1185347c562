#include "x3/tab_line_def.hpp"

namespace retab::grammar {
BOOST_SPIRIT_INSTANTIATE(tab_line_type, iterator_type, context_type)
}
