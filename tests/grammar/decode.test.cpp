#include "input/legacy_encoding.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

namespace {

std::string encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

/// Decodes `bytes` and checks the encoding reported, whether it is certain,
/// and the text.
void check_decoded(const std::string& bytes, const std::string& encoding, bool certain, const std::string& text) {
  INFO("decoded as " << encoding);
  const retab::source_text decoded = retab::decode(bytes, "a.txt");
  CHECK(decoded.encoding == encoding);
  CHECK(decoded.encoding_certain == certain);
  CHECK(decoded.text == text);
}

const std::string kChinese =
    "二、主动公开政府信息情况\n信息内容 | 本年新制作数量 |\n规章 | 7 |\n行政许可事项的办理结果已经全部按时公开。\n";

}  // namespace

TEST_CASE("UTF-8 is decoded as is, with or without BOM", "[decode]") {
  const retab::source_text plain = retab::decode(kChinese, "a.txt");
  CHECK(plain.encoding == "UTF-8");
  CHECK(plain.text == kChinese);
  CHECK(plain.line_count() == 4);
  CHECK(plain.line(1) == "信息内容 | 本年新制作数量 |");

  const retab::source_text bom = retab::decode("\xEF\xBB\xBF" + kChinese, "a.txt");
  CHECK(bom.encoding == "UTF-8 (BOM)");
  CHECK(bom.text == kChinese);
}

TEST_CASE("CRLF and lone CR become LF; text becomes NFC", "[decode]") {
  CHECK(retab::decode("a\r\nb\rc\n", "a.txt").text == "a\nb\nc\n");
  CHECK(retab::decode("Cafe\xCC\x81", "a.txt").text == "Caf\xC3\xA9");
  CHECK(retab::decode("no final newline", "a.txt").line_count() == 1);
}

TEST_CASE("UTF-16 with BOM and GB18030 are decoded", "[decode]") {
  const retab::source_text le = retab::decode("\xFF\xFE" + encode(kChinese, "UTF-16LE"), "a.txt");
  CHECK(le.encoding == "UTF-16LE (BOM)");
  CHECK(le.text == kChinese);
  const retab::source_text be = retab::decode("\xFE\xFF" + encode(kChinese, "UTF-16BE"), "a.txt");
  CHECK(be.text == kChinese);

  const retab::source_text gb = retab::decode(encode(kChinese, "GB18030"), "a.txt");
  CHECK(gb.encoding == "GB18030");
  CHECK(gb.text == kChinese);

  retab::decode_options forced;
  forced.encoding = "GBK";
  CHECK(retab::decode(encode(kChinese, "GBK"), "a.txt", forced).text == kChinese);
}

TEST_CASE("UTF-16 without a byte order mark is told by where its NUL bytes fall", "[decode]") {
  // 一 (U+4E00) puts a NUL at the parity opposite the ASCII characters'.
  const std::string text = "一、" + kChinese + "一 | 一 |\n";
  check_decoded(encode(text, "UTF-16LE"), "UTF-16LE (no BOM)", true, text);
  check_decoded(encode(text, "UTF-16BE"), "UTF-16BE (no BOM)", true, text);
  // Pairs that decode to control characters are no text: read, but guessed.
  const std::string controls("\x01\x00\x02\x00" "a\x00" "b\x00", 8);
  const retab::source_text odd = retab::decode(controls, "a.txt");
  CHECK(odd.encoding == "UTF-16LE (no BOM)");
  CHECK_FALSE(odd.encoding_certain);
}

TEST_CASE("A NUL byte in text that is not UTF-16 is an error at its place", "[decode]") {
  // One NUL among UTF-8 text: no parity holds NULs, so no UTF-16; it would
  // pass into a cell and the CSV unseen.
  const std::string bytes = kChinese + std::string("规章 | 7\0 |\n", 14);
  try {
    (void)retab::decode(bytes, "a.txt");
    FAIL("no error");
  } catch (const retab::error& e) {
    CHECK(e.where().code == retab::error_code::ambiguous_encoding);
    CHECK(e.where().line == 5);
    CHECK(e.where().column == 11);  // columns count bytes: 规章 are three each
    CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("NUL byte"));
  }
}

TEST_CASE("Invalid UTF-8 is an error with line and column", "[decode]") {
  // Mostly valid UTF-8 with one broken byte on line 2, column 4.
  const std::string bad = "规章 | 7 |\n规章\xFF | 8 |\n" + kChinese;
  try {
    retab::decode(bad, "a.txt");
    FAIL("no error");
  } catch (const retab::error& e) {
    CHECK(e.where().code == retab::error_code::invalid_utf8);
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 7);
    CHECK(e.where().byte_offset == 19);
  }
}

TEST_CASE("An unknown forced encoding is an error", "[decode]") {
  retab::decode_options forced;
  forced.encoding = "no-such-charset";
  CHECK_THROWS_AS(retab::decode("abc", "a.txt", forced), retab::error);
}

TEST_CASE("A traditional Chinese report in Big5 is read as Big5", "[decode]") {
  // GB18030 decodes Big5 bytes without an error, into other characters.
  const std::string report =
      "本年度共收到申請十二件，均已按時答覆。\n表1 各區人口統計\n地區 | 戶籍人口 | 常住人口 |\n"
      "東區 | 12.1 | 70.4 |\n西區 | 15.0 | 110.5 |\n資料來源：統計處。以上數據為年底數字，僅供參考。\n";
  check_decoded(encode(report, "Big5"), "Big5", true, report);
  // The same characters in GBK stay GB18030.
  const retab::source_text gbk = retab::decode(encode(report, "GBK"), "a.txt");
  CHECK(gbk.encoding == "GB18030");
  CHECK(gbk.text == report);
}

TEST_CASE("The legacy encoding follows the detector only where it is sure", "[decode]") {
  using retab::choose_legacy_encoding;
  const auto chosen = [](const char* best, int confidence, int gb18030, int big5) {
    const retab::legacy_choice c = choose_legacy_encoding({best, confidence, gb18030, big5});
    return std::string(c.encoding) + (c.certain ? "" : "?");
  };
  CHECK(chosen("Big5", 100, 35, 100) == "Big5");
  CHECK(chosen("GB18030", 97, 97, 35) == "GB18030");
  // Not sure enough of Big5: GB18030, a guess.
  CHECK(chosen("Big5", 45, 10, 45) == "GB18030?");
  // As sure of both (a short line of characters they share): a guess.
  CHECK(chosen("GB18030", 66, 66, 66) == "GB18030?");
  CHECK(chosen("GB18030", 20, 20, 0) == "GB18030?");
  CHECK(chosen("windows-1252", 12, 0, 0) == "GB18030?");
}
