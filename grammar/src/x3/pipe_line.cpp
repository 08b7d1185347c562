#include "x3/pipe_line_def.hpp"

namespace retab::grammar {
BOOST_SPIRIT_INSTANTIATE(pipe_line_type, iterator_type, context_type)
}
