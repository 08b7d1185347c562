// How alike the numbers of neighbouring columns are: columns under one group
// header (2015年 / 2016年, 本年 / 上年) hold values of one measure, so their
// numbers on a row are close, while neighbours across a group boundary
// measure different things.
#pragma once

#include "model/raw_rows.hpp"

#include <cstdint>
#include <vector>

namespace retab {

/// For each c < width - 1: of the rows from `first_row` on that hold a number
/// in both columns c and c + 1 (not both zero), the share whose two numbers are within a
/// quarter of the larger one; words (优, 枯) count too, alike beside words
/// and unlike beside numbers. 0 with fewer than three such rows. Only rows
/// with a cell for every column take part, so that every cell is in its
/// column.
std::vector<double> neighbour_likeness(const std::vector<raw_row>& rows, std::size_t first_row, std::uint32_t width);

}  // namespace retab
