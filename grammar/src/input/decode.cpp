// Decoding happens once, up front: BOM, then strict UTF-8, then GB18030 (or
// Big5, when ICU's detector is sure of it) when the bytes are clearly not
// UTF-8. X3 does not decode UTF-8, so everything downstream sees valid NFC
// UTF-8 with '\n' line ends.
#include <retab/diagnostic.hpp>
#include <retab/source_text.hpp>

#include "input/legacy_encoding.hpp"
#include "input/line_index.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace retab {
namespace {

struct raw_position {
  std::size_t line;
  std::size_t column;
};

raw_position position_of(std::string_view bytes, std::size_t offset) {
  raw_position p{1, 1};
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.column = offset - line_start + 1;
  return p;
}

[[noreturn]] void fail(error_code code, std::string_view bytes, std::size_t offset, const std::string& what) {
  const raw_position p = position_of(bytes, offset);
  throw error(diagnostic{code, p.line, p.column, offset, what});
}

/// Length of the valid UTF-8 sequence at `i`, or 0 when it is not valid
/// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) { n = 3; lo = 0xA0; }
  else if (c == 0xED) { n = 3; hi = 0x9F; }
  else if (c >= 0xE1 && c <= 0xEF) n = 3;
  else if (c == 0xF0) { n = 4; lo = 0x90; }
  else if (c == 0xF4) { n = 4; hi = 0x8F; }
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else return 0;
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

struct utf8_scan {
  std::size_t first_invalid = std::string_view::npos;
  std::size_t invalid = 0;    ///< bytes that start no valid sequence
  std::size_t multibyte = 0;  ///< valid sequences of two or more bytes
};

utf8_scan scan_utf8(std::string_view s) {
  utf8_scan r;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      if (r.first_invalid == std::string_view::npos) r.first_invalid = i;
      ++r.invalid;
      ++i;
    } else {
      if (n > 1) ++r.multibyte;
      i += n;
    }
  }
  return r;
}

/// Converts with `converter_name`, stopping at the first undecodable byte.
std::string convert_to_utf8(std::string_view bytes, const char* converter_name, error_code code) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(converter_name, &status), &ucnv_close);
  if (U_FAILURE(status)) {
    throw error(diagnostic{error_code::unknown_encoding, 0, 0, 0,
                           std::string("unknown encoding '") + converter_name + "'"});
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString out;
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  std::vector<UChar> buffer(1 << 16);
  for (;;) {
    UChar* target = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buffer.data() + buffer.size(), &src, src_end, nullptr, true, &status);
    out.append(buffer.data(), static_cast<int32_t>(target - buffer.data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      char bad[8];
      int8_t bad_len = sizeof bad;
      UErrorCode s2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(conv.get(), bad, &bad_len, &s2);
      const std::size_t offset = static_cast<std::size_t>(src - bytes.data()) - static_cast<std::size_t>(bad_len);
      fail(code, bytes, offset,
           std::string("bytes that are not valid ") + converter_name + " (decode with --encoding NAME if the file uses another encoding)");
    }
    break;
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

/// NFC and '\n' line ends; a leading U+FEFF that survived decoding is dropped.
std::string normalize(std::string utf8) {
  if (utf8.rfind("\xEF\xBB\xBF", 0) == 0) utf8.erase(0, 3);
  std::string lf;
  if (utf8.find('\r') == std::string::npos) {
    lf = std::move(utf8);  // the common case: nothing to rewrite
  } else {
    lf.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
      if (utf8[i] == '\r') {
        lf.push_back('\n');
        if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
      } else {
        lf.push_back(utf8[i]);
      }
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return lf;
  if (nfc->isNormalizedUTF8(lf, status) && U_SUCCESS(status)) return lf;
  std::string out;
  out.reserve(lf.size());
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, lf, sink, nullptr, status);
  return U_SUCCESS(status) ? out : lf;
}

/// Where the NUL bytes of the input fall. Text holds none, but UTF-16
/// writes one in every ASCII character (digits, tabs, line ends), at odd
/// offsets in little endian and even ones in big endian; the other parity
/// sees a NUL only in the characters U+xx00 (一 is U+4E00: a sixth of the
/// NULs in Chinese reports).
struct nul_survey {
  std::size_t first = std::string_view::npos;
  std::size_t at_even = 0, at_odd = 0;

  explicit nul_survey(std::string_view bytes) {
    // memchr-fast: text without a NUL, nearly every report, is passed at once.
    first = bytes.find('\0');
    for (std::size_t i = first; i != std::string_view::npos; i = bytes.find('\0', i + 1))
      ++(i % 2 == 0 ? at_even : at_odd);
  }

  /// UTF-16 without a byte order mark: the encoding whose parity holds three
  /// times the NULs of the other or more, in an even number of bytes; else none.
  const char* utf16(std::size_t size) const {
    const std::size_t most = std::max(at_even, at_odd), fewest = std::min(at_even, at_odd);
    if (size % 2 != 0 || most < 4 || fewest * 3 > most) return nullptr;
    return at_odd > at_even ? "UTF-16LE" : "UTF-16BE";
  }
};

/// Whether decoded text holds no control character but tab and line ends:
/// what text decoded in the right encoding looks like, and binary data
/// taken for UTF-16 does not.
bool free_of_controls(std::string_view utf8) {
  return std::none_of(utf8.begin(), utf8.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F;
  });
}

/// Bytes that are not UTF-8, in the encoding choose_legacy_encoding picks;
/// Big5 that does not decode is read as GB18030 and reported as a guess.
std::string decode_legacy(std::string_view bytes, std::size_t first_invalid, source_text& out) {
  const charset_guess guess = guess_charset(bytes);
  legacy_choice choice = choose_legacy_encoding(guess);
  if (std::string_view(choice.encoding) == "Big5") {
    try {
      std::string utf8 = convert_to_utf8(bytes, "Big5", error_code::invalid_encoding);
      out.encoding = choice.encoding;
      out.encoding_certain = choice.certain;
      return utf8;
    } catch (const error&) {
      choice = {"GB18030", false};
    }
  }
  out.encoding = choice.encoding;
  out.encoding_certain = choice.certain;
  try {
    return convert_to_utf8(bytes, "GB18030", error_code::invalid_encoding);
  } catch (const error&) {
    fail(error_code::ambiguous_encoding, bytes, first_invalid,
         "input is neither UTF-8 nor GB18030" +
             (guess.best.empty() ? std::string() : " (ICU guesses " + guess.best + ")") +
             "; name its encoding with --encoding");
  }
}

}  // namespace

