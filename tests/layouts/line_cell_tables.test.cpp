// Line-per-cell rules, each on a small hand-made report. Cells are written as
// the block-oriented tools write them: every cell followed by a blank line,
// an empty cell adding one more.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <initializer_list>

using retab::test::anchor;
using retab::test::source;
using retab::test::text_at;

namespace {

std::string line_cells(std::initializer_list<std::string_view> cells) {
  std::string text;
  for (const std::string_view c : cells) {
    if (c.empty()) text += '\n';
    else text.append(c).append("\n\n");
  }
  return text;
}

}  // namespace

TEST_CASE("Line cells: when every row ends in an empty cell, so does every header row", "[layouts][line-cell]") {
  const auto src = source(line_cells({"表1 收入", "项目", "收入情况", "", "工资", "奖金", "补贴", "",
                                      "一月", "1", "2", "3", "", "二月", "4", "5", "6", "", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  const retab::cell* group = anchor(t, "收入情况");
  REQUIRE(group);
  CHECK((group->row == 0 && group->col == 1 && group->colspan == 3));
  CHECK(text_at(t, 1, 1) == "工资");
  CHECK(text_at(t, 1, 3) == "补贴");
  CHECK(text_at(t, 3, 3) == "6");
}

TEST_CASE("Line cells: a table's rows are as wide as its widest recurring row", "[layouts][line-cell]") {
  // Two rows of three values, then blocks whose rows have one value: those
  // values span the three value columns. The unit note is not a header cell.
  const auto src = source(line_cells({"二、办理情况", "(单位:件)", "第一项", "信息内容", "新增", "废止", "现行",
                                      "规章", "5", "1", "243", "规范性文件", "150", "", "308",
                                      "第二项", "信息内容", "处理决定数量", "行政许可", "3647",
                                      "行政处罚", "908", "行政强制", "254", "三、其他情况"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(anchor(t, "(单位:件)") == nullptr);
  const retab::cell* title = anchor(t, "第一项");
  REQUIRE(title);
  CHECK((title->row == 0 && title->colspan == 4));
  CHECK(text_at(t, 1, 3) == "现行");
  CHECK(text_at(t, 2, 3) == "243");
  CHECK(text_at(t, 3, 3) == "308");
  const retab::cell* permits = anchor(t, "3647");
  REQUIRE(permits);
  CHECK((permits->col == 1 && permits->colspan == 3));
}

TEST_CASE("Line cells: labels ending a table with empty values are its last row", "[layouts][line-cell]") {
  // 收费 heads nothing (nothing follows it): it is a row whose value is empty.
  const auto src = source(line_cells({"表2 事项", "第一项", "信息内容", "新增", "废止", "现行", "规章", "5", "1", "243",
                                      "规范性文件", "15", "2", "30", "第二项", "信息内容", "金额", "收费", "",
                                      "正文继续,这是一段较长的说明文字。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  const retab::cell* fee = anchor(t, "收费");
  const retab::cell* amount = anchor(t, "金额");
  REQUIRE((fee && amount));
  CHECK(fee->col == 0);
  CHECK(fee->row == amount->row + 1);
  CHECK(fee->row + 1 == t.rows);
}

TEST_CASE("Line cells: a first row whose values are all empty is a row, not header", "[layouts][line-cell]") {
  const auto src = source(line_cells({"表3 公开情况", "第一项", "信息内容", "新增", "废止", "现行", "规章", "", "", "",
                                      "规范性文件", "16", "16", "192", "条例", "3", "1", "40", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(text_at(t, 1, 0) == "信息内容");
  CHECK(text_at(t, 1, 3) == "现行");
  CHECK(text_at(t, 2, 0) == "规章");
  CHECK(text_at(t, 3, 3) == "192");
}

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

TEST_CASE("Line cells: a label before repeating row labels names a row group", "[layouts][line-cell]") {
  // 旧方法 and 新方法 each open a group of the rows 甲类, 乙类: they span a
  // label column of their own. The header with its two empty cells is one
  // cell per column.
  const auto src = source(line_cells({"表5 方法对比", "方法", "类别", "数量", "精度", "", "", "旧方法", "甲类",
                                      "34", "80.5", "87.6", "83.9", "乙类", "18", "73.2", "79.1", "76.0", "新方法",
                                      "甲类", "33", "84.3", "90.3", "87.2", "乙类", "19", "79.8", "77.6", "78.7",
                                      "从表5可以看出新方法的精度更高。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 0, 1) == "类别");
  CHECK(text_at(t, 0, 3) == "精度");
  const retab::cell* group = anchor(t, "新方法");
  REQUIRE(group);
  CHECK((group->col == 0 && group->rowspan == 2));
  CHECK(text_at(t, 4, 1) == "乙类");
  CHECK(text_at(t, 4, 5) == "78.7");
}

TEST_CASE("Line cells: the first group's label, written right after the header, names a row group",
          "[layouts][line-cell]") {
  // No empty cell ends the header, so 改进前 is written right after F值; it
  // comes before 正面 as 改进后 does, and is no sixth header cell.
  const auto src = source(line_cells({"表3 分组结果", "对比项", "情感倾向", "准确率", "召回率", "F值", "改进前", "正面",
                                      "80.5", "87.6", "83.9", "负面", "73.2", "79.1", "76.0", "改进后", "正面", "84.3",
                                      "90.3", "87.2", "负面", "79.8", "77.6", "78.7", "由表可见,改进后效果更好。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 1);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 0, 4) == "F值");
  const retab::cell* first = anchor(t, "改进前");
  REQUIRE(first);
  CHECK((first->row == 1 && first->col == 0 && first->rowspan == 2));
  CHECK(text_at(t, 2, 1) == "负面");
  CHECK(text_at(t, 4, 4) == "78.7");
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

TEST_CASE("Line cells: a row without a unit writes its placeholder in the unit column", "[layouts][line-cell]") {
  // Label, unit, value; section rows put a dash under the unit and the value.
  // A numbered label with a unit is one label column, not a deeper level.
  const auto src = source(line_cells({"附表 收支统计表", "指标", "单位", "合计", "一、收入", "—", "—", "(一)工资", "元",
                                      "300", "(二)奖金", "元", "40", "二、支出", "—", "—", "1.房租", "元", "120",
                                      "2.水电", "元", "30", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(text_at(t, 0, 1) == "单位");
  CHECK(text_at(t, 1, 1) == "—");
  CHECK(text_at(t, 1, 2) == "—");
  CHECK(text_at(t, 2, 1) == "元");
  CHECK(text_at(t, 2, 2) == "300");
  CHECK(text_at(t, 5, 0) == "1.房租");
  CHECK(text_at(t, 6, 2) == "30");
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

TEST_CASE("Line cells: a captioned table of words, folded into two column pairs, is read", "[layouts][line-cell]") {
  const auto src = source(line_cells({"表2 命令一览表", "命令", "含义", "命令", "含义", "ST", "启动设备", "SP*", "停止设备",
                                      "RS", "复位全部参数", "GT*", "读取当前时间", "LV", "读取电平", "SV*", "保存当前设置",
                                      "MD", "设置工作模式", "ID*", "读取设备编号", "TM", "设置时间", "BR*", "设置波特率",
                                      "注:带*的命令需要口令。",
                                      "这些命令通过串口发送,每条命令以回车结束,设备返回执行结果。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.caption == "表2 命令一览表");
  CHECK(t.cols == 4);
  CHECK(t.rows == 6);
  CHECK(text_at(t, 0, 2) == "命令");
  CHECK(text_at(t, 1, 0) == "ST");
  CHECK(text_at(t, 1, 3) == "停止设备");
  CHECK(text_at(t, 3, 3) == "保存当前设置");
  CHECK(text_at(t, 5, 3) == "设置波特率");
}

TEST_CASE("Line cells: short lines of words under a caption are no table without a clear width",
          "[layouts][line-cell]") {
  // A list of headings: nothing repeats, so no width is evidence of a grid.
  const auto src = source(line_cells({"表3 工作安排", "一、总体要求", "二、主要任务", "三、保障措施", "四、组织实施",
                                      "五、工作要求", "六、其他事项", "七、宣传引导", "八、督查考核", "九、经费保障",
                                      "十、信息报送", "十一、风险防控", "十二、附则",
                                      "以上安排由办公室负责解释,各单位应当认真落实并按时报送情况。"}));
  CHECK(retab::find_tables(src).empty());
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

TEST_CASE("Line cells: the first row's labels at two outline levels are two label columns",
          "[layouts][line-cell]") {
  // 一、咨询 spans down over its sub-rows (一) and (二); the first row
  // carries both labels, which are row labels, not header cells.
  const auto src = source(line_cells({"表4 办理情况", "项目", "甲", "乙", "一、咨询", "(一)当面", "1", "2", "(二)电话",
                                      "3", "4", "二、投诉", "5", "6", "上表为本年度的办理情况，单位为件。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 1);
  const retab::cell* consult = anchor(t, "一、咨询");
  REQUIRE(consult);
  CHECK((consult->row == 1 && consult->col == 0 && consult->rowspan == 2));
  CHECK(text_at(t, 1, 1) == "(一)当面");
  CHECK(text_at(t, 1, 3) == "2");
  CHECK(text_at(t, 3, 0) == "二、投诉");
  CHECK(text_at(t, 3, 3) == "6");
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

TEST_CASE("Line cells: tables of words under an empty corner, back to back, each as wide as its columns are alike",
          "[layouts][line-cell][words]") {
  // The label before each corner spans down beside the rows. The second table
  // has no caption; the line after its last whole row is the third's caption.
  const auto src = source(line_cells(
      {"物种分布", "春季", "", "北方地区", "南方地区", "留鸟种类", "留鸟:麻雀与喜鹊", "留鸟:白头鹎与鹊鸲", "候鸟种类",
       "候鸟:大雁归来", "候鸟:燕子筑巢", "秋季", "", "北方地区", "南方地区", "留鸟种类", "留鸟:麻雀成群",
       "留鸟:白头鹎鸣叫", "候鸟种类", "候鸟:大雁南飞", "候鸟:燕子离去", "冬季对比", "冬季", "", "北方地区",
       "南方地区", "留鸟种类", "留鸟:麻雀觅食", "留鸟:鹊鸲越冬", "候鸟种类", "候鸟:天鹅到来", "候鸟:鸬鹚到来"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 3);
  for (const retab::table& t : tables) {
    CHECK(t.cols == 4);
    CHECK(t.rows == 3);
    CHECK(t.header_rows == 1);
    CHECK(text_at(t, 0, 1).empty());
    CHECK(text_at(t, 0, 3) == "南方地区");
    CHECK(text_at(t, 2, 1) == "候鸟种类");
    const retab::cell& season = *std::find_if(t.cells.begin(), t.cells.end(), [](const retab::cell& c) {
      return c.row == 0 && c.col == 0;
    });
    CHECK(season.rowspan == 3);
  }
  CHECK(tables[0].caption == "物种分布");
  CHECK(tables[1].caption.empty());
  CHECK(text_at(tables[1], 0, 0) == "秋季");
  CHECK(text_at(tables[1], 2, 3) == "候鸟:燕子离去");
  CHECK(tables[2].caption == "冬季对比");
}

TEST_CASE("Line cells: an empty cell after a caption opens a table of words as its corner",
          "[layouts][line-cell][words]") {
  const auto src = source(line_cells({"表3 城市气候：", "", "一月", "七月", "北京", "寒冷干燥", "炎热多雨", "广州",
                                      "温和少雨", "炎热潮湿", "上海", "阴冷少雨", "炎热多雨"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.caption == "表3 城市气候：");
  CHECK(t.cols == 3);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 0, 0).empty());
  CHECK(text_at(t, 0, 2) == "七月");
  CHECK(text_at(t, 3, 0) == "上海");
  CHECK(text_at(t, 3, 2) == "炎热多雨");
}

TEST_CASE("Line cells: unrelated short lines around an empty line are no table of words",
          "[layouts][line-cell][words]") {
  const auto src = source(line_cells({"会议纪要", "出席", "", "讨论事项", "预算调整", "人员安排", "下次开会时间",
                                      "散会", "附言", "请勿外传"}));
  CHECK(retab::find_tables(src).empty());
}

TEST_CASE("Line cells: an empty cell inside a list of words is no corner when it leaves cells in no table",
          "[layouts][line-cell][words]") {
  // The empty description of RS looks like a corner under RS; read that way
  // the cells before RS would belong to no table, so no corner is read.
  const auto src = source(line_cells({"命令说明", "命令", "含义", "ST", "启动设备", "SP", "停止设备", "RS", "",
                                      "GT", "读取当前时间", "LV", "读取电平", "SV", "保存当前设置"}));
  const auto tables = retab::find_tables(src);
  CHECK(std::none_of(tables.begin(), tables.end(), [](const retab::table& t) {
    return std::any_of(t.evidence.begin(), t.evidence.end(),
                       [](const std::string& e) { return e.find("empty corner") != std::string::npos; });
  }));
}

TEST_CASE("Line cells: a cell of two fused numbers is a value of its row, not the next row's label",
          "[layouts][line-cell][fused]") {
  const auto src = source(line_cells({"表4 两种方法的得分", "方法", "甲项", "乙项", "丙项", "方法一", "71.2", "65.3",
                                      "66.0 70.1", "方法二", "80.4", "72.9 75.0", "79.5", "方法三", "62.8", "60.1",
                                      "61.7", "两种方法的差别在乙项最大。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 1, 3) == "66.0 70.1");
  CHECK(text_at(t, 2, 0) == "方法二");
  CHECK(text_at(t, 2, 2) == "72.9 75.0");
  CHECK(text_at(t, 3, 0) == "方法三");
}

TEST_CASE("Line cells: a padding column's empty cell after the header is the header's, not a value",
          "[layouts][line-cell][padding]") {
  // A page carried an empty column after the table: the one row of values
  // ends in an empty cell, and the header's lowest row has one there too,
  // right before the row's own empty first value.
  const auto src = source(line_cells({"表3 季度产量", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "",
                                      "", "5", "7", "9", "", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 2);
  const retab::cell* first_half = anchor(t, "上半年");
  REQUIRE(first_half);
  CHECK((first_half->row == 0 && first_half->col == 0 && first_half->colspan == 2));
  CHECK(text_at(t, 1, 3) == "四季度");
  CHECK(text_at(t, 2, 0).empty());
  CHECK(text_at(t, 2, 1) == "5");
  CHECK(text_at(t, 2, 3) == "9");
}

TEST_CASE("Line cells: an empty last column with no empty cell after the header is the table's own",
          "[layouts][line-cell][padding]") {
  const auto src = source(line_cells({"表3 季度产量", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度",
                                      "5", "7", "9", "", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(text_at(t, 1, 3) == "四季度");
  CHECK(text_at(t, 2, 0) == "5");
  CHECK(text_at(t, 2, 2) == "9");
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

TEST_CASE("Line cells: one run of values with no label under a header is as many rows as the header fits",
          "[layouts][line-cell][rows]") {
  // Every column holds numbers, so no label separates the rows; two rows are
  // too few for the columns to agree clearly, and the header's four cells
  // over eight values say two rows of four.
  const auto src = source(line_cells({"表2 测量误差", "角度", "高度", "半径", "面积", "130", "0.45%", "0.04%", "2.70%",
                                      "150", "0.29%", "0.08%", "3.75%",
                                      "以上结果在更换估计方法后依然稳健,说明结论具有较好的可靠性。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 3);
  CHECK(text_at(t, 0, 3) == "面积");
  CHECK(text_at(t, 1, 3) == "2.70%");
  CHECK(text_at(t, 2, 0) == "150");
}

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

TEST_CASE("Line cells: rows that all carry the same two labels have two label columns",
          "[layouts][line-cell][words]") {
  // 甲站 达标 12.5 3%: the second label of every row is no section row over
  // the next one; a section heads several rows, not each one.
  // Read as a section, 甲站 would join the header, which then cuts into a
  // group over the three values as well as it cuts into one row.
  const auto src = source(line_cells({"各站点监测结果如下表所示。", "表4 站点达标情况", "站点", "结论", "浓度", "超标率", "限值",
                                      "甲站", "达标", "12.5", "3%", "20", "乙站", "超标", "18.1", "9%", "15", "丙站",
                                      "达标", "10.2", "1%", "20", "注意后续复测安排,不得延误。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.rows == 4);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 1) == "结论");
  CHECK(text_at(t, 0, 4) == "限值");
  CHECK(text_at(t, 1, 0) == "甲站");
  CHECK(text_at(t, 1, 1) == "达标");
  CHECK(text_at(t, 3, 4) == "20");
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

TEST_CASE("Line cells: negatives in parentheses are values, not notes continuing the label",
          "[layouts][line-cell]") {
  // A line in parentheses after a label usually continues it (a <br> split
  // the cell); (300.2) is an accounting negative, a value of the row.
  const auto src = source(line_cells({"表1 收支情况", "项目", "2022年", "2023年", "收入", "1,200.5", "1,350.0", "支出",
                                      "(300.2)", "(280.0)", "结余", "900.3", "1,070.0", "以上为年度收支情况。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(text_at(t, 2, 0) == "支出");
  CHECK(text_at(t, 2, 1) == "(300.2)");
  CHECK(text_at(t, 2, 2) == "(280.0)");
  CHECK(text_at(t, 3, 2) == "1,070.0");
}

TEST_CASE("Line cells: a short note under the table is text, not words ending its last row",
          "[layouts][line-cell]") {
  // Words after the last number may end the last row; a note (Note: …,
  // 注：…) never does, however short, so the rows keep their labels.
  const auto src = source(line_cells({"Table 2. Regression results", "Variable", "Model 1", "Model 2", "Age", "0.12**",
                                      "0.10*", "Income", "-0.05", "-0.04", "Constant", "1.20", "1.15",
                                      "Note: ** p<0.01, * p<0.05."}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.rows == 4);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 1, 0) == "Age");
  CHECK(text_at(t, 3, 0) == "Constant");
  CHECK(text_at(t, 3, 2) == "1.15");
}

TEST_CASE("Line cells: a label numbered (一) after the header is a section row when a later one is numbered alike",
          "[layouts][line-cell][header]") {
  // (二)企业 further down numbers the sections; a header numbering its own
  // cells (1.收入, 2.支出) has no such label after it and keeps its last cell.
  const auto sections = source(line_cells({"表3 各类单位情况", "单位类型", "数量", "比例", "(一)机关团体", "党政机关",
                                           "12", "30%", "社会团体", "8", "20%", "(二)企业", "国有企业", "15", "37.5%",
                                           "以上数据截至年底，特此说明。"}));
  const auto with_sections = retab::find_tables(sections);
  REQUIRE(with_sections.size() == 1);
  CHECK(with_sections[0].header_rows == 1);
  CHECK(text_at(with_sections[0], 0, 2) == "比例");
  CHECK(text_at(with_sections[0], 1, 0) == "(一)机关团体");

  const auto numbered_header = source(line_cells({"表4 收支", "项目", "1.收入", "2.支出", "甲", "5", "3", "乙", "6",
                                                  "4", "正文继续，特此说明。"}));
  const auto header_kept = retab::find_tables(numbered_header);
  REQUIRE(header_kept.size() == 1);
  CHECK(header_kept[0].header_rows == 1);
  CHECK(text_at(header_kept[0], 0, 2) == "2.支出");
  CHECK(text_at(header_kept[0], 2, 2) == "4");
}

TEST_CASE("Line cells: a group label spans down its own label column beside the rows under it",
          "[layouts][line-cell]") {
  // 沿海 opens the rows 宁波 and 温州, 内陆 the rows 金华 and 衢州; the
  // header has a cell for each of the four columns once 沿海 is a row label.
  const auto src = source(line_cells({"表3 客流量", "片区", "城市", "到达", "出发", "沿海", "宁波", "12", "13",
                                      "温州", "8", "9", "内陆", "金华", "5", "6", "衢州", "3", "2",
                                      "以上为各城市客流量。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 1);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 0, 1) == "城市");
  const retab::cell* coast = anchor(t, "沿海");
  REQUIRE(coast);
  CHECK((coast->row == 1 && coast->col == 0 && coast->rowspan == 2));
  CHECK(text_at(t, 2, 1) == "温州");
  CHECK(text_at(t, 2, 3) == "9");
  const retab::cell* inland = anchor(t, "内陆");
  REQUIRE(inland);
  CHECK((inland->row == 3 && inland->rowspan == 2));
  CHECK(text_at(t, 4, 1) == "衢州");
}

TEST_CASE("Line cells: a label column spanning down leaves text columns beside it in place",
          "[layouts][line-cell]") {
  // Three label columns (类别, 指标, 口径) over two values; 财力 spans the
  // rows 税收 and 非税, whose 口径 texts stay in the third column.
  const auto src = source(line_cells({"表4 指标说明", "类别", "指标", "口径", "本年", "上年", "规模", "人口",
                                      "年末常住人口", "820", "811", "财力", "税收", "一般公共预算口径", "96.5",
                                      "90.2", "非税", "扣除专项收入", "12.1", "13.0", "以上为主要指标。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.label_cols == 3);
  const retab::cell* revenue = anchor(t, "财力");
  REQUIRE(revenue);
  CHECK((revenue->row == 2 && revenue->col == 0 && revenue->rowspan == 2));
  CHECK(text_at(t, 3, 1) == "非税");
  CHECK(text_at(t, 3, 2) == "扣除专项收入");
  CHECK(text_at(t, 3, 4) == "13.0");
}

TEST_CASE("Line cells: rows under a spanning group label are whole rows, not short ones",
          "[layouts][line-cell]") {
  // 温州 and 舟山群岛 carry one label fewer than 宁波, whose group label
  // 沿海片区 covers theirs. Counted as short rows, half the body looked
  // short, and a plain grid 7 wide, each row's label moved to the end of the
  // row above and the header cut in three rows, agreed well enough to win.
  const auto src = source(line_cells({"表8 分组统计", "片区", "城市", "口径", "本年", "上年", "增量", "增幅", "同比",
                                      "沿海片区", "宁波", "常住人口,含流动人口", "130", "12", "", "97", "130", "温州",
                                      "年末户籍登记人口数", "256", "25", "1024", "256", "25", "舟山群岛",
                                      "全年平均常住人口数", "3", "", "130", "8", "256", "内陆片区", "金华市",
                                      "年末户籍人口总数量", "1024", "1", "2", "256", "",
                                      "从上表可以看出,各片区人口总体平稳,部分城市较上年有所增长。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 1);
  CHECK(t.cols == 8);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 0, 7) == "同比");
  const retab::cell* coast = anchor(t, "沿海片区");
  REQUIRE(coast);
  CHECK((coast->row == 1 && coast->col == 0 && coast->rowspan == 3));
  CHECK(text_at(t, 2, 1) == "温州");
  CHECK(text_at(t, 2, 2) == "年末户籍登记人口数");
  CHECK(text_at(t, 3, 4) == "");
  CHECK(text_at(t, 3, 7) == "256");
  CHECK(text_at(t, 4, 0) == "内陆片区");
  CHECK(text_at(t, 4, 6) == "256");
}

TEST_CASE("Line cells: a header one cell short of the spanning reading keeps one label column",
          "[layouts][line-cell]") {
  // 项目 | 本年 | 上年 heads one label column; read with 收入 as a spanning
  // label column the header would be a cell short, so 收入 and 支出 stay
  // out of the label columns.
  const auto src = source(line_cells({"表5 收支", "项目", "本年", "上年", "收入", "工资", "120", "115", "奖金",
                                      "40", "32", "支出", "房租", "60", "60", "以上为收支情况。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].label_cols == 1);
}

TEST_CASE("Line cells: a section heading after the table starts the text, not words ending the last row",
          "[layouts][line-cell]") {
  // 三、下一步打算 after the last number is the report's next section. Taken
  // for words that may end the rows, it would hide the group labels that
  // span down (沿海, 内陆).
  const auto src = source(line_cells({"表3 客流量", "片区", "城市", "到达", "出发", "沿海", "宁波", "12", "13",
                                      "温州", "8", "9", "内陆", "金华", "5", "6", "衢州", "3", "2", "三、下一步打算",
                                      "继续做好客运组织工作。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.label_cols == 2);
  CHECK(t.rows == 5);
  const retab::cell* inland = anchor(t, "内陆");
  REQUIRE(inland);
  CHECK((inland->row == 3 && inland->rowspan == 2));
}

TEST_CASE("Line cells: a label after the header that reads like a later section row is one too",
          "[layouts][line-cell]") {
  // 城镇地区 and 农村地区 are section rows (项目 | 本年 | 上年 has a cell for
  // each column without them); the first stands between the header and the
  // first row, where it would otherwise join the header.
  const auto src = source(line_cells({"表6 参保人数", "项目", "本年", "上年", "城镇地区", "职工", "120", "115",
                                      "居民", "340", "332", "农村地区", "居民", "560", "571", "以上为参保人数。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 1);
  CHECK(t.cols == 3);
  CHECK(text_at(t, 0, 2) == "上年");
  const retab::cell* town = anchor(t, "城镇地区");
  REQUIRE(town);
  CHECK((town->row == 1 && town->col == 0 && town->colspan == 3));
  CHECK(text_at(t, 2, 0) == "职工");
  CHECK(text_at(t, 2, 2) == "115");
}

TEST_CASE("Line cells: section rows over rows of two labels are rows of their own", "[layouts][line-cell]") {
  // Every row carries a label and its 口径 before the values; 城区 and 郊区
  // come in front of a row as one label more. The header has a cell for each
  // of the four columns without them, so they are section rows, not a label
  // column nor header cells.
  const auto src = source(line_cells({"表7 主要指标", "指标", "口径", "本年", "上年", "城区", "人口", "常住人口",
                                      "820", "811", "财政收入", "一般公共预算", "96.5", "90.2", "郊区", "人口",
                                      "户籍人口", "300", "290", "财政收入", "含基金", "40.1", "38.0",
                                      "以上为主要指标。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 1);
  CHECK(t.cols == 4);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 0, 3) == "上年");
  const retab::cell* town = anchor(t, "城区");
  REQUIRE(town);
  CHECK((town->row == 1 && town->col == 0 && town->colspan == 4));
  CHECK(text_at(t, 2, 1) == "常住人口");
  CHECK(text_at(t, 3, 0) == "财政收入");
  CHECK(text_at(t, 3, 3) == "90.2");
  const retab::cell* suburb = anchor(t, "郊区");
  REQUIRE(suburb);
  CHECK((suburb->row == 4 && suburb->colspan == 4));
  CHECK(text_at(t, 6, 1) == "含基金");
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

TEST_CASE("Line cells: a coefficient's row and the bracketed row under it are two rows",
          "[layouts][line-cell]") {
  // Standard errors stand in a row of their own under the coefficients,
  // with an empty label; line cells run the two rows into one run of values
  // twice as long as the rows below. 年龄 enters only in the second model.
  const auto src = source(line_cells({"表2 回归结果", "变量", "(1)", "(2)", "收入", "0.12***", "0.10**", "", "(0.03)",
                                      "(0.04)", "年龄", "", "0.02", "", "", "(0.01)", "控制变量", "是", "是", "观测值",
                                      "500", "480", "R²", "0.21", "0.25", "注:括号内为标准误。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.rows == 8);
  CHECK(text_at(t, 1, 2) == "0.10**");
  CHECK(text_at(t, 2, 0).empty());
  CHECK(text_at(t, 2, 1) == "(0.03)");
  CHECK(text_at(t, 3, 0) == "年龄");
  CHECK(text_at(t, 3, 2) == "0.02");
  CHECK(text_at(t, 4, 1).empty());
  CHECK(text_at(t, 4, 2) == "(0.01)");
  CHECK(text_at(t, 5, 0) == "控制变量");
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

TEST_CASE("Line cells: one row under a header, split by a word among its values, is one row",
          "[layouts][line-cell][words]") {
  // 暂缺 opens a second "row" of three after a row of two. The header's
  // repeated block (合格 不合格 合计 under each school) fits the six values
  // as one row, so the word is one of them.
  const auto src = source(line_cells({"表5 两类学校体检结果", "城区学校", "乡镇学校", "合格", "不合格", "合计", "合格",
                                      "不合格", "合计", "120", "15", "暂缺", "96", "11", "107",
                                      "乡镇学校的合格率略低。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.rows == 3);
  CHECK(text_at(t, 0, 3) == "乡镇学校");
  CHECK(text_at(t, 1, 5) == "合计");
  CHECK(text_at(t, 2, 0) == "120");
  CHECK(text_at(t, 2, 2) == "暂缺");
  CHECK(text_at(t, 2, 5) == "107");
}

TEST_CASE("Line cells: two rows of unlike length stay two rows when the header does not fit them as one",
          "[layouts][line-cell]") {
  // 乙县's row is short (a value spanning the columns), but the header's
  // four cells name no six columns: 乙县 labels its row.
  const auto src = source(line_cells({"表6 两县产量", "县名", "小麦", "玉米", "大豆", "甲县", "12", "30", "8", "乙县",
                                      "50", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(text_at(t, 2, 0) == "乙县");
  CHECK(text_at(t, 2, 1) == "50");
}

TEST_CASE("Line cells: rows of one length under short labels are not paired into longer rows",
          "[layouts][line-cell]") {
  // 对照组, t and P are short enough to be words among values, but every row
  // is as long as the one before it: no row was split.
  const auto src = source(line_cells({"表4 两组比较", "组别", "例数", "体重", "血压", "干预组", "74", "61.2", "128",
                                      "对照组", "71", "63.5", "131", "t", "", "2.11", "1.87", "P", "", "0.04",
                                      "0.06", "两组基线可比。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 2, 0) == "对照组");
  CHECK(text_at(t, 4, 3) == "0.06");
}

TEST_CASE("Line cells: a short row and a short one after it that make no whole row stay two rows",
          "[layouts][line-cell]") {
  // 丙县 has one value, 其他 one: with the word they make three cells, not
  // the four values of a row, so 其他 labels a row of its own.
  const auto src = source(line_cells({"表5 各县指标", "县名", "一季度", "二季度", "三季度", "四季度", "甲县", "1", "2",
                                      "3", "4", "乙县", "5", "6", "7", "8", "丙县", "9", "其他", "3", "丁县", "4",
                                      "5", "6", "7", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.rows == 6);
  CHECK(text_at(t, 4, 0) == "其他");
  CHECK(text_at(t, 4, 1) == "3");
  CHECK(text_at(t, 5, 0) == "丁县");
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

TEST_CASE("Line cells: an empty column between the values keeps its place in every row",
          "[layouts][line-cell]") {
  // 备注 holds nothing in any row, so each row writes an empty cell between
  // its numbers. Cut two wide, the rows would agree as well (a label column
  // whose every other cell is empty, over a column of numbers), but the
  // labels-then-values rows are whole and their columns each of one kind.
  const auto src = source(line_cells({"表1 各县情况", "县名", "人口", "备注", "面积", "甲县", "12", "", "30", "乙县",
                                      "15", "", "41", "丙县", "9", "", "22", "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 2) == "备注");
  CHECK(text_at(t, 1, 0) == "甲县");
  CHECK(text_at(t, 1, 2) == "");
  CHECK(text_at(t, 1, 3) == "30");
  CHECK(text_at(t, 3, 0) == "丙县");
  CHECK(text_at(t, 3, 3) == "22");
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

TEST_CASE("Line cells: a word opening the one row under a header is its first value when the header fits so",
          "[layouts][line-cell][words]") {
  // 未评 (not yet rated) stands right after the header cells, where the last
  // header cell would. The header's repeated block (评分 批次 合格 under each
  // round) fits nine columns, the word among them, and not the eight values
  // after it: with the word, the cells end in no block.
  const auto src = source(line_cells({"表7 检测情况", "本地检测", "外地检测", "评分", "批次", "合格", "首检", "复检",
                                      "评分", "批次", "合格", "评分", "批次", "合格", "未评", "12", "11", "90", "7",
                                      "7", "85", "1", "1", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 9);
  CHECK(t.header_rows == 3);
  const retab::cell* local = anchor(t, "本地检测");
  REQUIRE(local);
  CHECK((local->col == 0 && local->colspan == 3 && local->rowspan == 1));
  const retab::cell* first = anchor(t, "首检");
  REQUIRE(first);
  CHECK((first->col == 3 && first->colspan == 3));
  CHECK(text_at(t, 3, 0) == "未评");
  CHECK(text_at(t, 3, 1) == "12");
  CHECK(text_at(t, 3, 8) == "1");
}

TEST_CASE("Line cells: a word closing the one row under a header is its last value when the header fits so",
          "[layouts][line-cell][words]") {
  // 未评 follows the last number, then prose: it reads as text after the
  // table. The header's middle row opens with the lowest row's names (the
  // same measures for the whole, spanning down), which eight columns leave
  // no room for; nine, the word among them, fit.
  const auto src = source(line_cells({"表8 检测情况", "本地检测", "外地检测", "批次", "合格", "评分", "首检", "复检",
                                      "批次", "合格", "评分", "批次", "合格", "评分", "12", "11", "90", "7", "7",
                                      "85", "1", "1", "未评", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 9);
  CHECK(t.header_rows == 3);
  const retab::cell* local = anchor(t, "本地检测");
  REQUIRE(local);
  CHECK((local->col == 0 && local->colspan == 3));
  const retab::cell* repeat = anchor(t, "复检");
  REQUIRE(repeat);
  CHECK((repeat->col == 6 && repeat->colspan == 3));
  CHECK(text_at(t, 3, 0) == "12");
  CHECK(text_at(t, 3, 8) == "未评");
}

TEST_CASE("Line cells: one row split by a word is one row under a header whose rows end in an empty cell",
          "[layouts][line-cell][words]") {
  // The empty cell after 乡镇学校 ends the header's top row, so the header's
  // cells come in two runs; counted together, its repeated block fits the
  // six values as one row.
  const auto src = source(line_cells({"表9 两类学校体检结果", "城区学校", "乡镇学校", "", "合格", "不合格", "合计",
                                      "合格", "不合格", "合计", "120", "15", "暂缺", "96", "11", "107",
                                      "乡镇学校的合格率略低。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.rows == 3);
  const retab::cell* town = anchor(t, "乡镇学校");
  REQUIRE(town);
  CHECK((town->col == 3 && town->colspan == 3));
  CHECK(text_at(t, 2, 0) == "120");
  CHECK(text_at(t, 2, 2) == "暂缺");
  CHECK(text_at(t, 2, 5) == "107");
}

TEST_CASE("Line cells: numbers typed in fullwidth forms are values, and rows are cut at them",
          "[layouts][line-cell]") {
  // Typed on a Chinese keyboard: the digits are U+FF10..U+FF19, the point
  // and the comma fullwidth too. Read as labels, every row would be one
  // label over a run of "labels" with no value.
  const auto src = source(line_cells({"表12 各县产量", "县名", "小麦", "玉米", "合计", "甲县", "１２３", "４５",
                                      "１６８", "乙县", "１，２３４", "５６７", "１，８０１", "丙县", "１２．５",
                                      "—", "１２．５", "注:丙县玉米未统计。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 1, 0) == "甲县");
  CHECK(text_at(t, 1, 1) == "１２３");
  CHECK(text_at(t, 2, 3) == "１，８０１");
  CHECK(text_at(t, 3, 2) == "—");
}

TEST_CASE("Line cells: a table of means with their standard deviations in brackets is found",
          "[layouts][line-cell]") {
  // No cell holds a plain number: every value is a mean and its standard
  // deviation, or a tick.
  const auto src = source(line_cells({"两组基线资料比较见表2。", "表2 两组患者基线特征比较", "指标", "观察组", "对照组",
                                      "年龄(岁)", "45.2(8.1)", "46.0(7.9)", "体重指数", "23.1(2.4)", "22.8(2.6)",
                                      "病程(月)", "12.5(3.2)", "13.1(3.6)", "高血压", "√", "×",
                                      "两组基线资料差异无统计学意义,具有可比性。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.caption == "表2 两组患者基线特征比较");
  CHECK(t.cols == 3);
  CHECK(t.rows == 5);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 1, 1) == "45.2(8.1)");
  CHECK(text_at(t, 3, 2) == "13.1(3.6)");
  CHECK(text_at(t, 4, 1) == "√");
}

TEST_CASE("Line cells: a line closing the bracket the label before it left open continues that label",
          "[layouts][line-cell]") {
  // A <br> inside 网络申请(含电子邮件) and 用时(工作日) split each into two
  // lines that look like two cells.
  const auto src = source(line_cells({"表3 各类申请情况", "项目", "件数", "用时(工作", "日)", "当面申请", "12", "1.5",
                                      "网络申请(含", "电子邮件)", "30", "2.5", "信函申请(平信", "挂号信", "4", "0.5",
                                      "以上为申请情况统计,下同。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(text_at(t, 0, 2) == "用时(工作 日)");
  CHECK(text_at(t, 2, 0) == "网络申请(含 电子邮件)");
  CHECK(text_at(t, 2, 2) == "2.5");
  // 挂号信 closes no bracket: two labels, not one.
  CHECK(anchor(t, "挂号信") != nullptr);
}

TEST_CASE("Line cells: a row of units in brackets stays a row of cells", "[layouts][line-cell]") {
  // A note in brackets continues the label a <br> split it from, but not a
  // note in brackets: (亿元) then (%) are the units of two columns.
  const auto src = source(line_cells({"表2 主要指标", "指标", "绝对数", "比上年增长", "", "（亿元）", "（%）",
                                      "地区生产总值", "1234.5", "5.2", "第一产业", "123.4", "3.1", "第二产业",
                                      "456.7", "6.0", "第三产业", "654.4", "5.0"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.header_rows == 2);
  CHECK(text_at(t, 1, 1) == "（亿元）");
  CHECK(text_at(t, 1, 2) == "（%）");
  CHECK(text_at(t, 2, 0) == "地区生产总值");
  CHECK(text_at(t, 5, 2) == "5.0");
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

TEST_CASE("Line cells: a row of empty values does not stop group labels spanning down", "[layouts][line-cell]") {
  // 南区 opens a group whose first row, 自来水 with its 口径, has no values
  // (two empty cells); the header has a cell for each of the five columns.
  const auto src = source(line_cells({"表9 用水分组", "片区", "类别", "口径", "本年", "上年", "北区", "居民",
                                      "按户计量的用水总量", "812", "790", "工业", "按企业计量的用水量", "455",
                                      "430", "南区", "自来水", "按管网计量的供水量", "", "", "地下水",
                                      "按取水许可计量的水量", "96", "101", "以上为分组用水情况。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 2) == "口径");
  const retab::cell* south = anchor(t, "南区");
  REQUIRE(south);
  CHECK((south->row == 3 && south->col == 0 && south->rowspan == 2));
  CHECK(text_at(t, 3, 1) == "自来水");
  CHECK(text_at(t, 3, 3) == "");
  CHECK(text_at(t, 4, 1) == "地下水");
  CHECK(text_at(t, 4, 4) == "101");
}

TEST_CASE("Line cells: a row of empty values under a group label stays in the group's columns",
          "[layouts][line-cell]") {
  // 河口 has no values (two empty cells) and one label fewer than 上游 and
  // 下游, which open their groups: it sits under 上游, not in its column.
  const auto src = source(line_cells({"表10 各段水质", "河段", "站点", "溶解氧", "氨氮", "上游", "甲站", "7.2", "0.31",
                                      "乙站", "6.8", "0.42", "河口", "", "", "下游", "丙站", "5.9", "0.66",
                                      "以上为各段水质监测结果。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 3, 0) == "");
  CHECK(text_at(t, 3, 1) == "河口");
  CHECK(text_at(t, 4, 0) == "下游");
  CHECK(text_at(t, 4, 3) == "0.66");
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

TEST_CASE("Line cells: a table in traditional characters reads as in simplified ones", "[layouts][line-cell]") {
  // 單位：人 is a unit note above the header, not a header cell, and 合計
  // is a total spanning down beside 人口 over 男 and 女.
  const auto src = source(line_cells({"表2 各區人口", "單位：人", "地區", "人口", "合計", "男", "女", "東區", "12", "13",
                                      "25", "西區", "15", "11", "26", "註：資料截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 0, 0) == "地區");
  const retab::cell* total = anchor(t, "合計");
  REQUIRE(total);
  CHECK((total->col == 3 && total->rowspan == 2));
  CHECK(text_at(t, 1, 1) == "男");
  CHECK(text_at(t, 3, 3) == "26");
}
