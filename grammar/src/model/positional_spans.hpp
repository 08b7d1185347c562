// Spans of a grid read one field per position (tab rows, Markdown), where a
// merged cell left its other positions empty: header cells and row labels
// cover them again.
#pragma once

#include <retab/table.hpp>

namespace retab {

/// Sets the rowspan and colspan of `out`'s header cells and row labels from
/// the empty positions around them; spans already set only grow.
void span_positional_grid(table& out);

}  // namespace retab
