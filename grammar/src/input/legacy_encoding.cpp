#include "input/legacy_encoding.hpp"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace retab {
namespace {

/// ICU names the GB family by its members; GB18030 reads them all.
bool names_gb18030(std::string_view name) { return name == "GB18030" || name == "GBK" || name == "GB2312"; }

}  // namespace

charset_guess guess_charset(std::string_view bytes) {
  charset_guess found;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
  if (U_FAILURE(status)) return found;
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
  if (U_FAILURE(status) || matches == nullptr) return found;
  for (int32_t i = 0; i < count; ++i) {
    const std::string name = ucsdet_getName(matches[i], &status);
    const int confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status)) break;
    if (i == 0) {
      found.best = name;
      found.best_confidence = confidence;
    }
    if (names_gb18030(name)) found.gb18030 = std::max(found.gb18030, confidence);
    if (name == "Big5") found.big5 = std::max(found.big5, confidence);
  }
  return found;
}

legacy_choice choose_legacy_encoding(const charset_guess& g) {
  constexpr int sure_of_big5 = 50, sure_of_gb18030 = 30;
  if (g.big5 >= sure_of_big5 && g.big5 > g.gb18030) return {"Big5", true};
  // As sure of Big5 (a short text of characters both share): a guess.
  return {"GB18030", names_gb18030(g.best) && g.best_confidence >= sure_of_gb18030 && g.gb18030 > g.big5};
}

}  // namespace retab
