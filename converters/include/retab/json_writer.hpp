// The lossless table model as JSON (schema: docs/retab-tables.schema.json),
// keys in a fixed order so that the same input gives the same bytes.
#pragma once

#include <retab/source_text.hpp>
#include <retab/table.hpp>

#include <string>
#include <vector>

namespace retab {

struct json_options {
  enum class cells_kind { all, merged, none };
  cells_kind cells = cells_kind::all;  ///< all: the lossless model (--to json)
  bool evidence = false;               ///< why each grid came out as it did (detect --explain)
};

std::string to_json(const source_text& source, const std::vector<table>& tables, const json_options& options = {});

}  // namespace retab
