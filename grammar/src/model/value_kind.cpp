#include "model/value_kind.hpp"

#include "model/cell_text.hpp"

#include <algorithm>
#include <charconv>
#include <string>

namespace retab {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// `s` with its fullwidth forms of ASCII (U+FF01..U+FF5E: １２３, ．, ，,
/// ％, typed on a Chinese keyboard) folded to ASCII, as NFKC folds them;
/// `s` itself when it holds none. Only the classification reads the folded
/// text: cells keep the characters they were written with. Not ICU's NFKC:
/// it folds ① to 1 and ㈠ to (一) as well, which are outline markers here.
std::string_view fold_fullwidth(std::string_view s, std::string& buffer) {
  // UTF-8 of U+FF01..U+FF3F is EF BC 81..BF, of U+FF40..U+FF5E EF BD 80..9E.
  const auto fullwidth_at = [&](std::size_t i) {
    if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xEF) return false;
    const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
    return (b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) || (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E);
  };
  // Every fullwidth form opens with the byte EF; memchr finds the first.
  std::size_t i = s.find('\xEF');
  while (i != std::string_view::npos && !fullwidth_at(i)) i = s.find('\xEF', i + 1);
  if (i == std::string_view::npos) return s;
  buffer.assign(s.substr(0, i));
  while (i < s.size()) {
    if (fullwidth_at(i)) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      buffer += static_cast<char>(b1 == 0xBC ? b2 - 0x81 + 0x21 : b2 - 0x80 + 0x60);
      i += 3;
    } else {
      buffer += s[i++];
    }
  }
  return buffer;
}

/// Whether `s` opens with a circled number ① .. ⑳ (U+2460..U+2473).
bool opens_with_circled_number(std::string_view s) {
  return s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE2 && static_cast<unsigned char>(s[1]) == 0x91 &&
         static_cast<unsigned char>(s[2]) >= 0xA0 && static_cast<unsigned char>(s[2]) <= 0xB3;
}

/// Skips one Chinese numeral (一…十, 百, 零, 〇) at `i`; returns bytes consumed.
std::size_t han_numeral_at(std::string_view s, std::size_t i) {
  // Each opens with a byte from E3 (〇) up; most text at `i` does not.
  if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0xE3) return 0;
  static constexpr std::string_view numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"};
  for (const std::string_view n : numerals)
    if (s.compare(i, n.size(), n) == 0) return n.size();
  return 0;
}

std::size_t han_numerals(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size()) {
    const std::size_t n = han_numeral_at(s, j);
    if (n == 0) break;
    j += n;
  }
  return j - i;
}

std::size_t digits(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  return j - i;
}

std::size_t open_paren(std::string_view s, std::size_t i) {
  if (s.substr(i, 1) == "(") return 1;
  if (s.substr(i, 3) == "（") return 3;
  return 0;
}

std::size_t close_paren(std::string_view s, std::size_t i) {
  if (s.substr(i, 1) == ")") return 1;
  if (s.substr(i, 3) == "）") return 3;
  return 0;
}

/// Two or more numbers in one cell, parted by single blanks (`74.6 81.7`,
/// `0.743 -258.445`): values of neighbouring cells that the source fused.
bool is_fused_numbers(std::string_view s) {
  std::size_t parts = 0;
  while (!s.empty()) {
    const std::size_t blank = s.find(' ');
    if (!is_numeric(s.substr(0, blank))) return false;
    ++parts;
    s = blank == std::string_view::npos ? std::string_view{} : s.substr(blank + 1);
  }
  return parts >= 2;
}

/// The text inside `(...)` or `（...）`, or inside `[...]` with
/// `square_too`; empty when `s` is not so bracketed or nothing is inside.
std::string_view inside_brackets(std::string_view s, bool square_too) {
  if (square_too && s.size() > 2 && s.front() == '[' && s.back() == ']') return s.substr(1, s.size() - 2);
  const std::size_t open = open_paren(s, 0);
  const std::size_t close = ends_with(s, ")") ? 1 : ends_with(s, "）") ? 3 : 0;
  if (open == 0 || close == 0 || s.size() <= open + close) return {};
  return s.substr(open, s.size() - open - close);
}

