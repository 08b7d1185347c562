#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using retab::test::anchor;
using retab::test::source;
using retab::test::text_at;

TEST_CASE("Values land under their columns when labels are nested", "[model][spans]") {
  // 3 label levels + 3 values; row "(二)..." sits under "二、" which spans down.
  const auto src = source(
      "标题\n"
      "项目 |\n甲 |\n乙 |\n合计 | ||\n"
      "一、收到 |\n1 |\n2 |\n3 | ||\n"
      "二、办理 |\n(一)答复 |\n4 |\n5 |\n9 | |\n"
      "(二)转办 |\n1.县级 |\n6 |\n7 |\n13 | |\n"
      "2.村级 |\n8 |\n9 |\n17 | ||\n"
      "三、结转 |\n0 |\n0 |\n0 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.label_cols == 3);
  CHECK(text_at(t, 1, 5) == "3");
  CHECK(text_at(t, 3, 1) == "(二)转办");
  CHECK(text_at(t, 3, 2) == "1.县级");
  CHECK(text_at(t, 3, 5) == "13");
  CHECK(text_at(t, 4, 2) == "2.村级");
  CHECK(text_at(t, 4, 5) == "17");
  const retab::cell* handled = anchor(t, "二、办理");
  REQUIRE(handled != nullptr);
  CHECK(handled->rowspan == 3);
  const retab::cell* transfer = anchor(t, "(二)转办");
  REQUIRE(transfer != nullptr);
  CHECK(transfer->rowspan == 2);
  const retab::cell* carried = anchor(t, "三、结转");
  REQUIRE(carried != nullptr);
  CHECK(carried->colspan == 3);
}

TEST_CASE("Header cells span down or across the header row below", "[model][spans][header]") {
  // 来信人 and 合计 span two header rows, 单位 spans its three sub-columns.
  const auto src = source(
      "说明 |\n渠道 |\n||||\n"
      "来信人 |\n单位 |\n合计 | |||\n"
      "企业 |\n学校 |\n其他 |\n|||\n"
      "一、收到 |\n1 |\n2 |\n3 |\n4 |\n10 |\n"
      "二、结转 |\n0 |\n1 |\n0 |\n0 |\n1 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 6);
  CHECK(t.header_rows == 3);
  const retab::cell* stub = anchor(t, "说明");
  REQUIRE(stub);
  CHECK(stub->rowspan == 3);
  const retab::cell* person = anchor(t, "来信人");
  REQUIRE(person);
  CHECK((person->col == 1 && person->rowspan == 2));
  const retab::cell* unit = anchor(t, "单位");
  REQUIRE(unit);
  CHECK((unit->col == 2 && unit->colspan == 3));
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->col == 5 && total->rowspan == 2));
  CHECK(text_at(t, 2, 2) == "企业");
  CHECK(text_at(t, 3, 5) == "10");
}

