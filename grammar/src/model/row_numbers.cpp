#include "model/row_numbers.hpp"

#include "model/value_kind.hpp"

#include <string>

namespace retab {

bool is_row_number(std::string_view text) {
  if (text.empty() || text.size() > 3 || text[0] == '0') return false;
  for (const char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

bool opens_with_row_number(const raw_row& row) {
  return row.size() >= 2 && is_row_number(row[0].text) && !is_value_like(row[1].text);
}

bool numbers_its_rows(const std::vector<raw_row>& rows, std::size_t body_begin) {
  std::size_t numbered = 0, last = 0;
  for (std::size_t i = body_begin; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    if (!opens_with_row_number(row)) continue;
    const std::size_t n = static_cast<std::size_t>(std::stoul(std::string(row[0].text)));
    if (n != last + 1 && n != 1) return false;
    last = n;
    ++numbered;
  }
  return numbered >= 3;
}

}  // namespace retab
