// Header rows of HTML-like tables: which header cells span down (rowspan)
// and which span across the cells below them (colspan).
#pragma once

#include "model/raw_rows.hpp"
#include "model/occupancy.hpp"

#include <retab/table.hpp>

namespace retab {

/// The body below a header: its numbers can decide where header groups sit
/// (columns under one group read alike), so they are read only when they must.
struct body_rows {
  const std::vector<raw_row>& rows;
  std::size_t first = 0;  ///< the first body row in `rows`
};

/// Places header rows 0..rows.size()-1 of a table `width` columns wide whose
/// first `label_cols` columns hold row labels.
void place_header_rows(const std::vector<raw_row>& rows, std::uint32_t width, std::uint32_t label_cols,
                       const body_rows& body, occupancy& grid, table& out);

}  // namespace retab
