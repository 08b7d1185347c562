// The retab subcommands. Each returns the process exit code.
#pragma once

#include <retab/csv_writer.hpp>
#include <retab/xlsx_writer.hpp>
#include <retab/source_text.hpp>

#include <string>
#include <vector>

namespace retab::cli {

/// Exit codes, as documented in --help and the README.
enum exit_code : int { exit_ok = 0, exit_input_problem = 1, exit_usage = 2 };

struct detect_options {
  std::vector<std::string> inputs;
  bool json = false;
  bool explain = false;  ///< also show the evidence behind each grid
  decode_options decoding;
};

struct convert_options {
  std::vector<std::string> inputs;
  std::string output;  ///< empty: standard output
  std::string format;  ///< csv, md, xlsx, json; empty: from the output's extension, else csv
  bool tidy = false;     ///< --tidy: long-format CSV, one record per data cell
  std::string created;  ///< XLSX creation time: empty (fixed), "mtime", or YYYY-MM-DDTHH:MM:SSZ
  csv_options csv;
  decode_options decoding;
};

int run_detect(const detect_options& options);
int run_convert(const convert_options& options);

/// Prints `file:line:col: error: message`, the line and a caret, to stderr.
void print_error(const std::string& file, const std::exception& e);

}  // namespace retab::cli
