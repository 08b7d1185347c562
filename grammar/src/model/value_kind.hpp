// What a cell's text looks like: the evidence that separates row labels from
// values and tells the levels of an outline-numbered label column.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace retab {

/// `-681`, `311580.0109`, `1,234`, `99.93%`, `0.000***` (significance stars),
/// `(300.2)` (an accounting negative; `(1)` stays an outline number).
bool is_numeric(std::string_view s);

/// The number a numeric cell reads as (`1 117.60` -> 1117.6, `-12.5%` ->
/// -12.5, `1,234` -> 1234, `(300.2)` -> -300.2); nothing for a cell that is
/// not numeric.
std::optional<double> numeric_value(std::string_view s);

/// Digits after the decimal point (`12.50` -> 2, `１２．５` -> 1, `12` -> 0):
/// the place a number was rounded to.
std::size_t decimal_places(std::string_view s);

/// A bare year, `2021`: four digits from 1900 to 2100.
bool is_year(std::string_view s);

/// A unit of measure or count on its own: 条, 件, 万元, %, 人次, kg. Units are
/// a small closed vocabulary; a short label such as 规章 is not one.
bool looks_like_unit(std::string_view s);

/// `251000元`, `3.6亿元`, `12件`: a number followed by a unit (not 年, 月, 日
/// or 岁: `2000年` is a header, `1日` a row label).
bool is_quantity(std::string_view s);

/// A cell that can stand in a value column: numeric, a quantity, a
/// statistic (`52.3±6.1`, `[2.15]`, `<0.001`), empty, or a placeholder such
/// as `-`, `—`, `/`, `…`.
bool is_value_like(std::string_view s);

/// A number in brackets, `(0.032)`, `（2.15）` or `[0.373]`: a standard error
/// or t value as papers print it under its coefficient.
bool is_bracketed_number(std::string_view s);

/// A value written out: is_value_like without the empty cell. (A label is
/// simply !is_value_like: an empty cell is neither.)
inline bool holds_value(std::string_view s) { return !s.empty() && is_value_like(s); }

/// Outline numbering at the start of a label; each kind is one level.
enum class outline_marker {
  none,
  han_comma,       ///< 一、  二、
  han_paren,       ///< (一) （二）
  digit_dot,       ///< 1.  2、  3﹒
  digit_paren,     ///< (1) （2）
  circled,         ///< ① ②
};

outline_marker outline_marker_of(std::string_view label);

/// The number an outline marker counts (三、 3, (二) 2, 12. 12, ② 2); 0
/// for a label without one.
int outline_ordinal(std::string_view label);

/// Opening minus closing brackets, ASCII or fullwidth ( ( ) and （ ） ):
/// above 0 when `s` leaves one open (网络申请(含), below when it closes one
/// opened before (电子邮件)).
int paren_balance(std::string_view s);

/// Whether `s` opens with a bracket, ASCII or fullwidth.
bool opens_with_paren(std::string_view s);

/// Levels of outline markers in the order a table first uses them: the first
/// kind seen is level 0 (一、), the next level 1 ((一)), and so on.
class outline_levels {
 public:
  void see(outline_marker m) {
    if (m == outline_marker::none) return;
    for (const outline_marker k : order_)
      if (k == m) return;
    order_.push_back(m);
  }
  /// The level of `m`, or -1 when it was never seen (or is none).
  int level(outline_marker m) const {
    for (std::size_t i = 0; i < order_.size(); ++i)
      if (order_[i] == m) return static_cast<int>(i);
    return -1;
  }

 private:
  std::vector<outline_marker> order_;
};

/// A header that names a total column: 总计, 合计, 小计, Total, ...
bool looks_like_total(std::string_view s);

/// A header that names a column of remarks (备注, 附注, Remarks): a text
/// written in some rows only, a column of its own and never over others.
bool looks_like_remarks(std::string_view s);

/// A header cell that is a column of its own whatever is below it, never a
/// group: a total or remarks.
inline bool names_own_column(std::string_view s) { return looks_like_total(s) || looks_like_remarks(s); }

/// A text ending in a colon (: or ：) names what follows it: a lead-in
/// above a table, a key before its value.
bool ends_in_colon(std::string_view s);

/// A header cell that opens a breakdown, 其中 ("of which", with or without a
/// colon): it heads the cells that part the column before it (人数, 其中 over
/// 男, 女), never a column of its own. 其中:女性 names a column and is not one.
bool looks_like_breakdown(std::string_view s);

/// A label that may be a word standing among values (是, 优, 达标): no
/// outline number, total or unit, which only ever label a row.
bool may_be_value_word(std::string_view s);

/// A word short enough to be a grade or a verdict (优, 未达标: three Chinese
/// characters at most), not a row's name.
bool is_short_word(std::string_view s);

/// Whether texts read as a vocabulary of words (是/否, 优/良/中/差): at most
/// half as many distinct texts as there are texts, each used twice on average.
bool reads_as_vocabulary(std::vector<std::string_view> texts);

/// The texts used twice or more among `uses` (sorted), when those uses
/// number three or more; else none. A word among values recurs: a text used
/// once is no evidence on its own. (Texts each used twice or more always
/// read as a vocabulary, reads_as_vocabulary.)
std::vector<std::string_view> recurring_vocabulary(std::vector<std::string_view> uses);

/// A title that numbers a block (第一项, 第二十条第(一)项, 第3部分): an
/// ordinal first, which column headers do not carry.
bool looks_like_numbered_title(std::string_view s);

/// A group header that starts with the name of the first leaf under it:
/// `M2检验` over `M2, df, P`, `t检验` over `t, P`.
bool names_first_leaf(std::string_view group, std::string_view leaf);

/// A short line that names a table: 表1…, Table 2…, 附表…, …统计表, …情况.
bool looks_like_caption(std::string_view s);

/// A note of the unit the table's numbers are in: (单位:件), 单位:万元.
bool looks_like_unit_note(std::string_view s);

/// A line of running prose: long, ending a sentence, or a note (注：…,
/// Source: …).
bool looks_like_prose(std::string_view s);

}  // namespace retab
