#include "layouts/line_cells/row_repair.hpp"

#include "layouts/line_cells/header_cuts.hpp"
#include "layouts/line_cells/value_words.hpp"
#include "model/span_inference.hpp"
#include "model/value_kind.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace retab::line_cells {
namespace {

/// A run that is a row: labels, then values, one a value written out.
bool labelled_row(const run& rn) { return !rn.labels.empty() && has_value(rn.values); }

/// A short word standing alone where a row label would (暂无, 否), not a
/// caption or a sentence.
bool lone_word(std::string_view text) {
  return !text.empty() && short_value_word(text) && !looks_like_caption(text) && !looks_like_prose(text);
}

/// A column of words between the numbers (否, 是 written once or twice, too
/// few to make a vocabulary) splits every row at the same place: each row
/// with values is a short row and then a run of that one word and the rest
/// of the values. The length of the rows they make together, when every row
/// with values pairs so, two pairs or more, the short rows all one length and
/// the runs after them all another; else 0.
std::size_t split_in_every_row(const pending_table& p) {
  std::vector<const run*> rows;
  for (const run& rn : p.runs)
    if (labelled_row(rn)) rows.push_back(&rn);
  if (rows.size() < 4 || rows.size() % 2 != 0) return 0;
  const std::size_t before = rows[0]->values.size(), after = rows[1]->values.size();
  if (before == after) return 0;
  for (std::size_t i = 0; i < rows.size(); i += 2) {
    const run& right = *rows[i + 1];
    if (right.labels.size() != 1 || !lone_word(right.labels.front().text)) return 0;
    if (rows[i]->values.size() != before || right.values.size() != after) return 0;
  }
  return before + 1 + after;
}

/// How many of the table's runs hold a value written out.
std::size_t runs_with_values(const pending_table& p) {
  return static_cast<std::size_t>(
      std::count_if(p.runs.begin(), p.runs.end(), [](const run& rn) { return has_value(rn.values); }));
}

}  // namespace

std::size_t continuation_block(const pending_table& p) {
  std::set<std::size_t> lengths;
  for (const run& rn : p.runs)
    if (has_value(rn.values)) lengths.insert(rn.values.size());
  const auto reads_as_blocks = [](std::size_t k, const std::vector<raw_cell>& v, bool& split) {
    if ((v.size() + 1) % (k + 1) != 0) return false;
    for (std::size_t at = k; at < v.size(); at += k + 1) {
      if (!v[at].text.empty()) return false;
      for (std::size_t j = 1; j <= k; ++j) {
        const std::string_view below = v[at + j].text, above = v[at + j - k - 1].text;
        if (!below.empty() && (!is_bracketed_number(below) || above.empty())) return false;
        // A block of empty cells alone is no row of brackets (5, then two
        // counts of nothing left empty).
        if (!below.empty()) split = true;
      }
    }
    return true;
  };
  for (const std::size_t k : lengths) {
    bool split = false, every_row = true;
    for (const run& rn : p.runs)
      if (has_value(rn.values)) every_row = every_row && reads_as_blocks(k, rn.values, split);
    if (every_row && split) return k;
  }
  return 0;
}

void split_continuation_rows(pending_table& p, std::size_t k) {
  std::vector<run> runs;
  for (run& rn : p.runs) {
    if (!has_value(rn.values) || rn.values.size() <= k) {
      runs.push_back(std::move(rn));
      continue;
    }
    const std::vector<raw_cell> values = std::move(rn.values);
    rn.values.assign(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k));
    runs.push_back(std::move(rn));
    for (std::size_t at = k; at < values.size(); at += k + 1)
      runs.push_back(run{{values[at]},
                         {values.begin() + static_cast<std::ptrdiff_t>(at + 1),
                          values.begin() + static_cast<std::ptrdiff_t>(at + 1 + k)}});
  }
  p.runs = std::move(runs);
}

