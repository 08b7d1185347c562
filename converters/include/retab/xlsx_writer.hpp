// XLSX a spreadsheet user trusts: a first sheet `Tables` listing every table,
// then one sheet per table named from its caption; merged cells as merged
// ranges; header rows bold, wrapped and frozen with the row-label columns;
// column widths from display width; plain integers and decimals as numbers,
// everything else as text (never as a formula). Same tables and options, same bytes.
#pragma once

#include <retab/table.hpp>

#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace retab {

struct xlsx_options {
  std::string source_name;  ///< shown in the Tables sheet
  /// Creation time stored in the workbook; pinned so that output is
  /// reproducible. Default: 2000-01-01T00:00:00Z.
  std::time_t created = 946684800;
};

/// Writes the workbook to a temporary file beside `target`, then renames it.
/// Throws retab::error (io_error) with a message naming the table and cell
/// when Excel's limits would be broken (32,767 UTF-16 units per cell,
/// 1,048,576 rows, 16,384 columns) or libxlsxwriter reports an error.
void write_xlsx(const std::filesystem::path& target, const std::vector<table>& tables, const xlsx_options& options);

/// Sheet names for `captions` by Excel's rules: at most 31 UTF-16 units,
/// none of []:*?/\, no leading or trailing apostrophe, unique ignoring case,
/// not "Tables"; a caption that leaves nothing becomes "Table N".
std::vector<std::string> sheet_names(const std::vector<std::string>& captions);

}  // namespace retab
