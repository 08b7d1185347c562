// The one iterator and context type of every retab grammar. The instantiation
// in each <rule>.cpp must use exactly these, or calls will not link.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace retab::grammar {

namespace x3 = boost::spirit::x3;

/// Grammars run over decoded UTF-8 bytes; delimiters are ASCII, which never
/// occurs inside a multi-byte UTF-8 sequence.
using iterator_type = const char*;
/// No skipper: tabs, spaces and newlines are data in every layout.
using context_type = x3::unused_type;

}  // namespace retab::grammar
