#include <retab/csv_writer.hpp>

#include <sstream>

namespace retab {
namespace {

void write_field(std::ostream& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << text;
    return;
  }
  out << '"';
  for (const char c : text) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

}  // namespace

void write_csv(std::ostream& out, const table& t, const csv_options& options) {
  if (options.bom) out << "\xEF\xBB\xBF";
  const std::vector<std::vector<int>> grid = t.grid();
  for (std::uint32_t r = 0; r < t.rows; ++r) {
    for (std::uint32_t c = 0; c < t.cols; ++c) {
      if (c) out << ',';
      const int index = grid[r][c];
      if (index < 0) continue;
      const cell& anchor = t.cells[static_cast<std::size_t>(index)];
      if ((anchor.row == r && anchor.col == c) || options.fill_merged) write_field(out, anchor.text);
    }
    out << "\r\n";
  }
}

std::string to_csv(const table& t, const csv_options& options) {
  std::ostringstream out;
  write_csv(out, t, options);
  return out.str();
}

}  // namespace retab
