#include <retab/csv_writer.hpp>
#include <retab/header_paths.hpp>
#include <retab/tidy_writer.hpp>

namespace retab {
namespace {

void field(std::string& out, std::string_view text) {
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

}  // namespace

std::string to_tidy_csv(const std::vector<table>& tables, bool bom) {
  std::string out;
  if (bom) out.append("\xEF\xBB\xBF");
  out.append("table,caption,row_labels,column_headers,value,source_line\r\n");
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const table& t = tables[i];
    const auto headers = column_header_paths(t);
    for (const cell& c : t.cells) {
      if (c.row < t.header_rows || c.col < t.label_cols || c.text.empty()) continue;
      out.append(std::to_string(i + 1)).push_back(',');
      field(out, t.caption);
      out.push_back(',');
      field(out, join_path(row_label_path(t, c.row)));
      out.push_back(',');
      field(out, c.col < headers.size() ? join_path(headers[c.col]) : std::string());
      out.push_back(',');
      field(out, c.text);
      out.push_back(',');
      out.append(std::to_string(c.source_line)).append("\r\n");
    }
  }
  return out;
}

}  // namespace retab
