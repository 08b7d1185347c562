#include "commands.hpp"

#include <retab/retab.hpp>

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>

namespace retab::cli {

int run_detect(const detect_options& options) {
  source_text source;
  try {
    source = read_source(options.input, options.decoding);
  } catch (const std::exception& e) {
    print_error(options.input, e);
    return exit_input_problem;
  }
  const std::vector<table> tables = find_tables(source);
  if (options.json) {
    nlohmann::ordered_json doc;
    doc["file"] = options.input;
    doc["encoding"] = source.encoding;
    doc["encoding_certain"] = source.encoding_certain;
    doc["tables"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < tables.size(); ++i) {
      const table& t = tables[i];
      nlohmann::ordered_json j;
      j["index"] = i + 1;
      j["first_line"] = t.first_line;
      j["last_line"] = t.last_line;
      j["layout"] = layout_name(t.source_layout);
      j["rows"] = t.rows;
      j["cols"] = t.cols;
      j["header_rows"] = t.header_rows;
      j["label_cols"] = t.label_cols;
      j["caption"] = t.caption;
      doc["tables"].push_back(std::move(j));
    }
    std::cout << doc.dump(2) << '\n';
  } else {
    std::cout << options.input << ": " << tables.size() << (tables.size() == 1 ? " table" : " tables")
              << " (encoding " << source.encoding << (source.encoding_certain ? "" : ", unsure") << ")\n";
    for (std::size_t i = 0; i < tables.size(); ++i) {
      const table& t = tables[i];
      std::cout << "  " << std::setw(2) << i + 1 << "  lines " << t.first_line << '-' << t.last_line << "  "
                << layout_name(t.source_layout) << "  " << t.rows << " x " << t.cols << "  header rows "
                << t.header_rows << "  label cols " << t.label_cols;
      if (!t.caption.empty()) std::cout << "  \"" << t.caption << '"';
      std::cout << '\n';
    }
  }
  if (!source.encoding_certain)
    std::cerr << options.input << ": warning: encoding guessed as " << source.encoding
              << "; pass --encoding to be sure\n";
  if (tables.empty()) std::cerr << options.input << ": no table found\n";
  return exit_ok;
}

}  // namespace retab::cli
