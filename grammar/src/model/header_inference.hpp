// Header rows of HTML-like tables: which header cells span down (rowspan)
// and which span across the cells below them (colspan).
#pragma once

#include "model/raw_rows.hpp"
#include "model/occupancy.hpp"

#include <retab/table.hpp>

#include <optional>

namespace retab {

/// The body below a header: its numbers can decide where header groups sit
/// (columns under one group read alike), so they are read only when they
/// must, and once however many header layouts are tried.
struct body_rows {
  body_rows(const std::vector<raw_row>& all_rows, std::size_t first_body) : rows(all_rows), first(first_body) {}

  const std::vector<raw_row>& rows;
  std::size_t first = 0;  ///< the first body row in `rows`

  /// neighbour_likeness of the body's columns, computed on first use.
  const std::vector<double>& likeness(std::uint32_t width) const;

 private:
  mutable std::optional<std::vector<double>> likeness_;
};

/// The leading columns that hold row labels; the last of them may hold the
/// units of the values (件, 万元), which the header names apart (单位).
struct label_columns {
  std::uint32_t count = 0;
  bool unit_column = false;
  bool nested = false;  ///< labels at different outline levels side by side (三、 (一) 1.)
};

/// Whether a header cell above the lowest row spans down to it: a total
/// (总计), which sums the columns beside it, or a cell named like one of the
/// lowest row's cells [lowest, lowest_end): the same measure once more, for
/// the whole (结果维持 beside 复议后起诉, over 结果维持 结果纠正 ... under
/// each of two groups), never a group over a cell of its own name.
bool spans_down_to(std::string_view text, const raw_cell* lowest, const raw_cell* lowest_end);

/// How many cells of the header rows above the lowest span down to it
/// (spans_down_to); 0 for fewer than two rows.
std::uint32_t cells_spanning_down(const std::vector<raw_row>& rows);

/// Places header rows 0..rows.size()-1 of a table `width` columns wide.
void place_header_rows(const std::vector<raw_row>& rows, std::uint32_t width, const label_columns& labels,
                       const body_rows& body, occupancy& grid, table& out);

}  // namespace retab
