#include "commands.hpp"

#include <retab/atomic_file.hpp>
#include <retab/json_writer.hpp>
#include <retab/markdown_writer.hpp>
#include <retab/tidy_writer.hpp>
#include <retab/retab.hpp>

#include <algorithm>
#include <ctime>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

namespace retab::cli {
namespace {

namespace fs = std::filesystem;

std::string stem_of(const std::string& input) {
  if (input == "-") return "stdin";
  return fs::path(input).stem().string();
}

bool is_directory_target(const std::string& output) {
  return !output.empty() && (output.back() == '/' || fs::is_directory(output));
}

std::string format_from_extension(const std::string& output) {
  const std::string ext = fs::path(output).extension().string();
  if (ext == ".md" || ext == ".markdown") return "md";
  if (ext == ".xlsx") return "xlsx";
  if (ext == ".json") return "json";
  return "csv";
}

/// The one file an input's tables go to: the -o file, or <stem>.<format> in
/// the -o folder. None for standard output, or for CSV into a folder, which
/// writes a file per table (<stem>-01.csv, ... never an input's own name).
std::optional<fs::path> single_output_file(const std::string& input, const convert_options& options,
                                           const std::string& format) {
  if (options.output.empty()) return std::nullopt;
  if (!is_directory_target(options.output)) return fs::path(options.output);
  if (format == "csv" && !options.tidy) return std::nullopt;
  const std::string name = stem_of(input) + (format == "csv" ? "-tidy.csv" : "." + format);
  return fs::path(options.output) / name;
}

/// Whether writing `target` would replace the report `input` itself.
bool is_the_input(const fs::path& target, const std::string& input) {
  std::error_code ec;
  return input != "-" && fs::equivalent(target, input, ec);
}

/// All tables of one input as one CSV stream, one empty line between tables.
std::string joined_csv(const std::vector<table>& tables, const csv_options& csv) {
  std::string all;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i) all.append("\r\n");
    csv_options o = csv;
    o.bom = csv.bom && i == 0;
    all.append(to_csv(tables[i], o));
  }
  return all;
}

void write_stdout(const std::string& bytes) {
  std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  std::cout.flush();
  if (!std::cout) throw std::runtime_error("cannot write to standard output");
}