/// The number inside an accounting negative, `(300.2)` or `（1,280）`;
/// empty for anything else. One or two bare digits in parentheses stay an
/// outline number, (1) or (12), which lists number items by.
std::string_view accounting_negative(std::string_view s) {
  const std::string_view inner = inside_brackets(s, false);
  if (inner.empty() || !is_digit(inner.front())) return {};
  const bool outline_like = inner.size() <= 2 && std::all_of(inner.begin(), inner.end(), is_digit);
  return outline_like ? std::string_view() : inner;
}

/// Two numbers parted by a range mark, as an interval is written inside its
/// brackets: `0.71–0.95`, `0.71-0.95`, `0.71~0.95`, `0.71, 0.95` (fullwidth
/// marks are folded by then).
bool is_number_range(std::string_view s) {
  static constexpr std::string_view marks[] = {"–", "—", "~", ",", "-"};
  for (const std::string_view m : marks) {
    // After the first character: a sign opening the range is no mark.
    const std::size_t at = s.find(m, 1);
    if (at != std::string_view::npos && is_numeric(trim_blanks(s.substr(0, at))) &&
        is_numeric(trim_blanks(s.substr(at + m.size()))))
      return true;
  }
  return false;
}

/// A number in scientific notation, as papers print small P values:
/// `1.2e-5`, `3.4E+06`, `2.1×10^-4`, `2.1×10⁻⁴`.
bool is_scientific(std::string_view s) {
  std::size_t exponent = s.find_first_of("eE");
  std::size_t mark = 1;
  if (exponent == std::string_view::npos) {
    exponent = s.find("×10");
    mark = std::string_view("×10").size();
    if (exponent == std::string_view::npos) return false;
  }
  if (exponent == 0 || !is_numeric(s.substr(0, exponent))) return false;
  std::string_view power = s.substr(exponent + mark);
  if (mark > 1 && !power.empty() && power.front() == '^') power.remove_prefix(1);
  static constexpr std::string_view signs[] = {"+", "-", "−", "⁻", "⁺"};
  for (const std::string_view sign : signs)
    if (starts_with(power, sign)) {
      power.remove_prefix(sign.size());
      break;
    }
  static constexpr std::string_view superscripts[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::size_t figures = 0;
  while (!power.empty()) {
    if (is_digit(power.front())) {
      power.remove_prefix(1);
    } else if (const auto* sup = std::find_if(std::begin(superscripts), std::end(superscripts),
                                              [&](std::string_view d) { return starts_with(power, d); });
               mark > 1 && sup != std::end(superscripts)) {
      power.remove_prefix(sup->size());
    } else {
      return false;
    }
    ++figures;
  }
  return figures > 0;
}

/// A mean before the letters of a multiple comparison (`12.35a`, `8.1 ab`,
/// `45.2±3.1Aa`: means that share a letter do not differ); empty when `s`
/// ends in no such letters. At most four letters, a to h in either case.
std::string_view before_group_letters(std::string_view s) {
  const auto group_letter = [](char c) { return (c >= 'a' && c <= 'h') || (c >= 'A' && c <= 'H'); };
  std::size_t letters = 0;
  while (letters < s.size() && group_letter(s[s.size() - 1 - letters])) ++letters;
  if (letters == 0 || letters > 4 || letters == s.size()) return {};
  // A lone e written close is an exponent cut off (1.2e), no letter.
  if (letters == 1 && (s.back() == 'e' || s.back() == 'E') && s[s.size() - 2] != ' ') return {};
  return trim_blanks(s.substr(0, s.size() - letters));
}

/// Statistics as papers print them (read after fold_fullwidth): `52.3±6.1`
/// (a mean and its standard deviation), `[2.15]` (a t value under its
/// coefficient), `<0.001` (a P value given as a bound), `35.2(4.1)` (a mean
/// and its standard deviation in brackets), `0.82 (0.71–0.95)` (an estimate
/// and its confidence interval), `1.2e-5`, `12.35a` (a mean and its
/// comparison letters), `▲2.3` (a change with its direction).
bool is_statistic(std::string_view s) {
  // A mean has decimals: 3a or 12B may number an item.
  if (const std::string_view mean = before_group_letters(s); !mean.empty())
    return mean.find('.') != std::string_view::npos && (is_numeric(mean) || is_statistic(mean));
  constexpr std::string_view plus_minus = "±";
  if (const std::size_t pm = s.find(plus_minus); pm != std::string_view::npos && pm > 0)
    return is_numeric(trim_blanks(s.substr(0, pm))) && is_numeric(trim_blanks(s.substr(pm + plus_minus.size())));
  if (!s.empty() && s.front() == '[') return is_bracketed_number(s);
  if (const std::size_t open = s.find_first_of("([");
      open != std::string_view::npos && open > 0 && is_numeric(trim_blanks(s.substr(0, open)))) {
    const std::string_view inner = inside_brackets(s.substr(open), true);
    return !inner.empty() && (is_numeric(inner) || is_number_range(inner));
  }
  if (is_scientific(s)) return true;
  // The marks below all open with one of these bytes; most cells open otherwise.
  const auto lead = static_cast<unsigned char>(s.empty() ? 0 : s.front());
  if (lead != 0xE2 && lead != 0xEF && lead != '<' && lead != '>') return false;
  // A change printed with its direction (▲2.3, ↓1.5%), as statistical
  // bulletins mark rises and falls.
  static constexpr std::string_view directions[] = {"▲", "△", "▼", "▽", "↑", "↓"};
  for (const std::string_view d : directions)
    if (starts_with(s, d) && s.size() > d.size()) return is_numeric(trim_blanks(s.substr(d.size())));
  static constexpr std::string_view bounds[] = {"<", ">", "≤", "≥", "＜", "＞"};
  for (const std::string_view b : bounds)
    if (starts_with(s, b) && s.size() > b.size()) return is_numeric(trim_blanks(s.substr(b.size())));
  return false;
}

}  // namespace

