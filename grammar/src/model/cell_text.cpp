#include "model/cell_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

namespace retab {
namespace {

/// Length of the whitespace character at `i`, or 0.
std::size_t space_at(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  // Non-ASCII white space starts with C2 (U+0085, U+00A0), E1 (U+1680),
  // E2 (U+2000..U+205F) or E3 (U+3000): skip ICU for everything else.
  if (c < 0x80 || (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3)) return 0;
  UChar32 cp;
  int32_t j = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), cp);
  if (cp < 0) return 0;
  return u_isUWhiteSpace(cp) ? static_cast<std::size_t>(j) - i : 0;
}

/// Length of an invisible format character at `i`, or 0: web pages leave
/// zero width spaces (U+200B), word joiners (U+2060), byte order marks
/// inside the text (U+FEFF) and soft hyphens (U+00AD) in cells, where they
/// would keep `12` from reading as a number. Zero width joiners stay: they
/// bind emoji and some scripts.
std::size_t invisible_at(std::string_view s, std::size_t i) {
  // Their UTF-8 starts with C2, E2 or EF: skip the comparisons for every other byte.
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead != 0xC2 && lead != 0xE2 && lead != 0xEF) return 0;
  static constexpr std::string_view marks[] = {"\u200B", "\u2060", "\uFEFF", "\u00AD"};
  for (const std::string_view m : marks)
    if (s.compare(i, m.size(), m) == 0) return m.size();
  return 0;
}

/// Length of a whitespace or invisible character at `i`, or 0.
std::size_t blank_at(std::string_view s, std::size_t i) {
  const std::size_t n = space_at(s, i);
  return n > 0 ? n : invisible_at(s, i);
}

}  // namespace

bool is_blank_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = blank_at(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string_view clean_cell_text(std::string_view raw, table& owner) {
  std::size_t b = 0, e = raw.size();
  while (b < e) {
    const std::size_t n = blank_at(raw, b);
    if (n == 0) break;
    b += n;
  }
  // Trailing whitespace: walk back to a character boundary, then test it.
  while (e > b) {
    std::size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(raw[k]) & 0xC0) == 0x80) --k;
    const std::size_t n = blank_at(raw, k);
    if (n == 0 || k + n != e) break;
    e = k;
  }
  const std::string_view trimmed = raw.substr(b, e - b);
  bool plain = true;
  for (std::size_t i = 0; i < trimmed.size() && plain;) {
    const std::size_t n = space_at(trimmed, i);
    if (invisible_at(trimmed, i) > 0) {
      plain = false;
    } else if (n == 0) {
      ++i;
    } else {
      if (n != 1 || trimmed[i] != ' ' || (i + 1 < trimmed.size() && space_at(trimmed, i + 1))) plain = false;
      i += n;
    }
  }
  if (plain) return trimmed;
  std::string out;
  out.reserve(trimmed.size());
  bool in_space = false;
  for (std::size_t i = 0; i < trimmed.size();) {
    if (const std::size_t invisible = invisible_at(trimmed, i)) {
      i += invisible;
      continue;
    }
    const std::size_t n = space_at(trimmed, i);
    if (n) {
      if (!in_space) out.push_back(' ');
      in_space = true;
      i += n;
    } else {
      out.push_back(trimmed[i]);
      in_space = false;
      ++i;
    }
  }
  return owner.keep(std::move(out));
}

std::string_view join_cell_lines(const std::vector<std::string_view>& parts, table& owner) {
  std::string out;
  for (const std::string_view part : parts) {
    const std::string_view p = clean_cell_text(part, owner);
    if (p.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(p);
  }
  return owner.keep(std::move(out));
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < static_cast<int32_t>(s.size())) {
    UChar32 cp;
    U8_NEXT(p, i, static_cast<int32_t>(s.size()), cp);
    if (cp < 0) { ++w; continue; }
    const int ea = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

}  // namespace retab
