#include "commands.hpp"

#include <retab/json_writer.hpp>
#include <retab/retab.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>

namespace retab::cli {
namespace {

/// At most `n` characters of UTF-8 text, cut on a character boundary.
std::string_view first_chars(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t count = 0; i < s.size() && count < n; ++count) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

/// Lists one report's tables, or its JSON document; returns an exit code.
int detect_one(const std::string& input, const detect_options& options, std::string& json) {
  source_text source;
  try {
    source = read_source(input, options.decoding);
  } catch (const std::exception& e) {
    print_error(input, e);
    return exit_input_problem;
  }
  const std::vector<table> tables = find_tables(source);
  if (options.json) {
    json_options jo;
    jo.cells = options.explain ? json_options::cells_kind::merged : json_options::cells_kind::none;
    jo.evidence = options.explain;
    json = to_json(source, tables, jo);
  } else {
    std::cout << input << ": " << tables.size() << (tables.size() == 1 ? " table" : " tables")
              << " (encoding " << source.encoding << (source.encoding_certain ? "" : ", unsure") << ")\n";
    for (std::size_t i = 0; i < tables.size(); ++i) {
      const table& t = tables[i];
      std::cout << "  " << std::setw(2) << i + 1 << "  lines " << t.first_line << '-' << t.last_line << "  "
                << layout_name(t.source_layout) << "  " << t.rows << " x " << t.cols << "  header rows "
                << t.header_rows << "  label cols " << t.label_cols;
      if (!t.caption.empty()) std::cout << "  \"" << t.caption << '"';
      if (!t.unit_note.empty()) std::cout << "  unit note \"" << t.unit_note << '"';
      std::cout << '\n';
      if (options.explain) {
        for (const std::string& e : t.evidence) std::cout << "      - " << e << '\n';
        std::size_t shown = 0, merged = 0;
        for (const cell& c : t.cells) {
          if (c.rowspan == 1 && c.colspan == 1) continue;
          if (++merged > 12) continue;
          std::cout << (shown++ ? ", " : "      merged: ") << '"' << first_chars(c.text, 12) << "\" r" << c.row + 1
                    << (c.rowspan > 1 ? "-" + std::to_string(c.row + c.rowspan) : "") << " c" << c.col + 1
                    << (c.colspan > 1 ? "-" + std::to_string(c.col + c.colspan) : "");
        }
        if (merged > 12) std::cout << ", and " << merged - 12 << " more";
        if (shown) std::cout << '\n';
      }
    }
  }
  if (!source.encoding_certain)
    std::cerr << input << ": warning: encoding guessed as " << source.encoding << "; pass --encoding to be sure\n";
  if (tables.empty()) std::cerr << input << ": no table found\n";
  return exit_ok;
}

}  // namespace

int run_detect(const detect_options& options) {
  // With several reports, --json writes an array of their documents, in the
  // order given, each as soon as it is read; a report that cannot be read
  // is left out (and named on stderr).
  const bool array = options.json && options.inputs.size() > 1;
  if (array) std::cout << "[\n";
  int result = exit_ok;
  bool first = true;
  for (const std::string& input : options.inputs) {
    std::string json;
    result = std::max(result, detect_one(input, options, json));
    if (json.empty()) continue;
    if (array) {
      json.pop_back();  // its final newline: a separator or the closing bracket follows
      std::cout << (first ? "" : ",\n") << json;
    } else {
      std::cout << json;
    }
    first = false;
  }
  if (array) std::cout << (first ? "]\n" : "\n]\n");
  return result;
}

}  // namespace retab::cli