/// The pinned creation time: a fixed default, the input's mtime, or a UTC time.
std::time_t creation_time(const std::string& created, const std::string& input) {
  xlsx_options defaults;
  if (created.empty()) return defaults.created;
  if (created == "mtime") {
    struct stat st{};
    if (input != "-" && ::stat(input.c_str(), &st) == 0) return st.st_mtime;
    return defaults.created;
  }
  std::tm tm{};
  const char* end = strptime(created.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  if (end == nullptr || *end != '\0') end = strptime(created.c_str(), "%Y-%m-%d", &tm);
  if (end == nullptr || *end != '\0') throw std::runtime_error("--created takes mtime, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ");
  return timegm(&tm);
}

/// What converting one report came to.
struct conversion {
  int exit = exit_ok;
  std::size_t tables = 0;  ///< found (and written, when `exit` is exit_ok)
};

/// Converts one input.
conversion convert_one(const std::string& input, const convert_options& options, const std::string& format) {
  source_text source;
  try {
    source = read_source(input, options.decoding);
  } catch (const std::exception& e) {
    print_error(input, e);
    return {exit_input_problem};
  }
  if (!source.encoding_certain)
    std::cerr << input << ": warning: encoding guessed as " << source.encoding << "; pass --encoding to be sure\n";
  const std::vector<table> tables = find_tables(source);
  if (tables.empty()) std::cerr << input << ": no table found\n";
  const conversion done{exit_ok, tables.size()};

  try {
    const bool to_folder = is_directory_target(options.output);
    if (to_folder) fs::create_directories(options.output);
    const std::string stem = stem_of(input);
    if (format == "csv" && to_folder && !options.tidy) {
      const auto numbered = [&](std::size_t n) {
        char suffix[32];
        std::snprintf(suffix, sizeof suffix, "-%02zu.csv", n);
        return fs::path(options.output) / (stem + suffix);
      };
      for (std::size_t i = 0; i < tables.size(); ++i) {
        const fs::path target = numbered(i + 1);
        write_file_atomically(target, to_csv(tables[i], options.csv));
        std::cerr << "wrote " << target.string() << '\n';
      }
      // A file numbered past this run's tables is an earlier run's, and would
      // pass for one of this report's tables; it is the user's to remove.
      for (std::size_t n = tables.size() + 1; fs::exists(numbered(n)); ++n)
        std::cerr << input << ": warning: " << numbered(n).string() << " is left from an earlier run (this report has "
                  << tables.size() << (tables.size() == 1 ? " table" : " tables") << ")\n";
      return done;
    }
    if (format == "xlsx" && options.output.empty())
      throw std::runtime_error("XLSX needs -o FILE.xlsx or -o FOLDER/ (it is not written to a terminal)");
    // No table, no file, in any format; standard output still gets the
    // (empty) JSON document.
    if (tables.empty() && !options.output.empty()) return done;
    if (format == "xlsx") {
      const fs::path target = *single_output_file(input, options, format);
      xlsx_options xo;
      xo.source_name = input;
      xo.created = creation_time(options.created, input);
      write_xlsx(target, tables, xo);
      std::cerr << "wrote " << target.string() << '\n';
      return done;
    }
    const std::string bytes = format == "md"     ? to_markdown(tables)
                              : format == "json" ? to_json(source, tables)
                              : options.tidy     ? to_tidy_csv(tables, options.csv.bom)
                                                 : joined_csv(tables, options.csv);
    if (options.output.empty()) {
      write_stdout(bytes);
    } else {
      const fs::path target = *single_output_file(input, options, format);
      write_file_atomically(target, bytes);
      std::cerr << "wrote " << target.string() << '\n';
    }
  } catch (const std::exception& e) {
    std::cerr << "retab: error: " << e.what() << '\n';
    return {exit_input_problem, tables.size()};
  }
  return done;
}

}  // namespace

int run_convert(const convert_options& options) {
  const std::string format = !options.format.empty() ? options.format : format_from_extension(options.output);
  if (options.inputs.size() > 1 && !is_directory_target(options.output)) {
    std::cerr << "retab: error: several inputs need a folder for -o (end it with '/')\n";
    return exit_usage;
  }
  // Outputs are named after each input's stem, so two inputs of one stem
  // (2019/report.txt, 2020/report.txt) would overwrite each other's.
  std::map<std::string, const std::string*> by_stem;
  for (const std::string& input : options.inputs) {
    const auto [at, fresh] = by_stem.emplace(stem_of(input), &input);
    if (fresh) continue;
    std::cerr << "retab: error: " << *at->second << " and " << input << " would write the same outputs ("
              << at->first << "...) in " << options.output << "; convert them into separate folders\n";
    return exit_usage;
  }
  // `-o report.txt`, or a folder holding report.md with --to md, would put
  // the tables where the report was.
  for (const std::string& input : options.inputs) {
    const std::optional<fs::path> target = single_output_file(input, options, format);
    if (!target || !is_the_input(*target, input)) continue;
    std::cerr << "retab: error: the output " << target->string() << " is the input " << input
              << "; name another output\n";
    return exit_usage;
  }
  int result = exit_ok;
  std::size_t tables = 0, without_table = 0, failed = 0;
  for (const std::string& input : options.inputs) {
    const conversion c = convert_one(input, options, format);
    result = std::max(result, c.exit);
    if (c.exit != exit_ok) ++failed;
    else if (c.tables == 0) ++without_table;
    else tables += c.tables;
  }
  // A batch's outcome in one line, after the lines of each report.
  if (options.inputs.size() > 1)
    std::cerr << "retab: " << options.inputs.size() << " reports: " << tables << (tables == 1 ? " table" : " tables")
              << " converted from " << options.inputs.size() - without_table - failed << ", " << without_table
              << " without a table, " << failed << " failed" << (failed > 0 ? " (named above)" : "") << '\n';
  return result;
}

}  // namespace retab::cli
