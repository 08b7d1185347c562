#include <retab/json_writer.hpp>

#include "cell_number.hpp"

#include <nlohmann/json.hpp>

namespace retab {
namespace {

const char* value_type(std::string_view text) {
  if (text.empty()) return "empty";
  if (plain_number(text)) return "number";
  if (text.back() == '%' && plain_number(text.substr(0, text.size() - 1))) return "percent";
  return "text";
}

}  // namespace

std::string to_json(const source_text& source, const std::vector<table>& tables, const json_options& options) {
  using json = nlohmann::ordered_json;
  json doc;
  doc["format"] = "retab-tables/1";
  doc["source"] = {{"file", source.name}, {"encoding", source.encoding}, {"encoding_certain", source.encoding_certain}};
  doc["tables"] = json::array();
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const table& t = tables[i];
    json jt;
    jt["index"] = i + 1;
    jt["caption"] = t.caption;
    jt["unit_note"] = t.unit_note;
    jt["layout"] = layout_name(t.source_layout);
    jt["first_line"] = t.first_line;
    jt["last_line"] = t.last_line;
    jt["rows"] = t.rows;
    jt["cols"] = t.cols;
    jt["header_rows"] = t.header_rows;
    jt["label_cols"] = t.label_cols;
    if (options.evidence) jt["evidence"] = t.evidence;
    if (options.cells == json_options::cells_kind::none) {
      doc["tables"].push_back(std::move(jt));
      continue;
    }
    jt["cells"] = json::array();
    for (const cell& c : t.cells) {
      if (options.cells == json_options::cells_kind::merged && c.rowspan == 1 && c.colspan == 1) continue;
      json jc;
      jc["row"] = c.row;
      jc["col"] = c.col;
      jc["rowspan"] = c.rowspan;
      jc["colspan"] = c.colspan;
      jc["text"] = std::string(c.text);
      jc["type"] = value_type(c.text);
      jc["source_line"] = c.source_line;
      jt["cells"].push_back(std::move(jc));
    }
    doc["tables"].push_back(std::move(jt));
  }
  return doc.dump(1) + "\n";
}

}  // namespace retab
