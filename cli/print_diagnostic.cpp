#include "commands.hpp"

#include <retab/diagnostic.hpp>

#include <fstream>
#include <iostream>
#include <iterator>

namespace retab::cli {
namespace {

/// The raw bytes of line `n` (1-based), with undecodable bytes shown as \xNN.
std::string raw_line(const std::string& file, std::size_t n) {
  if (file == "-") return {};
  std::ifstream in(file, std::ios::binary);
  std::string line;
  for (std::size_t i = 0; i < n && std::getline(in, line); ++i) {
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::string shown;
  for (const unsigned char c : line) {
    if (c >= 0x80 || c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      shown += buf;
    } else {
      shown.push_back(static_cast<char>(c));
    }
    if (shown.size() > 160) break;
  }
  return shown;
}

}  // namespace

void print_error(const std::string& file, const std::exception& e) {
  const auto* err = dynamic_cast<const retab::error*>(&e);
  if (err == nullptr || err->where().line == 0) {
    std::cerr << file << ": error: " << e.what() << '\n';
    return;
  }
  const diagnostic& d = err->where();
  std::cerr << file << ':' << d.line << ':' << d.column << ": error: " << d.message << " ["
            << error_code_name(d.code) << "]\n";
  const std::string line = raw_line(file, d.line);
  if (!line.empty()) {
    std::cerr << "  " << line << '\n';
    // The caret counts raw bytes; shown bytes that became \xNN take four columns.
    std::string caret_pad;
    std::size_t raw = 0;
    for (std::size_t i = 0; i < line.size() && raw + 1 < d.column; ++raw) {
      if (line.compare(i, 2, "\\x") == 0) { caret_pad += "    "; i += 4; }
      else { caret_pad += ' '; ++i; }
    }
    std::cerr << "  " << caret_pad << "^\n";
  }
}

}  // namespace retab::cli
