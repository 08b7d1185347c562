#include "scan/line_classifier.hpp"
#include "test_support.hpp"

#include <retab/csv_writer.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using retab::test::anchor;
using retab::test::source;
using retab::test::text_at;

TEST_CASE("Prose that contains a bar or a tab is not a table", "[scanner]") {
  const auto prose = source("他说甲|乙都行。\n这一行有\t制表符。\n普通的一段话。\n");
  CHECK(retab::find_tables(prose).empty());
  const auto one_line = source("只有一行 | 像表格 |\n后面是正文。\n");
  CHECK(retab::find_tables(one_line).empty());
}

TEST_CASE("Tables are found among prose with their caption and lines", "[scanner]") {
  const auto src = source(
      "前言一段文字,说明统计口径。\n"
      "表1 月度数据\n"
      "月份\t收入\t支出\n"
      "一月\t10\t8\n"
      "二月\t12\t9\n"
      "结语。\n"
      "二、分项情况\n"
      "项目 | 数量 |\n"
      "甲 | 1 |\n"
      "乙 | 2 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].source_layout == retab::layout::tab);
  CHECK(tables[0].caption == "表1 月度数据");
  CHECK(tables[0].first_line == 3);
  CHECK(tables[0].last_line == 5);
  CHECK(tables[1].source_layout == retab::layout::pipe_row);
  CHECK(tables[1].caption == "二、分项情况");
  CHECK(text_at(tables[1], 2, 1) == "2");
}

TEST_CASE("A unit line under the heading is the unit note, and the heading the caption", "[scanner]") {
  // The same report in each layout: heading, unit line, table.
  const std::string heading = "前言一段文字,说明统计口径。\n\n二、分项情况\n\n（单位：件）\n\n";
  const std::string layouts[] = {
      "项目\t上年\t本年\n甲\t1\t2\n乙\t3\t4\n",
      "项目 | 上年 | 本年 |\n甲 | 1 | 2 |\n乙 | 3 | 4 |\n",
      "| 项目 | 上年 | 本年 |\n|---|---|---|\n| 甲 | 1 | 2 |\n| 乙 | 3 | 4 |\n",
      "项目 |\n上年 |\n本年 |\n甲 |\n1 |\n2 |\n乙 |\n3 |\n4 |\n",
      "项目\n\n上年\n\n本年\n\n甲\n\n1\n\n2\n\n乙\n\n3\n\n4\n\n",
  };
  for (const std::string& body : layouts) {
    const auto src = source(heading + body);
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].caption == "二、分项情况");
    CHECK(tables[0].unit_note == "（单位：件）");
    CHECK(tables[0].rows == 3);
    CHECK(tables[0].cols == 3);
  }
  // Under prose the unit line is still the unit note, with no caption.
  const auto prose_src = source("前言一段文字,说明统计口径。\n单位:万元\n项目\t数量\n甲\t1\n乙\t2\n");
  const auto under_prose = retab::find_tables(prose_src);
  REQUIRE(under_prose.size() == 1);
  CHECK(under_prose[0].caption.empty());
  CHECK(under_prose[0].unit_note == "单位:万元");
  // A heading right above the table has no unit note, and a unit line above
  // the heading is not the table's.
  const auto heading_src = source("单位:万元\n表1 收入\n项目\t数量\n甲\t1\n乙\t2\n");
  const auto above_heading = retab::find_tables(heading_src);
  REQUIRE(above_heading.size() == 1);
  CHECK(above_heading[0].caption == "表1 收入");
  CHECK(above_heading[0].unit_note.empty());
}