bool is_numeric(std::string_view s) {
  std::string folded;
  s = fold_fullwidth(s, folded);
  if (const std::string_view inner = accounting_negative(s); !inner.empty()) return is_numeric(inner);
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  else if (starts_with(s, "−") || starts_with(s, "－")) i += 3;
  // PDF extraction may part a sign from its number: "- 12.42".
  if (i > 0 && i + 1 < s.size() && s[i] == ' ' && is_digit(s[i + 1])) ++i;
  const std::size_t start = i;
  bool digit_seen = false, seen_point = false;
  while (i < s.size()) {
    if (s[i] == '.') seen_point = true;
    if (is_digit(s[i])) { digit_seen = true; ++i; }
    else if ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() && is_digit(s[i + 1]) && i > start) ++i;
    // Digit groups separated by a space, as the Chinese standard writes
    // them: "34 479", "1 117.60" (a group is exactly three digits).
    else if (s[i] == ' ' && !seen_point && i > start && is_digit(s[i - 1]) && i + 3 < s.size() &&
             is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
             (i + 4 == s.size() || !is_digit(s[i + 4])))
      ++i;
    // PDF extraction leaves a space after a decimal point: "1. 01%".
    else if (s[i] == '.' && i > start && i + 2 < s.size() && s[i + 1] == ' ' && is_digit(s[i + 2])) i += 2;
    else if (s[i] == '.' && i == start && i + 1 < s.size() && is_digit(s[i + 1])) ++i;
    else break;
  }
  if (!digit_seen) return false;
  std::string_view rest = s.substr(i);
  // A blank may part a percent sign from its number, as PDF text and some
  // typesetting leave it: "12.5 %".
  if (starts_with(rest, " %") || starts_with(rest, " ‰")) rest.remove_prefix(1);
  if (starts_with(rest, "%")) rest.remove_prefix(1);
  else if (starts_with(rest, "‰")) rest.remove_prefix(3);
  // Significance and footnote marks: 0.034*, 0.001**, 0.05†, 12①.
  while (!rest.empty()) {
    if (rest.front() == '*') rest.remove_prefix(1);
    else if (starts_with(rest, "†") || starts_with(rest, "‡") || opens_with_circled_number(rest)) rest.remove_prefix(3);
    else break;
  }
  return rest.empty();
}

