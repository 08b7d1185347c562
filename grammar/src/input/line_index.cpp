#include "input/line_index.hpp"

#include <retab/source_text.hpp>

#include <cstring>

namespace retab {

std::vector<std::size_t> index_lines(std::string_view text) {
  std::vector<std::size_t> starts;
  if (text.empty()) return starts;
  starts.push_back(0);
  const char* const base = text.data();
  const char* p = base;
  const char* const end = base + text.size();
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    if (p < end) starts.push_back(static_cast<std::size_t>(p - base));
  }
  return starts;
}

std::string_view source_text::line(std::size_t i) const noexcept {
  const std::size_t begin = line_starts[i];
  std::size_t end = i + 1 < line_starts.size() ? line_starts[i + 1] : text.size();
  if (end > begin && text[end - 1] == '\n') --end;
  return std::string_view(text).substr(begin, end - begin);
}

}  // namespace retab
