#include "model/row_numbers.hpp"

#include "model/value_kind.hpp"

namespace retab {

unsigned row_number_value(std::string_view text) {
  if (text.empty() || text.size() > 3) return 0;
  unsigned n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return 0;
    n = 10 * n + static_cast<unsigned>(c - '0');
  }
  return n;
}

bool opens_with_row_number(const raw_row& row) {
  return row.size() >= 2 && row_number_value(row[0].text) > 0 && !is_value_like(row[1].text);
}

bool numbers_its_rows(const std::vector<raw_row>& rows, std::size_t body_begin) {
  std::size_t numbered = 0;
  unsigned last = 0;
  for (std::size_t i = body_begin; i < rows.size(); ++i) {
    const raw_row& row = rows[i];
    if (!opens_with_row_number(row)) continue;
    const unsigned n = row_number_value(row[0].text);
    if (n != last + 1 && n != 1) return false;
    last = n;
    ++numbered;
  }
  return numbered >= 3;
}

}  // namespace retab
