#include "commands.hpp"

#include <retab/atomic_file.hpp>
#include <retab/retab.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace retab::cli {
namespace {

namespace fs = std::filesystem;

std::string stem_of(const std::string& input) {
  if (input == "-") return "stdin";
  return fs::path(input).stem().string();
}

bool is_directory_target(const std::string& output) {
  return output.back() == '/' || fs::is_directory(output);
}

}  // namespace

int run_convert(const convert_options& options) {
  source_text source;
  try {
    source = read_source(options.input, options.decoding);
  } catch (const std::exception& e) {
    print_error(options.input, e);
    return exit_input_problem;
  }
  if (!source.encoding_certain)
    std::cerr << options.input << ": warning: encoding guessed as " << source.encoding
              << "; pass --encoding to be sure\n";
  const std::vector<table> tables = find_tables(source);
  if (tables.empty()) std::cerr << options.input << ": no table found\n";

  try {
    if (!options.output.empty() && is_directory_target(options.output)) {
      fs::create_directories(options.output);
      const std::string stem = stem_of(options.input);
      for (std::size_t i = 0; i < tables.size(); ++i) {
        char suffix[32];
        std::snprintf(suffix, sizeof suffix, "-%02zu.csv", i + 1);
        const fs::path target = fs::path(options.output) / (stem + suffix);
        write_file_atomically(target, to_csv(tables[i], options.csv));
        std::cerr << "wrote " << target.string() << '\n';
      }
      return exit_ok;
    }
    // One stream: tables in document order, one empty line between them.
    std::string all;
    for (std::size_t i = 0; i < tables.size(); ++i) {
      if (i) all.append("\r\n");
      csv_options o = options.csv;
      o.bom = options.csv.bom && i == 0;
      all.append(to_csv(tables[i], o));
    }
    if (options.output.empty()) {
      std::cout.write(all.data(), static_cast<std::streamsize>(all.size()));
      std::cout.flush();
      if (!std::cout) throw std::runtime_error("cannot write to standard output");
    } else if (!tables.empty()) {
      write_file_atomically(options.output, all);
      std::cerr << "wrote " << options.output << '\n';
    }
  } catch (const std::exception& e) {
    std::cerr << "retab: error: " << e.what() << '\n';
    return exit_input_problem;
  }
  return exit_ok;
}

}  // namespace retab::cli
