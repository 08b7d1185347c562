// The lossless table model as JSON (schema: docs/retab-tables.schema.json),
// keys in a fixed order so that the same input gives the same bytes.
#pragma once

#include <retab/source_text.hpp>
#include <retab/table.hpp>

#include <string>
#include <vector>

namespace retab {

std::string to_json(const source_text& source, const std::vector<table>& tables);

}  // namespace retab
