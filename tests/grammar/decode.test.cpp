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