std::size_t decimal_places(std::string_view s) {
  std::string folded;
  s = fold_fullwidth(s, folded);
  const std::size_t point = s.find('.');
  if (point == std::string_view::npos) return 0;
  std::size_t n = 0;
  for (std::size_t i = point + 1; i < s.size() && is_digit(s[i]); ++i) ++n;
  return n;
}

std::optional<double> numeric_value(std::string_view s) {
  std::string folded;
  s = fold_fullwidth(s, folded);
  if (const std::string_view inner = accounting_negative(s); !inner.empty()) {
    const std::optional<double> magnitude = numeric_value(inner);
    if (magnitude) return -*magnitude;
    return std::nullopt;
  }
  if (!is_numeric(s)) return std::nullopt;
  // is_numeric has checked the shape; keep the sign, digits and point, and
  // drop group separators, spaces and trailing marks.
  std::string plain;
  std::size_t i = 0;
  if (starts_with(s, "−") || starts_with(s, "－")) {
    plain += '-';
    i = 3;
  }
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (is_digit(c) || c == '.' || (plain.empty() && c == '-')) plain += c;
    else if (c == '%' || c == '*' || static_cast<unsigned char>(c) >= 0x80) break;
  }
  double value = 0;
  const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (error != std::errc() || end != plain.data() + plain.size()) return std::nullopt;
  return value;
}

bool is_year(std::string_view s) {
  std::string folded;
  s = fold_fullwidth(s, folded);
  if (s.size() != 4 || !std::all_of(s.begin(), s.end(), is_digit)) return false;
  const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  return year >= 1900 && year <= 2100;
}

bool looks_like_unit(std::string_view s) {
  // The longest unit with a multiplier, 十万个百分点, is 18 bytes; most labels are longer.
  if (s.empty() || s.size() > 18) return false;
  // Not 年, 月 or 日 (2000年 heads a column, 1日 labels a row of a daily
  // table), nor 岁 (0岁, 1岁 label the rows of an age table).
  static constexpr std::string_view units[] = {
      "条", "件", "个", "人", "人次", "次", "元", "万元", "亿元", "千元", "%", "‰", "家", "项", "份", "册",
      "篇", "天", "小时", "户", "台", "套", "处", "批", "场", "期", "位", "名", "所", "张", "页",
      "吨", "亩", "公顷", "平方米", "万", "亿", "倍", "kg", "t", "km", "m", "°", "℃",
      "个百分点", "百分点", "分钟", "秒", "个工作日", "工作日", "起", "例", "宗", "辆", "座", "株", "头", "只",
      "间", "栋", "床", "美元", "港元", "欧元", "公里", "千米", "米", "平方公里", "立方米", "公斤", "千克",
      "克", "千瓦", "千瓦时", "兆瓦", "°C", "m²", "m³", "km²", "mm", "cm", "mg", "g", "mL", "h", "min", "kW",
      "kWh", "MW",
      // Their traditional forms, as reports from Taiwan and Hong Kong write them.
      "條", "個", "萬元", "億元", "項", "冊", "戶", "臺", "處", "場", "張", "頁", "噸", "畝", "萬", "億",
      "個百分點", "百分點", "分鐘", "個工作日", "輛", "頭", "隻", "間", "棟", "歐元", "千瓦時"};
  for (const std::string_view u : units)
    if (s == u) return true;
  // A count of ten thousands or hundred millions of a unit: 万户, 亿美元, 万千瓦.
  static constexpr std::string_view multipliers[] = {"十万", "百万", "千万", "万", "亿", "千",
                                                     "百",   "十萬", "百萬", "千萬", "萬", "億"};
  for (const std::string_view m : multipliers)
    if (s.size() > m.size() && starts_with(s, m))
      return std::find(std::begin(units), std::end(units), s.substr(m.size())) != std::end(units);
  return false;
}

