#include <retab/csv_writer.hpp>
#include <retab/header_paths.hpp>
#include <retab/tidy_writer.hpp>

namespace retab {
std::string to_tidy_csv(const std::vector<table>& tables, bool bom) {
  std::string out;
  if (bom) out.append("\xEF\xBB\xBF");
  out.append("table,caption,unit_note,row_labels,column_headers,value,source_line\r\n");
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const table& t = tables[i];
    const auto headers = column_header_paths(t);
    for (const cell& c : t.cells) {
      if (c.row < t.header_rows || c.col < t.label_cols || c.text.empty()) continue;
      out.append(std::to_string(i + 1)).push_back(',');
      append_csv_field(out, t.caption);
      out.push_back(',');
      append_csv_field(out, t.unit_note);
      out.push_back(',');
      append_csv_field(out, join_path(row_label_path(t, c.row)));
      out.push_back(',');
      append_csv_field(out, c.col < headers.size() ? join_path(headers[c.col]) : std::string());
      out.push_back(',');
      append_csv_field(out, c.text);
      out.push_back(',');
      out.append(std::to_string(c.source_line)).append("\r\n");
    }
  }
  return out;
}

}  // namespace retab
