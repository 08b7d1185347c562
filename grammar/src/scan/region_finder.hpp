// Second pass of the document scanner: where the tables are among the prose.
#pragma once

#include "scan/line_classifier.hpp"

#include <retab/table.hpp>

#include <cstddef>
#include <vector>

namespace retab {

struct region {
  layout kind;
  std::size_t first = 0;  ///< 0-based line indices, inclusive
  std::size_t last = 0;
};

/// Candidate table regions in document order. Line-per-cell regions are only
/// candidates: line_cell_rows decides where their tables start and end.
std::vector<region> find_regions(const std::vector<classified_line>& lines);

/// The lines that name a table, above it.
struct table_heading {
  std::string_view caption;    ///< the heading line, or empty
  std::string_view unit_note;  ///< a unit line between heading and table, or empty
};

/// The heading just above line `first`. A unit line there ((单位：件)) is
/// the table's unit note, and the heading is looked for above it.
table_heading heading_above(const std::vector<classified_line>& lines, std::size_t first);

}  // namespace retab
