// retab: find the tables buried in a flattened text report.
//
//   auto source = retab::read_source("report.txt");
//   for (const retab::table& t : retab::find_tables(source))
//     retab::write_csv(std::cout, t);            // <retab/csv_writer.hpp>
//
// Tables hold views into `source`: keep it alive while you use them.
#pragma once

#include <retab/diagnostic.hpp>
#include <retab/source_text.hpp>
#include <retab/table.hpp>

#include <vector>

namespace retab {

/// Every table in document order; an empty vector when the report has none.
std::vector<table> find_tables(const source_text& source);
/// Tables view the source text: a temporary source would leave them dangling.
std::vector<table> find_tables(const source_text&& source) = delete;

}  // namespace retab
