// Where line-cell rows are cut: fused numbers, bracketed rows, words that
// split a row, and the one-width readings of runs without labels. Each rule
// on a small hand-made report.
#include "line_cells_text.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using retab::test::anchor;
using retab::test::line_cells;
using retab::test::source;
using retab::test::text_at;

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

TEST_CASE("Line cells: row numbers in the first column open their rows", "[layouts][line-cell][rows]") {
  // 序号 counts the rows 1, 2, 3; each number is written after the row
  // before's last value and before its row's label, so it reads as a value
  // ending that row unless it is known for a row number. The total row has
  // no number: its label spans the number and label columns.
  const auto src = source(line_cells({"表4 各部门办理情况", "序号", "部门", "申请数", "办结数", "1", "市教育局", "12", "12",
                                      "2", "市民政局", "8", "7", "3", "市财政局", "5", "5", "合计", "25", "24",
                                      "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(t.header_rows == 1);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 0, 3) == "办结数");
  CHECK(text_at(t, 1, 0) == "1");
  CHECK(text_at(t, 1, 1) == "市教育局");
  CHECK(text_at(t, 3, 0) == "3");
  CHECK(text_at(t, 3, 3) == "5");
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 4 && total->colspan == 2));
  CHECK(text_at(t, 4, 2) == "25");
}

TEST_CASE("Line cells: row numbers start again under each section row", "[layouts][line-cell][rows]") {
  // Two rows under each section: neither run of numbers tells a numbering
  // alone, the two together do.
  const auto src = source(line_cells({"表6 项目情况", "序号", "项目", "投资额", "进度", "一、交通类", "1", "东环路", "1200",
                                      "85%", "2", "西环路", "800", "60%", "二、民生类", "1", "第一中学", "300", "100%",
                                      "2", "人民医院", "900", "75%", "以上项目均按计划推进。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 7);
  CHECK(t.header_rows == 1);
  const retab::cell* section = anchor(t, "二、民生类");
  REQUIRE(section);
  CHECK((section->row == 4 && section->colspan == 4));
  CHECK(text_at(t, 2, 0) == "1");
  CHECK(text_at(t, 3, 1) == "西环路");
  CHECK(text_at(t, 5, 0) == "1");
  CHECK(text_at(t, 5, 1) == "第一中学");
  CHECK(text_at(t, 6, 3) == "75%");
}

TEST_CASE("Line cells: a rank counting up at the rows' end stays their last value", "[layouts][line-cell][rows]") {
  // 名次 1, 2, 3 each end a row and come before the next row's label, as
  // row numbers do; but the first comes after a value, not after the header.
  const auto src = source(line_cells({"表3 各单位排名", "单位", "申请数", "名次", "市教育局", "12", "1", "市民政局", "8",
                                      "2", "市财政局", "5", "3", "以上为排名情况。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.rows == 4);
  CHECK(t.label_cols == 1);
  CHECK(text_at(t, 1, 0) == "市教育局");
  CHECK(text_at(t, 1, 2) == "1");
  CHECK(text_at(t, 3, 2) == "3");
}

TEST_CASE("Line cells: row numbers padded with a zero (01, 02, 03) open their rows too", "[layouts][line-cell][rows]") {
  const auto src = source(line_cells({"表4 各部门办理情况", "序号", "部门", "申请数", "办结数", "01", "市教育局", "12", "12",
                                      "02", "市民政局", "8", "7", "03", "市财政局", "5", "5", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 1, 0) == "01");
  CHECK(text_at(t, 2, 1) == "市民政局");
  CHECK(text_at(t, 3, 3) == "5");
}

TEST_CASE("Line cells: a remark in a column empty in other rows ends its row", "[layouts][line-cell][rows]") {
  // 备注 is empty (a blank line) in most rows; where a row has a remark it
  // stands between the row's last value and the next row's label, like a
  // label, and would open a row of its own.
  const auto src = source(line_cells({"表5 各部门办理情况", "单位", "申请数", "办结数", "备注", "市教育局", "12", "12", "",
                                      "市民政局", "8", "7", "含上年结转1件", "市财政局", "5", "5", "", "市交通局", "9",
                                      "8", "1件正在办理", "市卫健委", "20", "20", "", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 6);
  CHECK(text_at(t, 2, 0) == "市民政局");
  CHECK(text_at(t, 2, 3) == "含上年结转1件");
  CHECK(text_at(t, 3, 0) == "市财政局");
  CHECK(text_at(t, 4, 3) == "1件正在办理");
  CHECK(text_at(t, 5, 0) == "市卫健委");
}

TEST_CASE("Line cells: a remark between a row's values and the next row's number ends the row",
          "[layouts][line-cell][rows]") {
  // 已全部办结 stands where the next number is looked for; the number right
  // after it, with a label after that, continues the numbering.
  const auto src = source(line_cells({"表2 项目情况", "序号", "名称", "支出", "收入", "备注", "1", "市教育局", "3080.01",
                                      "1697.06", "", "2", "供水管网更新", "966.43", "111.70", "已全部办结", "3",
                                      "文化中心", "326.85", "4652.68", "", "4", "垃圾中转站", "3947.94", "3577.69", "",
                                      "以上为年度数据。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 2, 1) == "供水管网更新");
  CHECK(text_at(t, 2, 4) == "已全部办结");
  CHECK(text_at(t, 3, 0) == "3");
  CHECK(text_at(t, 3, 1) == "文化中心");
  CHECK(text_at(t, 4, 3) == "3577.69");
}

TEST_CASE("Line cells: a remarks column in the header is a column of its own, not a group",
          "[layouts][line-cell][header]") {
  // Seven header cells over six columns: one group over two or three cells.
  // The cells after 备注, like those after a total, are the lowest row.
  const auto src = source(line_cells({"表3 各项目指标", "序号", "名称", "东部", "备注", "收入", "得分", "系数", "1",
                                      "养老服务中心", "3897.61", "596.35", "3219.80", "", "2", "污水处理厂扩建",
                                      "2800.25", "3207.54", "2395.14", "", "3", "市卫健委", "1196.73", "61.83",
                                      "4776.33", "", "以上为抽样结果。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 2);
  const retab::cell* group = anchor(t, "东部");
  REQUIRE(group);
  CHECK((group->col == 2 && group->colspan == 3));
  const retab::cell* remarks = anchor(t, "备注");
  REQUIRE(remarks);
  CHECK((remarks->col == 5 && remarks->rowspan == 2));
  CHECK(text_at(t, 2, 0) == "1");
  CHECK(text_at(t, 4, 4) == "4776.33");
}

TEST_CASE("Line cells: remarks beside two groups is no group itself", "[layouts][line-cell][header]") {
  // 全样本 and 中部 each group two of the four cells after 备注; read as a
  // group, 备注 would take two of them and leave a group over one.
  const auto src = source(line_cells({"表2 各项目指标", "序号", "名称", "单位", "全样本", "中部", "备注", "标准差", "面积",
                                      "得分", "产量", "1", "市卫健委", "人次", "4789.77", "4681.08", "2283.95", "1988.41",
                                      "", "2", "文化中心", "个", "326.85", "465.68", "120.30", "88.10", "", "3",
                                      "农贸市场", "项", "394.79", "357.69", "210.01", "95.55", "",
                                      "以上为抽样结果。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 8);
  CHECK(t.header_rows == 2);
  const retab::cell* first = anchor(t, "全样本");
  REQUIRE(first);
  CHECK((first->col == 3 && first->colspan == 2));
  const retab::cell* second = anchor(t, "中部");
  REQUIRE(second);
  CHECK((second->col == 5 && second->colspan == 2));
  const retab::cell* remarks = anchor(t, "备注");
  REQUIRE(remarks);
  CHECK((remarks->col == 7 && remarks->rowspan == 2));
  CHECK(text_at(t, 2, 2) == "人次");
}

TEST_CASE("Line cells: remarks in every row of a numbered list are the rows' last cells",
          "[layouts][line-cell][rows]") {
  // Every numbered row carries a remark, so no whole row shows the column
  // empty; each remark stands between its row's values and the next number,
  // which place it among the row's values. The total row's is empty.
  const auto src = source(line_cells({"表1 各项目情况", "序号", "项目名称", "均值", "样本量", "备注", "1", "供水管网更新",
                                      "3283.63", "3241.37", "数据待核实", "2", "公园绿地建设", "1610.69", "2369.38",
                                      "按季度统计", "3", "第一中学改扩建", "1717.37", "3981.22", "1件正在办理", "4",
                                      "市水利局", "4499.19", "2551.07", "年中调整", "合计", "733.16", "3594.46", "",
                                      "以上为年度数据。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.rows == 6);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 1, 4) == "数据待核实");
  CHECK(text_at(t, 2, 0) == "2");
  CHECK(text_at(t, 3, 4) == "1件正在办理");
  CHECK(text_at(t, 4, 1) == "市水利局");
  CHECK(text_at(t, 5, 3) == "3594.46");
}

TEST_CASE("Line cells: a section row right before a numbered row leaves the number to the row",
          "[layouts][line-cell][rows]") {
  // The first row's run carries the header, 一、民生保障 and then 1 市交通局:
  // the number and the name are the row's labels side by side, the section
  // before them a row of its own.
  const auto src = source(line_cells({"三、业务办理情况统计", "序号", "名称", "西部", "备注", "均值", "增长率", "产量",
                                      "一、民生保障", "1", "市交通局", "1207.99", "4002.76", "317.08", "1件正在办理", "2",
                                      "市财政局", "2675.67", "2319.30", "1672.94", "", "二、城市更新", "1", "文化中心",
                                      "905.14", "983.27", "120.55", "", "2", "农贸市场", "770.79", "371.71", "503.20",
                                      "数据待核实", "以上为年度数据。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 2);
  CHECK(t.label_cols == 2);
  const retab::cell* section = anchor(t, "一、民生保障");
  REQUIRE(section);
  CHECK((section->row == 2 && section->col == 0 && section->colspan == 6));
  CHECK(text_at(t, 3, 0) == "1");
  CHECK(text_at(t, 3, 1) == "市交通局");
  CHECK(text_at(t, 3, 5) == "1件正在办理");
  CHECK(text_at(t, 6, 1) == "文化中心");
  CHECK(text_at(t, 7, 5) == "数据待核实");
}

TEST_CASE("Line cells: numbering that goes on under a section row leaves the section a row of its own",
          "[layouts][line-cell][rows]") {
  // 二、民生类 stands between row 2's values and number 3, as a remark would;
  // but row 2 is whole without it, so it is a section row over rows 3 and 4.
  const auto src = source(line_cells({"表6 项目情况", "序号", "项目", "投资额", "进度", "一、交通类", "1", "东环路", "1200",
                                      "85%", "2", "西环路", "800", "60%", "二、民生类", "3", "第一中学", "300", "100%",
                                      "4", "人民医院", "900", "75%", "以上项目均按计划推进。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 7);
  const retab::cell* section = anchor(t, "二、民生类");
  REQUIRE(section);
  CHECK((section->row == 4 && section->colspan == 4));
  CHECK(text_at(t, 3, 3) == "60%");
  CHECK(text_at(t, 5, 0) == "3");
  CHECK(text_at(t, 6, 1) == "人民医院");
}

TEST_CASE("Line cells: a remark in some rows of a numbered list ends its row, the others' left empty",
          "[layouts][line-cell][rows]") {
  // Rows 1, 2 and 5 end in an empty remark; rows 3 and 4 are a cell short
  // before the label that stands before the next number, which is theirs.
  const auto src = source(line_cells({"表2 项目情况", "序号", "事项", "单位", "标准误", "支出", "系数", "备注", "1",
                                      "第一中学改扩建", "个", "489.69", "939.06", "111.52", "", "2", "文化中心", "万元",
                                      "11.29", "310.73", "86.43", "", "3", "城区道路改造", "条", "643.34", "973.46",
                                      "926.91", "年中调整", "4", "体育场馆", "个", "514.18", "163.06", "292.06",
                                      "数据待核实", "5", "市民政局", "件", "422.94", "715.82", "21.04", "",
                                      "以上为年度数据。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 7);
  CHECK(t.rows == 6);
  CHECK(text_at(t, 3, 6) == "年中调整");
  CHECK(text_at(t, 4, 0) == "4");
  CHECK(text_at(t, 4, 6) == "数据待核实");
  CHECK(text_at(t, 5, 1) == "市民政局");
}

TEST_CASE("Line cells: classification codes in the first column open their rows", "[layouts][line-cell][rows]") {
  // Each code stands after the row before's last value and before its
  // row's name, so it reads as a value ending that row unless the list of
  // codes (201, 20101, 2010101 in order) is known for the rows' codes.
  const auto src = source(line_cells({"表3 一般公共预算支出决算表", "科目编码", "科目名称", "决算数", "201", "一般公共服务支出",
                                      "1520.33", "20101", "人大事务", "320.10", "2010101", "行政运行", "300.00", "2010102",
                                      "一般行政管理事务", "20.10", "合计", "2160.53", "注:本表金额单位为万元。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.rows == 6);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 2, 0) == "20101");
  CHECK(text_at(t, 2, 1) == "人大事务");
  CHECK(text_at(t, 4, 2) == "20.10");
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 5 && total->colspan == 2));
}
