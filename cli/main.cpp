// retab: find the tables in flattened text reports and write them as CSV, XLSX, Markdown or JSON.
#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

constexpr const char* kExamples = R"(
Examples:
  retab detect report.txt                  list the tables found
  retab detect --json report.txt           the same, as JSON
  retab detect --explain report.txt        with the evidence behind each grid
  retab detect reports/*.txt               several reports in turn
  retab convert report.txt -o out/         out/report-01.csv, out/report-02.csv, ...
  retab convert - --to csv < report.txt    standard input to standard output
  retab convert report.txt --bom -o out/   CSV that Excel opens as UTF-8
  retab convert report.txt -o report.md    all tables as GitHub Markdown, each after its caption
  retab convert report.txt -o report.xlsx  one workbook: a Tables sheet, then one sheet per table
  retab convert report.txt --to json -o out/          the lossless table model
  retab convert report.txt --to csv --tidy -o out/    one record per data cell
  retab convert reports/*.txt -o out/      several reports, outputs named after each

Layouts read: pipe cells (one cell per line, "text |", padding pipes), pipe rows
("a | b |"), Markdown pipe tables, tab-separated rows, and one cell per line with
blank lines between cells. Input: UTF-8 (with or without BOM), UTF-16 (BOM or not),
GB18030/GBK or Big5 (detected, or name it with --encoding).

Exit codes: 0 success (also when no table is found; stderr says so),
            1 input problem (unreadable file, bad encoding, unwritable output),
            2 usage error (also: two inputs of one name into one folder, or an
              output that would overwrite its input).
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace retab::cli;
  CLI::App app{"retab: find the tables buried in text reports and write them as canonical CSV, XLSX, Markdown or JSON."};
  app.footer(kExamples);
  app.require_subcommand(1);
  app.set_version_flag("--version", "retab 0.1.0");

  detect_options detect;
  CLI::App* detect_cmd = app.add_subcommand("detect", "List the tables found: index, source lines, layout, size, header rows, caption, unit note");
  detect_cmd->add_option("inputs", detect.inputs,
                         "Reports to read ('-' for standard input); with --json and several, an array of their documents")
      ->required();
  detect_cmd->add_flag("--json", detect.json, "Machine-readable output");
  detect_cmd->add_flag("--explain", detect.explain,
                       "Show why each grid came out as it did: width, header rows, label columns, merged cells");
  detect_cmd->add_option("--encoding", detect.decoding.encoding, "Force the input encoding (e.g. GB18030, UTF-16LE)");

  convert_options convert;
  CLI::App* convert_cmd = app.add_subcommand("convert", "Write every table found as CSV, XLSX, Markdown or JSON");
  convert_cmd->add_option("inputs", convert.inputs, "Reports to read ('-' for standard input)")->required();
  convert_cmd->add_option("-o,--output", convert.output,
                          "Folder (ends in '/' or exists): CSV gives <stem>-NN.csv per table, other formats "
                          "<stem>.<format> per input; file: everything in one file; - or none: standard output");
  convert_cmd->add_option("--to", convert.format, "Output format (default: from the -o extension, else csv)")
      ->check(CLI::IsMember({"csv", "md", "xlsx", "json"}));
  convert_cmd->add_flag("--tidy", convert.tidy,
                        "CSV in long format: one record per data cell with its row labels and column headers");
  convert_cmd->add_option("--created", convert.created,
                          "XLSX creation time: mtime (the input's), YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ; "
                          "default 2000-01-01, so the same input gives the same bytes");
  convert_cmd->add_flag("--bom", convert.csv.bom, "Start each CSV with a UTF-8 byte order mark (for Excel)");
  convert_cmd->add_flag("--fill-merged", convert.csv.fill_merged, "Repeat a merged cell's text over every position it covers");
  convert_cmd->add_option("--encoding", convert.decoding.encoding, "Force the input encoding (e.g. GB18030, UTF-16LE)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }
  if (*detect_cmd) return run_detect(detect);
  if (convert.output == "-") convert.output.clear();  // the usual spelling of standard output
  return run_convert(convert);
}
