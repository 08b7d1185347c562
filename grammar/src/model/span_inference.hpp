// Span inference: from rows of cells to a grid with rowspans and colspans.
//
// HTML-like rows (pipe and line-per-cell layouts) lost every covered
// position, so positions are inferred from evidence:
//  * body rows are row labels followed by values; values start right after
//    the label columns and the last value of a short row spans to the edge;
//  * outline numbering (一、 / (一) / 1.) tells label levels in tables whose
//    rows carry nested labels side by side; a row that starts at a deeper
//    level sits under the labels above it, which then span down;
//  * header rows are laid out by header_inference.
// Positional rows (tab, Markdown) already hold one field per grid position.
#pragma once

#include "model/raw_rows.hpp"

#include <retab/table.hpp>

namespace retab {

/// Lays out HTML-like rows into `out` (cells, rows, cols, header_rows, label_cols).
void place_html_rows(const cell_rows& in, table& out);

/// Lays out rows whose fields are grid positions. `align_short_rows` moves the
/// values of a row that stops early under the table's value columns (tab rows
/// are written only as far as they are occupied), unless the row ends where
/// the nearest row of column names above it ends.
void place_positional_rows(const std::vector<raw_row>& rows, bool align_short_rows, table& out);

/// A row holding a value: a number, a quantity, or a placeholder such as `—`
/// standing where a number would be. Such rows are body, not header.
bool has_value(const raw_row& row);

/// Index of the first body row, or rows.size(): the first row holding a
/// value, less the section rows (一、... alone) right above it.
std::size_t first_body_row(const std::vector<raw_row>& rows);

}  // namespace retab
