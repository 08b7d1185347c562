// Words among line-cell values (是/否, grades, directions): they stand where
// values stand and never open a row. Each rule on a small hand-made report.
#include "line_cells_text.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using retab::test::anchor;
using retab::test::line_cells;
using retab::test::source;
using retab::test::text_at;

TEST_CASE("Line cells: words that end every row are its last cells, not the next row's labels",
          "[layouts][line-cell][words]") {
  // Each row is a label, two numbers, then a word; the word after a row's
  // last number looks like the next row's label, but the last word dangles
  // after the table's last number, and the header's four cells over whole
  // rows of four read every cell.
  const auto src = source(line_cells({"各站点监测结果如下表所示。", "表4 站点达标情况", "站点", "浓度", "超标率", "结论",
                                      "甲站", "12.5", "3%", "达标", "乙站", "18.1", "9%", "超标", "丙站", "10.2",
                                      "1%", "达标", "注意后续复测安排,不得延误。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 0, 3) == "结论");
  CHECK(text_at(t, 1, 0) == "甲站");
  CHECK(text_at(t, 1, 3) == "达标");
  CHECK(text_at(t, 2, 0) == "乙站");
  CHECK(text_at(t, 3, 3) == "达标");
}

TEST_CASE("Line cells: a word between the numbers of every row stays in its row", "[layouts][line-cell][words]") {
  // The word splits each row into two runs of labels then values; no header
  // cut fits rows of one label and one or two values, while the header's
  // four cells fit whole rows of four.
  const auto src = source(line_cells({"各站点监测结果如下表所示。", "表4 站点达标情况", "站点", "浓度", "结论", "超标率",
                                      "甲站", "12.5", "达标", "3%", "乙站", "18.1", "超标", "9%", "丙站", "10.2",
                                      "达标", "1%", "注意后续复测安排,不得延误。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 1, 2) == "达标");
  CHECK(text_at(t, 2, 0) == "乙站");
  CHECK(text_at(t, 2, 3) == "9%");
}

TEST_CASE("Line cells: a table of grades under years, two copies side by side, is as wide as its header",
          "[layouts][line-cell][words]") {
  // Only the years are numbers, so rows read as labels then values would be
  // one grade and one year each, far narrower than the header; its groups
  // (two readings over 东站 and 西站, twice) make it ten columns wide.
  const auto src = source(line_cells({"表2 各年来水等级", "年份", "甲法", "乙法", "年份", "甲法", "乙法", "东站", "西站",
                                      "东站", "西站", "东站", "西站", "东站", "西站", "2001", "偏丰", "平", "丰", "平",
                                      "2004", "枯", "枯", "平", "偏枯", "2002", "平", "偏枯", "枯", "特枯", "2005",
                                      "平", "丰", "丰", "平", "2003", "枯", "平", "平", "枯", "", "", "", "", "",
                                      "由表可见,各站来水等级总体平稳。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 10);
  CHECK(t.header_rows == 2);
  const retab::cell* group = anchor(t, "乙法");
  REQUIRE(group);
  CHECK((group->row == 0 && group->col == 3 && group->colspan == 2));
  CHECK(text_at(t, 1, 8) == "东站");
  CHECK(text_at(t, 2, 5) == "2004");
  CHECK(text_at(t, 3, 4) == "特枯");
  CHECK(text_at(t, 4, 0) == "2003");
  CHECK(text_at(t, 4, 4) == "枯");
}

TEST_CASE("Line cells: grades before and after the year of every row stay in their row",
          "[layouts][line-cell][words]") {
  // Rows end in words, so the last two grades dangle after the last year;
  // the plain grid that reads them too starts its rows where the header
  // ends, and the header, cut as one label column over groups, fits six
  // columns although three words come before each row's year.
  const auto src = source(line_cells({"各站来水评价见下表。", "表3 各站来水评价", "评价", "甲法", "年份", "乙法", "东站", "西站",
                                      "东站", "西站", "达标", "丰", "平", "2001", "枯", "平", "未达标", "枯", "特枯",
                                      "2002", "平", "丰", "达标", "平", "平", "2003", "丰", "丰", "达标", "丰", "偏丰",
                                      "2004", "平", "枯", "未达标", "枯", "枯", "2005", "枯", "平",
                                      "由表可见,各站来水等级总体平稳。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  CHECK(t.rows == 7);
  CHECK(text_at(t, 2, 0) == "达标");
  CHECK(text_at(t, 2, 3) == "2001");
  CHECK(text_at(t, 2, 5) == "平");
  CHECK(text_at(t, 3, 0) == "未达标");
  CHECK(text_at(t, 6, 3) == "2005");
  CHECK(text_at(t, 6, 5) == "平");
  // The words before the year are values, and the year, alone between the
  // two methods' words, is the header cell that spans down.
  CHECK(t.cols == 6);
  CHECK(t.label_cols == 1);
  const retab::cell* year = anchor(t, "年份");
  REQUIRE(year);
  CHECK((year->col == 3 && year->rowspan == 2));
  const retab::cell* first = anchor(t, "甲法");
  REQUIRE(first);
  CHECK((first->col == 1 && first->colspan == 2));
  CHECK(text_at(t, 1, 1) == "东站");
  CHECK(text_at(t, 1, 5) == "西站");
}

TEST_CASE("Line cells: words between the numbers of nested rows are values, a word written once too",
          "[layouts][line-cell][words]") {
  // 已完成 and 进行中 follow a number twice each and never a label: a column
  // of words, not the next rows' labels. 未完成, written once, stands where
  // they stand (second after the row's label, before a number).
  const auto src = source(line_cells({"表2 审批事项办理进展", "事项", "件数", "进展", "金额", "一、审批类", "(一)新办",
                                      "12", "已完成", "3.5", "(二)变更", "8", "进行中", "2.1", "(三)注销", "3",
                                      "已完成", "0.4", "二、服务类", "(一)咨询", "5", "进行中", "1.0", "(二)投诉", "7",
                                      "未完成", "0.8", "由表可见,办理进展总体顺利。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols - t.label_cols == 3);
  const auto row_of = [&](std::string_view label) {
    const retab::cell* c = anchor(t, label);
    return c ? static_cast<int>(c->row) : -1;
  };
  const std::uint32_t last = t.cols - 1;
  REQUIRE(row_of("(一)新办") > 0);
  CHECK(text_at(t, static_cast<std::uint32_t>(row_of("(一)新办")), last - 1) == "已完成");
  CHECK(text_at(t, static_cast<std::uint32_t>(row_of("(一)新办")), last) == "3.5");
  REQUIRE(row_of("(二)投诉") > 0);
  CHECK(text_at(t, static_cast<std::uint32_t>(row_of("(二)投诉")), last - 1) == "未完成");
  CHECK(text_at(t, static_cast<std::uint32_t>(row_of("(二)投诉")), last) == "0.8");
  CHECK(text_at(t, 0, last - 1) == "进展");
}

TEST_CASE("Line cells: a word ending every row of a nested table is its last value",
          "[layouts][line-cell][words]") {
  // 达标 follows each row's last number and comes before the next row's
  // label: it ends its row and opens none.
  const auto src = source(line_cells({"表4 各站达标情况", "站点", "浓度", "超标率", "结论", "一、城区", "(一)东站",
                                      "12.5", "3%", "达标", "(二)西站", "18.1", "9%", "未达标", "二、郊区", "(一)南站",
                                      "10.2", "1%", "达标", "(二)北站", "11.0", "2%", "达标", "(三)中站", "19.5",
                                      "8%", "未达标", "注意后续复测安排,不得延误。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  const std::uint32_t last = t.cols - 1;
  CHECK(t.cols - t.label_cols == 3);
  CHECK(text_at(t, 0, last) == "结论");
  const retab::cell* west = anchor(t, "(二)西站");
  REQUIRE(west);
  CHECK(text_at(t, west->row, last) == "未达标");
  const retab::cell* middle = anchor(t, "(三)中站");
  REQUIRE(middle);
  CHECK(text_at(t, middle->row, last) == "未达标");
  CHECK(text_at(t, middle->row, last - 1) == "8%");
}

TEST_CASE("Line cells: row labels repeated in every row group are no words among the values",
          "[layouts][line-cell][words]") {
  // 负面 follows a number in each group, as a word among the values would,
  // but it comes once in every group that 正面 opens: a row of its own.
  const auto src = source(line_cells({"表3 分组结果", "对比项", "情感倾向", "准确率", "召回率", "F值", "改进前", "正面",
                                      "80.5", "87.6", "83.9", "负面", "73.2", "79.1", "76.0", "改进中", "正面", "82.5",
                                      "88.6", "85.9", "负面", "75.2", "78.1", "76.6", "改进后", "正面", "84.3", "90.3",
                                      "87.2", "负面", "79.8", "77.6", "78.7", "由表可见,改进后效果更好。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.rows == 7);
  CHECK(text_at(t, 2, 1) == "负面");
  CHECK(text_at(t, 2, 4) == "76.0");
  CHECK(text_at(t, 6, 1) == "负面");
}

TEST_CASE("Line cells: long row labels written again in a second table are no words among the values",
          "[layouts][line-cell][words]") {
  // Two tables share their row labels, so 社会团体人员 and 媒体从业人员 each
  // follow a number twice; they are names of rows, far longer than a grade.
  const auto src = source(line_cells({"表1 上年申请来源", "来源", "件数", "占比", "党政机关", "0", "0%", "社会团体人员", "3",
                                      "4.3%", "媒体从业人员", "5", "7.1%", "申请总数", "8", "表2 本年申请来源", "来源",
                                      "件数", "占比", "企业", "1", "1%", "社会团体人员", "4", "5.3%", "媒体从业人员", "6",
                                      "8.1%", "申请总数", "11", "以上为申请来源统计。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  for (const retab::table& t : tables) {
    CHECK(t.cols == 3);
    CHECK(t.rows == 5);
    CHECK(text_at(t, 2, 0) == "社会团体人员");
    CHECK(text_at(t, 3, 0) == "媒体从业人员");
  }
}

TEST_CASE("Line cells: rows of words after a row label stand where values stand", "[layouts][line-cell]") {
  // A regression table says which effects each model controls with 是/否
  // right after the row's label; two such rows follow each other. Taken for
  // labels, they would pile up into a new header and split the table.
  const auto src = source(line_cells({"表3 估计结果", "变量", "(1)", "(2)", "(3)", "政策", "0.15**", "0.12*", "0.11",
                                      "规模", "0.05", "0.06", "0.07", "控制变量", "否", "是", "是", "年份固定效应",
                                      "否", "否", "是", "观测值", "856", "856", "790", "R²", "0.21", "0.26", "0.30",
                                      "注:括号内为标准误。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 7);
  CHECK(text_at(t, 2, 1) == "0.05");
  CHECK(text_at(t, 3, 0) == "控制变量");
  CHECK(text_at(t, 3, 3) == "是");
  CHECK(text_at(t, 4, 0) == "年份固定效应");
  CHECK(text_at(t, 4, 1) == "否");
  CHECK(text_at(t, 6, 3) == "0.30");
}

TEST_CASE("Line cells: one row of words whose word recurs stands where values stand", "[layouts][line-cell]") {
  // 否 comes twice in the one row of words, so 否 and 是 are words; N right
  // before a value labels the next row.
  const auto src = source(line_cells({"表7 估计结果", "变量", "(1)", "(2)", "(3)", "政策", "0.15", "0.12", "0.11",
                                      "规模", "0.05", "0.06", "0.07", "行业固定效应", "否", "否", "是", "N", "856",
                                      "856", "790", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 3, 0) == "行业固定效应");
  CHECK(text_at(t, 3, 1) == "否");
  CHECK(text_at(t, 3, 3) == "是");
  CHECK(text_at(t, 4, 0) == "N");
  CHECK(text_at(t, 4, 3) == "790");
}

TEST_CASE("Line cells: words of the first value column stand where values stand", "[layouts][line-cell]") {
  // 上升, 下降 and 持平 come right after each row's label and never after a
  // value: a column of words, not labels that open rows of their own.
  const auto src = source(line_cells({"表3 各站点水位", "站点", "趋势", "汛期", "枯水期", "甲站", "上升", "3.2", "1.1",
                                      "乙站", "下降", "2.8", "0.9", "丙站", "持平", "4.0", "1.5", "丁站", "上升",
                                      "3.6", "1.2", "戊站", "下降", "", "0.7", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 6);
  CHECK(text_at(t, 0, 1) == "趋势");
  CHECK(text_at(t, 1, 0) == "甲站");
  CHECK(text_at(t, 1, 1) == "上升");
  CHECK(text_at(t, 3, 1) == "持平");
  CHECK(text_at(t, 3, 3) == "1.5");
  CHECK(text_at(t, 5, 0) == "戊站");
  CHECK(text_at(t, 5, 3) == "0.7");
}

TEST_CASE("Line cells: the one label that opens every row group is no column of words", "[layouts][line-cell]") {
  // 城镇 follows each group's label and comes before values, as a word of the
  // first value column would; but it is one text, and 农村 follows values.
  const auto src = source(line_cells({"表4 分组收入", "地区", "类别", "2021年", "2022年", "东部", "城镇", "5.1", "5.4",
                                      "农村", "2.3", "2.6", "西部", "城镇", "4.2", "4.5", "农村", "1.9", "2.1",
                                      "中部", "城镇", "4.6", "4.8", "农村", "2.0", "2.2", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 7);
  CHECK(text_at(t, 1, 0) == "东部");
  CHECK(text_at(t, 1, 1) == "城镇");
  CHECK(text_at(t, 2, 1) == "农村");
  CHECK(text_at(t, 2, 3) == "2.6");
  // The grid would come out alike either way; --explain must not call it a word.
  CHECK(std::none_of(t.evidence.begin(), t.evidence.end(),
                     [](const std::string& why) { return why.find("words among the values") != std::string::npos; }));
}

TEST_CASE("Line cells: a short word that completes a short row with the run after it is one of its values",
          "[layouts][line-cell]") {
  // 暂无 leaves 甲县 with one value and opens a "row" of one; together they
  // are a row of three. 不详 at the end of 丙县's row completes it, and 丁县's
  // row after it is whole.
  const auto src = source(line_cells({"表2 各县情况", "县名", "人口", "面积", "产值", "甲县", "12", "暂无", "30",
                                      "乙县", "15", "44", "31", "丙县", "18", "46", "不详", "丁县", "11", "40", "29",
                                      "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 1, 2) == "暂无");
  CHECK(text_at(t, 1, 3) == "30");
  CHECK(text_at(t, 3, 3) == "不详");
  CHECK(text_at(t, 4, 0) == "丁县");
}

TEST_CASE("Line cells: a word column between the numbers, too few words for a vocabulary, stays in every row",
          "[layouts][line-cell][words]") {
  // 收敛 holds 是 twice and 否 once: each row reads as a label and one value,
  // then a "row" under the word. Every row splits so, at the same place, so
  // the pairs are the rows, under a group over every value column.
  const auto src = source(line_cells({"表3 三种模型的比较", "模型", "拟合指标", "对数似然", "收敛", "参数个数", "AIC",
                                      "BIC", "模型A", "1520.4", "是", "10", "3060.8", "3102.5", "模型B", "1498.2",
                                      "否", "12", "3020.4", "3071.9", "模型C", "1489.9", "是", "16", "3011.8",
                                      "3080.1", "三种模型中，模型C的信息准则最小。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 0, 1) == "拟合指标");
  CHECK(text_at(t, 1, 0).empty());
  CHECK(text_at(t, 1, 2) == "收敛");
  CHECK(text_at(t, 3, 0) == "模型B");
  CHECK(text_at(t, 3, 2) == "否");
  CHECK(text_at(t, 3, 3) == "12");
  CHECK(text_at(t, 4, 5) == "3080.1");
}

TEST_CASE("Line cells: a row label written once before a word of the table is no word itself",
          "[layouts][line-cell]") {
  // 常住人口 and 户籍人口 recur where a column of words would stand, so they
  // read as words among the values. 金华 is written once and, in its row,
  // which ends in an empty cell, stands where they stand in the other rows;
  // but 户籍人口 after it would then stand where no word does.
  const auto src = source(line_cells({"表8 分组统计", "片区", "城市", "口径", "本年", "上年", "增幅", "同比", "沿海",
                                      "宁波", "常住人口", "820", "811", "", "3", "温州", "户籍人口", "300", "290",
                                      "3.4", "5", "舟山", "常住人口", "116", "", "1.2", "2", "内陆", "金华",
                                      "户籍人口", "500", "488", "2.5", "", "从上表可以看出,各片区人口总体平稳。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 7);
  CHECK(text_at(t, 4, 0) == "内陆");
  CHECK(text_at(t, 4, 1) == "金华");
  CHECK(text_at(t, 4, 2) == "户籍人口");
  CHECK(text_at(t, 4, 5) == "2.5");
  CHECK(text_at(t, 4, 6) == "");
  const retab::cell* coast = anchor(t, "沿海");
  REQUIRE(coast);
  CHECK(coast->rowspan == 3);
}

TEST_CASE("Line cells: a bulletin's changes marked with their direction stay in their rows", "[layouts][line-cell]") {
  // ▲ marks a fall, and a rate's change is given in percentage points: each
  // is the last value of its row, not a row of its own.
  const auto src = source(line_cells({"全年主要指标完成情况如下。", "表3 主要指标", "指标", "单位", "绝对数", "增长(%)",
                                      "地区生产总值", "亿元", "1234.5", "▲2.3", "一般公共预算收入", "亿元", "88.1",
                                      "3.1", "固定资产投资", "亿元", "—", "▲12.0", "社会消费品零售总额", "亿元",
                                      "456.7", "↑5.2", "居民消费价格指数", "%", "102.1", "0.4个百分点",
                                      "以上数据为快报数。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 6);
  CHECK(text_at(t, 1, 3) == "▲2.3");
  CHECK(text_at(t, 3, 3) == "▲12.0");
  CHECK(text_at(t, 4, 3) == "↑5.2");
  CHECK(text_at(t, 5, 3) == "0.4个百分点");
}

TEST_CASE("Line cells: a field trial's means with comparison letters are values", "[layouts][line-cell]") {
  const auto src = source(line_cells({"表4 不同施肥处理的产量", "处理", "穗数(万/亩)", "千粒重(g)", "产量(kg/亩)", "CK",
                                      "28.5c", "41.2b", "412.3c", "T1", "31.2b", "42.5ab", "468.7b", "T2", "33.8a",
                                      "43.1a", "501.2a", "同列不同小写字母表示差异显著(P<0.05)。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 1, 0) == "CK");
  CHECK(text_at(t, 2, 2) == "42.5ab");
  CHECK(text_at(t, 3, 3) == "501.2a");
}