bool is_quantity(std::string_view s) {
  std::string folded;
  s = fold_fullwidth(s, folded);
  // The unit is the non-numeric tail: 251000元, 3.6亿元, 12人次.
  std::size_t tail = s.size();
  while (tail > 0 && !is_digit(s[tail - 1])) --tail;
  // A blank may part the unit from its number: 12 件.
  std::string_view unit = s.substr(tail);
  if (starts_with(unit, " ")) unit.remove_prefix(1);
  return tail > 0 && looks_like_unit(unit) && is_numeric(s.substr(0, tail));
}

bool is_bracketed_number(std::string_view s) {
  std::string folded;
  s = fold_fullwidth(s, folded);
  const std::string_view inner = inside_brackets(s, true);
  return !inner.empty() && is_numeric(inner);
}

bool is_value_like(std::string_view s) {
  if (s.empty()) return true;
  // A cell opening with a CJK ideograph (UTF-8 lead byte E4..E9) is a label
  // but for the placeholder 无; most cells are such labels, and the checks
  // below (folding fullwidth forms first) would each scan them to find so.
  if (const auto lead = static_cast<unsigned char>(s.front()); lead >= 0xE4 && lead <= 0xE9)
    return s == "无" || s == "無";
  // Counts (12, 4057) are most values; the checks below would scan them many times over.
  if (std::all_of(s.begin(), s.end(), is_digit)) return true;
  std::string folded;
  s = fold_fullwidth(s, folded);
  // Every kind of value but dashes and placeholders holds a digit, and most
  // labels hold none ((一)予以公开).
  const bool has_digit = s.find_first_of("0123456789") != std::string_view::npos;
  if (has_digit && (is_numeric(s) || is_quantity(s) || is_fused_numbers(s) || is_statistic(s))) return true;
  // Dashes of any length stand for "no value": -, ------, —, ——, －.
  std::string_view rest = s;
  while (!rest.empty()) {
    if (rest.front() == '-') rest.remove_prefix(1);
    else if (starts_with(rest, "—") || starts_with(rest, "－") || starts_with(rest, "–")) rest.remove_prefix(3);
    else break;
  }
  if (rest.empty()) return true;
  // A sum of money with its currency sign: ¥1,234, ￥3.5, $12.
  static constexpr std::string_view currencies[] = {"¥", "￥", "$", "€", "£"};
  for (const std::string_view c : currencies)
    if (has_digit && starts_with(s, c) && is_numeric(trim_blanks(s.substr(c.size())))) return true;
  if (s.size() > 6) return false;
  // Marks for no value or a tick: ×, √ (checked), …… (the Chinese ellipsis).
  // (／ is folded to / by now, and 无 was answered above.)
  static constexpr std::string_view placeholders[] = {"/",   "…",   "……", "...",  "×",   "x",
                                                      "√",   "✓",   "✔",  "N/A",  "n/a", "NA",
                                                      "n.a.", "N.A."};
  for (const std::string_view p : placeholders)
    if (s == p) return true;
  return false;
}

