#include <retab/header_paths.hpp>

#include <algorithm>

namespace retab {
std::vector<std::vector<std::string_view>> column_header_paths(const table& t) {
  const std::vector<int> owner = t.coverage();
  const std::uint32_t header_rows = std::min(t.header_rows, t.rows);
  auto text_below = [&](const cell& x, std::uint32_t c) {
    for (std::uint32_t r = x.row + x.rowspan; r < header_rows; ++r) {
      const int o = owner[static_cast<std::size_t>(r) * t.cols + c];
      if (o >= 0 && !t.cells[static_cast<std::size_t>(o)].text.empty()) return true;
    }
    return false;
  };
  std::vector<std::vector<std::string_view>> paths(t.cols);
  for (std::uint32_t c = 0; c < t.cols; ++c) {
    int previous = -1;
    for (std::uint32_t r = 0; r < header_rows; ++r) {
      const int o = owner[static_cast<std::size_t>(r) * t.cols + c];
      if (o < 0 || o == previous) continue;
      previous = o;
      const cell& x = t.cells[static_cast<std::size_t>(o)];
      // A spanning cell heads every column only as a group header (with
      // header cells below it); otherwise it names its first column. A cell
      // across the whole width is the table's title, not a column's.
      if (x.text.empty() || (x.col != c && !text_below(x, c))) continue;
      if (x.colspan == t.cols && t.cols > 1 && text_below(x, c)) continue;
      paths[c].push_back(x.text);
    }
  }
  return paths;
}

std::vector<std::string_view> row_label_path(const table& t, std::uint32_t r) {
  std::vector<const cell*> covering;
  for (const cell& c : t.cells)
    if (c.col < t.label_cols && r >= c.row && r < c.row + c.rowspan && !c.text.empty()) covering.push_back(&c);
  std::sort(covering.begin(), covering.end(), [](const cell* a, const cell* b) { return a->col < b->col; });
  std::vector<std::string_view> path;
  for (const cell* c : covering) path.push_back(c->text);
  return path;
}

std::string join_path(const std::vector<std::string_view>& path, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (i) out.append(separator);
    out.append(path[i]);
  }
  return out;
}

}  // namespace retab
