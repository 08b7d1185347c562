#include "cell_number.hpp"

#include <cstdlib>
#include <string>

namespace retab {

std::optional<double> plain_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  const std::size_t int_start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  const std::size_t int_digits = i - int_start;
  if (int_digits == 0) return std::nullopt;
  if (int_digits > 1 && text[int_start] == '0') return std::nullopt;  // 007 is an identifier
  std::size_t frac_digits = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    const std::size_t frac_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    frac_digits = i - frac_start;
    if (frac_digits == 0) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  std::size_t significant = int_digits + frac_digits;
  if (text[int_start] == '0') {  // 0.000123: leading zeros are not significant
    --significant;
    for (std::size_t k = int_start + 2; k < text.size() && text[k] == '0'; ++k) --significant;
  }
  if (significant > 15) return std::nullopt;
  return std::strtod(std::string(text).c_str(), nullptr);
}

}  // namespace retab
