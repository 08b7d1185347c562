#include "model/markdown_marks.hpp"

namespace retab {
namespace {

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
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
