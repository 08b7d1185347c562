// Errors that retab reports: a code, a position in the input and a message.
// The library never prints; it throws retab::error, the CLI renders it.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace retab {

enum class error_code {
  io_error,           ///< the input could not be read or an output could not be written
  invalid_utf8,       ///< bytes that are not UTF-8 in input declared or detected as UTF-8
  invalid_encoding,   ///< bytes that the forced or detected legacy encoding cannot decode
  unknown_encoding,   ///< --encoding names no converter ICU knows
  ambiguous_encoding, ///< not UTF-8, and detection is too unsure to pick an encoding
};

/// What went wrong and where; line and column are 1-based (column counts
/// bytes of the raw line, 0 when the position is the whole input).
struct diagnostic {
  error_code code;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t byte_offset = 0;
  std::string message;
};

/// The short name of a code, e.g. "invalid-utf8".
const char* error_code_name(error_code code) noexcept;

class error : public std::runtime_error {
 public:
  explicit error(diagnostic d) : std::runtime_error(d.message), diagnostic_(std::move(d)) {}
  const diagnostic& where() const noexcept { return diagnostic_; }

 private:
  diagnostic diagnostic_;
};

}  // namespace retab
