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

TEST_CASE("Form likeness: one script, lengths within a factor of two, shared characters", "[model][alikeness]") {
  // Symbols share no character, but are Latin and short alike.
  CHECK(retab::form_likeness("TFP", "Lev") == Approx(2.0 / 3.0));
  // A symbol beside a name: another script, a length within a factor of two.
  CHECK(retab::form_likeness("TFP", "企业规模") == Approx(1.0 / 3.0));
  // A name beside a definition: one script, but more than twice as long.
  CHECK(retab::form_likeness("企业规模", "期末总资产的自然对数") == Approx(1.0 / 3.0));
  CHECK(retab::form_likeness("已完成", "已完成") == Approx(1.0));
  CHECK(retab::form_likeness("", "已完成") == 0.0);
}

TEST_CASE("Column form alikeness: symbols in a column of their own", "[model][alikeness]") {
  const std::vector<raw_row> right{{{"创新能力"}, {"Innov"}}, {{"公司规模"}, {"Scale"}}, {{"盈利能力"}, {"Prof"}}};
  const std::vector<raw_row> mixed{{{"创新能力"}, {"Innov"}}, {{"Scale"}, {"公司规模"}}, {{"盈利能力"}, {"Prof"}}};
  // Neighbours alike in script and length, sharing no character: 2/3 in
  // each column; mixed, every pair differs in script: 1/3.
  retab::text_forms forms;
  CHECK(retab::column_form_alikeness(right, 2, forms) == Approx(2.0 / 3.0));
  CHECK(retab::column_form_alikeness(mixed, 2, forms) == Approx(1.0 / 3.0));
}
