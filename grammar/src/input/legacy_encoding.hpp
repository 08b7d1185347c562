// Which legacy encoding to read bytes that are not UTF-8 as: what ICU's
// charset detector says of them, and the choice made from it (kept apart
// from ICU so that the choice can be tested on its own).
#pragma once

#include <string>
#include <string_view>

namespace retab {

/// ICU's detector on some bytes: its best match, and how sure it is (0 to
/// 100) of GB18030 (or GBK, GB2312) and of Big5; 0 when not among its matches.
struct charset_guess {
  std::string best;
  int best_confidence = 0;
  int gb18030 = 0;
  int big5 = 0;
};

charset_guess guess_charset(std::string_view bytes);

struct legacy_choice {
  const char* encoding;  ///< "GB18030" or "Big5"
  bool certain;          ///< false: report it as a guess
};

/// GB18030, the encoding of mainland pages, unless the detector is sure of
/// Big5 (50 or more) and surer of it than of GB18030: traditional Chinese
/// pages (Taiwan, Hong Kong) come in Big5, which GB18030 would decode without
/// an error into other characters. GB18030 is certain when it is the best
/// match at 30 or more and Big5 is less sure.
legacy_choice choose_legacy_encoding(const charset_guess& g);

}  // namespace retab
