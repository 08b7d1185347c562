#include "model/row_numbers.hpp"

#include "model/value_kind.hpp"

#include <algorithm>

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

bool is_classification_code(std::string_view text) {
  return text.size() >= 3 && text.size() <= 12 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool opens_with_code(const raw_row& row) {
  return row.size() >= 2 && is_classification_code(row[0].text) && !is_value_like(row[1].text);
}

namespace {

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

bool codes_its_rows(const std::vector<raw_row>& rows, std::size_t body_begin) {
  std::vector<std::string_view> codes;
  for (std::size_t i = body_begin; i < rows.size(); ++i)
    if (opens_with_code(rows[i])) codes.push_back(rows[i][0].text);
  if (codes.size() < 3) return false;
  // In a list in order, an earlier code that is a prefix of this one is a
  // prefix of every code between them too: the codes each extending the
  // one below them (201 < 20101 < 2010101) are all the candidates.
  std::vector<std::string_view> path{codes.front()};
  bool extended = false;
  for (std::size_t i = 1; i < codes.size(); ++i) {
    const std::string_view code = codes[i];
    if (!(codes[i - 1] < code)) return false;
    const auto is_prefix = [&](std::string_view p) { return p.size() < code.size() && code.substr(0, p.size()) == p; };
    while (!path.empty() && !is_prefix(path.back())) path.pop_back();
    const bool extends = !path.empty();
    if (!extends && code.size() != codes.front().size()) return false;
    extended = extended || extends;
    path.push_back(code);
  }
  return extended;
}

}  // namespace

row_identity identity_of_rows(const std::vector<raw_row>& rows, std::size_t body_begin) {
  if (numbers_its_rows(rows, body_begin)) return row_identity::numbered;
  return codes_its_rows(rows, body_begin) ? row_identity::coded : row_identity::none;
}

bool opens_with_identifier(const raw_row& row, row_identity identity) {
  return identity == row_identity::numbered ? opens_with_row_number(row)
                                            : identity == row_identity::coded && opens_with_code(row);
}

}  // namespace retab
