#include "model/markdown_marks.hpp"

#include "model/cell_text.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace retab {
namespace {

/// The length of an HTML line break (<br>, <br/>, <br />, any case) at `i`,
/// or 0.
std::size_t line_break_at(std::string_view s, std::size_t i) {
  if (i + 4 > s.size() || s[i] != '<' || (s[i + 1] != 'b' && s[i + 1] != 'B') || (s[i + 2] != 'r' && s[i + 2] != 'R'))
    return 0;
  std::size_t j = i + 3;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j < s.size() && s[j] == '/') ++j;
  return j < s.size() && s[j] == '>' ? j + 1 - i : 0;
}

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

/// The named entities a report's table is likely to hold; GFM knows every
/// HTML5 name, these are the ones converters write for punctuation, spaces
/// and the signs of statistics tables.
struct named_entity {
  std::string_view name;
  char32_t code_point;
};
constexpr named_entity kNamedEntities[] = {
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},     {"apos", U'\''},
    {"nbsp", U'\u00A0'}, {"ensp", U'\u2002'}, {"emsp", U'\u2003'}, {"thinsp", U'\u2009'}, {"plusmn", U'\u00B1'},
    {"times", U'\u00D7'}, {"divide", U'\u00F7'}, {"deg", U'\u00B0'}, {"middot", U'\u00B7'}, {"micro", U'\u00B5'},
    {"sup2", U'\u00B2'}, {"sup3", U'\u00B3'}, {"frac12", U'\u00BD'}, {"permil", U'\u2030'}, {"minus", U'\u2212'},
    {"le", U'\u2264'},   {"ge", U'\u2265'},   {"ne", U'\u2260'},   {"asymp", U'\u2248'}, {"hellip", U'\u2026'},
    {"ndash", U'\u2013'}, {"mdash", U'\u2014'}, {"lsquo", U'\u2018'}, {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'},
    {"rdquo", U'\u201D'}, {"laquo", U'\u00AB'}, {"raquo", U'\u00BB'}, {"copy", U'\u00A9'}, {"reg", U'\u00AE'},
    {"sect", U'\u00A7'}, {"para", U'\u00B6'}, {"yen", U'\u00A5'},  {"euro", U'\u20AC'}, {"pound", U'\u00A3'},
};

/// The character of the entity reference at `i` (`&name;`, `&#123;`,
/// `&#x7B;`) and the reference's length; length 0 when there is none.
std::pair<char32_t, std::size_t> entity_at(std::string_view s, std::size_t i) {
  // A reference is short: look no further than 32 bytes for its `;`, so a
  // cell of many `&` is read once over, not once per `&`.
  if (s[i] != '&') return {0, 0};
  const std::size_t semi = s.substr(0, std::min(s.size(), i + 33)).find(';', i + 1);
  if (semi == std::string_view::npos) return {0, 0};
  const std::string_view body = s.substr(i + 1, semi - i - 1);
  const std::size_t length = semi + 1 - i;
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > (hex ? 6 : 7)) return {0, 0};
    std::uint32_t v = 0;
    for (const char c : digits) {
      const bool dec = c >= '0' && c <= '9';
      const bool hx = hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
      if (!dec && !hx) return {0, 0};
      v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(dec ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    // What HTML does with NUL, surrogates and code points past Unicode.
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
    return {static_cast<char32_t>(v), length};
  }
  const auto* e = std::find_if(std::begin(kNamedEntities), std::end(kNamedEntities),
                               [&](const named_entity& n) { return n.name == body; });
  return e == std::end(kNamedEntities) ? std::pair<char32_t, std::size_t>{0, 0}
                                       : std::pair<char32_t, std::size_t>{e->code_point, length};
}

void append_utf8(std::string& out, char32_t c) {
  char buffer[U8_MAX_LENGTH];
  std::int32_t n = 0;
  U8_APPEND_UNSAFE(buffer, n, static_cast<UChar32>(c));
  out.append(buffer, static_cast<std::size_t>(n));
}

}  // namespace

std::string_view without_strong_emphasis(std::string_view s) {
  for (const std::string_view mark : {std::string_view("**"), std::string_view("__")}) {
    const std::size_t m = mark.size();
    if (s.size() <= 2 * m || s.substr(0, m) != mark || s.substr(s.size() - m) != mark) continue;
    const std::string_view inner = s.substr(m, s.size() - 2 * m);
    const auto edge = [&](char c) { return c != ' ' && c != mark[0]; };
    // `**合计** 与 **小计**` is two emphases, not one around the whole.
    if (edge(inner.front()) && edge(inner.back()) && inner.find(mark) == std::string_view::npos) return inner;
  }
  return s;
}

bool has_markdown_escapes(std::string_view s) { return s.find_first_of("\\&<") != std::string_view::npos; }

std::string markdown_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && is_ascii_punctuation(s[i + 1])) {
      out.push_back(s[++i]);
    } else if (const std::size_t n = line_break_at(s, i)) {
      out.push_back(' ');
      i += n - 1;
    } else if (const auto [c, length] = entity_at(s, i); length > 0) {
      append_utf8(out, c);
      i += length - 1;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string_view heading_text(std::string_view s) {
  std::string_view text = s;
  std::size_t hashes = 0;
  while (hashes < text.size() && text[hashes] == '#') ++hashes;
  // `#5 号楼` is no heading: CommonMark wants a blank after the marks.
  if (hashes >= 1 && hashes <= 6 && hashes < text.size() && text[hashes] == ' ') {
    text = trim_blanks(text.substr(hashes));
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == '#') --end;
    if (end < text.size() && end > 0 && text[end - 1] == ' ') text = trim_blanks(text.substr(0, end));
  }
  text = without_strong_emphasis(text);
  return text.empty() ? s : text;
}

}  // namespace retab
