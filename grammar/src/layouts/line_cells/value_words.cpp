#include "layouts/line_cells/value_words.hpp"

#include "model/value_kind.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace retab::line_cells {
namespace {

/// The region's cells as the passes below read them.
class cell_stream {
 public:
  cell_stream(const std::vector<raw_cell>& all, const std::vector<bool>& value_like_of_each)
      : cells(all), value_like(value_like_of_each) {
    for (const raw_cell& c : all) ++uses_[c.text];
  }

  const std::vector<raw_cell>& cells;
  const std::vector<bool>& value_like;

  std::size_t size() const { return cells.size(); }
  std::string_view text(std::size_t i) const { return cells[i].text; }
  /// A value with text (an empty cell is value-like but holds nothing).
  bool written_value(std::size_t i) const { return value_like[i] && !cells[i].text.empty(); }
  bool word_like(std::size_t i) const { return !value_like[i] && short_value_word(cells[i].text); }
  bool written_once(std::size_t i) const { return uses_.at(cells[i].text) == 1; }

 private:
  std::map<std::string_view, std::size_t> uses_;
};

/// Where the texts that may be words were seen: right after a value (or in a
/// row of words), right after a label, and which cells make rows of words.
struct word_sightings {
  std::map<std::string_view, std::size_t> after_value;
  std::set<std::string_view> after_label;
  std::vector<bool> in_word_row;
};

word_sightings sight_words(const cell_stream& s) {
  word_sightings seen;
  seen.in_word_row.assign(s.size(), false);
  // A word right before a value is the next row's label.
  const auto in_row = [&](std::size_t j) { return s.word_like(j) && !(j + 1 < s.size() && s.written_value(j + 1)); };
  for (std::size_t i = 1; i < s.size(); ++i) {
    // A row of words (控制变量 是 是 否): two or more short words right after
    // a row label that follows a value or another row of words; they stand
    // where values stand.
    const bool after_row = i >= 2 && (s.written_value(i - 2) || seen.in_word_row[i - 2]);
    // The row's label names it: a short text that recurs is a word itself.
    const bool names_row = !s.value_like[i - 1] && (!is_short_word(s.text(i - 1)) || s.written_once(i - 1));
    if (after_row && names_row && i + 1 < s.size() && in_row(i) && in_row(i + 1)) {
      for (; i < s.size() && in_row(i); ++i) {
        ++seen.after_value[s.text(i)];
        seen.in_word_row[i] = true;
      }
      --i;
      continue;
    }
    if (s.value_like[i] || !may_be_value_word(s.text(i))) continue;
    if (s.value_like[i - 1]) ++seen.after_value[s.text(i)];
    else seen.after_label.insert(s.text(i));
  }
  return seen;
}

/// Row groups repeat their row labels (正面, 负面 under 改进前, 改进后), and
/// the first of them, after the group's label and before values, opens each
/// group. The cells where such a text stands, for every text found there
/// twice or more and nowhere else.
std::vector<std::vector<std::size_t>> row_group_openings(const cell_stream& s) {
  std::map<std::string_view, std::vector<std::size_t>> opens;
  std::set<std::string_view> elsewhere;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if (s.value_like[i]) continue;
    if (!s.value_like[i - 1] && s.value_like[i + 1]) opens[s.text(i)].push_back(i);
    else elsewhere.insert(s.text(i));
  }
  std::vector<std::vector<std::size_t>> out;
  for (auto& [first, at] : opens)
    if (at.size() >= 2 && elsewhere.count(first) == 0) out.push_back(std::move(at));
  return out;
}

/// Whether `text` comes once in every group some opening opens (from one
/// opening to the next, and after the last): a row label of each group.
bool labels_a_row_in_every_group(const cell_stream& s, const std::vector<std::vector<std::size_t>>& openings,
                                 std::string_view text) {
  return std::any_of(openings.begin(), openings.end(), [&](const std::vector<std::size_t>& at) {
    for (std::size_t g = 0; g < at.size(); ++g) {
      const auto from = s.cells.begin() + static_cast<std::ptrdiff_t>(at[g]);
      const auto to = g + 1 < at.size() ? s.cells.begin() + static_cast<std::ptrdiff_t>(at[g + 1]) : s.cells.end();
      if (std::count_if(from, to, [&](const raw_cell& c) { return c.text == text; }) != 1) return false;
    }
    return true;
  });
}

/// The vocabulary of short words written after values and never after a
/// label, less the row labels every row group repeats.
std::vector<std::string_view> vocabulary_after_values(const cell_stream& s, const word_sightings& seen) {
  const std::vector<std::vector<std::size_t>> openings = row_group_openings(s);
  std::vector<std::string_view> uses;
  for (const auto& [text, n] : seen.after_value)
    if (is_short_word(text) && seen.after_label.count(text) == 0 && !labels_a_row_in_every_group(s, openings, text))
      uses.insert(uses.end(), n, text);
  return recurring_vocabulary(std::move(uses));
}

