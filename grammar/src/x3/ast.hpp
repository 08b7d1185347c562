// Single-member structs are plain vectors: X3 mishandles one-element fusion sequences.
// What the line grammars produce: views (iterator ranges) into the decoded
// text, never copies. Text is trimmed and collapsed later, in cell_text.
#pragma once

#include <boost/range/iterator_range.hpp>

#include <vector>

namespace retab::ast {

using text_range = boost::iterator_range<const char*>;

/// `a | b | |||`: cells "a ", "b ", then padding pipes "|||".
struct pipe_line {
  std::vector<text_range> cells;
  text_range pad;  ///< the trailing run of padding pipes, possibly empty
};

/// `| a | b |`: cells " a ", " b " (escaped `\|` stays in the text).
using markdown_row = std::vector<text_range>;

/// `|---|:--:|`: the number of columns it declares.
using markdown_delimiter = std::vector<text_range>;

/// Fields between TABs; an empty field is an empty range.
using tab_line = std::vector<text_range>;

/// One non-blank line and the line breaks (incl. blank lines) after it.
struct line_cell_item {
  text_range text;
  text_range gap;
};

using line_cell_items = std::vector<line_cell_item>;

}  // namespace retab::ast
