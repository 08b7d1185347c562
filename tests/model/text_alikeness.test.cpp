// How alike texts are: the evidence of a width for tables of words.
#include "model/text_alikeness.hpp"

#include <catch2/catch.hpp>

using retab::column_text_alikeness;
using retab::raw_row;
using retab::shared_characters;

TEST_CASE("Shared characters: common distinct characters over all of them, blanks left out", "[model][alikeness]") {
  CHECK(shared_characters("留鸟种类", "候鸟种类") == Approx(3.0 / 5.0));
  CHECK(shared_characters("北 京", "北京") == Approx(1.0));
  CHECK(shared_characters("aab", "ab") == Approx(1.0));
  CHECK(shared_characters("春季", "冬天") == 0.0);
  CHECK(shared_characters("", "春季") == 0.0);
}

TEST_CASE("Column text alikeness: rows cut at the right width hold alike texts in each column", "[model][alikeness]") {
  // One list of six cells, read two and three wide.
  const raw_row cells{{"留鸟种类"}, {"留鸟:麻雀"}, {"留鸟:喜鹊"}, {"候鸟种类"}, {"候鸟:大雁"}, {"候鸟:燕子"}};
  const std::vector<raw_row> three{{cells[0], cells[1], cells[2]}, {cells[3], cells[4], cells[5]}};
  const std::vector<raw_row> two{{cells[0], cells[1]}, {cells[2], cells[3]}, {cells[4], cells[5]}};
  CHECK(column_text_alikeness(three, 3) > column_text_alikeness(two, 2));
  // Empty cells and columns past a short row take no part.
  CHECK(column_text_alikeness({{{"甲"}, {""}}, {{"甲"}}}, 2) == Approx(1.0));
  CHECK(column_text_alikeness({{{"甲"}}}, 1) == 0.0);
}