/// Words of the first value column (增加, 减少 right after each row's
/// label) never follow a value. They stand only between a label written
/// once and a value, and two or more of them make a vocabulary: the one
/// text that opens every row group (城镇 after 东部, after 西部) is no
/// vocabulary, and its siblings (农村) follow values. One written once there
/// (a trend seen once) joins them. Empty when they make no vocabulary.
std::vector<std::string_view> first_value_column_words(const cell_stream& s, const word_sightings& seen) {
  std::map<std::string_view, std::size_t> opening_values;
  std::set<std::string_view> elsewhere;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (!s.word_like(i)) continue;
    const bool after_named_label = !s.value_like[i - 1] && !s.text(i - 1).empty() && s.written_once(i - 1);
    if (after_named_label && i + 1 < s.size() && s.value_like[i + 1]) ++opening_values[s.text(i)];
    else elsewhere.insert(s.text(i));
  }
  std::vector<std::string_view> uses, opening;
  for (const auto& [text, n] : opening_values)
    if (elsewhere.count(text) == 0 && seen.after_value.count(text) == 0) {
      uses.insert(uses.end(), n, text);
      opening.push_back(text);
    }
  if (recurring_vocabulary(std::move(uses)).size() < 2) opening.clear();
  return opening;
}

/// The words found so far, in the order they were found.
class word_list {
 public:
  explicit word_list(std::vector<std::string_view> words) : words_(std::move(words)) {}
  bool known(std::string_view w) const { return std::find(words_.begin(), words_.end(), w) != words_.end(); }
  void learn(std::string_view w) {
    if (!known(w)) words_.push_back(w);
  }
  /// Adds `w` though it may be known already (a word written once, once per place).
  void add(std::string_view w) { words_.push_back(w); }
  bool empty() const { return words_.empty(); }
  std::vector<std::string_view> take() { return std::move(words_); }

 private:
  std::vector<std::string_view> words_;
};

/// A row of words is a vocabulary of its own when a word comes twice in it
/// (未控制 控制 控制); else its words are words when one of them is.
void learn_rows_of_words(const cell_stream& s, const word_sightings& seen, word_list& words) {
  for (std::size_t i = 0; i < s.size();) {
    if (!seen.in_word_row[i]) {
      ++i;
      continue;
    }
    const std::size_t from = i;
    while (i < s.size() && seen.in_word_row[i]) ++i;
    std::set<std::string_view> row;
    bool recurs = false, in_vocabulary = false;
    for (std::size_t j = from; j < i; ++j) {
      if (!row.insert(s.text(j)).second) recurs = true;
      in_vocabulary = in_vocabulary || words.known(s.text(j));
    }
    if (recurs || in_vocabulary)
      for (const std::string_view w : row) words.learn(w);
  }
}

/// A short word written once after a value (a grade given once) joins the
/// words where it stands as one of them does: as many cells from the last
/// label (the words taken as values), and before a value or not alike.
void learn_words_written_once(const cell_stream& s, const word_sightings& seen, word_list& words) {
  using place = std::pair<std::size_t, bool>;
  std::vector<place> word_places;
  std::vector<std::pair<std::string_view, place>> once;
  std::size_t last_label = 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const std::string_view text = s.text(i);
    const place here{i - last_label, i + 1 < s.size() && s.value_like[i + 1]};
    if (words.known(text)) {
      word_places.push_back(here);
    } else if (!s.value_like[i]) {
      const auto it = seen.after_value.find(text);
      if (it != seen.after_value.end() && it->second == 1 && seen.after_label.count(text) == 0)
        once.emplace_back(text, here);
      last_label = i;
    }
  }
  for (const auto& [text, where] : once)
    if (is_short_word(text) && std::find(word_places.begin(), word_places.end(), where) != word_places.end())
      words.add(text);
}

}  // namespace

bool short_value_word(std::string_view text) { return may_be_value_word(text) && is_short_word(text); }

std::vector<std::string_view> words_standing_as_values(const std::vector<raw_cell>& cells,
                                                       const std::vector<bool>& value_like) {
  const cell_stream s(cells, value_like);
  const word_sightings seen = sight_words(s);
  word_list words(vocabulary_after_values(s, seen));
  for (const std::string_view w : first_value_column_words(s, seen)) words.learn(w);
  learn_rows_of_words(s, seen, words);
  if (words.empty()) return {};
  learn_words_written_once(s, seen, words);
  return words.take();
}

}  // namespace retab::line_cells
