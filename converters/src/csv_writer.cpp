#include <retab/csv_writer.hpp>

namespace retab {
void append_csv_field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(text);
    return;
  }
  out.push_back('"');
  for (const char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string to_csv(const table& t, const csv_options& options) {
  std::string out;
  std::size_t text_bytes = 0;
  for (const cell& c : t.cells) text_bytes += c.text.size();
  out.reserve(text_bytes + static_cast<std::size_t>(t.rows) * (t.cols + 2) + 3);
  if (options.bom) out.append("\xEF\xBB\xBF");
  const std::vector<int> owner = t.coverage();
  for (std::uint32_t r = 0; r < t.rows; ++r) {
    for (std::uint32_t c = 0; c < t.cols; ++c) {
      if (c) out.push_back(',');
      const int index = owner[static_cast<std::size_t>(r) * t.cols + c];
      if (index < 0) continue;
      const cell& anchor = t.cells[static_cast<std::size_t>(index)];
      if ((anchor.row == r && anchor.col == c) || options.fill_merged) append_csv_field(out, anchor.text);
    }
    out.append("\r\n");
  }
  return out;
}

void write_csv(std::ostream& out, const table& t, const csv_options& options) {
  const std::string csv = to_csv(t, options);
  out.write(csv.data(), static_cast<std::streamsize>(csv.size()));
}

}  // namespace retab
