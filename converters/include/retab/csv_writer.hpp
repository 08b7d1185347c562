// Canonical CSV: RFC 4180, UTF-8, CRLF after every record, rectangular.
// Same table and options, same bytes.
#pragma once

#include <retab/table.hpp>

#include <ostream>
#include <string>

namespace retab {

struct csv_options {
  bool bom = false;          ///< start with a UTF-8 BOM (Excel wants one)
  bool fill_merged = false;  ///< repeat a merged cell's text over every position it covers
};

/// Writes one table; fields are quoted only when they hold `,` `"` CR or LF.
void write_csv(std::ostream& out, const table& t, const csv_options& options = {});

std::string to_csv(const table& t, const csv_options& options = {});

/// Appends one RFC 4180 field: quoted only when it holds `,` `"` CR or LF.
void append_csv_field(std::string& out, std::string_view text);

}  // namespace retab