std::vector<std::string_view> rejoin_rows_split_by_words(pending_table& p, std::size_t known_length) {
  std::map<std::size_t, std::size_t> lengths;
  for (const run& rn : p.runs)
    if (labelled_row(rn)) ++lengths[rn.values.size()];
  std::vector<std::string_view> joined;
  if (lengths.empty()) return joined;
  std::size_t row_length = known_length > 0 ? known_length : split_in_every_row(p);
  if (row_length == 0) row_length = most_common(lengths);
  const auto short_row = [&](const run& rn) { return labelled_row(rn) && rn.values.size() < row_length; };
  // A column of remarks (备注) is empty in some whole rows; where a row has
  // one, that text ends the row as a word would, whatever its length.
  const bool sparse_last_column = std::any_of(p.runs.begin(), p.runs.end(), [&](const run& rn) {
    return labelled_row(rn) && rn.values.size() == row_length && rn.values.back().text.empty();
  });
  const auto remark = [&](std::string_view text) {
    return sparse_last_column && !text.empty() && outline_marker_of(text) == outline_marker::none &&
           !looks_like_caption(text);
  };
  std::vector<run> runs;
  for (run& rn : p.runs) {
    const std::string_view first = rn.labels.empty() ? std::string_view() : rn.labels.front().text;
    if (!runs.empty() && short_row(runs.back()) && (lone_word(first) || remark(first))) {
      run& row = runs.back();
      if (lone_word(first) && rn.labels.size() == 1 && !rn.values.empty() && rn.values.size() < row_length &&
          row.values.size() + 1 + rn.values.size() == row_length) {
        row.values.push_back(rn.labels.front());
        row.values.insert(row.values.end(), rn.values.begin(), rn.values.end());
        joined.push_back(rn.labels.front().text);
        continue;
      }
      if (rn.labels.size() >= 2 && row.values.size() + 1 == row_length && rn.values.size() == row_length) {
        row.values.push_back(rn.labels.front());
        joined.push_back(rn.labels.front().text);
        rn.labels.erase(rn.labels.begin());
      }
    }
    runs.push_back(std::move(rn));
  }
  // The last row's remark comes after the last value, with the text after
  // the table: it completes that row when the row is short by it.
  if (!p.tail.empty() && !runs.empty() && short_row(runs.back()) && runs.back().values.size() + 1 == row_length &&
      remark(p.tail.front().text)) {
    runs.back().values.push_back(p.tail.front());
    joined.push_back(p.tail.front().text);
    p.tail.erase(p.tail.begin());
  }
  p.runs = std::move(runs);
  return joined;
}

std::size_t one_row_split_length(const pending_table& p) {
  const std::size_t n = p.runs.size();
  if (n < 2 || runs_with_values(p) != 2 || !has_value(p.runs[n - 2].values) || !has_value(p.runs[n - 1].values))
    return 0;
  const run& first = p.runs[n - 2];
  const run& second = p.runs[n - 1];
  if (second.labels.size() != 1 || !lone_word(second.labels[0].text) || first.values.size() == second.values.size())
    return 0;
  const std::size_t whole = first.values.size() + 1 + second.values.size();
  return fits_by_evidence(header_over(p, n - 2), whole) ? whole : 0;
}

std::optional<std::string_view> word_at_edge_of_one_row(pending_table& p) {
  if (p.runs.empty() || runs_with_values(p) != 1) return std::nullopt;
  run& row = p.runs.back();
  if (row.values.size() < 3 || !has_value(row.values)) return std::nullopt;
  const std::vector<raw_cell> over_row = header_over(p, p.runs.size() - 1);
  const std::size_t values = row.values.size();
  if (p.tail.size() == 1 && lone_word(p.tail[0].text)) {
    if (!fits_by_evidence(over_row, values + 1) || fits_by_evidence(over_row, values)) return std::nullopt;
    row.values.push_back(p.tail[0]);
    p.tail.clear();
    return row.values.back().text;
  }
  if (over_row.size() < 2 || row.labels.empty() || !lone_word(over_row.back().text)) return std::nullopt;
  const std::vector<raw_cell> without_word(over_row.begin(), over_row.end() - 1);
  if (!fits_by_evidence(without_word, values + 1) || fits_by_evidence(over_row, values)) return std::nullopt;
  row.values.insert(row.values.begin(), row.labels.back());
  row.labels.pop_back();
  return row.values.front().text;
}

}  // namespace retab::line_cells
