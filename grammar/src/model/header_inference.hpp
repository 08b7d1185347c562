// Header rows of HTML-like tables: which header cells span down (rowspan)
// and which span across the cells below them (colspan).
#pragma once

#include "model/raw_rows.hpp"
#include "model/occupancy.hpp"

#include <retab/table.hpp>

namespace retab {

/// Places header rows 0..rows.size()-1 of a table `width` columns wide whose
/// first `label_cols` columns hold row labels. `likeness[c]` says how alike
/// the numbers of columns c and c + 1 are (see neighbour_likeness); it may
/// be empty.
void place_header_rows(const std::vector<raw_row>& rows, std::uint32_t width, std::uint32_t label_cols,
                       const std::vector<double>& likeness, occupancy& grid, table& out);

}  // namespace retab
