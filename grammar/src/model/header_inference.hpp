// Header rows of HTML-like tables: which header cells span down (rowspan)
// and which span across the cells below them (colspan).
#pragma once

#include "model/raw_rows.hpp"
#include "model/occupancy.hpp"

#include <retab/table.hpp>

namespace retab {

/// Places header rows 0..rows.size()-1 of a table `width` columns wide whose
/// first `label_cols` columns hold row labels.
void place_header_rows(const std::vector<raw_row>& rows, std::uint32_t width, std::uint32_t label_cols,
                       occupancy& grid, table& out);

}  // namespace retab
