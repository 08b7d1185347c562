// Line-cell headers: where the header ends, where its cells break into rows
// over the value columns (groups, totals, 其中, leaves named alike), and its
// corner, title and caption. Each rule on a small hand-made report.
#include "line_cells_text.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using retab::test::anchor;
using retab::test::line_cells;
using retab::test::source;
using retab::test::text_at;

TEST_CASE("Line cells: in a one-row table everything above the row is header", "[layouts][line-cell]") {
  // The header's second row starts with empty cells under 复议 (5 columns).
  const auto src = source(line_cells({"表4 复议诉讼", "复议", "诉讼", "维持", "纠正", "其他", "未结", "总计", "直接起诉",
                                      "复议后起诉", "", "", "", "", "", "维持", "纠正", "其他", "未结", "总计", "维持",
                                      "纠正", "其他", "未结", "总计", "1", "1", "", "", "2", "", "", "", "", "", "", "",
                                      "", "", "", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 15);
  CHECK(t.label_cols == 0);
  CHECK(text_at(t, 0, 5) == "诉讼");
  CHECK(text_at(t, 1, 5) == "直接起诉");
  CHECK(text_at(t, 3, 0) == "1");
  CHECK(text_at(t, 3, 4) == "2");
}

TEST_CASE("Line cells: an empty cell right after the caption is the header's corner", "[layouts][line-cell]") {
  // A matrix whose header row starts with an empty corner cell; without it
  // the column names would sit one column to the left.
  const auto src = source(line_cells({"表3 方法一致率", "", "甲法", "乙法", "丙法", "甲法", "1", "", "", "乙法", "0.92",
                                      "1", "", "丙法", "0.96", "0.95", "1", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(text_at(t, 0, 0).empty());
  CHECK(text_at(t, 0, 1) == "甲法");
  CHECK(text_at(t, 0, 3) == "丙法");
  CHECK(text_at(t, 1, 0) == "甲法");
  CHECK(text_at(t, 3, 2) == "0.95");
}

TEST_CASE("Line cells: a number in a one-row header does not start the rows", "[layouts][line-cell]") {
  // Values that are text (ranges, complex roots) under a header whose last
  // cell is a number: the plain grid four wide, rows after the header.
  const auto src = source(line_cells({"表5 特征根对比", "比值", "U/pu", "λ3", "85", "2.92", "0.90;0.94",
                                      "-1.72±85.22i", "4.96%", "3.24", "0.91;0.95", "-2.18±85.17i", "4.35%", "3.65",
                                      "0.92;0.95", "-2.62±85.12i", "3.83%", "4.17", "0.93;0.96", "-3.06±85.07i", "3.41%", "由表5可知,三个算例的特征根都在左半平面。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 0, 3) == "85");
  CHECK(text_at(t, 1, 0) == "2.92");
  CHECK(text_at(t, 1, 1) == "0.90;0.94");
  CHECK(text_at(t, 3, 3) == "3.83%");
  CHECK(text_at(t, 4, 2) == "-3.06±85.07i");
}

TEST_CASE("Line cells: a group header naming its first leaf starts the lowest header row at that leaf",
          "[layouts][line-cell]") {
  // Three header rows: 模型 | 拟合 (均方差, 偏差) | 检验 (t检验 (t, P), 离散).
  // Six columns but nine header cells: t检验 names t, so t and P are the
  // lowest row and everything between the top row and them is the middle row.
  const auto src = source(line_cells({"表3 模型比较", "模型", "拟合", "检验", "均方差", "偏差", "t检验", "离散", "t",
                                      "P", "甲", "0.12", "0.30", "2.10", "0.04", "1.5", "乙", "0.15", "0.28", "1.90",
                                      "0.06", "1.7", "上表列出两种模型的拟合指标和检验结果，供比较。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 3);
  const retab::cell* test = anchor(t, "t检验");
  REQUIRE(test);
  CHECK((test->row == 1 && test->col == 3 && test->colspan == 2));
  CHECK(text_at(t, 2, 3) == "t");
  CHECK(text_at(t, 2, 4) == "P");
  const retab::cell* spread = anchor(t, "离散");
  REQUIRE(spread);
  CHECK((spread->row == 1 && spread->col == 5 && spread->rowspan == 2));
  const retab::cell* fit = anchor(t, "拟合");
  REQUIRE(fit);
  CHECK((fit->row == 0 && fit->col == 1 && fit->colspan == 2));
  CHECK(text_at(t, 3, 3) == "2.10");
  // --explain says how the header cells were cut into rows.
  CHECK(std::any_of(t.evidence.begin(), t.evidence.end(), [](const std::string& e) {
    return e.find("8 cells over 5 value columns, so 3 groups; lowest row of 2 cells (from the leaf a group header "
                  "names first)") != std::string::npos;
  }));
}

TEST_CASE("Line cells: header cells split by a line break are joined when that makes the header fit",
          "[layouts][line-cell]") {
  // `本年新<br>制作数量` and `本年新<br>公开数量` arrive as four lines: the
  // fragment 本年新 comes back before a different word each time.
  const auto src = source(line_cells({"二、主动公开情况", "第一项", "信息内容", "本年新", "制作数量", "本年新",
                                      "公开数量", "对外公开总数量", "规章", "3", "2", "45", "规范性文件", "37", "36",
                                      "345", "三、其他情况"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  const retab::cell* title = anchor(t, "第一项");
  REQUIRE(title);
  CHECK((title->row == 0 && title->colspan == 4));
  CHECK(text_at(t, 1, 1) == "本年新 制作数量");
  CHECK(text_at(t, 1, 2) == "本年新 公开数量");
  CHECK(text_at(t, 1, 3) == "对外公开总数量");
  CHECK(text_at(t, 2, 3) == "45");
}

TEST_CASE("Line cells: a repeated sub-header run is not taken for split cells", "[layouts][line-cell]") {
  const auto src = source(line_cells({"表2 收支", "项目", "收入", "支出", "本年", "上年", "本年", "上年", "工资", "1",
                                      "2", "3", "4", "奖金", "5", "6", "7", "8", "三、其他情况"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 2);
  CHECK(text_at(t, 1, 1) == "本年");
  CHECK(text_at(t, 1, 4) == "上年");
}

TEST_CASE("Line cells: groups over every value column sit side by side in one header row",
          "[layouts][line-cell]") {
  // 城镇 and 农村 each head two of the four value columns; stacking them
  // (城镇 over 农村 over all four) would give a header cell a lone child.
  const auto src = source(line_cells({"表5 城乡情况", "地区", "城镇", "农村", "收入", "支出", "人数", "面积", "东部",
                                      "1.5", "2.5", "30", "4.5", "西部", "1.2", "2.2", "20", "3.5",
                                      "上表为各地区的城乡情况，数据为年度均值。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  const retab::cell* town = anchor(t, "城镇");
  const retab::cell* country = anchor(t, "农村");
  REQUIRE(town);
  REQUIRE(country);
  CHECK((town->row == 0 && town->col == 1 && town->colspan == 2));
  CHECK((country->row == 0 && country->col == 3 && country->colspan == 2));
  CHECK(text_at(t, 1, 4) == "面积");
}

TEST_CASE("Line cells: leaves named alike sit under different groups", "[layouts][line-cell]") {
  // 标准误 heads a column under 城镇 and another under 农村: with 收入 over
  // all four leaves, two columns under one group would bear the same name.
  const auto src = source(line_cells({"表7 分组估计", "地区", "收入", "城镇", "农村", "标准误", "比例", "产量",
                                      "标准误", "东部", "1.5", "0.2", "0.4", "30", "0.3", "西部", "1.2", "0.1",
                                      "0.5", "20", "0.2", "上表为分组估计的结果。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  const retab::cell* income = anchor(t, "收入");
  const retab::cell* town = anchor(t, "城镇");
  const retab::cell* country = anchor(t, "农村");
  REQUIRE(income);
  REQUIRE(town);
  REQUIRE(country);
  CHECK((income->row == 0 && income->col == 1 && income->rowspan == 2));
  CHECK((town->row == 0 && town->col == 2 && town->colspan == 2));
  CHECK((country->row == 0 && country->col == 4 && country->colspan == 2));
  CHECK(text_at(t, 1, 2) == "标准误");
  CHECK(text_at(t, 1, 5) == "标准误");
  CHECK(text_at(t, 3, 5) == "0.2");
}

TEST_CASE("Line cells: groups sharing the leaves evenly put no two leaves named alike under one", "[layouts][line-cell]") {
  // Two groups of three would put both 人数 under 城镇; three groups of two
  // do not, and no group goes over them all.
  const auto src = source(line_cells({"表8 城乡对比", "地区", "城镇", "乡村", "东部", "合计", "人数", "收入", "人数",
                                      "支出", "比例", "均值", "甲市", "12", "3.5", "15", "2.5", "0.4", "1.1", "40",
                                      "乙市", "10", "3.1", "11", "2.2", "0.5", "1.3", "36", "上表为城乡对比的结果。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  const retab::cell* town = anchor(t, "城镇");
  const retab::cell* east = anchor(t, "东部");
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(town);
  REQUIRE(east);
  REQUIRE(total);
  CHECK((town->row == 0 && town->col == 1 && town->colspan == 2));
  CHECK((east->row == 0 && east->col == 5 && east->colspan == 2));
  CHECK((total->row == 0 && total->col == 7 && total->rowspan == 2));
  CHECK(text_at(t, 1, 3) == "人数");
  CHECK(text_at(t, 3, 7) == "36");
}

TEST_CASE("Line cells: one header cell more than the columns is a group unless blocks repeat the header",
          "[layouts][line-cell]") {
  // Without sub-tables repeating the header under titles of their own, the
  // extra cell (东部) groups the value columns instead of titling the table.
  const auto src = source(line_cells({"表6 东部情况", "类别", "东部", "收入", "支出", "人数", "甲", "1.5", "2.5",
                                      "30", "乙", "1.2", "2.2", "20", "上表为东部地区的情况，数据为年度均值。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  const retab::cell* stub = anchor(t, "类别");
  REQUIRE(stub);
  CHECK((stub->row == 0 && stub->col == 0 && stub->rowspan == 2));
  const retab::cell* east = anchor(t, "东部");
  REQUIRE(east);
  CHECK((east->row == 0 && east->col == 1 && east->colspan == 3));
  CHECK(text_at(t, 1, 1) == "收入");
}

TEST_CASE("Line cells: a section heading opening the header is the table's caption", "[layouts][line-cell]") {
  const auto src = source(line_cells({"本年度各项业务平稳开展，具体数据见下表。", "二、业务办理统计", "项目", "女性",
                                      "中部", "一、投诉处理", "25", "1", "二、咨询答复", "256", "5",
                                      "上表为本年度的业务办理情况，单位为件。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.caption == "二、业务办理统计");
  CHECK(t.rows == 3);
  CHECK(t.cols == 3);
  CHECK(text_at(t, 0, 0) == "项目");
  CHECK(text_at(t, 2, 2) == "5");
}

TEST_CASE("Line cells: a heading numbered 1、 or (二) opening the header is the table's caption too",
          "[layouts][line-cell]") {
  // Header cells are not numbered as outline items, whatever the numbering:
  // 1、 stands before the header the way 二、 does. Taken for a header cell,
  // it made a header one cell too long, cut into two rows.
  for (const std::string_view heading : {"1、一般公共预算支出明细", "（二）一般公共预算支出明细"}) {
    const auto src = source(line_cells({"本单位支出情况见下表。", heading, "科目编码", "科目名称", "决算数", "201",
                                        "一般公共服务支出", "120.50", "20101", "人大事务", "80.00", "2010101",
                                        "行政运行", "40.50", "以上为决算数。"}));
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    CHECK(t.caption == heading);
    CHECK(t.header_rows == 1);
    CHECK(t.rows == 4);
    CHECK(t.cols == 3);
    CHECK(text_at(t, 0, 0) == "科目编码");
    CHECK(text_at(t, 3, 2) == "40.50");
  }
}

TEST_CASE("Line cells: a word heading two columns is not joined when the header reads as groups",
          "[layouts][line-cell]") {
  // 产量 heads a column beside the group 实验组 and again under it; the
  // header reads as groups over cells as it stands, so nothing was split.
  const auto src = source(line_cells({"表1 估计结果", "变量", "城镇", "产量", "实验组", "面积", "产量", "样本量",
                                      "标准误", "江苏", "2464.33", "352.38", "2301.52", "3513.07", "1399.03", "浙江",
                                      "1157.85", "1364.60", "1822.91", "1806.73", "4710.27",
                                      "上表为各变量的估计结果，括号内为标准误。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(anchor(t, "产量 实验组") == nullptr);
  CHECK(anchor(t, "产量 样本量") == nullptr);
  CHECK(std::count_if(t.cells.begin(), t.cells.end(), [](const retab::cell& c) { return c.text == "产量"; }) == 2);
}

TEST_CASE("Line cells: a total beside the top group spans down from the top header row",
          "[layouts][line-cell][header]") {
  // 全国 heads 城市 and 乡村, which head two cells each; 合计 sums it all.
  // Under 全国 as well as beside it, the count of cells fits; a total sits
  // beside the groups it sums.
  const auto src = source(line_cells({"表5 两区人口与产值", "地区", "全国", "合计", "城市", "乡村", "人数", "户数",
                                      "面积", "产值", "东区", "1", "2", "3", "4", "10", "西区", "5", "6", "7", "8",
                                      "26", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 3);
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 0 && total->col == 5 && total->rowspan == 3));
  const retab::cell* all = anchor(t, "全国");
  REQUIRE(all);
  CHECK((all->row == 0 && all->col == 1 && all->colspan == 4));
  const retab::cell* city = anchor(t, "城市");
  REQUIRE(city);
  CHECK((city->row == 1 && city->col == 1 && city->colspan == 2));
  CHECK(text_at(t, 2, 4) == "产值");
  CHECK(text_at(t, 4, 5) == "26");
}

TEST_CASE("Line cells: a note in parentheses after a section heading is the table's first cell",
          "[layouts][line-cell][caption]") {
  // A line in parentheses continues the label before it (a <br> split the
  // cell), but a section heading before the first row names the table and is
  // never a header cell, so the note opens the header instead.
  const auto src = source(line_cells({"本年度各窗口的办理情况汇总如下,供参考。", "二、窗口业务数据", "(本栏为口径说明)", "受理", "办结",
                                      "一、窗口", "5", "3", "二、网上", "7", "6", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.caption == "二、窗口业务数据");
  CHECK(t.cols == 3);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 0) == "(本栏为口径说明)");
  CHECK(text_at(t, 0, 2) == "办结");
  CHECK(text_at(t, 2, 2) == "6");
}

TEST_CASE("Line cells: a total under a group sums two cells or more, so a total beside one group tops the header",
          "[layouts][line-cell][header]") {
  // 城市 and 乡村 head two cells each and 合计 sums them: one header row over
  // the leaves, not 城市 over 乡村 and a 合计 that would sum 乡村 alone.
  const auto src = source(line_cells({"表6 城乡对比", "地区", "城市", "乡村", "合计", "人口", "面积", "产值", "税收",
                                      "东区", "1", "2", "3", "4", "10", "西区", "5", "6", "7", "8", "26",
                                      "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 2);
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 0 && total->col == 5 && total->rowspan == 2));
  const retab::cell* city = anchor(t, "城市");
  REQUIRE(city);
  CHECK((city->row == 0 && city->col == 1 && city->colspan == 2));
  const retab::cell* country = anchor(t, "乡村");
  REQUIRE(country);
  CHECK((country->row == 0 && country->col == 3 && country->colspan == 2));
  CHECK(text_at(t, 1, 4) == "税收");
  CHECK(text_at(t, 3, 5) == "26");
}

TEST_CASE("Line cells: a header cell named like a leaf spans down beside the group, it does not head the leaf",
          "[layouts][line-cell][header]") {
  // 样本量 over 东部, 样本量, 均值 and 比例 would head a cell of its own
  // name; it is the column before the group 东部.
  const auto src = source(line_cells({"表7 样本概况", "指标", "样本量", "东部", "样本量", "均值", "比例",
                                      "收入", "120", "80", "3.5", "0.4", "支出", "118", "79", "2.1", "0.3",
                                      "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 2);
  const retab::cell* size = anchor(t, "样本量");
  REQUIRE(size);
  CHECK((size->row == 0 && size->col == 1 && size->rowspan == 2 && size->colspan == 1));
  const retab::cell* east = anchor(t, "东部");
  REQUIRE(east);
  CHECK((east->row == 0 && east->col == 2 && east->colspan == 3));
  CHECK(text_at(t, 1, 2) == "样本量");
  CHECK(text_at(t, 3, 4) == "0.3");
}

TEST_CASE("Line cells: of the header cuts that merely fit, one with equally wide groups is taken",
          "[layouts][line-cell][header]") {
  // Five leaves would fit too (全部 over 人数 and 城镇, 城镇 over three of
  // them, 人数 over two), but only the text's count backs such widths; with
  // four leaves 人数 spans down and 城镇 and 乡村 head two each.
  const auto src = source(line_cells({"表8 家庭收支", "项目", "全部", "人数", "城镇", "乡村", "工资", "奖金", "房租",
                                      "伙食", "甲组", "12", "3.5", "1.2", "2.0", "0.8", "乙组", "15", "4.1", "1.6",
                                      "2.2", "0.9", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 3);
  const retab::cell* all = anchor(t, "全部");
  REQUIRE(all);
  CHECK((all->row == 0 && all->col == 1 && all->colspan == 5));
  const retab::cell* people = anchor(t, "人数");
  REQUIRE(people);
  CHECK((people->row == 1 && people->col == 1 && people->rowspan == 2 && people->colspan == 1));
  const retab::cell* town = anchor(t, "城镇");
  REQUIRE(town);
  CHECK((town->row == 1 && town->col == 2 && town->colspan == 2));
  const retab::cell* country = anchor(t, "乡村");
  REQUIRE(country);
  CHECK((country->row == 1 && country->col == 4 && country->colspan == 2));
  CHECK(text_at(t, 2, 2) == "工资");
  CHECK(text_at(t, 4, 5) == "0.9");
}

TEST_CASE("Line cells: a section heading right after the header cells opens the body",
          "[layouts][line-cell][header]") {
  // 一、机关团体 comes between the header and the first row with nothing of
  // its own: header cells are not numbered as sections, so it is a section
  // row, not a fourth header cell that would stack the header in two rows.
  const auto src = source(line_cells({"表3 各类单位情况", "单位类型", "数量", "比例", "一、机关团体", "党政机关", "12",
                                      "30%", "社会团体", "8", "20%", "二、企业", "国有企业", "15", "37.5%", "民营企业",
                                      "5", "12.5%", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 2) == "比例");
  const retab::cell* first = anchor(t, "一、机关团体");
  REQUIRE(first);
  CHECK((first->row == 1 && first->col == 0));
  CHECK(text_at(t, 2, 1) == "12");
  CHECK(text_at(t, 4, 0) == "二、企业");
}

TEST_CASE("Line cells: the header's last cell stays in the header though section rows follow",
          "[layouts][line-cell]") {
  // 上年 shares no character with the section row 二、支出 further down, and
  // the header would be a cell short without it.
  const auto src = source(line_cells({"表7 收支", "项目", "本年", "上年", "工资", "120", "115", "奖金", "40", "32",
                                      "二、支出", "房租", "60", "60", "以上为收支情况。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 2) == "上年");
  CHECK(text_at(t, 1, 0) == "工资");
}

TEST_CASE("Line cells: column numbers after the header labels are header cells", "[layouts][line-cell]") {
  // A correlation matrix numbers its columns 1..3 after 变量 and 均值; the
  // row after them holds more values than three, so the numbers are no row.
  const auto src = source(line_cells({"表5 相关系数", "变量", "均值", "1", "2", "3", "1.收入", "8.20", "1", "", "",
                                      "2.年龄", "41.5", "0.31", "1", "", "3.教育", "9.60", "0.45", "0.12", "1",
                                      "注:*表示在5%的水平上显著。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 2) == "1");
  CHECK(text_at(t, 0, 4) == "3");
  CHECK(text_at(t, 1, 0) == "1.收入");
  CHECK(text_at(t, 1, 2) == "1");
  CHECK(text_at(t, 3, 3) == "0.12");
}

TEST_CASE("Line cells: header rows that fill every column stack, the stub spanning down",
          "[layouts][line-cell]") {
  // Model numbers over model names: no cell groups others, so the cells
  // are two rows of one per column.
  const auto src = source(line_cells({"表6 稳健性检验", "变量", "(1)", "(2)", "(3)", "OLS", "固定效应", "工具变量",
                                      "收入", "0.12", "0.10", "0.09", "年龄", "0.03", "0.02", "0.02", "观测值", "500",
                                      "500", "480", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 2);
  const retab::cell* stub = anchor(t, "变量");
  REQUIRE(stub);
  CHECK(stub->rowspan == 2);
  CHECK(text_at(t, 0, 1) == "(1)");
  CHECK(text_at(t, 1, 1) == "OLS");
  CHECK(text_at(t, 1, 3) == "工具变量");
  CHECK(text_at(t, 2, 0) == "收入");
}

TEST_CASE("Line cells: of the even header cuts, one putting the total in the top row beats one with more leaves",
          "[layouts][line-cell][header]") {
  // 城镇 and 农村 head three columns each and 合计 spans down beside them;
  // under each, 收入 or 支出 spans down beside 男性 or 女性 over two leaves.
  // Six leaves fit the count with even groups too (城镇 over 农村 合计 收入,
  // each over two), but that puts the total under a group.
  const auto src = source(line_cells({"表3 分组比较", "变量", "城镇", "农村", "合计", "收入", "男性", "支出", "女性",
                                      "均值", "中位数", "比例", "标准差", "甲市", "1.1", "2.2", "3.3", "4.4", "5.5",
                                      "6.6", "7.7", "乙市", "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7",
                                      "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 8);
  CHECK(t.header_rows == 3);
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 0 && total->col == 7 && total->rowspan == 3));
  const retab::cell* town = anchor(t, "城镇");
  REQUIRE(town);
  CHECK((town->row == 0 && town->col == 1 && town->colspan == 3));
  const retab::cell* income = anchor(t, "收入");
  REQUIRE(income);
  CHECK((income->row == 1 && income->col == 1 && income->rowspan == 2));
  const retab::cell* women = anchor(t, "女性");
  REQUIRE(women);
  CHECK((women->row == 1 && women->col == 5 && women->colspan == 2));
  CHECK(text_at(t, 2, 6) == "标准差");
  CHECK(text_at(t, 4, 7) == "8.7");
}

TEST_CASE("Line cells: 其中 heads the cells after it, beside the column they part",
          "[layouts][line-cell][header]") {
  // 人数 is parted into 男 and 女 under 其中 ("of which"). Counts alone fit
  // 人数 over 其中, 男 and 女 as well, but 其中 names no column of its own.
  SECTION("beside a plain column") {
    const auto src = source(line_cells({"表4 人员结构", "类别", "人数", "其中", "男", "女", "管理人员", "12", "7", "5",
                                        "技术人员", "30", "18", "12", "工勤人员", "8", "8", "0", "正文继续。"}));
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    CHECK(t.cols == 4);
    CHECK(t.header_rows == 2);
    const retab::cell* people = anchor(t, "人数");
    REQUIRE(people);
    CHECK((people->row == 0 && people->col == 1 && people->rowspan == 2 && people->colspan == 1));
    const retab::cell* of_which = anchor(t, "其中");
    REQUIRE(of_which);
    CHECK((of_which->row == 0 && of_which->col == 2 && of_which->colspan == 2));
    CHECK(text_at(t, 1, 2) == "男");
    CHECK(text_at(t, 1, 3) == "女");
    CHECK(text_at(t, 4, 3) == "0");
  }
  SECTION("beside a total") {
    const auto src = source(line_cells({"表6 办件情况", "单位", "合计", "其中：", "线上", "线下", "甲局", "40", "25",
                                        "15", "乙局", "22", "20", "2", "正文继续。"}));
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    CHECK(t.cols == 4);
    const retab::cell* total = anchor(t, "合计");
    REQUIRE(total);
    CHECK((total->col == 1 && total->rowspan == 2));
    const retab::cell* of_which = anchor(t, "其中：");
    REQUIRE(of_which);
    CHECK((of_which->col == 2 && of_which->colspan == 2));
  }
}

TEST_CASE("Line cells: a header cell named like a leaf is no group in the top row either",
          "[layouts][line-cell][header]") {
  // 系数 comes twice: once for the whole sample, spanning down, and once
  // under 城镇. Read as a group over 城镇 and 中部, its name would stand over
  // a leaf of the same name; the counts fit both.
  const auto src = source(line_cells({"表10 分样本回归", "变量", "系数", "城镇", "中部", "系数", "标准误", "样本量",
                                      "得分", "收入", "0.21", "0.20", "0.05", "801", "0.40", "年龄", "0.03", "0.02",
                                      "0.01", "799", "0.41", "教育", "0.12", "0.11", "0.03", "802", "0.39",
                                      "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 2);
  const retab::cell* whole = anchor(t, "系数");
  REQUIRE(whole);
  CHECK((whole->row == 0 && whole->col == 1 && whole->rowspan == 2 && whole->colspan == 1));
  const retab::cell* town = anchor(t, "城镇");
  REQUIRE(town);
  CHECK((town->col == 2 && town->colspan == 2));
  const retab::cell* middle = anchor(t, "中部");
  REQUIRE(middle);
  CHECK((middle->col == 4 && middle->colspan == 2));
  CHECK(text_at(t, 1, 2) == "系数");
  CHECK(text_at(t, 4, 5) == "0.39");
}

TEST_CASE("Line cells: a short lowest header row spans no column a cell above spans down through",
          "[layouts][line-cell]") {
  // A header that repeats its cells as no cut fits (a damaged page): 合计
  // spans down all three header rows in column 2, and the lowest row's one
  // cell spreads right only up to it. Before, it ran on under 合计 to the
  // table's edge, and the workbook held overlapping merges.
  const auto src = source(line_cells({"表1 在校人数", "指标", "合计", "指标", "人数", "合计", "在读", "人数", "小计", "指标",
                                      "东校区", "72", "8", "24", "75", "30", "西校区", "72", "8", "20", "68", "33",
                                      "南校区", "86", "9", "98", "58", "39", "以上为年末数。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.header_rows == 3);
  CHECK(retab::test::no_position_covered_twice(t));
  for (const retab::cell& x : t.cells)
    if (x.row == 2 && x.text == "指标") CHECK((x.col == 0 && x.colspan == 2));
  CHECK(text_at(t, 5, 5) == "39");
}

TEST_CASE("Line cells: the column that adds up the others places a total the text leaves open",
          "[layouts][line-cell][header]") {
  // 本年支出 合计 基本支出 项目支出 over three value columns reads alike as
  // 本年支出 over all three and as 本年支出 over the last two with 合计
  // spanning down after it. The numbers under it tell which column is the
  // total: the first here, so 合计 is the first cell under 本年支出.
  const auto report = [](std::vector<std::string_view> values) {
    std::vector<std::string_view> cells{"表2 支出决算表", "科目编码", "科目名称", "本年支出", "合计", "基本支出", "项目支出"};
    const std::vector<std::string_view> labels{"201", "一般公共服务支出", "20101", "人大事务", "2010101", "行政运行"};
    for (std::size_t r = 0; r < 3; ++r) {
      cells.push_back(labels[2 * r]);
      cells.push_back(labels[2 * r + 1]);
      cells.insert(cells.end(), values.begin() + static_cast<std::ptrdiff_t>(3 * r),
                   values.begin() + static_cast<std::ptrdiff_t>(3 * r + 3));
    }
    cells.push_back("以上数据为决算数。");
    return source(line_cells(cells));
  };
  const auto only_table = [](const auto& src) {
    auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    return std::move(tables[0]);
  };
  const auto first_src = report({"120.50", "100.25", "20.25", "80.00", "80.00", "", "40.25", "20.25", "20.00"});
  const retab::table first = only_table(first_src);
  CHECK(first.cols == 5);
  CHECK(first.header_rows == 2);
  const retab::cell* spending = anchor(first, "本年支出");
  REQUIRE(spending);
  CHECK((spending->col == 2 && spending->colspan == 3));
  CHECK(text_at(first, 1, 2) == "合计");
  CHECK(text_at(first, 1, 4) == "项目支出");
  CHECK(text_at(first, 4, 2) == "40.25");
  // Where the last column adds up the others, 合计 spans down after them.
  const auto last_src = report({"100.25", "20.25", "120.50", "80.00", "", "80.00", "20.25", "20.00", "40.25"});
  const retab::table last = only_table(last_src);
  const retab::cell* total = anchor(last, "合计");
  REQUIRE(total);
  CHECK((total->col == 4 && total->rowspan == 2));
  // Numbers that add up nowhere leave the reading the text gives alone.
  const auto neither_src = report({"31.20", "100.25", "20.25", "80.00", "7.50", "1.00", "40.25", "9.25", "2.00"});
  const retab::table neither = only_table(neither_src);
  const retab::cell* unsettled = anchor(neither, "合计");
  REQUIRE(unsettled);
  CHECK((unsettled->col == 4 && unsettled->rowspan == 2));
  // Nor do numbers that add up either way (every 基本支出 empty).
  const auto both_src = report({"80.00", "", "80.00", "20.25", "", "20.25", "7.00", "", "7.00"});
  const retab::table both = only_table(both_src);
  const retab::cell* either = anchor(both, "合计");
  REQUIRE(either);
  CHECK((either->col == 4 && either->rowspan == 2));
}
