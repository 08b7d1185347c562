// Tidy (long) CSV: one record per non-empty data cell with its row-label path
// and column-header path, what an analyst or an archive loads into a database.
// Columns: table, caption, row_labels, column_headers, value, source_line.
#pragma once

#include <retab/table.hpp>

#include <string>
#include <vector>

namespace retab {

std::string to_tidy_csv(const std::vector<table>& tables, bool bom = false);

}  // namespace retab
