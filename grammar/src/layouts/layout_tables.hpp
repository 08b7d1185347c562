// One builder per layout: from a region of classified lines to finished
// tables (cells placed, caption and source lines set).
#pragma once

#include "scan/line_classifier.hpp"
#include "scan/region_finder.hpp"

#include <retab/table.hpp>

#include <vector>

namespace retab {

/// An empty table for region `r`: layout, source lines, caption and unit
/// note above it.
table start_table(const std::vector<classified_line>& lines, const region& r, layout l);

std::vector<table> pipe_row_tables(const std::vector<classified_line>& lines, const region& r);
std::vector<table> pipe_cell_tables(const std::vector<classified_line>& lines, const region& r);
std::vector<table> tab_tables(const std::vector<classified_line>& lines, const region& r);
std::vector<table> markdown_tables(const std::vector<classified_line>& lines, const region& r);
std::vector<table> line_cell_tables(const source_text& source, const std::vector<classified_line>& lines,
                                    const region& r);

}  // namespace retab
