#include "model/text_alikeness.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

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

double shared(const std::vector<UChar32>& x, const std::vector<UChar32>& y) {
  if (x.empty() || y.empty()) return 0.0;
  std::size_t common = 0;
  for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
}

}  // namespace

text_form form_of(std::string_view s) {
  text_form f;
  bool han = false, latin = false;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 cp = 0;
    U8_NEXT(p, i, n, cp);
    if (cp < 0 || u_isUWhiteSpace(cp)) continue;
    ++f.length;
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(cp, &status) == USCRIPT_HAN) han = true;
    else if (cp < 0x80 && u_isalpha(cp)) latin = true;
  }
  f.script = han ? text_form::han : latin ? text_form::latin : text_form::other;
  f.characters = distinct_characters(s);
  return f;
}

double form_likeness(const text_form& x, const text_form& y) {
  if (x.length == 0 || y.length == 0) return 0.0;
  const double same_script = x.script == y.script ? 1.0 : 0.0;
  const double near_length = std::max(x.length, y.length) <= 2 * std::min(x.length, y.length) ? 1.0 : 0.0;
  return (same_script + near_length + shared(x.characters, y.characters)) / 3.0;
}

double form_likeness(std::string_view a, std::string_view b) { return form_likeness(form_of(a), form_of(b)); }

const text_form& text_forms::of(std::string_view text) {
  auto found = forms_.find(text);
  if (found == forms_.end()) found = forms_.emplace(text, form_of(text)).first;
  return found->second;
}

double shared_characters(std::string_view a, std::string_view b) {
  return shared(distinct_characters(a), distinct_characters(b));
}

namespace {

/// The mean, over the columns, of how alike (`alike`) the texts of
/// neighbouring rows are in each column.
template <typename Alike>
double column_alikeness(const std::vector<raw_row>& rows, std::uint32_t width, Alike alike) {
  double sum = 0.0;
  std::size_t columns = 0;
  for (std::uint32_t c = 0; c < width; ++c) {
    double column = 0.0;
    std::size_t pairs = 0;
    const raw_cell* above = nullptr;
    for (const raw_row& row : rows) {
      if (c >= row.size() || row[c].text.empty()) continue;
      if (above) {
        column += alike(above->text, row[c].text);
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

}  // namespace

double column_text_alikeness(const std::vector<raw_row>& rows, std::uint32_t width) {
  return column_alikeness(rows, width, shared_characters);
}

double column_form_alikeness(const std::vector<raw_row>& rows, std::uint32_t width, text_forms& forms) {
  return column_alikeness(rows, width,
                          [&](std::string_view a, std::string_view b) { return form_likeness(forms.of(a), forms.of(b)); });
}

}  // namespace retab