outline_marker outline_marker_of(std::string_view s) {
  std::string folded;
  s = fold_fullwidth(s, folded);
  if (const std::size_t n = han_numerals(s, 0)) {
    const std::string_view rest = s.substr(n);
    if (starts_with(rest, "、") || starts_with(rest, "．") || starts_with(rest, ".")) return outline_marker::han_comma;
    return outline_marker::none;
  }
  if (const std::size_t p = open_paren(s, 0)) {
    if (const std::size_t n = han_numerals(s, p)) {
      if (close_paren(s, p + n)) return outline_marker::han_paren;
    } else if (const std::size_t d = digits(s, p)) {
      if (close_paren(s, p + d)) return outline_marker::digit_paren;
    }
    return outline_marker::none;
  }
  if (const std::size_t d = digits(s, 0)) {
    const std::string_view rest = s.substr(d);
    // "1.5" is a number, "1.属于" a numbered label.
    if ((starts_with(rest, ".") && !(rest.size() > 1 && is_digit(rest[1]))) || starts_with(rest, "、") ||
        starts_with(rest, "﹒") || starts_with(rest, "．"))
      return outline_marker::digit_dot;
    return outline_marker::none;
  }
  return opens_with_circled_number(s) ? outline_marker::circled : outline_marker::none;
}

int outline_ordinal(std::string_view s) {
  if (outline_marker_of(s) == outline_marker::none) return 0;
  std::string folded;
  s = fold_fullwidth(s, folded);
  std::size_t i = open_paren(s, 0);
  if (const std::size_t d = digits(s, i)) {
    int n = 0;
    for (std::size_t k = i; k < i + d && n < 100000; ++k) n = n * 10 + (s[k] - '0');
    return n;
  }
  // 一 … 九 are digits and 十 multiplies the one before it (or 1): 二十三 is 23.
  static constexpr std::string_view units[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  int total = 0, digit = 0;
  for (std::size_t n; (n = han_numeral_at(s, i)) != 0; i += n) {
    const std::string_view numeral = s.substr(i, n);
    if (numeral == "十") {
      total += (digit == 0 ? 1 : digit) * 10;
      digit = 0;
      continue;
    }
    digit = 0;
    for (int k = 0; k < 9; ++k)
      if (numeral == units[k]) digit = k + 1;
  }
  // ① … ⑳ are U+2460 … U+2473.
  if (total + digit == 0 && opens_with_circled_number(s)) return static_cast<unsigned char>(s[2]) - 0x9F;
  return total + digit;
}

int paren_balance(std::string_view s) {
  int balance = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (open_paren(s, i)) ++balance;
    else if (close_paren(s, i)) --balance;
  }
  return balance;
}

bool opens_with_paren(std::string_view s) { return open_paren(s, 0) != 0; }

bool looks_like_total(std::string_view s) {
  // Compared from the end, spaces skipped and ASCII case folded ("总 计", "Total").
  static constexpr std::string_view totals[] = {"总计", "合计", "小计", "共计", "总数", "总体", "總計", "合計",
                                                "小計", "共計", "總數", "總體", "total", "overall", "sum"};
  for (const std::string_view t : totals) {
    std::size_t i = s.size(), k = t.size();
    while (i > 0 && k > 0) {
      const char c = s[i - 1];
      if (c == ' ') { --i; continue; }
      const char folded = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      if (folded != t[k - 1]) break;
      --i;
      --k;
    }
    if (k == 0) return true;
  }
  return false;
}

bool looks_like_remarks(std::string_view s) {
  s = trim_blanks(s);
  for (const std::string_view r : {"备注", "附注", "備註", "備注", "备考", "Remarks", "remarks", "REMARKS"})
    if (s == r) return true;
  return false;
}

bool looks_like_breakdown(std::string_view s) {
  for (const std::string_view colon : {":", "：", " "})
    while (ends_with(s, colon)) s.remove_suffix(colon.size());
  return s == "其中" || s == "of which" || s == "Of which";
}

bool may_be_value_word(std::string_view s) {
  return outline_marker_of(s) == outline_marker::none && !looks_like_total(s) && !looks_like_unit(s);
}

bool is_short_word(std::string_view s) { return display_width(s) <= 6; }

bool reads_as_vocabulary(std::vector<std::string_view> texts) {
  std::sort(texts.begin(), texts.end());
  const auto distinct = static_cast<std::size_t>(std::unique(texts.begin(), texts.end()) - texts.begin());
  return distinct * 2 <= texts.size();
}

