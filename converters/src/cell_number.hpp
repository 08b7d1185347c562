// Which cell texts are written as numbers: plain integers and decimals that
// a spreadsheet stores exactly and shows as written. Everything else
// (3.6亿元, 007, 1,234, 12%, 16-digit identifiers) stays text.
#pragma once

#include <optional>
#include <string_view>

namespace retab {

/// The value of `text` when it is a plain number: optional sign, digits, at
/// most one decimal point, no leading zero before other digits, at most 15
/// significant digits (what a double holds exactly in Excel).
std::optional<double> plain_number(std::string_view text);

}  // namespace retab
