#include "model/column_agreement.hpp"

#include "model/cell_text.hpp"
#include "model/value_kind.hpp"

#include <retab/text_width.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace retab {
namespace {

enum class cell_kind { empty, number, percent, short_text, long_text };

cell_kind kind_of(std::string_view s) {
  if (s.empty() || (is_value_like(s) && !is_numeric(s))) return cell_kind::empty;
  if (!is_numeric(s)) return display_width(s) <= 4 ? cell_kind::short_text : cell_kind::long_text;
  if (s.back() == '%') return cell_kind::percent;
  return cell_kind::number;
}

}  // namespace

double column_agreement(const std::vector<raw_row>& rows, std::uint32_t width, std::size_t skip_rows,
                        agreement_base base) {
  std::size_t evidence = 0, total = 0;
  for (std::uint32_t c = 0; c < width; ++c) {
    std::size_t counts[5] = {};  // one per cell_kind
    std::size_t n = 0;
    for (std::size_t i = skip_rows; i < rows.size(); ++i)
      if (c < rows[i].size()) {
        const cell_kind k = kind_of(rows[i][c].text);
        if (k == cell_kind::empty) continue;
        ++counts[static_cast<int>(k)];
        ++n;
      }
    if (n == 0) continue;
    evidence += *std::max_element(std::begin(counts), std::end(counts)) - 1;
    total += base == agreement_base::all_cells ? n : n - 1;
  }
  return total ? static_cast<double>(evidence) / static_cast<double>(total) : 0.0;
}

double row_shape_agreement(const std::vector<raw_row>& rows) {
  struct shape {
    std::size_t slots = 0;           ///< cells after the labels before the first value
    std::vector<std::size_t> words;  ///< where among those slots a label stands
    bool padded_end = false;         ///< ends in an empty cell, maybe a padding pipe
    /// A row with no label opening with empty cells (a standard error's row
    /// under its coefficient's): they may be its empty labels, so it may
    /// have that many slots fewer.
    std::size_t open_empty = 0;
  };
  const auto is_value = [](const raw_cell& c) { return holds_value(c.text); };
  const auto is_label = [](const raw_cell& c) { return !is_value_like(c.text); };
  std::vector<shape> body;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::string_view>> word_texts;  // (slots, at) -> texts
  for (const raw_row& row : rows) {
    const auto first_value = std::find_if(row.begin(), row.end(), is_value);
    if (first_value == row.end()) continue;  // a header, section or empty row
    // An empty cell before the first value may be an empty value: the value
    // slots start after the last label before it.
    const auto slots_begin = std::find_if(std::make_reverse_iterator(first_value), row.rend(), is_label).base();
    shape s;
    s.slots = static_cast<std::size_t>(row.end() - slots_begin);
    for (auto it = first_value; it != row.end(); ++it) {
      if (!is_label(*it)) continue;
      s.words.push_back(static_cast<std::size_t>(it - slots_begin));
      word_texts[{s.slots, s.words.back()}].push_back(it->text);
    }
    s.padded_end = row.back().text.empty();
    if (slots_begin == row.begin())
      while (s.open_empty < row.size() && row[s.open_empty].text.empty()) ++s.open_empty;
    body.push_back(std::move(s));
  }
  if (body.size() < 2) return 0.0;
  // Text among the values is a column of words (优, 未达标) only where it
  // stands on two rows or more, may be a word (may_be_value_word) and is
  // short (is_short_word) or a vocabulary; else it is the next row's label,
  // and the row was cut too wide.
  std::set<std::pair<std::size_t, std::size_t>> word_columns;
  for (auto& [where, texts] : word_texts) {
    if (texts.size() < 2 || !std::all_of(texts.begin(), texts.end(), may_be_value_word)) continue;
    const bool short_words = std::all_of(texts.begin(), texts.end(), is_short_word);
    if (short_words || reads_as_vocabulary(std::move(texts))) word_columns.insert(where);
  }
  using key = std::pair<std::size_t, std::vector<std::size_t>>;
  std::map<key, std::size_t> tally;  // shapes -> rows that may have them
  for (const shape& s : body) {
    if (!std::all_of(s.words.begin(), s.words.end(), [&](std::size_t at) { return word_columns.count({s.slots, at}); }))
      continue;
    ++tally[{s.slots, s.words}];
    if (s.padded_end) ++tally[{s.slots - 1, s.words}];
  }
  if (tally.empty()) return 0.0;
  // The most common shape; a row agrees with it when it has as many slots
  // and its words stand where the shape's do (a word cell may be empty).
  const key* common = nullptr;
  std::size_t most = 0;
  for (const auto& [k, count] : tally)
    if (count >= most) { most = count; common = &k; }
  const auto agreeing = static_cast<std::size_t>(std::count_if(body.begin(), body.end(), [&](const shape& s) {
    const bool slots = s.slots == common->first || (s.padded_end && s.slots - 1 == common->first) ||
                       (common->first < s.slots && s.slots - common->first <= s.open_empty);
    return slots && std::includes(common->second.begin(), common->second.end(), s.words.begin(), s.words.end());
  }));
  return agreeing == 0 ? 0.0 : static_cast<double>(agreeing - 1) / static_cast<double>(body.size() - 1);
}

double column_agreement(const table& t, agreement_base base) {
  std::vector<raw_row> rows(t.rows, raw_row(t.cols));
  for (const cell& c : t.cells)
    if (c.row < t.rows && c.col < t.cols) rows[c.row][c.col].text = c.text;
  return column_agreement(rows, t.cols, t.header_rows, base);
}

}  // namespace retab
