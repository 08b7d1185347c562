// How alike the texts of a column of words are: cells under one column of a
// table of words name the same kind of thing (留鸟种类 / 候鸟种类,
// 留鸟:麻雀 / 候鸟:大雁), so they share characters, while cells read
// into the wrong column mix unrelated texts. The evidence a width needs when
// no cell holds a number.
#pragma once

#include "model/raw_rows.hpp"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace retab {

/// The share of distinct characters (code points, blanks left out) that two
/// texts have in common: |A ∩ B| / |A ∪ B|; 0 when either is empty.
double shared_characters(std::string_view a, std::string_view b);

/// What form_likeness compares of a text, worked out once.
struct text_form {
  enum script_kind { han, latin, other } script = other;  ///< Han if any, else Latin letters if any
  std::size_t length = 0;                                ///< code points, blanks left out
  std::vector<std::int32_t> characters;                  ///< code points: distinct, sorted, blanks left out
};

text_form form_of(std::string_view text);

/// The forms of texts, each worked out once: a table's cells are weighed
/// over and over, at each candidate width. The texts must outlive it.
class text_forms {
 public:
  const text_form& of(std::string_view text);

 private:
  std::unordered_map<std::string_view, text_form> forms_;
};

/// How alike two texts are in form, from 0 to 1: the mean of three signs,
/// each 0 or 1 but the last: written in one script (Han, or Latin letters),
/// lengths within a factor of two, and shared_characters. A column of
/// symbols (TFP, Lev) is told from a column of names (企业规模) and one of
/// definitions (年末总资产的自然对数) though no two of its cells share a
/// character.
double form_likeness(const text_form& a, const text_form& b);
double form_likeness(std::string_view a, std::string_view b);

/// The mean, over the columns below `width`, of how alike the texts of
/// neighbouring rows are in that column (shared_characters). Rows shorter than
/// a column take no part in it; 0 when no column has two texts.
double column_text_alikeness(const std::vector<raw_row>& rows, std::uint32_t width);

/// The same with form_likeness: how alike in form (script, length, shared
/// characters) the texts of each column are.
double column_form_alikeness(const std::vector<raw_row>& rows, std::uint32_t width, text_forms& forms);

}  // namespace retab
