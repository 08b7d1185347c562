// A report decoded once into NFC UTF-8 with LF line ends, plus its line index.
// Every table cell is a view into `text` (or into its table's own storage).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace retab {

struct source_text {
  std::string name;      ///< what the user called the input ("report.txt", "-")
  std::string text;      ///< decoded, NFC, newlines normalized to '\n'
  std::string encoding;  ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "GB18030", ...
  bool encoding_certain = true;          ///< false when a statistical guess was taken
  std::vector<std::size_t> line_starts;  ///< byte offset of each line in `text`

  std::size_t line_count() const noexcept { return line_starts.size(); }
  /// Line `i` (0-based) without its '\n'.
  std::string_view line(std::size_t i) const noexcept;
};

struct decode_options {
  std::string encoding;  ///< empty: detect; otherwise an ICU converter name
};

/// Decodes raw bytes: a BOM wins, then strict UTF-8, then GB18030 when ICU's
/// detector agrees. Throws retab::error with a line and column on bad bytes.
source_text decode(std::string_view bytes, std::string name, const decode_options& options = {});

/// Reads a whole file ("-" for standard input) and decodes it.
source_text read_source(const std::string& path, const decode_options& options = {});

}  // namespace retab