std::vector<std::string_view> recurring_vocabulary(std::vector<std::string_view> uses) {
  std::sort(uses.begin(), uses.end());
  std::vector<std::string_view> words;
  std::size_t recurring = 0;
  for (auto it = uses.begin(); it != uses.end();) {
    const auto run_end = std::find_if(it, uses.end(), [&](std::string_view t) { return t != *it; });
    if (run_end - it >= 2) {
      words.push_back(*it);
      recurring += static_cast<std::size_t>(run_end - it);
    }
    it = run_end;
  }
  if (recurring < 3) words.clear();
  return words;
}

bool looks_like_numbered_title(std::string_view s) {
  if (!starts_with(s, "第")) return false;
  const std::size_t at = std::string_view("第").size();
  return han_numerals(s, at) > 0 || digits(s, at) > 0;
}

bool names_first_leaf(std::string_view group, std::string_view leaf) {
  return !leaf.empty() && group.size() > leaf.size() && starts_with(group, leaf);
}

/// 表1, 表 2, 表S1, 附表, 续表 (續表), Table 3, Tab.2: a table's label, not a
/// word that merely starts with 表 (表面积).
bool table_label(std::string_view s) {
  static constexpr std::string_view labels[] = {"附表", "续表", "續表", "Table", "Tab.", "TABLE"};
  if (std::any_of(std::begin(labels), std::end(labels), [&](std::string_view l) { return starts_with(s, l); }))
    return true;
  if (!starts_with(s, "表")) return false;
  std::string_view rest = s.substr(3);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (!rest.empty() && ((rest.front() >= 'A' && rest.front() <= 'Z') || (rest.front() >= 'a' && rest.front() <= 'z')))
    rest.remove_prefix(1);
  return !rest.empty() && is_digit(rest.front());
}

bool ends_in_colon(std::string_view s) { return ends_with(s, ":") || ends_with(s, "："); }

bool looks_like_caption(std::string_view s) {
  if (s.empty()) return false;
  const std::size_t width = display_width(s);
  // An explicit table label may carry a long title, often in English.
  if (table_label(s) && width <= 200) return true;
  if (width > 80) return false;
  // A lead-in such as "本年度有关情况统计如下:" introduces the table below it;
  // 其中： opens a breakdown among the header cells.
  if (ends_in_colon(s)) return !looks_like_breakdown(s);
  if (ends_with(s, "表")) return true;
  // "三、收到和处理政府信息公开申请情况" heads a table; "申请人情况" is a header cell.
  return (ends_with(s, "情况") || ends_with(s, "情況")) && outline_marker_of(s) == outline_marker::han_comma;
}

bool looks_like_unit_note(std::string_view s) {
  if (display_width(s) > 30) return false;
  s.remove_prefix(open_paren(s, 0));
  static constexpr std::string_view openings[] = {"单位:", "单位：", "單位:", "單位：", "Unit:", "unit:"};
  return std::any_of(std::begin(openings), std::end(openings), [&](std::string_view o) { return starts_with(s, o); });
}

bool looks_like_prose(std::string_view s) {
  const std::size_t w = display_width(s);
  if (w > 120) return true;
  // A note under a table (注：…, Source: …) is read as text, however short.
  static constexpr std::string_view note_openings[] = {
      "注:",   "注：",   "说明:", "说明：", "资料来源", "数据来源", "註:",    "註：",    "說明:",   "說明：",
      "資料來源", "數據來源", "Note:", "Notes:", "NOTE:",   "Source:", "Sources:"};
  for (const std::string_view opening : note_openings)
    if (starts_with(s, opening)) return true;
  // A full stop ends a sentence, and table cells are rarely sentences; the
  // other marks also end numbers and abbreviations, so only long lines count.
  if (w > 12 && ends_with(s, "。")) return true;
  return w > 40 && (ends_with(s, ".") || ends_with(s, ";") || ends_with(s, "；"));
}

}  // namespace retab
