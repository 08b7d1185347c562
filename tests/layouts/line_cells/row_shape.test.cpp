// The shape of line-cell rows: label and value columns, row groups and
// section rows, label columns spanning down, unit and padding columns. Each
// rule on a small hand-made report.
#include "line_cells_text.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using retab::test::anchor;
using retab::test::line_cells;
using retab::test::source;
using retab::test::text_at;

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

TEST_CASE("Line cells: labels at two outline levels before empty counts show how deep the label columns go",
          "[layouts][line-cell]") {
  // Every row that carries labels at two levels (二、 with (一), (二) with
  // 1.) has its counts left empty, so the rows with a value carry one label
  // each. The empty rows' labels still show three label columns; counted
  // from the rows with values alone, the header was laid out one column
  // short and 申请人 sat over the last label column.
  const auto src = source(line_cells({"表3 申请办理情况", "项目", "申请人", "总计", "自然人", "法人",
                                      "一、本年新收申请数量", "4", "2", "6", "二、本年度办理结果", "（一）予以公开", "",
                                      "", "", "（二）不予公开", "1.属于国家秘密", "", "", "", "2.其他原因", "3", "",
                                      "3", "（三）其他处理", "", "2", "2", "三、结转下年度继续办理", "1", "", "1",
                                      "以上为本年度数据。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.label_cols == 3);
  const retab::cell* applicants = anchor(t, "申请人");
  REQUIRE(applicants);
  CHECK((applicants->row == 0 && applicants->col == 3 && applicants->colspan == 2));
  CHECK(text_at(t, 1, 3) == "自然人");
  const retab::cell* total = anchor(t, "总计");
  REQUIRE(total);
  CHECK((total->col == 5 && total->rowspan == 2));
  CHECK(text_at(t, 5, 2) == "2.其他原因");
  CHECK(text_at(t, 5, 3) == "3");
}

TEST_CASE("Line cells: rows with every count left empty before the first value are rows, not header",
          "[layouts][line-cell]") {
  // 规章 and 行政规范性文件 each end in three empty cells, and no value is
  // written before the next block: read as header, they made the header run
  // down to 行政许可 and the table one value wide. Two labels in a row, each
  // before the same empty cells, the second alone, are rows.
  const auto src = source(line_cells({"二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数",
                                      "本年废止件数", "现行有效件数", "规章", "", "", "", "行政规范性文件", "", "", "",
                                      "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "12",
                                      "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "5", "行政强制",
                                      "3", "三、收到和处理政府信息公开申请情况", "本年度共收到申请若干件。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 2);
  CHECK(text_at(t, 1, 3) == "现行有效件数");
  CHECK(text_at(t, 2, 0) == "规章");
  CHECK(text_at(t, 3, 0) == "行政规范性文件");
  CHECK(text_at(t, 3, 3).empty());
  CHECK(text_at(t, 6, 1) == "12");
}

TEST_CASE("Line cells: one row with every count left empty right before the first value is a row",
          "[layouts][line-cell]") {
  // 图书馆 ends in three empty cells, as many as 文化馆 has values after it,
  // and the cells before it name every column: a row. Read as the header's
  // end, it left 3 values the width of one row in five, so the table came
  // out one value wide under a header of six cells.
  const auto src = source(line_cells({"各单位设施情况如下。", "一、设施与经费", "第一部分 设施", "类别", "新建", "改建",
                                      "现有", "图书馆", "", "", "", "文化馆", "4", "", "", "第二部分 经费", "类别",
                                      "年度经费（万元）", "图书馆", "120", "文化馆", "80", "博物馆", "60",
                                      "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 2);
  CHECK(text_at(t, 1, 3) == "现有");
  CHECK(text_at(t, 2, 0) == "图书馆");
  CHECK(text_at(t, 2, 1).empty());
  CHECK(text_at(t, 3, 1) == "4");
  CHECK(text_at(t, 6, 1) == "120");

  // A lone header cell before empty cells names no column of theirs: it
  // stays the header (地区 over the two count columns).
  const auto unnamed = source(line_cells({"各地区的数量如下。", "表3 各地区数量", "地区", "", "", "北京", "4", "5",
                                          "上海", "2", "1", "以上数据截至年底。"}));
  const auto found = retab::find_tables(unnamed);
  REQUIRE(found.size() == 1);
  CHECK(found[0].header_rows == 1);
  CHECK(found[0].cols == 3);
  CHECK(text_at(found[0], 0, 0) == "地区");
  CHECK(text_at(found[0], 1, 0) == "北京");
}

TEST_CASE("Line cells: blocks of empty cells after a table, with no value, are no second table",
          "[layouts][line-cell]") {
  // 表4 and its header, then 图书馆 and 文化馆 分馆, each before three empty
  // cells: blocks with no value, cut off after 表3's rows, holding nothing
  // that makes them a table. The last run stands right before no value at
  // all: the check for a row of empty counts before the first value read
  // one run past the end here.
  const auto src = source(line_cells({"各地区的数量如下。", "表3 各地区数量", "地区", "男", "女", "北京", "4", "5",
                                      "上海", "2", "1", "表4 各类设施数量", "设施", "新建", "改建", "现有", "图书馆",
                                      "", "", "", "文化馆", "分馆", "", "", "", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].caption == "表3 各地区数量");
  CHECK(tables[0].cols == 3);
  CHECK(text_at(tables[0], 2, 2) == "1");
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

TEST_CASE("Line cells: an empty cell after a header that fits the whole row by its repeats is the row's first value",
          "[layouts][line-cell][padding]") {
  // The row ends in an empty cell and so does the header, as a padding
  // column would have it; but 甲类 乙类 合计, written once and repeated under
  // 一审 and 二审, make the header 9 columns wide, the row's whole length
  // with its empty first value (a count of nothing left empty), and not the
  // 7 left without it and a padding column.
  const auto src = source(line_cells({"表2 复核与起诉", "复核", "起诉", "甲类", "乙类", "合计", "一审", "二审", "甲类",
                                      "乙类", "合计", "甲类", "乙类", "合计", "", "1", "", "2", "3", "", "4", "5", "",
                                      "正文继续。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 9);
  CHECK(t.header_rows == 3);
  const retab::cell* review = anchor(t, "复核");
  REQUIRE(review);
  CHECK(review->colspan == 3);
  CHECK(text_at(t, 1, 3) == "一审");
  CHECK(text_at(t, 3, 0).empty());
  CHECK(text_at(t, 3, 1) == "1");
  CHECK(text_at(t, 3, 7) == "5");
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

TEST_CASE("Line cells: a row's empty cells are no row of brackets, and a row of them alone is a row",
          "[layouts][line-cell][empty-rows]") {
  // Counts of nothing left empty: 甲规章 5 and two empty cells, then 乙文件
  // with three. Blocks under block titles hold one value a row, so the
  // three-value rows are the widest that recur only when 乙文件's row counts;
  // and 5's empty cells are no empty label over a row of bracketed numbers
  // (standard errors), which would part the row after 5.
  const auto src = source(line_cells({"表1 公开情况", "第一类", "名称", "新增数", "废止数", "有效数", "甲规章", "5",
                                      "", "", "乙文件", "", "", "", "第二类", "名称", "决定数", "许可", "120", "第三类",
                                      "名称", "决定数", "处罚", "30", "强制", "12", "以上为本年度数据。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  const retab::cell* rules = anchor(t, "甲规章");
  REQUIRE(rules);
  CHECK(rules->col == 0);
  CHECK(text_at(t, rules->row, 1) == "5");
  CHECK(text_at(t, rules->row - 1, 3) == "有效数");
  const retab::cell* files = anchor(t, "乙文件");
  REQUIRE(files);
  CHECK((files->row == rules->row + 1 && files->col == 0));
  const retab::cell* permit = anchor(t, "许可");
  REQUIRE(permit);
  CHECK(text_at(t, permit->row, 1) == "120");
}