TEST_CASE("A pipe-row table ends at its unpadded short row", "[scanner][pipe]") {
  const auto src = source(
      "a : | 1 | b : | 2 | ||\n"
      "c : | 3 | ||||\n"
      "d : | 4 |\n"
      "e : | 5 |\n"
      "f : | 6 |\n"
      "g : |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].cols == 4);  // padded to 6, but no row reaches past column 4
  CHECK(tables[0].rows == 3);
  CHECK(tables[0].last_line == 3);
  CHECK(tables[1].first_line == 4);
  CHECK(tables[1].cols == 2);
}

TEST_CASE("Stray blank lines inside a tab table do not split it", "[scanner][tab]") {
  const auto src = source("名称\t数量\n甲\t1\n\n乙\t2\n丙\t3\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 4);
}

TEST_CASE("A section row copied without its empty fields stays in its tab table", "[scanner][tab]") {
  // 一、机关团体 has no tab: alone it would end the table and leave the
  // header row on its own, a table of one row, dropped.
  const auto src = source("表3 各类单位情况\n\n单位类型\t数量\t比例\n一、机关团体\n党政机关\t12\t30%\n"
                          "二、企业\n国有企业\t15\t37.5%\n\n以上数据截至年底。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.rows == 5);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 0, 0) == "单位类型");
  CHECK(text_at(t, 1, 0) == "一、机关团体");
  CHECK(text_at(t, 3, 0) == "二、企业");
  CHECK(text_at(t, 4, 2) == "37.5%");
}

TEST_CASE("A caption between two tab tables is no section row of either", "[scanner][tab]") {
  const auto src = source("名称\t数量\n甲\t1\n乙\t2\n二、依申请公开情况\n名称\t金额\n丙\t3\n丁\t4\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(tables[1].caption == "二、依申请公开情况");
}

TEST_CASE("A pipe cell holding a dash does not end a pipe-cell table", "[scanner][pipe]") {
  const auto src = source("项目 |\n甲 |\n乙 |\n一 |\n1 |\n- |\n二 |\n3 |\n4 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].cols == 3);
  CHECK(text_at(tables[0], 1, 2) == "-");
}

TEST_CASE("A blank line then a row shaped like the first row starts a new tab table", "[scanner][tab]") {
  const auto src = source("分子\t\t好\t坏\n\t甲\t1\t2\n\t乙\t3\t4\n\n分母\t\t好\t坏\n\t甲\t5\t6\n\t乙\t7\t8\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(tables[1].first_line == 5);
}

TEST_CASE("A blank line then another table's header row of another width starts a new tab table",
          "[scanner][tab]") {
  // No caption between them: the header of labels only, two fields where
  // the rows above have three, heads a table of its own.
  const auto src = source("项目\t2019年\t2020年\n收入\t12\t14\n支出\t9\t11\n\n地区\t人口\n东部\t100\n西部\t80\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].cols == 3);
  CHECK(tables[1].first_line == 5);
  CHECK(tables[1].cols == 2);
  CHECK(text_at(tables[1], 2, 1) == "80");
  // The header may open with an empty corner.
  const auto cornered = source("项目\t2019年\t2020年\n收入\t12\t14\n支出\t9\t11\n\n\t男\t女\t合计\n东部\t100\t90\t190\n西部\t80\t70\t150\n");
  REQUIRE(retab::find_tables(cornered).size() == 2);
}

TEST_CASE("After a blank line, rows with values or of the table's width stay in the tab table", "[scanner][tab]") {
  // Wider rows with a value (rows stop early where the copying tool left
  // them, and a note may follow a value), and a row of labels as wide as the
  // rows above (a sub-header).
  const auto wider = source("名称\t数量\n甲\t1\n\n\t乙\t2\n丙\t3\n");
  CHECK(retab::find_tables(wider).size() == 1);
  const auto noted = source("名称\t数量\n甲\t1\n\n乙\t2\t已核\n丙\t3\n");
  CHECK(retab::find_tables(noted).size() == 1);
  // A section row that stops early: one label is no header.
  const auto section = source("名称\t数量\t比例\n甲\t1\t10%\n\n东部地区\t\n乙\t2\t20%\n");
  CHECK(retab::find_tables(section).size() == 1);
  // Nor does a header row: no row above holds a value yet.
  const auto headed = source("2019年\t\t\n\n项目\t男\t女\t合计\n甲\t1\t2\t3\n乙\t4\t5\t9\n");
  const auto tables = retab::find_tables(headed);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].first_line == 1);
  const auto same_width = source("名称\t数量\t比例\n甲\t1\t10%\n\n分项\t金额\t占比\n乙\t2\t20%\n");
  CHECK(retab::find_tables(same_width).size() == 1);
}

TEST_CASE("Two pipe-cell tables back to back are two tables where the padding fits no one width",
          "[scanner][pipe]") {
  // The first table's rows are full, so unpadded; the second's are padded
  // to 4 (2 cells + 2 pipes), which the first's 11 cells before it cannot be.
  const auto src = source("说明文字。\n项目 |\n2019年 |\n2020年 |\n收入 |\n12 |\n14 |\n支出 |\n9 |\n11 |\n"
                          "地区 |\n人口 | ||\n东部 |\n100 | ||\n西部 |\n80 |\n结束语。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].cols == 3);
  CHECK(tables[0].last_line == 10);
  CHECK(text_at(tables[0], 2, 2) == "11");
  CHECK(tables[1].first_line == 11);
  CHECK(tables[1].caption.empty());
  CHECK(text_at(tables[1], 0, 1) == "人口");
  CHECK(text_at(tables[1], 2, 1) == "80");
  // The first padded too, to its own width: 3 (1 cell + 2 pipes).
  const auto padded = source("项目 |\n数量 |\n比例 |\n一、合计 | ||\n甲 |\n1 |\n10% |\n乙 |\n2 |\n20% |\n"
                             "地区 |\n人口 | ||\n东部 |\n100 | ||\n西部 |\n80 |\n");
  const auto two = retab::find_tables(padded);
  REQUIRE(two.size() == 2);
  CHECK(two[0].cols == 3);
  CHECK(text_at(two[0], 3, 2) == "20%");
  CHECK(text_at(two[1], 1, 0) == "东部");
}

TEST_CASE("A pipe-cell table whose padding fits no one width stays one table unless both parts are tables",
          "[scanner][pipe]") {
  // 二、其他's row is padded to 4 where the others say 3: no stream after a
  // start fits one width over two padded rows.
  const auto src = source("名称 |\n数量 |\n备注 |\n一、分类 |\n||\n甲 |\n1 |\n10 |\n二、其他 |\n|||\n"
                          "乙 |\n2 |\n20 |\n三、合计 |\n||\n丙 |\n3 |\n30 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].first_line == 1);
  CHECK(tables[0].last_line == 18);
  // Here the stream from 乙's row on fits 4, but what stands before it holds
  // a value in one row only: no table to part from.
  const auto quirk = source("名称 |\n数量 |\n备注 |\n甲 |\n1 | |\n乙 | ||\n丙 |\n3 | ||\n丁 |\n4 | |\n戊 |\n5 |\n6 |\n");
  const auto one = retab::find_tables(quirk);
  REQUIRE(one.size() == 1);
  CHECK(one[0].last_line == 13);
  // The last padded row alone says 5, and full rows follow it: one padded
  // row pins no width, so it starts no table.
  const auto last_wrong = source("名称 |\n数量 |\n备注 |\n一、分类 |\n||\n甲 |\n1 |\n10 |\n乙 |\n2 |\n20 |\n"
                                 "三、合计 |\n||||\n丙 |\n3 |\n30 |\n丁 |\n4 |\n40 |\n");
  REQUIRE(retab::find_tables(last_wrong).size() == 1);
}

TEST_CASE("An unpadded pipe-cell table takes the width whose columns agree", "[scanner][pipe]") {
  // A 4x4 matrix with an empty corner: width 4 puts a label and numbers
  // (integers and decimals alike) in every row; width 5 would mix them.
  const auto src = source(
      "表2 相关系数\n"
      "|\n甲方法 |\n乙方法 |\n丙方法 |\n"
      "甲方法 |\n1 |\n|\n|\n"
      "乙方法 |\n0.92 |\n1 |\n|\n"
      "丙方法 |\n0.96 |\n0.95 |\n1 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 2, 0) == "乙方法");
  CHECK(text_at(t, 3, 3) == "1");
}

TEST_CASE("An unpadded pipe-cell table of few rows is as wide as its rows are alike", "[scanner][pipe]") {
  // Three rows of a label and seven shares under a header of eight: a
  // narrow width makes longer columns, but its rows mix one row's shares
  // with the next row's label.
  const auto src = source(
      "表5 各地占比\n"
      "地区 |\n甲 |\n乙 |\n丙 |\n丁 |\n戊 |\n己 |\n庚 |\n"
      "北部地区 |\n12.5% |\n30.1% |\n8.0% |\n22.4% |\n27.0% |\n3.5% |\n6.1% |\n"
      "南区 |\n9.9% |\n41.3% |\n5.2% |\n18.6% |\n25.0% |\n7.7% |\n4.0% |\n"
      "西部山区 |\n15.0% |\n28.8% |\n11.7% |\n20.5% |\n24.0% |\n5.5% |\n2.9% |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 8);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 0, 7) == "庚");
  CHECK(text_at(t, 2, 0) == "南区");
  CHECK(text_at(t, 3, 7) == "2.9%");
}

TEST_CASE("A padded pipe-cell table is as wide as its rows are alike, above a full header row", "[scanner][pipe]") {
  // A full header row has no padding, and a section row below it does: at
  // width 3 the header is cut by width alone, which is rare but right here.
  // Width 6 fits the padding too, but puts two rows' labels and values in one.
  const auto src = source(
      "附表 办理情况\n"
      "指标 |\n单位 |\n数量 |\n一、受理情况 |\n||\n"
      "受理总数 |\n件 |\n120 |\n其中:网上 |\n件 |\n80 |\n其中:窗口 |\n件 |\n40 |\n二、办结情况 |\n||\n"
      "办结总数 |\n件 |\n110 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.rows == 7);
  CHECK(text_at(t, 0, 2) == "数量");
  CHECK(text_at(t, 1, 0) == "一、受理情况");
  CHECK(text_at(t, 3, 0) == "其中:网上");
  CHECK(text_at(t, 6, 2) == "110");
}

TEST_CASE("An unpadded pipe-cell table's empty cells and spanning labels keep its rows' shape", "[scanner][pipe]") {
  // Lone bars are empty cells or a row's one padding pipe; the second
  // label spans down two rows. Every row ends in two value cells after its
  // labels, which only width 4 shows.
  const auto src = source(
      "表6 收件情况\n"
      "类别 |\n上月 |\n全年合计 |\n|\n"
      "一、来信 |\n0 |\n8 |\n|\n"
      "二、来访 |\n(一)本地 |\n12 |\n25 |\n"
      "(二)外地 |\n97 |\n|\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 0, 3) == "全年合计");
  CHECK(text_at(t, 1, 0) == "一、来信");
  CHECK(text_at(t, 1, 3) == "8");
  CHECK(text_at(t, 2, 1) == "(一)本地");
  CHECK(text_at(t, 3, 1) == "(二)外地");
  CHECK(text_at(t, 3, 2) == "97");
}

TEST_CASE("A lone bar ending a pipe-cell header row may be its one padding pipe", "[scanner][pipe]") {
  // The top header row has four cells and one padding pipe, written `|`
  // like an empty cell; the row below has two cells and three padding
  // pipes. Width 5 explains both; width 10 would join the rows in pairs.
  const auto src = source(
      "表3 办理情况\n"
      "项目 |\n单位 |\n类型 |\n总计 |\n|\n"
      "甲类 |\n乙类 |\n|||\n"
      "一、受理 |\n件 |\n3 |\n|\n130 |\n"
      "二、办结 |\n项 |\n|\n40 |\n130 |\n"
      "三、结转 |\n条 |\n3 |\n97 |\n25 |\n"
      "四、其他 |\n项 |\n|\n|\n|\n"
      "正文继续,以上为办理情况。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 2);
  CHECK(text_at(t, 2, 0) == "一、受理");
  CHECK(text_at(t, 3, 3) == "40");
  CHECK(text_at(t, 4, 4) == "25");
}

TEST_CASE("Pipe cells of words under empty corners: a lone bar after each short row is its padding pipe",
          "[scanner][pipe][words]") {
  // Two 4-wide tables back to back, no caption between: the top row's
  // second cell is the corner, each row below is one cell short and padded
  // by one `|`, the last row of each table is not.
  const auto src = source(
      "季节分布\n"
      "春季 |\n|\n北方地区 |\n南方地区 |\n"
      "留鸟种类 |\n留鸟:麻雀与喜鹊 |\n留鸟:白头鹎与鹊鸲 |\n|\n"
      "候鸟种类 |\n候鸟:大雁归来 |\n候鸟:燕子筑巢 |\n"
      "秋季 |\n|\n北方地区 |\n南方地区 |\n"
      "留鸟种类 |\n留鸟:麻雀成群 |\n留鸟:白头鹎鸣叫 |\n|\n"
      "候鸟种类 |\n候鸟:大雁南飞 |\n候鸟:燕子离去 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  for (const retab::table& t : tables) {
    CHECK(t.cols == 4);
    CHECK(t.rows == 3);
    CHECK(text_at(t, 0, 1).empty());
    CHECK(text_at(t, 1, 1) == "留鸟种类");
    CHECK(text_at(t, 2, 1) == "候鸟种类");
  }
  CHECK(tables[0].caption == "季节分布");
  CHECK(text_at(tables[0], 2, 3) == "候鸟:燕子筑巢");
  CHECK(text_at(tables[1], 0, 0) == "秋季");
  CHECK(tables[1].first_line == 13);
}

TEST_CASE("Pipe cells: a full header row above a padded section row keeps the table's own width",
          "[grammar][pipe]") {
  // Twice as wide, 项目 本年 上年 城镇地区 would fill a row with its padding
  // too, but every row after it would hold one row's values and the next
  // row's label: rows of one shape decide.
  const auto src = source(
      "表8 参保人数\n项目 |\n本年 |\n上年 |\n城镇地区 |\n||\n职工 |\n120 |\n115 |\n居民 |\n340 |\n332 |\n"
      "退休 |\n80 |\n75 |\n农村地区 |\n||\n居民 |\n560 |\n571 |\n务农 |\n230 |\n241 |\n以上为参保人数。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.header_rows == 1);
  CHECK(text_at(t, 2, 0) == "职工");
  CHECK(text_at(t, 6, 2) == "571");
}

TEST_CASE("Pipe cells: a section row one cell across under a full header row cuts no header row",
          "[grammar][pipe]") {
  // Groups of three rows: at width 6 each section row joins the row above
  // it and the padding still fits, with rows of one shape not by half the
  // rows fewer. A header with no merged cell is full right before the
  // section row that opens the body; that cut by width is no sign of a
  // wrong width.
  const auto src = source(
      "表2 分组结果\n指标 |\n支出 |\n系数 |\n高收入组 |\n||\n浙江 |\n25 |\n256 |\n四川 |\n25 |\n130 |\n"
      "收入 |\n25 |\n97 |\n中等收入组 |\n||\n山东 |\n8 |\n130 |\n湖北 |\n|\n0 |\n参保 |\n|\n130 |\n"
      "低收入组 |\n||\n北京 |\n5 |\n8 |\n年龄 |\n256 |\n1024 |\n江苏 |\n8 |\n|\n人数 |\n25 |\n1 |\n"
      "以上为分组结果。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.header_rows == 1);
  const retab::cell* section = anchor(t, "中等收入组");
  REQUIRE(section);
  CHECK((section->row == 5 && section->col == 0 && section->colspan == 3));
  CHECK(text_at(t, 7, 2) == "0");
  CHECK(text_at(t, 13, 2) == "1");
}

TEST_CASE("Pipe cells: rows of labels then values pick the width, not a fraction of it", "[scanner][pipe]") {
  // Each coefficient's row is followed by its standard errors' under an
  // empty label, and the row of model names under the model numbers ends in
  // the lone bar of its padding. Two cells to a row agree about as well by
  // columns; only at four are the rows of one shape, a standard errors' row
  // opening with empty cells that may be its empty labels.
  const auto src = source(
      "表4 估计结果\n"
      "变量 |\n(1) |\n(2) |\n(3) |\n"
      "OLS |\n固定效应 |\n工具变量 |\n|\n"
      "政策 |\n0.12** |\n0.15*** |\n0.11* |\n|\n(0.05) |\n(0.04) |\n(0.06) |\n"
      "规模 |\n|\n0.02* |\n0.03 |\n|\n|\n(0.01) |\n(0.02) |\n"
      "年份固定效应 |\n否 |\n是 |\n是 |\n"
      "观测值 |\n856 |\n856 |\n790 |\n"
      "注:括号内为稳健标准误。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 8);
  CHECK(text_at(t, 1, 1) == "OLS");
  CHECK(text_at(t, 3, 0) == "");
  CHECK(text_at(t, 3, 1) == "(0.05)");
  CHECK(text_at(t, 5, 3) == "(0.02)");
  CHECK(text_at(t, 7, 3) == "790");
  REQUIRE(!t.evidence.empty());
  CHECK(t.evidence[0].find("rows of one shape 100%") != std::string::npos);  // --explain says why
}

TEST_CASE("Pipe cells: a row opening with an empty cell continues the row above only with bracketed numbers",
          "[scanner][pipe]") {
  // 备注 holds nothing in any row, so each row writes a lone bar between its
  // numbers. Cut two wide, every other row would open with that empty cell
  // like a row of standard errors under an empty label; but such a row holds
  // (0.05) or [2.1], not a plain number, so the width stays four.
  const auto src = source(
      "表1 各县情况\n"
      "县名 |\n人口 |\n备注 |\n面积 |\n"
      "甲县 |\n12 |\n|\n30 |\n乙县 |\n15 |\n|\n41 |\n丙县 |\n9 |\n|\n22 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 4);
  CHECK(text_at(t, 0, 2) == "备注");
  CHECK(text_at(t, 1, 2) == "");
  CHECK(text_at(t, 1, 3) == "30");
  CHECK(text_at(t, 3, 0) == "丙县");
  CHECK(text_at(t, 3, 3) == "22");
}

TEST_CASE("Pipe cells: without padding, a width leaving most of the last row empty loses", "[scanner][pipe]") {
  // 24 cells, the lone bars read as empty cells. At width 11 the two rows
  // under the first agree column by column for want of rows, but the last
  // row would hold 2 cells of 11, the other 9 covered from above; at width
  // 4 every row is full.
  const auto src = source(
      "表4 估计结果\n"
      "变量 |\n(1) |\n(2) |\n(3) |\nProbit |\nLogit |\nOLS |\n|\n"
      "政策冲击 |\n-1.844* |\n-0.878*** |\n-0.521* |\n|\n(0.470) |\n(0.166) |\n(0.272) |\n"
      "行业固定效应 |\n是 |\n是 |\n是 |\n调整R² |\n0.651 |\n0.252 |\n0.831 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 6);
  CHECK(text_at(t, 2, 0) == "政策冲击");
  CHECK(text_at(t, 3, 1) == "(0.470)");
  CHECK(text_at(t, 5, 3) == "0.831");
}

TEST_CASE("Pipe cells: a standard errors' row opening with empty cells has its coefficient row's shape",
          "[scanner][pipe]") {
  // 40 cells, every width dividing them ends full. At width 2 the rows are
  // mostly of values only, and alike; at five the coefficient rows and the
  // standard errors' rows alternate in shape unless the empty cells opening
  // the latter may be their empty labels, which makes every row alike.
  const auto src = source(
      "表6 回归结果\n"
      "变量 |\n(1) |\n(2) |\n(3) |\n(4) |\n"
      "规模 |\n|\n1.334* |\n1.601 |\n1.422* |\n|\n|\n(0.207) |\n(0.361) |\n(0.061) |\n"
      "结构 |\n|\n1.985* |\n-0.620*** |\n-0.102** |\n|\n|\n(0.088) |\n(0.271) |\n(0.464) |\n"
      "水平 |\n1.308** |\n1.777** |\n0.800 |\n0.107 |\n|\n(0.113) |\n(0.038) |\n(0.155) |\n(0.009) |\n"
      "调整R² |\n0.250 |\n0.234 |\n0.594 |\n0.319 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.rows == 8);
  CHECK(text_at(t, 1, 0) == "规模");
  CHECK(text_at(t, 2, 2) == "(0.207)");
  CHECK(text_at(t, 5, 1) == "1.308**");
  CHECK(text_at(t, 7, 4) == "0.319");
}

TEST_CASE("Pipe cells: a width whose rows open now with a label, now with a value yields to one of labels first",
          "[scanner][pipe]") {
  // Without padding runs (the one padding pipe after 43.4% reads as an
  // empty cell) the columns favour two cells to a row, but then rows open
  // with values as often as with labels; at five every row opens with a
  // label or with the empty cell under a group's label.
  const auto src = source(
      "表5 分组情况\n"
      "组别 |\n项目 |\n说明 |\n支出 |\n比例 |\n"
      "第一组 |\n山东 |\n三年平均值 |\n44.0% |\n3.0% |\n广东 |\n资产净值 |\n33.1% |\n43.4% |\n|\n"
      "第二组 |\n河南 |\n实际值 |\n48.8% |\n72.1% |\n人数 |\n问卷所得 |\n31.8% |\n62.9% |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 1, 0) == "第一组");
  CHECK(text_at(t, 2, 1) == "广东");
  CHECK(text_at(t, 2, 4) == "43.4%");
  CHECK(text_at(t, 4, 2) == "问卷所得");
  REQUIRE(!t.evidence.empty());
  CHECK(t.evidence[0].find("now with a value") != std::string::npos);  // --explain says why
}

TEST_CASE("Pipe cells: rows that open with their number (序号) open with a label, as the others do",
          "[scanner][pipe]") {
  // No padding: only the last row is short. At four cells a row, rows open
  // with 1, 2, 3 and with 合计; counted as values, that mix would send the
  // width to one whose rows all open with a label.
  const auto src = source(
      "表4 各部门办理情况\n"
      "序号 |\n部门 |\n申请数 |\n办结数 |\n1 |\n市教育局 |\n12 |\n12 |\n2 |\n市民政局 |\n8 |\n7 |\n"
      "3 |\n市财政局 |\n5 |\n5 |\n合计 |\n25 |\n24 |\n"
      "以上数据截至年底。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 2, 1) == "市民政局");
  CHECK(text_at(t, 3, 3) == "5");
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 4 && total->colspan == 2));
  CHECK(text_at(t, 4, 3) == "24");
}

TEST_CASE("Pipe cells: where the padding fits two widths, rows opening with their numbers pick one",
          "[scanner][pipe]") {
  // Two header rows of four cells and two padding pipes fit width 6, and
  // width 3 as well (three cells, then one and two pipes); at 6 only do the
  // rows open with 1, 2, 3, each with a label after it.
  const auto src = source(
      "表3 各项目指标\n"
      "序号 |\n项目名称 |\n西部 |\n中部 |\n||\n均值 |\n增长率 |\n均值 |\n增长率 |\n||\n"
      "1 |\n养老服务中心 |\n84.3% |\n6.3% |\n86.0% |\n52.7% |\n"
      "2 |\n市农业农村局 |\n55.3% |\n31.1% |\n76.8% |\n14.4% |\n"
      "3 |\n市教育局 |\n48.5% |\n36.8% |\n54.8% |\n20.6% |\n"
      "以上结果依然稳健。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.rows == 5);
  CHECK(t.header_rows == 2);
  CHECK(text_at(t, 2, 0) == "1");
  CHECK(text_at(t, 3, 1) == "市农业农村局");
  CHECK(text_at(t, 4, 5) == "20.6%");
  const retab::cell* west = anchor(t, "西部");
  REQUIRE(west);
  CHECK(west->colspan == 2);
}

TEST_CASE("Pipe cells of words: lone pipes are the padding of rows under a label spanning down",
          "[scanner][pipe]") {
  // No number tells the width. Each lone `|` pads a row a cell short (the
  // last row is not padded); at width 4 every one ends such a row, and the
  // columns hold alike texts: names, Latin symbols, definitions.
  const auto src = source(
      "表2 变量说明\n类型 |\n名称 |\n符号 |\n含义 |\n被解释变量 |\n创新能力 |\nInnov |\n发明专利申请数加一取对数 |\n"
      "控制变量 |\n公司规模 |\nScale |\n期末总资产的自然对数 |\n盈利能力 |\nProf |\n净利润与总资产之比 |\n|\n"
      "上市年限 |\nYear |\n观测年度减去上市年度 |\n研究设计如下。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  const retab::cell* controls = anchor(t, "控制变量");
  REQUIRE(controls);
  CHECK((controls->row == 2 && controls->rowspan == 3));
  CHECK(text_at(t, 3, 2) == "Prof");
  CHECK(text_at(t, 4, 3) == "观测年度减去上市年度");
}

TEST_CASE("Pipe cells of a table of words: the width at which each lone pipe pads a row short by a span",
          "[scanner][pipe]") {
  // At width 10 the lone pipes end rows as well, but rows short for no span
  // above them; at width 3 each pads a row continuing its category.
  const auto src = source(
      "表1 公开事项\n类别 |\n内容 |\n方式 |\n主动公开 |\n机构设置 |\n门户网站 |\n人员招录 |\n公告栏 |\n|\n"
      "财务收支 |\n门户网站 |\n|\n依申请公开 |\n申请受理 |\n服务窗口 |\n答复期限 |\n门户网站 |\n"
      "以上为本年度公开事项。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.rows == 6);
  const retab::cell* first = anchor(t, "主动公开");
  REQUIRE(first);
  CHECK(first->rowspan == 3);
  CHECK(text_at(t, 3, 1) == "财务收支");
  CHECK(text_at(t, 5, 2) == "门户网站");
}

TEST_CASE("Pipe cells of a two-column table of words: the last row, unpadded, is as short as the padded ones",
          "[scanner][pipe]") {
  // The last row holds one text, a category's second, and no padding
  // follows a table's last row. Counted against width 2 as the share of the
  // last row missing, it would send the list to width 3.
  const auto src = source(
      "表1 公开事项\n项目类别 |\n工作内容 |\n重点工作 |\n项目建设 |\n依申请办理 |\n申请受理 |\n机构设置 |\n|\n"
      "便民服务 |\n人员招录 |\n证照办理 |\n|\n主动公开 |\n统计公报 |\n采购公告 |\n"
      "以上为本年度公开事项。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 2);
  CHECK(t.rows == 8);
  const retab::cell* last = anchor(t, "主动公开");
  REQUIRE(last);
  CHECK((last->row == 6 && last->rowspan == 2));
  CHECK(text_at(t, 7, 1) == "采购公告");
}

TEST_CASE("Pipe cells of words without padding: the width whose columns are alike in form", "[scanner][pipe]") {
  // Only the last row is short, and unpadded. By kind (short or long text)
  // three columns agree as well as four; by form only four keep the Latin
  // symbols in a column of their own.
  const auto src = source(
      "表2 变量说明\n类型 |\n名称 |\n符号 |\n含义 |\n被解释变量 |\n创新能力 |\nInnov |\n发明专利申请数加一取对数 |\n"
      "解释变量 |\n政府补助 |\nSub |\n补助金额与营业收入之比 |\n控制变量 |\n公司规模 |\nScale |\n期末总资产的自然对数 |\n"
      "盈利能力 |\nProf |\n净利润与总资产之比 |\n研究设计如下。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 3, 2) == "Scale");
  CHECK(text_at(t, 4, 2) == "Prof");
  const retab::cell* controls = anchor(t, "控制变量");
  REQUIRE(controls);
  CHECK(controls->rowspan == 2);
}

TEST_CASE("Pipe cells: rows coded in order (科目编码) take the width at which every code opens a row",
          "[scanner][pipe]") {
  // The total row comes first, padded by a lone pipe, which may as well be
  // an empty cell. At width 6 the rows open with every second code (201,
  // 2010101) and the columns agree as well as at 3, but the other codes
  // stand inside the rows with their names after them.
  const auto src = source(
      "表2 部门支出决算表\n科目编码 |\n科目名称 |\n决算数 |\n合计 |\n3937.98 |\n|\n201 |\n一般公共服务支出 |\n1584.26 |\n"
      "20103 |\n政府办公厅事务 |\n1146.95 |\n2010301 |\n行政运行 |\n1736.98 |\n2010302 |\n一般行政管理事务 |\n"
      "588.50 |\n20111 |\n纪检监察事务 |\n245.28 |\n2011101 |\n行政运行 |\n276.60 |\n本表金额单位为万元。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.rows == 8);
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 1 && total->colspan == 2));
  CHECK(text_at(t, 3, 0) == "20103");
  CHECK(text_at(t, 7, 2) == "276.60");
}

TEST_CASE("Markdown cells: a line break is a blank, bold around the whole cell is formatting", "[scanner][markdown]") {
  // PDF-to-Markdown tools write <br> inside cells and bold a table's totals.
  const auto src = source(
      "表3 各县产量\n\n"
      "| 县名 | 小麦<br>(吨) | 玉米<br />(吨) |\n"
      "|---|---:|---:|\n"
      "| 甲县 | 12 | 45 |\n"
      "| 乙县 | 30 | 5<BR/>0 |\n"
      "| **合计** | **42** | __95__ |\n"
      "| 注 | 0.05** | ** |\n\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(text_at(t, 0, 1) == "小麦 (吨)");
  CHECK(text_at(t, 0, 2) == "玉米 (吨)");
  CHECK(text_at(t, 2, 2) == "5 0");
  CHECK(text_at(t, 3, 0) == "合计");
  CHECK(text_at(t, 3, 1) == "42");
  CHECK(text_at(t, 3, 2) == "95");
  CHECK(text_at(t, 4, 1) == "0.05**");
  CHECK(text_at(t, 4, 2) == "**");
}

TEST_CASE("Markdown tables without outer bars, as GFM allows them", "[scanner][markdown]") {
  // The header has as many cells as the delimiter row declares; the rows go
  // on to the first line without a bar. A row may still close with a bar.
  const auto src = source(
      "表4 各站降水\n\n"
      "站名 | 降水量 | 较常年\n"
      ":--- | ---: | ---:\n"
      "甲站 | 412.5 | -3.2%\n"
      "乙站 | 388 \\| 390 | 1.1% |\n"
      "丙站 | 501.0 | 12.4%\n"
      "以上数据为初步统计。\n\n"
      "站名 | 降水量\n"
      "--- | --- | ---\n"
      "丁站 | 12\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);  // the second block's header is a cell short of its delimiter row
  const retab::table& t = tables[0];
  CHECK(t.source_layout == retab::layout::markdown);
  CHECK(t.rows == 4);
  CHECK(t.cols == 3);
  CHECK(text_at(t, 0, 2) == "较常年");
  CHECK(text_at(t, 1, 2) == "-3.2%");
  CHECK(text_at(t, 2, 1) == "388 | 390");
  CHECK(text_at(t, 2, 2) == "1.1%");
  CHECK(text_at(t, 3, 0) == "丙站");
}

TEST_CASE("GFM row cells: outer bars hold no cell, an escaped bar at the end is text", "[scanner][markdown]") {
  using cells = std::vector<std::string_view>;
  cells got;
  REQUIRE(retab::parse_gfm_row("| 甲 | 12 |", got));
  CHECK(got == cells{" 甲 ", " 12 "});
  REQUIRE(retab::parse_gfm_row("甲 | 12", got));
  CHECK(got == cells{"甲 ", " 12"});
  REQUIRE(retab::parse_gfm_row("甲 | 12 |", got));
  CHECK(got == cells{"甲 ", " 12 "});
  REQUIRE(retab::parse_gfm_row("甲 | 12 \\|", got));
  CHECK(got == cells{"甲 ", " 12 \\|"});
  CHECK_FALSE(retab::parse_gfm_row("no bar here", got));
}

TEST_CASE("Invisible characters web pages leave in cells are dropped", "[scanner][cells]") {
  // A zero width space after a number, a cell holding only one, a byte order
  // mark opening a row (files joined together) and a soft hyphen inside a
  // word: none is text of the cell, and 12 is a number again.
  const auto pipes = source(
      "表1 用水量\n"
      "项目 | 本年 | 上年 |\n"
      "甲区 | 12 \u200B | 3 |\n"
      "乙区 | \u200B | 5 |\n"
      "\uFEFF丙区 | 20 | 5\u2060 |\n"
      "Wa\u00ADter | 7 | 8 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(pipes);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(text_at(t, 1, 1) == "12");
  CHECK(text_at(t, 2, 1) == "");
  CHECK(text_at(t, 3, 0) == "丙区");
  CHECK(text_at(t, 3, 2) == "5");
  CHECK(text_at(t, 4, 0) == "Water");
  CHECK(t.header_rows == 1);

  // Line cells: numbers that carry one still part the rows.
  const auto cells = source("表2 用水量\n\n项目\n\n本年\n\n上年\n\n甲区\n\n12\u200B\n\n3\n\n乙区\n\n4\u200B\n\n5\u200B\n\n"
                            "丙区\n\n7\n\n8\u200B\n\n正文继续说明情况,以下从略。\n\n");
  const auto line_tables = retab::find_tables(cells);
  REQUIRE(line_tables.size() == 1);
  CHECK(line_tables[0].rows == 4);
  CHECK(line_tables[0].cols == 3);
  CHECK(text_at(line_tables[0], 2, 2) == "5");
}

TEST_CASE("Tab rows: a section row copied without its empty fields stays in its table", "[scanner][tab]") {
  // The copying tool writes a row only as far as it is occupied, so a section
  // row (东部地区 over its rows) has no tab at all. A caption between two
  // blocks of rows still starts a table of its own.
  const auto src = source(
      "表1 各地区产量\n"
      "地区\t小麦\t玉米\n"
      "东部地区\n"
      "山东\t12\t30\n"
      "江苏\t8\t21\n"
      "西部地区\n"
      "四川\t5\t18\n"
      "表2 各地区面积\n"
      "地区\t小麦\t玉米\n"
      "山东\t3\t4\n"
      "\n"
      "以上为初步统计。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  const retab::table& t = tables[0];
  CHECK(t.caption == "表1 各地区产量");
  CHECK(t.header_rows == 1);
  CHECK(t.rows == 6);
  CHECK(t.cols == 3);
  CHECK(text_at(t, 1, 0) == "东部地区");
  CHECK(text_at(t, 2, 2) == "30");
  CHECK(text_at(t, 4, 0) == "西部地区");
  CHECK(text_at(t, 5, 1) == "5");
  CHECK(tables[1].caption == "表2 各地区面积");
  CHECK(tables[1].rows == 2);

  // A unit note between two blocks stands above the second table.
  const auto noted = source(
      "地区\t小麦\t玉米\n"
      "山东\t12\t30\n"
      "江苏\t8\t21\n"
      "单位:公顷\n"
      "地区\t水稻\t大豆\n"
      "四川\t3\t4\n"
      "湖南\t6\t2\n");
  CHECK(retab::find_tables(noted).size() == 2);
}

TEST_CASE("Pipe rows: a word written once joins the words before another word in its place", "[scanner][words]") {
  // 暂缓 is written once, where 是 and 否 stand; 良 after it stands where
  // the grades stand in every row, so 暂缓 is a value too.
  const auto src = source(
      "表5 检查结果\n"
      "单位 | 是否达标 | 等级 | 得分 |\n"
      "甲厂 | 是 | 优 | 95 |\n"
      "乙厂 | 是 | 良 | 85 |\n"
      "丙厂 | 否 | 优 | 90 |\n"
      "丁厂 | 暂缓 | 良 | 70 |\n"
      "戊厂 | 否 | 良 | 60 |\n"
      "正文继续。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.label_cols == 1);
  CHECK(text_at(t, 4, 1) == "暂缓");
  CHECK(text_at(t, 4, 3) == "70");
  REQUIRE(!t.evidence.empty());
  const bool named = std::any_of(t.evidence.begin(), t.evidence.end(), [](const std::string& e) {
    return e.find("暂缓") != std::string::npos;
  });
  CHECK(named);
}

TEST_CASE("Tab and Markdown headers: merged cells cover the positions they left empty", "[scanner][spans]") {
  // 项目 beside both header rows, 本年 and 上年 over their two leaves.
  const auto tabs = source(
      "表2 收支\n"
      "项目\t本年\t\t上年\t\n"
      "\t收入\t支出\t收入\t支出\n"
      "甲\t1\t2\t3\t4\n"
      "乙\t5\t6\t7\t8\n");
  const auto tab_tables = retab::find_tables(tabs);
  REQUIRE(tab_tables.size() == 1);
  const retab::table& t = tab_tables[0];
  REQUIRE(t.header_rows == 2);
  const retab::cell* item = anchor(t, "项目");
  REQUIRE(item);
  CHECK((item->rowspan == 2 && item->colspan == 1));
  const retab::cell* this_year = anchor(t, "本年");
  REQUIRE(this_year);
  CHECK((this_year->col == 1 && this_year->colspan == 2 && this_year->rowspan == 1));
  const retab::cell* last_year = anchor(t, "上年");
  REQUIRE(last_year);
  CHECK((last_year->col == 3 && last_year->colspan == 2));

  // A title row over the table, a corner block with nothing under it, and a
  // stub over the nested label columns; a leaf row's empty cell stays empty.
  const auto md = source(
      "| 附表 各类申请 | | | |\n"
      "|---|---|---|---|\n"
      "| 类别 | | 本年 | 上年 |\n"
      "| 一、新收 | (一)当面 | 3 | 4 |\n"
      "| | (二)网络 | 5 | |\n");
  const auto md_tables = retab::find_tables(md);
  REQUIRE(md_tables.size() == 1);
  const retab::table& m = md_tables[0];
  REQUIRE(m.header_rows == 2);
  const retab::cell* title = anchor(m, "附表 各类申请");
  REQUIRE(title);
  CHECK((title->colspan == 4 && title->rowspan == 1));
  const retab::cell* kind = anchor(m, "类别");
  REQUIRE(kind);
  CHECK(kind->colspan == 2);
  const retab::cell* last = anchor(m, "上年");
  REQUIRE(last);
  CHECK(last->colspan == 1);

  // A corner cell with nothing named under it covers the whole block.
  const auto corner = source(
      "(本表按季度统计)\t\t本年\t\n"
      "\t\t收入\t支出\n"
      "一、新收\t当面\t1\t2\n"
      "\t网络\t3\t4\n");
  const auto corner_tables = retab::find_tables(corner);
  REQUIRE(corner_tables.size() == 1);
  const retab::cell* note = anchor(corner_tables[0], "(本表按季度统计)");
  REQUIRE(note);
  CHECK((note->colspan == 2 && note->rowspan == 2));
}

TEST_CASE("Tab rows: row labels cover the positions their merged cell left empty", "[scanner][spans]") {
  // 一、新收 heads the rows whose labels start further right; (一)当面 has
  // no deeper label, so it covers both inner label columns; 二、结转 and its
  // values stand alone; the block title 附：说明 covers its whole row, while
  // 2.重复 with empty values stays one cell.
  const auto src = source(
      "项目\t\t\t本年\t上年\n"
      "一、新收\t(一)当面\t\t3\t4\n"
      "\t(二)网络\t1.网站\t5\t6\n"
      "\t\t2.重复\t\t\n"
      "二、结转\t\t\t7\t8\n"
      "附：说明\t\t\t\t\n"
      "三、办结\t(一)按时\t\t9\t10\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.header_rows == 1);
  const retab::cell* item = anchor(t, "项目");
  REQUIRE(item);
  CHECK(item->colspan == 3);
  const retab::cell* received = anchor(t, "一、新收");
  REQUIRE(received);
  CHECK((received->rowspan == 3 && received->colspan == 1));
  const retab::cell* in_person = anchor(t, "(一)当面");
  REQUIRE(in_person);
  CHECK((in_person->colspan == 2 && in_person->rowspan == 1));
  const retab::cell* online = anchor(t, "(二)网络");
  REQUIRE(online);
  CHECK((online->rowspan == 2 && online->colspan == 1));
  const retab::cell* repeated = anchor(t, "2.重复");
  REQUIRE(repeated);
  CHECK((repeated->colspan == 1 && repeated->rowspan == 1));
  const retab::cell* carried = anchor(t, "二、结转");
  REQUIRE(carried);
  CHECK((carried->colspan == 3 && carried->rowspan == 1));
  const retab::cell* note = anchor(t, "附：说明");
  REQUIRE(note);
  CHECK(note->colspan == 5);
}

TEST_CASE("Tab and Markdown spans grown across and down never cover a position twice", "[scanner][spans]") {
  // 说明 stands alone in a header row between two others: it spans its row,
  // and 甲类 and 乙类 above it no longer span down through it. Before, both
  // claimed 说明's row, and the workbook held overlapping merges.
  const auto md = source(
      "| 第一部分 |  |  |\n"
      "|---|---|---|\n"
      "| 项目 | 甲类 | 乙类 |\n"
      "| 说明 |  |  |\n"
      "| 项目 | 数量 | 金额 |\n"
      "| 合计 | 3 | 5 |\n");
  const auto tabs = source(
      "第一部分\n"
      "项目\t甲类\t乙类\n"
      "说明\n"
      "项目\t数量\t金额\n"
      "合计\t3\t5\n");
  for (const retab::source_text* src : {&md, &tabs}) {
    const auto tables = retab::find_tables(*src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    INFO(retab::layout_name(t.source_layout));
    CHECK(retab::test::no_position_covered_twice(t));
    const retab::cell* note = anchor(t, "说明");
    REQUIRE(note);
    CHECK((note->colspan == 3 && note->rowspan == 1));
    const retab::cell* first = anchor(t, "甲类");
    REQUIRE(first);
    CHECK(first->rowspan == 1);
  }
}

TEST_CASE("Pipe cells: a table wider than the widths searched is read at the width its padding proves",
          "[scanner][pipe-cell]") {
  // A title over 70 columns is followed by 69 padding pipes. Widths past 64
  // are not searched, and none was left to try: the reader crashed.
  std::string text = "逐时观测如下。\n各时次气温 |\n" + std::string(69, '|') + "\n站名 |\n";
  for (int k = 1; k < 70; ++k) text += "T" + std::to_string(k) + " |\n";
  for (const char* station : {"甲站 |\n", "乙站 |\n"}) {
    text += station;
    for (int k = 1; k < 70; ++k) text += std::to_string(k % 13) + ".5 |\n";
  }
  text += "以上为初步统计。\n";
  const auto src = source(text);
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 70);
  CHECK(t.rows == 4);
  const retab::cell* title = anchor(t, "各时次气温");
  REQUIRE(title);
  CHECK(title->colspan == 70);
  CHECK(text_at(t, 3, 69) == "4.5");
}

TEST_CASE("Tab rows: the days down a daily table are its row labels", "[scanner][tab]") {
  // 1日, 2日 name days, as 2000年 names a year: labels, not counts of days.
  const auto src = source(
      "表2 逐日降水量(mm)\n"
      "日期\t甲站\t乙站\t丙站\n"
      "1日\t12.5\t3.0\t0.0\n"
      "2日\t0.0\t1.2\t5.5\n"
      "3日\t8.8\t7.1\t2.2\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].label_cols == 1);
  CHECK(tables[0].header_rows == 1);
}

TEST_CASE("Pipe rows: Markdown-style rows without a delimiter line", "[scanner][pipe-row]") {
  // When every row opens with a bar, the bar opens the row; it closes no
  // empty first cell. Rows written without blanks (|东区|12|) read alike;
  // before, they crashed the reader (rows of no cells, a table 0 wide).
  for (const char* text : {"| 地区 | 人口 |\n| 东区 | 12 |\n| 西区 | 15 |\n", "|地区|人口|\n|东区|12|\n|西区|15|\n"}) {
    INFO(text);
    const auto src = source(text);
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    CHECK(t.cols == 2);
    CHECK(t.rows == 3);
    CHECK(text_at(t, 0, 0) == "地区");
    CHECK(text_at(t, 2, 1) == "15");
  }
  // Where only some rows open with a bar, it closes an empty cell, as
  // web-to-text tools write one (an empty corner over the row labels).
  const auto corner = source("| 2019年 | 2020年 |\n东区 | 12 | 13 |\n西区 | 15 | 16 |\n");
  const auto tables = retab::find_tables(corner);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].cols == 3);
  CHECK(text_at(tables[0], 0, 1) == "2019年");
  // Bars with nothing between them make no table.
  for (const char* text : {"|5|\n|1|\n", "||\n||\n", "| |\n| |\n"}) {
    INFO(text);
    const auto bars = source(text);
    CHECK(retab::find_tables(bars).empty());
  }
}