TEST_CASE("A short row's last value spans to the edge", "[model][spans]") {
  const auto src = source(
      "第一项 | |||\n信息内容 | 上年 | 增减 | 本年 |\n行政许可 | 711 | -5 | 706 |\n"
      "第二项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政处罚 | 54614 | ||\n行政强制 | 140 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  const retab::cell* section = anchor(t, "第二项");
  REQUIRE(section);
  CHECK(section->colspan == 4);
  const retab::cell* value = anchor(t, "54614");
  REQUIRE(value);
  CHECK((value->col == 1 && value->colspan == 3));
  CHECK(text_at(t, 6, 1) == "140");
}

TEST_CASE("Tab rows written only as far as occupied move their values right", "[model][spans][tab]") {
  const auto src = source(
      "说明\t情况\t\t\t总计\n"
      "\t甲\t乙\t丙\t\n"
      "一、收到\t1\t2\t3\t6\n"
      "三、结果\t(一)答复\t\t\t\t5\n"
      "\t(二)其他\t1\t1\t0\t2\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(text_at(t, 2, 2) == "1");
  CHECK(text_at(t, 2, 5) == "6");
  CHECK(text_at(t, 3, 5) == "5");
  CHECK(text_at(t, 4, 1) == "(二)其他");
  CHECK(text_at(t, 4, 5) == "2");
}

TEST_CASE("A short tab row that ends where its own sub-header ends stays under its names", "[model][spans][tab]") {
  // Two sub-tables in one grid: the second names only three columns, and its
  // row, one field short of the table, belongs under those three names.
  const auto src = source(
      "第一部分\t\t\t\n"
      "项目\t上年\t增减\t本年\n"
      "许可\t561\t27\t588\n"
      "第二部分\t\t\t\n"
      "项目\t数量\t金额\t\n"
      "采购\t861\t695.8万元\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(text_at(t, 2, 3) == "588");
  CHECK(text_at(t, 5, 1) == "861");
  CHECK(text_at(t, 5, 2) == "695.8万元");
  CHECK(text_at(t, 5, 3).empty());
}

TEST_CASE("Line-per-cell rows are recovered from labels and values", "[model][spans][line-cell]") {
  const auto src = source(
      "附表\n\n指标\n\n单位\n\n数量\n\n一、收入情况\n\n\n\n(一)工资\n\n元\n\n300\n\n(二)奖金\n\n元\n\n40\n\n"
      "二、支出情况\n\n\n\n(一)房租\n\n元\n\n120\n\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.caption == "附表");
  CHECK(text_at(t, 0, 0) == "指标");
  CHECK(text_at(t, 1, 0) == "一、收入情况");
  CHECK(text_at(t, 2, 1) == "元");
  CHECK(text_at(t, 3, 2) == "40");
  CHECK(text_at(t, 5, 2) == "120");
}

TEST_CASE("A short row with one value per header group takes the groups' spans", "[model][spans]") {
  // 变量 spans two header rows; each year spans 系数 and P值; the last row
  // has one value per year.
  const auto src = source(
      "变量 | 2000年 | 2005年 | ||\n"
      "系数 | P值 | 系数 | P值 | |\n"
      "人均GDP | -0.083 | 0.097 | -0.008 | 0.922 |\n"
      "决定系数 | 0.796 | 0.841 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 5);
  const retab::cell* a = anchor(t, "0.796");
  const retab::cell* b = anchor(t, "0.841");
  REQUIRE((a && b));
  CHECK((a->col == 1 && a->colspan == 2));
  CHECK((b->col == 3 && b->colspan == 2));
}

TEST_CASE("A row with a cell for every column has nothing merged", "[model][spans]") {
  // 单位 is text, so it counts as a label; the section row's placeholders
  // still fill the columns one each (3 cells in a 3-wide table).
  const auto src = source(
      "统计指标 | 单位 | 合计 |\n"
      "一、主动公开情况 | — | — |\n"
      "(一)主动公开信息数 | 条 | 467 |\n"
      "(二)规范性文件数 | 件 | 8\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  const retab::cell* section = anchor(t, "一、主动公开情况");
  REQUIRE(section);
  CHECK(section->colspan == 1);
  CHECK(text_at(t, 1, 1) == "—");
  CHECK(text_at(t, 1, 2) == "—");
  CHECK(text_at(t, 2, 2) == "467");
}

TEST_CASE("Sub-headings that divide the value columns evenly share them evenly", "[model][spans]") {
  // Four value columns, then a block with two headings: two columns each,
  // and the values below take the same groups.
  const auto src = source(
      "第一项 | ||||\n"
      "信息内容 | 甲 | 乙 | 丙 | 丁 |\n"
      "行政许可 | 1 | 2 | 3 | 4 |\n"
      "第二项 | ||||\n"
      "信息内容 | 采购项目数量 | 采购总金额 | ||\n"
      "政府集中采购 | 6 | 251000元 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 5);
  const retab::cell* count = anchor(t, "采购项目数量");
  const retab::cell* amount = anchor(t, "采购总金额");
  REQUIRE((count && amount));
  CHECK((count->col == 1 && count->colspan == 2));
  CHECK((amount->col == 3 && amount->colspan == 2));
  const retab::cell* money = anchor(t, "251000元");
  REQUIRE(money);
  CHECK((money->col == 3 && money->colspan == 2));
}

TEST_CASE("A sub-row without outline numbers sits under the label above it", "[model][spans]") {
  // 甲组 spans down over its two sub-rows; the full header row is one cell
  // per column, its empty cells included.
  const auto src = source(
      "分组 | 方法 | 样本数 | 精度 | | |\n"
      "甲组 | 旧方法 | 120 | 80.5 | 87.6 | 83.9 |\n"
      "新方法 | 118 | 73.2 | 79.1 | 76.0 | |\n"
      "乙组 | 旧方法 | 95 | 84.3 | 90.3 | 87.2 |\n"
      "新方法 | 99 | 79.8 | 77.6 | 78.7 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 6);
  CHECK(t.label_cols == 2);
  CHECK(text_at(t, 0, 0) == "分组");
  CHECK(text_at(t, 0, 1) == "方法");
  CHECK(text_at(t, 0, 3) == "精度");
  const retab::cell* group = anchor(t, "甲组");
  REQUIRE(group);
  CHECK(group->rowspan == 2);
  CHECK(text_at(t, 2, 1) == "新方法");
  CHECK(text_at(t, 2, 5) == "76.0");
  CHECK(text_at(t, 4, 5) == "78.7");
}

TEST_CASE("A sub-row whose values are all empty sits under the group label above it", "[model][spans]") {
  // 年龄 has no value, but its row is as long as its group's other sub-rows:
  // 东部组 spans down over it and the rows after it.
  const auto src = source(
      "阶段 | 项目 | 收入 | 产量 |\n"
      "东部组 | 四川 | | 40 |\n"
      "年龄 | | | |\n"
      "广东 | | 1024 | |\n"
      "西部组 | 山东 | 25 | 3 |\n"
      "陕西 | | 2 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 4);
  const retab::cell* group = anchor(t, "东部组");
  REQUIRE(group);
  CHECK(group->rowspan == 3);
  const retab::cell* empty_row = anchor(t, "年龄");
  REQUIRE(empty_row);
  CHECK((empty_row->col == 1 && empty_row->colspan == 1));
  CHECK(text_at(t, 3, 1) == "广东");
  CHECK(text_at(t, 3, 3) == "1024");
}

TEST_CASE("A row of empty values under a numbered item is a heading of its own", "[model][spans]") {
  // A numbered item heads no rows: the unnumbered row after it, with no
  // value, opens a part of the table instead of going under the unit column.
  const auto src = source(
      "项目 | 单位 | 数量 |\n"
      "(一)召开会议数 | 次 | 22 |\n"
      "(二)培训人员数 | 人次 | 1802 |\n"
      "网上服务 | | |\n"
      "(一)服务事项数 | 项 | 173 |\n"
      "(二)办件数 | 件 | 4599 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 3);
  const retab::cell* heading = anchor(t, "网上服务");
  REQUIRE(heading);
  CHECK(heading->col == 0);
  const retab::cell* item = anchor(t, "(二)培训人员数");
  REQUIRE(item);
  CHECK(item->rowspan == 1);
  CHECK(text_at(t, 4, 2) == "173");
}

TEST_CASE("A row of outline labels a level deeper each, right under the header, opens the body",
          "[model][spans]") {
  // 一、咨询答复 | (一)窗口受理 has no value, but header cells are not
  // numbered as sections: it is the body's first row, the path to the rows
  // under it.
  const auto src = source(
      "项目 | 城镇 | 农村 | ||\n"
      "一、咨询答复 | (一)窗口受理 | | | |\n"
      "(二)网上受理 | 1.不属本机关职责 | | 3 | |\n"
      "2.尚在办理 | 5 | | ||\n"
      "二、公开发布 | 0 | 12 | ||\n"
      "三、受理事项 | (一)转交办理 | 1.重复提出 | | 8 |\n"
      "2.内容不明确 | 40 | 40 | ||\n"
      "(二)信函受理 | 6 | 7 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 1);
  CHECK(t.cols == 5);
  CHECK(text_at(t, 1, 0) == "一、咨询答复");
  CHECK(text_at(t, 2, 1) == "(二)网上受理");
  CHECK(text_at(t, 3, 2) == "2.尚在办理");
  CHECK(text_at(t, 3, 3) == "5");
  CHECK(text_at(t, 7, 1) == "(二)信函受理");
}

TEST_CASE("Outline levels follow the rows in order, rows without values too", "[model][spans]") {
  // The first row with values and outline numbers opens at (二); the top
  // level, 一、, shows first in the row above it, which has none. Ranked by
  // the rows with values only, (一) would be the top level and 一、 the
  // deepest.
  const auto src = source(
      "项目 | 城镇 | 农村 | ||\n"
      "合计 | 46 | 59 | ||\n"
      "一、咨询答复 | (一)窗口受理 | | | |\n"
      "(二)网上受理 | 1.不属本机关职责 | | 3 | |\n"
      "2.尚在办理 | 5 | | ||\n"
      "二、公开发布 | 0 | 12 | ||\n"
      "三、受理事项 | (一)转交办理 | 1.重复提出 | | 8 |\n"
      "(二)信函受理 | 6 | 7 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.label_cols == 3);
  CHECK(text_at(t, 3, 1) == "(二)网上受理");
  CHECK(text_at(t, 4, 2) == "2.尚在办理");
  CHECK(text_at(t, 5, 0) == "二、公开发布");
  CHECK(text_at(t, 5, 3) == "0");
}

TEST_CASE("A column named after nested labels' shared stub keeps its place though no row reaches it",
          "[model][spans][header]") {
  // 项目 spans both label columns, so 备注 heads the fifth column, which the
  // padding pipe after it fills: no row has a value there, but it is no
  // page padding.
  const auto src = source(
      "项目 | 城镇 | 乡村 | 备注 | |\n"
      "一、办结事项 | (一)电话受理 | 3 | 256 | |\n"
      "(二)信函受理 | 256 | 97 | | |\n"
      "二、咨询答复 | 5 | 97 | |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  const retab::cell* stub = anchor(t, "项目");
  REQUIRE(stub);
  CHECK(stub->colspan == 2);
  CHECK(text_at(t, 0, 4) == "备注");
  CHECK(text_at(t, 2, 3) == "97");
}

TEST_CASE("Empty last values are no page padding while the header's cells that span down need their column",
          "[model][spans][header]") {
  // 甲类 乙类 合计 above the lowest row name leaves that 一审 and 二审
  // repeat: they span down, so the header needs 9 columns though the only
  // row's values end at the 8th; the 10th, empty everywhere, is padding.
  const auto src = source(
      "复核 | 起诉 | ||||||||\n"
      "甲类 | 乙类 | 合计 | 一审 | 二审 | |||||\n"
      "甲类 | 乙类 | 合计 | 甲类 | 乙类 | 合计 | ||||\n"
      "| 1 | | 2 | 3 | | 4 | 5 | | |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 9);
  const retab::cell* review = anchor(t, "复核");
  REQUIRE(review);
  CHECK(review->colspan == 3);
  CHECK(text_at(t, 0, 3) == "起诉");
  CHECK(text_at(t, 1, 3) == "一审");
  CHECK(text_at(t, 1, 6) == "二审");
  CHECK(text_at(t, 2, 8) == "合计");
  CHECK(text_at(t, 3, 1) == "1");
  CHECK(text_at(t, 3, 7) == "5");
}

TEST_CASE("A row of empty cells under rows of names is the body under a header", "[model][spans][header]") {
  // Every count left empty: no row holds a value, yet this is no table of
  // words; the names above the empty row are a header of two rows.
  const auto src = source(
      "复核 | 起诉 | ||\n"
      "甲类 | 乙类 | 甲类 | 乙类 |\n"
      "| | | |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 2);
  const retab::cell* review = anchor(t, "复核");
  REQUIRE(review);
  CHECK(review->colspan == 2);
  const retab::cell* suit = anchor(t, "起诉");
  REQUIRE(suit);
  CHECK((suit->col == 2 && suit->colspan == 2));
}

TEST_CASE("Rows of labels before empty cells, under rows of names, are the body", "[model][spans][header]") {
  // Every count left empty, and the rows keep their labels: the first row
  // that ends in empty cells written out opens the body, as the rows of
  // names above it end in a name. Without a value nothing shows where the
  // content ends, so the width stays: 自然人 spans down as well as 总计.
  const auto src = source(
      "项目 | 申请人情况 | ||||\n"
      "自然人 | 法人 | 总计 | |||\n"
      "企业 | 机构 | ||||\n"
      "一、新收申请 | | | | | |\n"
      "二、办理结果 | （一）予以公开 | | | | |\n"
      "（二）不予公开 | | | | | |\n"
      "三、结转下年 | | | | |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.header_rows == 3);
  CHECK(t.label_cols == 2);
  const retab::cell* applicants = anchor(t, "申请人情况");
  REQUIRE(applicants);
  CHECK((applicants->col == 2 && applicants->colspan == 4));
  const retab::cell* people = anchor(t, "自然人");
  REQUIRE(people);
  CHECK((people->col == 2 && people->rowspan == 2));
  const retab::cell* total = anchor(t, "总计");
  REQUIRE(total);
  CHECK((total->col == 5 && total->rowspan == 2));
  CHECK(text_at(t, 2, 3) == "企业");
  CHECK(text_at(t, 5, 1) == "（二）不予公开");
  // --explain says which rows the header is, and why: no value is there to
  // stand under it.
  CHECK(std::find(t.evidence.begin(), t.evidence.end(),
                  "header rows: 3 (no row holds a value: the rows of names above the first row of labels ending in "
                  "empty cells)") != t.evidence.end());
}

TEST_CASE("A row of one label and empty cells under a row of names opens the body", "[model][spans][header]") {
  // Every count of the first blocks left empty: 规章 | | | | under the
  // names of its block is a row of the body, not a header row, though the
  // first number stands three blocks further down.
  const auto src = source(
      "第一项 | |||\n"
      "类别 | 新增数 | 废止数 | 有效数 |\n"
      "规章 | | | |\n"
      "文件 | | | |\n"
      "第二项 | |||\n"
      "类别 | 决定数 | ||\n"
      "许可 | | | |\n"
      "第三项 | |||\n"
      "类别 | 采购数 | 采购金额 | |\n"
      "集中采购 | | 12.5 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 2);
  CHECK(text_at(t, 2, 0) == "规章");
  CHECK(text_at(t, 6, 0) == "许可");
  CHECK(text_at(t, 8, 1) == "采购数");
  CHECK(text_at(t, 9, 0) == "集中采购");
  CHECK(text_at(t, 9, 2) == "12.5");
  // Not the rows above the first number, which stands nine rows down.
  CHECK(std::find(t.evidence.begin(), t.evidence.end(),
                  "header rows: 2 (the rows of names above the first row of one label and empty cells across)") !=
        t.evidence.end());
}

TEST_CASE("A row right above the first number whose labels fill the label columns, values empty, is a body row",
          "[model][spans]") {
  // 东部地区 | 湖北 names no value column, as header rows do: it is the
  // first row of its group, its values empty.
  const auto src = source(
      "区域 | 项目 | 中部 | |\n"
      "增长率 | 收入 | ||\n"
      "东部地区 | 湖北 | | |\n"
      "参保 | 5 | 1024 | |\n"
      "上海 | 1024 | 97 | |\n"
      "中部地区 | 广东 | 8 | 0 |\n"
      "西部地区 | 河南 | 97 | 256 |\n"
      "年龄 | 40 | 1 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 2);
  CHECK(t.cols == 4);
  const retab::cell* group = anchor(t, "东部地区");
  REQUIRE(group);
  CHECK((group->row == 2 && group->col == 0 && group->rowspan == 3));
  CHECK(text_at(t, 3, 1) == "参保");
  CHECK(text_at(t, 3, 3) == "1024");
}

TEST_CASE("Empty header cells continue the group on their left", "[model][spans][header]") {
  // 甲类 heads three columns (a named cell and two empty ones), 乙类 two;
  // 模型 and 总体 span down the two header rows.
  const auto src = source(
      "模型 | 甲类 | 乙类 | 总体 | |||\n"
      "精度 | | | 精度 | 召回 | ||\n"
      "基线 | 81.5 | 92 | 86.4 | 67.9 | 82.8 | 74.6 |\n"
      "改进 | 84.3 | 90.3 | 87.2 | 79.8 | 77.6 | 83.9 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 7);
  CHECK(t.header_rows == 2);
  const retab::cell* first = anchor(t, "甲类");
  const retab::cell* second = anchor(t, "乙类");
  const retab::cell* overall = anchor(t, "总体");
  REQUIRE((first && second && overall));
  CHECK((first->col == 1 && first->colspan == 3));
  CHECK((second->col == 4 && second->colspan == 2));
  CHECK((overall->col == 6 && overall->rowspan == 2));
  CHECK(text_at(t, 1, 4) == "精度");
  CHECK(text_at(t, 1, 5) == "召回");
}

TEST_CASE("Groups over a repeated run of sub-headers sit over columns whose numbers read alike",
          "[model][spans][header]") {
  // 面积 and 变化 span down; 产量 and 单产 each cover 2020年 / 2021年. Left to
  // right, 面积 and 产量 would span down instead.
  const auto src = source(
      "地区 | 面积 | 产量 | 单产 | 变化 | ||\n"
      "2020年 | 2021年 | 2020年 | 2021年 | |||\n"
      "甲 | 12 | 500 | 520 | 50 | 52 | 4 |\n"
      "乙 | 30 | 800 | 790 | 27 | 26 | -1 |\n"
      "丙 | 7 | 210 | 240 | 30 | 34 | 14 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 7);
  const retab::cell* area = anchor(t, "面积");
  REQUIRE(area != nullptr);
  CHECK(area->col == 1);
  CHECK(area->rowspan == 2);
  const retab::cell* yield = anchor(t, "产量");
  REQUIRE(yield != nullptr);
  CHECK(yield->col == 2);
  CHECK(yield->colspan == 2);
  const retab::cell* per_area = anchor(t, "单产");
  REQUIRE(per_area != nullptr);
  CHECK(per_area->col == 4);
  CHECK(per_area->colspan == 2);
  const retab::cell* change = anchor(t, "变化");
  REQUIRE(change != nullptr);
  CHECK(change->col == 6);
  CHECK(change->rowspan == 2);
}

TEST_CASE("Alike neighbouring numbers do not move a group over sub-headers that do not repeat",
          "[model][spans][header]") {
  // LL and AIC read alike, but 检验 is the header over M2 / df / P.
  const auto src = source(
      "模型 | LL | AIC | 检验 | ||\n"
      "M2 | df | P | |||\n"
      "A | 100 | 110 | 12 | 8 | 0.1 |\n"
      "B | 120 | 128 | 15 | 9 | 0.2 |\n"
      "C | 90 | 99 | 11 | 7 | 0.3 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 6);
  const retab::cell* test = anchor(t, "检验");
  REQUIRE(test != nullptr);
  CHECK(test->col == 3);
  CHECK(test->colspan == 3);
  CHECK(text_at(t, 1, 3) == "M2");
}

TEST_CASE("A header row printed twice side by side spans down the same cells in both copies",
          "[model][spans][header]") {
  const auto src = source(
      "年份 | 甲法 | 乙法 | 年份 | 甲法 | 乙法 | ||||\n"
      "东区 | 西区 | 东区 | 西区 | 东区 | 西区 | 东区 | 西区 | ||\n"
      "2001 | 高 | 低 | 中 | 低 | 2004 | 高 | 高 | 中 | 中 |\n"
      "2002 | 低 | 低 | 高 | 中 | 2005 | 中 | 低 | 低 | 高 |\n"
      "2003 | 中 | 高 | 低 | 高 | 2006 | 低 | 中 | 高 | 低 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 10);
  CHECK(text_at(t, 0, 0) == "年份");
  CHECK(text_at(t, 0, 1) == "甲法");
  CHECK(text_at(t, 0, 3) == "乙法");
  CHECK(text_at(t, 0, 5) == "年份");
  CHECK(text_at(t, 0, 6) == "甲法");
  CHECK(text_at(t, 0, 8) == "乙法");
  for (const retab::cell& c : t.cells)
    if (c.text == "年份") CHECK(c.rowspan == 2);
  CHECK(text_at(t, 1, 1) == "东区");
  CHECK(text_at(t, 1, 9) == "西区");
}

TEST_CASE("A group header that starts with its first leaf's name sits over that leaf", "[model][spans][header]") {
  // t检验 covers t and P; left to right, t检验 and 人数 would span down and
  // 均值 would cover t and P instead.
  const auto src = source(
      "组别 | t检验 | 人数 | 均值 | |\n"
      "t | P | |||\n"
      "甲组 | 2.10 | 0.04 | 30 | 5.2 |\n"
      "乙组 | 1.20 | 0.24 | 28 | 4.8 |\n"
      "丙组 | 0.90 | 0.37 | 31 | 5.0 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  REQUIRE(t.cols == 5);
  const retab::cell* test = anchor(t, "t检验");
  REQUIRE(test != nullptr);
  CHECK(test->col == 1);
  CHECK(test->colspan == 2);
  CHECK(text_at(t, 1, 1) == "t");
  CHECK(text_at(t, 1, 2) == "P");
  const retab::cell* mean = anchor(t, "均值");
  REQUIRE(mean != nullptr);
  CHECK(mean->col == 4);
  CHECK(mean->rowspan == 2);
}

TEST_CASE("In a table of words under an empty corner, rows a cell short sit under the corner",
          "[model][spans][words]") {
  // A contingency table: 样本 spans down, the empty corner heads the row
  // labels, and each row below (one pad pipe, the last row unpadded) is one
  // cell short of the top row.
  const auto src = source(
      "下表说明两类判断。\n"
      "样本 | | 判为甲 | 判为乙 |\n"
      "实为甲 | 对的甲 | 错的乙 | |\n"
      "实为乙 | 错的甲 | 对的乙 |\n"
      "以上为说明。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  const retab::cell* sample = anchor(t, "样本");
  REQUIRE(sample);
  CHECK((sample->col == 0 && sample->rowspan == 3));
  CHECK(text_at(t, 1, 1) == "实为甲");
  CHECK(text_at(t, 1, 3) == "错的乙");
  CHECK(text_at(t, 2, 1) == "实为乙");
  CHECK(text_at(t, 2, 3) == "对的乙");
}

TEST_CASE("A table of words without an empty corner keeps short rows at the left", "[model][spans][words]") {
  const auto src = source(
      "下表列出术语。\n"
      "术语 | 定义 | 备注 |\n"
      "样本 | 被观察的对象 | |\n"
      "总体 | 全部对象 |\n"
      "以上为术语。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(text_at(t, 1, 0) == "样本");
  CHECK(text_at(t, 2, 0) == "总体");
  CHECK(text_at(t, 2, 1) == "全部对象");
}

TEST_CASE("A unit column has its own header cell beside the stub", "[model][spans][header]") {
  // 项目 and 单位 both span down the two header rows; 类型 groups three
  // leaves and 总计 spans down. Read as one stub over both label columns,
  // 单位 would become a group over value columns.
  const auto src = source(
      "表2 办理情况\n"
      "项目 | 单位 | 类型 | 总计 | ||\n"
      "甲类 | 乙类 | 丙类 | |||\n"
      "一、受理 | 件 | 1 | 2 | 3 | 6 |\n"
      "二、办结 | 项 | 4 | 5 | 6 | 15 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  const retab::cell* unit = anchor(t, "单位");
  REQUIRE(unit);
  CHECK((unit->col == 1 && unit->rowspan == 2));
  const retab::cell* kind = anchor(t, "类型");
  REQUIRE(kind);
  CHECK((kind->col == 2 && kind->colspan == 3));
  CHECK(text_at(t, 1, 2) == "甲类");
  CHECK(text_at(t, 3, 5) == "15");
}

TEST_CASE("Header cells span down from the row where every group then heads two cells or more",
          "[model][spans][header]") {
  // 得分 spans down all three rows and 标准差 two; spanning both down from
  // the middle row instead would leave 西部 over 实验组 alone.
  const auto src = source(
      "表1 估计结果\n"
      "类别 | 得分 | 西部 | ||||\n"
      "标准差 | 男性 | 实验组 | ||||\n"
      "收入 | 支出 | 系数 | 比例 | |||\n"
      "四川 | 36.5% | 98.6% | 32.1% | 47.4% | 0.4% | 29.2% |\n"
      "河南 | 72.6% | 88.5% | 57.2% | 77.6% | 23.4% | 28.2% |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 7);
  const retab::cell* score = anchor(t, "得分");
  REQUIRE(score);
  CHECK((score->col == 1 && score->rowspan == 3));
  const retab::cell* west = anchor(t, "西部");
  REQUIRE(west);
  CHECK((west->col == 2 && west->colspan == 5));
  const retab::cell* spread = anchor(t, "标准差");
  REQUIRE(spread);
  CHECK((spread->row == 1 && spread->col == 2 && spread->rowspan == 2));
  const retab::cell* men = anchor(t, "男性");
  REQUIRE(men);
  CHECK((men->col == 3 && men->colspan == 2));
  CHECK(text_at(t, 2, 3) == "收入");
  CHECK(text_at(t, 2, 6) == "比例");
}

TEST_CASE("Cells that share out evenly under the groups above take the same roles under each",
          "[model][spans][header]") {
  // 城市 and 农村 each head two cells of the middle row. Left to right, 人口
  // and 东区 would span down, leaving 城市 over two columns and 农村 over
  // four; under each group its first cell spans down instead.
  const auto src = source(
      "表2 城乡分组\n"
      "项目 | 城市 | 农村 | ||||\n"
      "人口 | 东区 | 面积 | 西区 | |||\n"
      "甲 | 乙 | 丙 | 丁 | |||\n"
      "上半年 | 12 | 3.5 | 1.2 | 20 | 0.8 | 0.6 |\n"
      "下半年 | 15 | 4.1 | 1.6 | 22 | 0.9 | 0.7 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 7);
  const retab::cell* city = anchor(t, "城市");
  REQUIRE(city);
  CHECK((city->col == 1 && city->colspan == 3));
  const retab::cell* country = anchor(t, "农村");
  REQUIRE(country);
  CHECK((country->col == 4 && country->colspan == 3));
  const retab::cell* people = anchor(t, "人口");
  REQUIRE(people);
  CHECK((people->row == 1 && people->col == 1 && people->rowspan == 2));
  const retab::cell* east = anchor(t, "东区");
  REQUIRE(east);
  CHECK((east->row == 1 && east->col == 2 && east->colspan == 2));
  const retab::cell* area = anchor(t, "面积");
  REQUIRE(area);
  CHECK((area->row == 1 && area->col == 4 && area->rowspan == 2));
  CHECK(text_at(t, 2, 5) == "丙");
  CHECK(text_at(t, 4, 6) == "0.7");
}

TEST_CASE("A top row of years names the columns; under a header row, years are values",
          "[model][spans][header]") {
  const auto years_on_top = source(
      "表2 近三年申请数量\n"
      "项目 | 2021 | 2022 | 2023 |\n"
      "申请数 | 120 | 135 | 150 |\n"
      "办结数 | 118 | 130 | 149 |\n"
      "如上表所示。\n");
  const auto top = retab::find_tables(years_on_top);
  REQUIRE(top.size() == 1);
  CHECK(top[0].header_rows == 1);
  CHECK(text_at(top[0], 0, 3) == "2023");
  CHECK(text_at(top[0], 2, 3) == "149");

  const auto years_below = source(
      "表5 楼宇情况\n"
      "项目 | 甲楼 | 乙楼 | 丙楼 |\n"
      "建成年份 | 1998 | 2005 | 2012 |\n"
      "面积 | 300 | 450 | 500 |\n"
      "正文。\n");
  const auto below = retab::find_tables(years_below);
  REQUIRE(below.size() == 1);
  CHECK(below[0].header_rows == 1);
  CHECK(text_at(below[0], 1, 1) == "1998");
}

TEST_CASE("A column of words among the values is not a label column", "[model][spans][words]") {
  // 达标 and 未达标 recur between each row's labels and its numbers: they are
  // the values of 评定, so the labels take two columns (三、 over its two
  // sub-rows), not three.
  const auto src = source(
      "表2 养护评定\n"
      "事项 | 评定 | 一季度 | 二季度 | |\n"
      "一、道路养护 | 达标 | 12 | 14 | |\n"
      "二、桥梁检测 | 达标 | 3 | 5 | |\n"
      "三、隧道巡查 | (一)日常巡查 | 未达标 | 7 | 9 |\n"
      "(二)专项巡查 | 达标 | 2 | 1 | |\n"
      "四、合计 | 未达标 | 24 | 29 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.label_cols == 2);
  const retab::cell* grade = anchor(t, "评定");
  REQUIRE(grade);
  CHECK(grade->col == 2);
  CHECK(text_at(t, 1, 2) == "达标");
  CHECK(text_at(t, 1, 3) == "12");
  CHECK(text_at(t, 3, 2) == "未达标");
  CHECK(text_at(t, 4, 1) == "(二)专项巡查");
  CHECK(text_at(t, 4, 2) == "达标");
  const retab::cell* tunnel = anchor(t, "三、隧道巡查");
  REQUIRE(tunnel);
  CHECK(tunnel->rowspan == 2);
  const retab::cell* total = anchor(t, "四、合计");
  REQUIRE(total);
  CHECK(total->colspan == 2);
  CHECK(text_at(t, 5, 4) == "29");
}

TEST_CASE("A label that recurs where the rows of one label stand stays a label", "[model][spans][words]") {
  // 城镇 recurs under each city, but 乡村 opens its own short row as far
  // from the end: both are labels of one column, and the cities span down.
  const auto src = source(
      "表3 人口\n"
      "地区 | 城市 | 城乡 | 人口 |\n"
      "华东 | 甲市 | 城镇 | 5 |\n"
      "乡村 | 3 | ||\n"
      "乙市 | 城镇 | 4 | |\n"
      "乡村 | 2 | ||\n"
      "丙市 | 城镇 | 6 | |\n"
      "乡村 | 1 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.label_cols == 3);
  CHECK(text_at(t, 0, 2) == "城乡");
  CHECK(text_at(t, 1, 2) == "城镇");
  CHECK(text_at(t, 2, 2) == "乡村");
  CHECK(text_at(t, 2, 3) == "3");
  CHECK(text_at(t, 3, 1) == "乙市");
  const retab::cell* city = anchor(t, "甲市");
  REQUIRE(city);
  CHECK(city->rowspan == 2);
  const retab::cell* region = anchor(t, "华东");
  REQUIRE(region);
  CHECK(region->rowspan == 6);
}

TEST_CASE("A row with an empty word cell is one cell longer than the word stands from the end",
          "[model][spans][words]") {
  // (三)其他处理 has no trend: its empty cell stands where the words stand,
  // so the row of one label is one cell longer than 减少 is far from the
  // end. The words are no labels in a column of their own.
  const auto src = source(
      "表5 办理情况\n"
      "事项 | 趋势 | 件数 | 金额 | |\n"
      "一、新收申请 | 增加 | 14 | 490 | |\n"
      "二、上年结转 | 减少 | 0 | 0 | |\n"
      "三、办理结果 | (一)予以公开 | 增加 | 5 | 141 |\n"
      "(二)部分公开 | 减少 | 1 | 34 | |\n"
      "(三)其他处理 | | 1 | 17 | |\n"
      "四、结转下年 | 持平 | 0 | 39 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.label_cols == 2);
  const retab::cell* trend = anchor(t, "趋势");
  REQUIRE(trend);
  CHECK(trend->col == 2);
  CHECK(text_at(t, 4, 1) == "(二)部分公开");
  CHECK(text_at(t, 4, 2) == "减少");
  CHECK(text_at(t, 4, 4) == "34");
  CHECK(text_at(t, 5, 1) == "(三)其他处理");
  CHECK(text_at(t, 5, 4) == "17");
}

TEST_CASE("A word written once among the values joins the words that stand as far from the end",
          "[model][spans][words]") {
  // 未完成 is written once, but it stands where 已完成 and 进行中 stand:
  // a value of 进展, and 四、绿化管护 spans the two label columns.
  const auto src = source(
      "表7 整改进展\n"
      "事项 | 进展 | 件数 | 金额 | |\n"
      "一、道路养护 | 已完成 | 12 | 14 | |\n"
      "二、桥梁检测 | 进行中 | 3 | 5 | |\n"
      "三、隧道巡查 | (一)日常巡查 | 已完成 | 7 | 9 |\n"
      "(二)专项巡查 | 进行中 | 2 | 1 | |\n"
      "四、绿化管护 | 未完成 | 24 | 29 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.label_cols == 2);
  const retab::cell* last = anchor(t, "四、绿化管护");
  REQUIRE(last);
  CHECK((last->col == 0 && last->colspan == 2));
  CHECK(text_at(t, 5, 2) == "未完成");
  CHECK(text_at(t, 5, 4) == "29");
}

TEST_CASE("Pipe cells without padding: a column of words among the values keeps the rows whole",
          "[model][spans][words]") {
  // Cut two wide, every row would be a label and a value (优 | 0.31); the
  // header's four names and the columns' kinds say four.
  const auto src = source(
      "表4 水质评定\n"
      "站点 |\n溶解氧 |\n评级 |\n氨氮 |\n"
      "上游 |\n7.2 |\n优 |\n0.31 |\n"
      "中游 |\n6.8 |\n良 |\n0.45 |\n"
      "下游 |\n5.1 |\n差 |\n0.92 |\n"
      "河口 |\n6.0 |\n良 |\n0.50 |\n"
      "以上为监测结果。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 5);
  CHECK(text_at(t, 0, 2) == "评级");
  CHECK(text_at(t, 2, 2) == "良");
  CHECK(text_at(t, 4, 3) == "0.50");
}

TEST_CASE("Columns of words read alike under one group header", "[model][spans][words][header]") {
  // 东站 西站 repeats under 甲法 and 乙法; which of 甲法, 年份, 乙法 spans
  // down is told by the body: the words (丰, 枯) of one method sit side by
  // side, the year between them stands alone.
  const auto src = source(
      "表6 来水评价\n"
      "评价 | 甲法 | 年份 | 乙法 | ||\n"
      "东站 | 西站 | 东站 | 西站 | ||\n"
      "达标 | 丰 | 平 | 2001 | 枯 | 平 |\n"
      "未达标 | 枯 | 丰 | 2002 | 平 | 丰 |\n"
      "达标 | 平 | 枯 | 2003 | 丰 | 枯 |\n"
      "达标 | 丰 | 丰 | 2004 | 枯 | 平 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  const retab::cell* first = anchor(t, "甲法");
  REQUIRE(first);
  CHECK((first->col == 1 && first->colspan == 2));
  const retab::cell* year = anchor(t, "年份");
  REQUIRE(year);
  CHECK((year->col == 3 && year->rowspan == 2));
  const retab::cell* second = anchor(t, "乙法");
  REQUIRE(second);
  CHECK((second->col == 4 && second->colspan == 2));
  CHECK(text_at(t, 1, 1) == "东站");
  CHECK(text_at(t, 2, 3) == "2001");
}

TEST_CASE("Label columns side by side each have their own header cell", "[model][spans][header]") {
  // 片区 and 城市 head one label column each and span down the two header
  // rows; 一季度 and 二季度 group two leaves each. One stub over both label
  // columns would leave 城市 over a value column.
  const auto src = source(
      "表7 客流量\n"
      "片区 | 城市 | 一季度 | 二季度 | ||\n"
      "到达 | 出发 | 到达 | 出发 | ||\n"
      "沿海 | 宁波 | 12 | 13 | 15 | 14 |\n"
      "温州 | 8 | 9 | 10 | 11 | |\n"
      "内陆 | 金华 | 5 | 6 | 7 | 6 |\n"
      "衢州 | 3 | 2 | 4 | 3 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  CHECK(t.label_cols == 2);
  const retab::cell* area = anchor(t, "片区");
  REQUIRE(area);
  CHECK((area->col == 0 && area->colspan == 1 && area->rowspan == 2));
  const retab::cell* city = anchor(t, "城市");
  REQUIRE(city);
  CHECK((city->col == 1 && city->rowspan == 2));
  const retab::cell* first = anchor(t, "一季度");
  REQUIRE(first);
  CHECK((first->col == 2 && first->colspan == 2));
  const retab::cell* second = anchor(t, "二季度");
  REQUIRE(second);
  CHECK((second->col == 4 && second->colspan == 2));
  const retab::cell* coast = anchor(t, "沿海");
  REQUIRE(coast);
  CHECK(coast->rowspan == 2);
  CHECK(text_at(t, 3, 1) == "温州");
  CHECK(text_at(t, 3, 5) == "11");
}

TEST_CASE("A row of one text above the first number opens the body when more such rows follow",
          "[model][spans][header]") {
  // 城镇 and 农村 head groups of rows; the first of them stands right under
  // the header, where it would otherwise read as a header row over one column.
  const auto src = source(
      "表8 参保人数\n"
      "项目 | 本年 | 上年 |\n"
      "城镇 | ||\n"
      "职工 | 120 | 115 |\n"
      "居民 | 340 | 332 |\n"
      "农村 | ||\n"
      "居民 | 560 | 571 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 1);
  CHECK(t.cols == 3);
  const retab::cell* town = anchor(t, "城镇");
  REQUIRE(town);
  CHECK((town->row == 1 && town->col == 0 && town->colspan == 3));
  CHECK(text_at(t, 2, 0) == "职工");
  CHECK(text_at(t, 2, 2) == "115");
}

TEST_CASE("A row of one text under the header stays in the header when no such row follows",
          "[model][spans][header]") {
  // Nothing in the body stands alone like 全部人员, and it is not numbered as
  // a section: it stays the header's lowest row.
  const auto src = source(
      "表9 收入情况\n"
      "项目 | 本年 | 上年 |\n"
      "全部人员 | ||\n"
      "工资 | 120 | 115 |\n"
      "奖金 | 40 | 32 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].header_rows == 2);
}

TEST_CASE("A top row numbering the columns from 1 is a header row", "[model][spans][header]") {
  // A correlation matrix heads its columns with the variables' numbers;
  // those numbers are no row of values, so the row labels keep column 0.
  const auto src = source(
      "表5 相关系数矩阵\n"
      "变量 | 均值 | 1 | 2 | 3 |\n"
      "1.收入 | 8.20 | 1 | | |\n"
      "2.年龄 | 41.5 | 0.31 | 1 | |\n"
      "3.教育 | 9.60 | 0.45 | 0.12 | 1 |\n"
      "结果见正文。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 1);
  CHECK(t.label_cols == 1);
  CHECK(text_at(t, 1, 0) == "1.收入");
  CHECK(text_at(t, 1, 1) == "8.20");
  CHECK(text_at(t, 3, 4) == "1");
  // Numbers that do not count from 1 are a row of values.
  const auto counts = source(
      "表6 件数\n"
      "类别 | 2 | 3 | 4 |\n"
      "甲 | 5 | 6 | 7 |\n"
      "乙 | 8 | 9 | 10 |\n"
      "完。\n");
  const auto other = retab::find_tables(counts);
  REQUIRE(other.size() == 1);
  CHECK(other[0].header_rows == 0);
}

TEST_CASE("Below a full top header row, a shorter row leaves the stub spanning down", "[model][spans][header]") {
  // Model numbers over model names: the top row has a cell per column, so
  // nothing in it spans across, and the row of names lacks the stub's cell.
  const auto src = source(
      "表3 回归结果\n"
      "变量 | (1) | (2) | (3) |\n"
      "OLS | 固定效应 | 工具变量 | |\n"
      "政策 | 0.12 | 0.15 | 0.18 |\n"
      "规模 | 0.03 | 0.02 | 0.04 |\n"
      "注:括号内为标准误。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.header_rows == 2);
  const retab::cell* stub = anchor(t, "变量");
  REQUIRE(stub != nullptr);
  CHECK(stub->rowspan == 2);
  CHECK(text_at(t, 1, 1) == "OLS");
  CHECK(text_at(t, 1, 3) == "工具变量");
}

TEST_CASE("Rows under a sub-header of their own shape take its columns, though a block above has more labels",
          "[model][spans]") {
  // The first block names a city beside its province (two label columns);
  // the second block's sub-header and rows have one label and one value,
  // which stands under 数量 across the value columns, not right of a label
  // widened to two columns.
  const auto src = source(
      "一、分地区 | |||\n地区 | 城市 | 2021年 | 2022年 |\n广东 | 广州 | 5 | 6 |\n江苏 | 南京 | 7 | 8 |\n"
      "二、机构 | |||\n项目 | 数量 | ||\n机构数 | 12 | ||\n人员数 | 340 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(text_at(t, 3, 1) == "南京");
  const retab::cell* heading = anchor(t, "数量");
  REQUIRE(heading);
  CHECK((heading->col == 1 && heading->colspan == 3));
  const retab::cell* label = anchor(t, "机构数");
  REQUIRE(label);
  CHECK(label->colspan == 1);
  const retab::cell* value = anchor(t, "12");
  REQUIRE(value);
  CHECK((value->col == 1 && value->colspan == 3));
  CHECK(text_at(t, 7, 1) == "340");
}

TEST_CASE("A column the header names keeps its place though no row below reaches it", "[model][spans][header]") {
  // The upper triangle of a correlation matrix is left empty, so the last
  // variable's column holds nothing below its name; it is a column all the
  // same, not page padding, and its name must not be dropped.
  const std::string expected_header[] = {"", "收入", "教育", "年龄"};
  SECTION("pipe rows, the corner written as an empty cell") {
    const auto src = source("| 收入 | 教育 | 年龄 |\n收入 | 1 | | |\n教育 | 0.42 | 1 | |\n");
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    CHECK(t.cols == 4);
    for (std::uint32_t c = 0; c < 4; ++c) CHECK(text_at(t, 0, c) == expected_header[c]);
    CHECK(text_at(t, 2, 1) == "0.42");
    CHECK(text_at(t, 2, 2) == "1");
  }
  SECTION("line cells, the corner written as an empty cell") {
    const auto src = source("表1 相关系数\n\n\n收入\n\n教育\n\n年龄\n\n收入\n\n1\n\n\n\n教育\n\n0.42\n\n1\n\n");
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    CHECK(t.cols == 4);
    for (std::uint32_t c = 0; c < 4; ++c) CHECK(text_at(t, 0, c) == expected_header[c]);
    CHECK(text_at(t, 2, 1) == "0.42");
  }
  SECTION("padding past the last name is still dropped") {
    const auto src = source("项目 | 数量 | | |\n机构数 | 12 | | |\n人员数 | 340 | | |\n");
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].cols == 2);
  }
}

TEST_CASE("A header whose upper cells repeat the lowest row's names has no stub over a leading word",
          "[model][spans][header]") {
  // One row of results, its first value a placeholder word (未评, not yet
  // rated). The middle header row opens with the lowest row's names: the
  // same measures for the whole, columns of their own spanning down, one
  // each. With a stub over the word, 本地检测 would head a label column and
  // too few columns would be left for them.
  const auto src = source(
      "表1 检测情况\n"
      "本地检测 | 外地检测 |\n"
      "评分 | 批次 | 合格 | 首检 | 复检 |\n"
      "评分 | 批次 | 合格 | 评分 | 批次 | 合格 |\n"
      "未评 | 12 | 11 | 90 | 7 | 7 | 85 | 1 | 1 |\n"
      "以上数据截至年底。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 9);
  CHECK(t.header_rows == 3);
  const retab::cell* local = anchor(t, "本地检测");
  REQUIRE(local);
  CHECK((local->col == 0 && local->colspan == 3 && local->rowspan == 1));
  const retab::cell* outside = anchor(t, "外地检测");
  REQUIRE(outside);
  CHECK((outside->col == 3 && outside->colspan == 6));
  const retab::cell* first = anchor(t, "首检");
  REQUIRE(first);
  CHECK((first->col == 3 && first->colspan == 3));
  CHECK(text_at(t, 1, 0) == "评分");
  CHECK(text_at(t, 2, 6) == "评分");
  CHECK(text_at(t, 3, 0) == "未评");
  CHECK(text_at(t, 3, 8) == "1");
}

TEST_CASE("A stub over a leading label stays when the header leaves room for it", "[model][spans][header]") {
  const auto src = source(
      "表2 检测情况\n"
      "地区 | 本地检测 | 外地检测 |\n"
      "批次 | 合格 | 批次 | 合格 |\n"
      "全市 | 12 | 11 | 7 | 7 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  const retab::cell* stub = anchor(t, "地区");
  REQUIRE(stub);
  CHECK((stub->col == 0 && stub->rowspan == 2 && stub->colspan == 1));
  const retab::cell* local = anchor(t, "本地检测");
  REQUIRE(local);
  CHECK((local->col == 1 && local->colspan == 2));
}

TEST_CASE("A recurring text that stands where the short rows' first labels stand is a label, not a word",
          "[model][spans][words]") {
  // 上升 and 下降 label the rows of each period, whose label spans down, so
  // every 下降 row is a cell short. 上升 recurs after the row's first label,
  // as words among the values do, but it stands as far from its row's end as
  // 下降 stands first in the short rows: the rows' labels, not a word.
  const auto src = source(
      "表11 两期对比\n"
      "时期 | 方向 | 评级 | 得分 | 排名 |\n"
      "上期 | 上升 | 优 | 80.5 | 3 |\n"
      "下降 | 良 | 73.2 | 5 | |\n"
      "本期 | 上升 | 优 | 84.3 | 2 |\n"
      "下降 | 中 | 79.8 | 4 | |\n"
      "注:得分为百分制。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  const retab::cell* first = anchor(t, "上期");
  REQUIRE(first);
  CHECK(first->rowspan == 2);
  CHECK(text_at(t, 2, 1) == "下降");
  CHECK(text_at(t, 2, 2) == "良");
  CHECK(text_at(t, 2, 4) == "5");
  CHECK(text_at(t, 4, 1) == "下降");
  CHECK(text_at(t, 4, 3) == "79.8");
}

TEST_CASE("Pipe rows of numbers typed in fullwidth forms are body rows, not header rows", "[model][spans]") {
  const auto src = source(
      "表12 各县产量\n"
      "县名 | 小麦 | 玉米 | 合计 |\n"
      "甲县 | １２３ | ４５ | １６８ |\n"
      "乙县 | １，２３４ | ５６７ | １，８０１ |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.header_rows == 1);
  CHECK(t.label_cols == 1);
  CHECK(text_at(t, 1, 1) == "１２３");
}

TEST_CASE("Rows numbered in the first column: a total row without a number keeps its values in place",
          "[model][spans]") {
  // The numbers are values by their text; read so, the rows would have one
  // label and 合计 | 25 | 24 would start under 序号 and end a column early.
  const auto src = source(
      "表4 各部门办理情况\n序号 | 部门 | 申请数 | 办结数 |\n1 | 市教育局 | 12 | 12 |\n2 | 市民政局 | 8 | 7 |\n"
      "3 | 市财政局 | 5 | 5 |\n合计 | 25 | 24 |\n以上数据截至年底。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.label_cols == 2);
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 4 && total->col == 0 && total->colspan == 2));
  CHECK(text_at(t, 4, 2) == "25");
  CHECK(text_at(t, 4, 3) == "24");
  CHECK(text_at(t, 3, 0) == "3");
}

TEST_CASE("A remarks column (备注) beside a group spans down, not over the group's cells", "[model][spans][header]") {
  // Four top cells over six columns: one of them groups 得分 and 比例. 备注,
  // like a total, is a column of its own, so 城镇 is the group.
  const auto src = source(
      "表2 各项目得分\n序号 | 名称 | 城镇 | 备注 | |\n得分 | 比例 | |||\n1 | 文化中心 | 31.6 | 0.82 | 按季度统计 |\n"
      "2 | 农贸市场 | 27.4 | 0.67 | |\n3 | 体育场馆 | 35.2 | 0.91 | 年中调整 |\n以上为抽样结果。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 5);
  CHECK(t.header_rows == 2);
  const retab::cell* group = anchor(t, "城镇");
  REQUIRE(group);
  CHECK((group->col == 2 && group->colspan == 2 && group->rowspan == 1));
  const retab::cell* remarks = anchor(t, "备注");
  REQUIRE(remarks);
  CHECK((remarks->col == 4 && remarks->rowspan == 2));
  CHECK(text_at(t, 1, 3) == "比例");
  CHECK(text_at(t, 2, 4) == "按季度统计");
}

TEST_CASE("A remarks column left empty in every row keeps its place under its name", "[model][spans][header]") {
  // Every row ends in an empty cell, which could be page padding; the header
  // names it: 序号 and 名称 over the label columns, 东部 over three cells and
  // 备注 spanning down beside them make six columns.
  const auto src = source(
      "表1 各项目指标\n序号 | 名称 | 东部 | 备注 | ||\n收入 | 得分 | 系数 | |||\n"
      "1 | 养老服务中心 | 3897.61 | 596.35 | 3219.80 | |\n2 | 污水处理厂扩建 | 2800.25 | 3207.54 | 2395.14 | |\n"
      "3 | 市卫健委 | 1196.73 | 61.83 | 4776.33 | |\n以上为抽样结果。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 6);
  const retab::cell* group = anchor(t, "东部");
  REQUIRE(group);
  CHECK((group->col == 2 && group->colspan == 3));
  const retab::cell* remarks = anchor(t, "备注");
  REQUIRE(remarks);
  CHECK((remarks->col == 5 && remarks->rowspan == 2));
  CHECK(text_at(t, 4, 4) == "4776.33");
}

TEST_CASE("A table of words: rows a cell short continue the row above, its group label spanning down",
          "[model][spans]") {
  // Variable definitions, as economics papers print them: 控制变量 heads three
  // rows, written a cell short (with a padding pipe, the last without).
  // Left where they stand, the symbols would sit under 名称 and the
  // definitions under 符号.
  const auto src = source(
      "表2 变量说明\n类型 | 名称 | 符号 | 含义 |\n被解释变量 | 创新能力 | Innov | 发明专利申请数加一取对数 |\n"
      "解释变量 | 政府补助 | Sub | 补助金额与营业收入之比 |\n控制变量 | 公司规模 | Scale | 期末总资产的自然对数 |\n"
      "盈利能力 | Prof | 净利润与总资产之比 | |\n上市年限 | Year | 观测年度减去上市年度 |\n研究设计如下。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(t.rows == 6);
  const retab::cell* controls = anchor(t, "控制变量");
  REQUIRE(controls);
  CHECK((controls->row == 3 && controls->col == 0 && controls->rowspan == 3 && controls->colspan == 1));
  CHECK(text_at(t, 4, 1) == "盈利能力");
  CHECK(text_at(t, 4, 2) == "Prof");
  CHECK(text_at(t, 4, 3) == "净利润与总资产之比");
  CHECK(text_at(t, 5, 2) == "Year");
  CHECK(text_at(t, 5, 3) == "观测年度减去上市年度");
  CHECK(text_at(t, 1, 0) == "被解释变量");
}

TEST_CASE("A two-column table of words: a row of one text continues the row above", "[model][spans]") {
  // One text under a full row: nothing in its form says which column it
  // belongs to, and a category of one item is far more common than an item
  // with no category.
  const auto src = source(
      "表1 公开事项\n类别 | 事项 |\n主动公开 | 机构设置 |\n人员招录 | |\n依申请公开 | 申请受理 |\n答复期限 | |\n"
      "收费标准 |\n以上为本年度公开事项。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 2);
  const retab::cell* first = anchor(t, "主动公开");
  REQUIRE(first);
  CHECK(first->rowspan == 2);
  const retab::cell* second = anchor(t, "依申请公开");
  REQUIRE(second);
  CHECK(second->rowspan == 3);
  CHECK(text_at(t, 2, 1) == "人员招录");
  CHECK(text_at(t, 5, 1) == "收费标准");
}

TEST_CASE("A table of words under a remarks column leaves its empty remarks empty", "[model][spans]") {
  // Rows ending in an empty cell under 备注 hold no remark; they are not a
  // cell short.
  const auto src = source(
      "表3 工作进展\n工作事项 | 完成情况 | 备注 |\n制度建设 | 已完成 | 按期印发 |\n队伍培训 | 已完成 | |\n"
      "平台升级 | 进行中 | |\n档案整理 | 已完成 | 移交档案馆 |\n下一步将继续推进。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(text_at(t, 2, 0) == "队伍培训");
  CHECK(text_at(t, 2, 1) == "已完成");
  CHECK(text_at(t, 3, 1) == "进行中");
  const retab::cell* first = anchor(t, "制度建设");
  REQUIRE(first);
  CHECK(first->rowspan == 1);
}

TEST_CASE("A table of words under a notes column (说明) leaves its empty notes empty", "[model][spans]") {
  // Stages, tasks and notes are all short Han texts: in form the rows fit
  // where they stand no better than moved right under a stage spanning down.
  // The header tells: a last column of notes is often left empty.
  const auto src = source(
      "表1 工作安排\n阶段 | 主要任务 | 说明 |\n动员部署 | 制定实施方案 | 三月底前完成 |\n"
      "自查自纠 | 对照清单逐项检查 | |\n整改落实 | 建立问题台账 | |\n总结验收 | 形成总结报告 | 报送市政府 |\n"
      "以上安排如有调整另行通知。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(text_at(t, 2, 0) == "自查自纠");
  CHECK(text_at(t, 3, 1) == "建立问题台账");
  const retab::cell* first = anchor(t, "动员部署");
  REQUIRE(first);
  CHECK(first->rowspan == 1);
}

TEST_CASE("Records of words side by side: a short last row is a record missing, not a continuation",
          "[model][spans]") {
  // The header repeats 指令 | 作用: two records a row. The last row holds one;
  // moved right it would fit as well, under the second 指令 | 作用.
  const auto src = source(
      "表1 控制指令\n指令 | 作用 | 指令 | 作用 |\nAM | 设置加速度 | CL | 停止运动 |\nMS | 读取状态 | PA | 暂停运行 |\n"
      "CP | 获取位置 |\n注:指令不区分大小写。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 4);
  CHECK(text_at(t, 3, 0) == "CP");
  CHECK(text_at(t, 3, 1) == "获取位置");
  const retab::cell* above = anchor(t, "MS");
  REQUIRE(above);
  CHECK(above->rowspan == 1);
}

TEST_CASE("A table of keys and values: a key whose value is empty opens its row", "[model][spans]") {
  // Page metadata, as web pages print it. 发布机构 : has no value; it is not a
  // value of the key above, though in form it is about as like the values
  // (电子政务) as the keys.
  const auto src = source(
      "索引号 : | 11500000009275780L/2020-11304 |\n主题分类 : | 电子政务 |\n发布机构 : | |\n"
      "成文日期 : | 2020-03-31 |\n标题 : | 本市政务公开工作年度报告 |\n发文字号 : |\n本市政务公开工作年度报告\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 2);
  CHECK(text_at(t, 2, 0) == "发布机构 :");
  CHECK(text_at(t, 5, 0) == "发文字号 :");
  const retab::cell* above = anchor(t, "主题分类 :");
  REQUIRE(above);
  CHECK(above->rowspan == 1);
}

TEST_CASE("Rows coded in the first column (科目编码): a total row spans the code and name columns",
          "[model][spans]") {
  // The codes (款 and 项 of one 类) are whole numbers, values by their text;
  // read so, the rows would carry no label and 合计 | 1730.83 would end a
  // column early.
  const auto src = source(
      "表3 一般公共预算支出决算表\n科目编码 | 科目名称 | 决算数 |\n20101 | 人大事务 | 1520.33 |\n"
      "2010101 | 行政运行 | 320.10 |\n2010102 | 一般行政管理事务 | 300.00 |\n20103 | 政府办公厅事务 | 20.10 |\n"
      "2010301 | 行政运行 | 210.50 |\n合计 | 1730.83 |\n注:本表金额单位为万元。\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(t.label_cols == 2);
  const retab::cell* total = anchor(t, "合计");
  REQUIRE(total);
  CHECK((total->row == 6 && total->col == 0 && total->colspan == 2));
  CHECK(text_at(t, 6, 2) == "1730.83");
  CHECK(text_at(t, 3, 0) == "2010102");
}
