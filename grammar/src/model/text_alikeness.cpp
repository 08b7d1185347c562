#include "model/text_alikeness.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

namespace retab {
namespace {

std::vector<UChar32> distinct_characters(std::string_view s) {
  std::vector<UChar32> out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 cp = 0;
    U8_NEXT(p, i, n, cp);
    if (cp >= 0 && !u_isUWhiteSpace(cp)) out.push_back(cp);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

double shared_characters(std::string_view a, std::string_view b) {
  const std::vector<UChar32> x = distinct_characters(a), y = distinct_characters(b);
  if (x.empty() || y.empty()) return 0.0;
  std::vector<UChar32> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  const std::size_t all = x.size() + y.size() - common.size();
  return static_cast<double>(common.size()) / static_cast<double>(all);
}

double column_text_alikeness(const std::vector<raw_row>& rows, std::uint32_t width) {
  double sum = 0.0;
  std::size_t columns = 0;
  for (std::uint32_t c = 0; c < width; ++c) {
    double column = 0.0;
    std::size_t pairs = 0;
    const raw_cell* above = nullptr;
    for (const raw_row& row : rows) {
      if (c >= row.size() || row[c].text.empty()) continue;
      if (above) {
        column += shared_characters(above->text, row[c].text);
        ++pairs;
      }
      above = &row[c];
    }
    if (pairs == 0) continue;
    sum += column / static_cast<double>(pairs);
    ++columns;
  }
  return columns ? sum / static_cast<double>(columns) : 0.0;
}

}  // namespace retab