source_text decode(std::string_view bytes, std::string name, const decode_options& options) {
  source_text out;
  out.name = std::move(name);
  std::string utf8;
  if (!options.encoding.empty()) {
    out.encoding = options.encoding;
    utf8 = convert_to_utf8(bytes, options.encoding.c_str(), error_code::invalid_encoding);
  } else if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
    out.encoding = "UTF-8 (BOM)";
    const utf8_scan scan = scan_utf8(bytes);
    if (scan.invalid) fail(error_code::invalid_utf8, bytes, scan.first_invalid, "invalid UTF-8 byte sequence");
    utf8.assign(bytes.substr(3));
  } else if (bytes.rfind("\xFF\xFE", 0) == 0) {
    out.encoding = "UTF-16LE (BOM)";
    utf8 = convert_to_utf8(bytes.substr(2), "UTF-16LE", error_code::invalid_encoding);
  } else if (bytes.rfind("\xFE\xFF", 0) == 0) {
    out.encoding = "UTF-16BE (BOM)";
    utf8 = convert_to_utf8(bytes.substr(2), "UTF-16BE", error_code::invalid_encoding);
  } else if (const nul_survey nuls(bytes); const char* utf16 = nuls.utf16(bytes.size())) {
    out.encoding = std::string(utf16) + " (no BOM)";
    utf8 = convert_to_utf8(bytes, utf16, error_code::invalid_encoding);
    out.encoding_certain = free_of_controls(utf8);
  } else {
    // A NUL in UTF-8 or GB18030 is no text: binary data, or UTF-16 too
    // damaged to tell, which would pass into cells and CSV unseen.
    if (nuls.first != std::string_view::npos)
      fail(error_code::ambiguous_encoding, bytes, nuls.first,
           "a NUL byte, which text does not hold: not a text report, or UTF-16 without a byte order mark "
           "(name it with --encoding UTF-16LE or UTF-16BE)");
    const utf8_scan scan = scan_utf8(bytes);
    if (scan.invalid == 0) {
      out.encoding = "UTF-8";
      utf8.assign(bytes);
    } else if (scan.multibyte >= 4 * scan.invalid) {
      // Mostly valid UTF-8: a damaged UTF-8 file, not a legacy encoding.
      fail(error_code::invalid_utf8, bytes, scan.first_invalid, "invalid UTF-8 byte sequence");
    } else {
      utf8 = decode_legacy(bytes, scan.first_invalid, out);
    }
  }
  out.text = normalize(std::move(utf8));
  out.line_starts = index_lines(out.text);
  return out;
}

source_text read_source(const std::string& path, const decode_options& options) {
  const auto fail = [](std::string message) {
    throw error(diagnostic{error_code::io_error, 0, 0, 0, std::move(message)});
  };
  std::string bytes;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    bytes = std::move(ss).str();
  } else {
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) fail("is a directory, not a report");
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(std::string("cannot open file") + (errno != 0 ? std::string(": ") + std::strerror(errno) : ""));
    if (std::filesystem::is_regular_file(status)) {
      bytes.resize(static_cast<std::size_t>(std::filesystem::file_size(path, ec)));
      if (ec || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) fail("cannot read file");
    } else {
      // A pipe or device (retab convert <(zcat report.gz)) has no size to ask.
      std::ostringstream ss;
      ss << in.rdbuf();
      if (in.bad()) fail("cannot read file");
      bytes = std::move(ss).str();
    }
  }
  return decode(bytes, path, options);
}

}  // namespace retab
