// Where line-cell tables are found among the text: tables of words under an
// empty corner, short lines that are no table, notes and sections after a
// table. Each rule on a small hand-made report.
#include "line_cells_text.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <string_view>
#include <tuple>
#include <vector>

using retab::test::anchor;
using retab::test::line_cells;
using retab::test::source;
using retab::test::text_at;

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

TEST_CASE("Line cells: a section numbered next after the table's own, its first row's value empty, continues it",
          "[layouts][line-cell][sections]") {
  // 三、回访情况 heads the rows after it as 二、办结情况 did; that the value
  // of its first row is left empty (a count of nothing) makes its cells a
  // block without values, as a new table's caption and header are, but no
  // new table starts there. 电话回访数 人次 with its empty value is a row: a
  // unit follows a row's label, never a header cell or a section.
  const auto src = source(line_cells({"表5 办理统计", "指标", "单位", "数量", "一、受理情况", "来访人数", "人次", "12",
                                      "来电人数", "人次", "7", "二、办结情况", "当场办结数", "件", "5", "转办数", "件",
                                      "4", "三、回访情况", "电话回访数", "人次", "", "上门回访数", "人次", "2",
                                      "书面回访数", "人次", "6", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.cols == 3);
  const retab::cell* third = anchor(t, "三、回访情况");
  REQUIRE(third);
  CHECK(third->colspan == 3);
  const retab::cell* phone = anchor(t, "电话回访数");
  REQUIRE(phone);
  CHECK(phone->row == third->row + 1);
  CHECK(phone->col == 0);
  CHECK(text_at(t, phone->row, 1) == "人次");
  CHECK(text_at(t, phone->row, 2).empty());
  CHECK(text_at(t, phone->row + 1, 2) == "2");
}

TEST_CASE("Line cells: a section in the header's run, after header cells, numbers the sections after it",
          "[layouts][line-cell][sections]") {
  // 一、培训情况 stands in the run that opens the table, after 项目 单位
  // 数量: a section row, not a caption. Its rows' counts are left empty, as
  // are those of the first row under 二、宣传情况, so 二、 opens a block
  // without values as a new caption would; numbered next after 一、, it
  // continues the table. Not counted, it cut the table in three, each part
  // with fewer than two values, and no table was found.
  const auto src = source(line_cells({"本年度各项工作数据统计如下。", "项目", "单位", "数量", "一、培训情况",
                                      "举办培训班次数", "次", "", "参训人数", "人次", "", "二、宣传情况", "发放宣传材料",
                                      "份", "", "制作展板", "个", "4", "三、走访情况", "走访企业数", "家", "",
                                      "走访群众数", "人次", "26", "以上数据由办公室汇总。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 1);
  const retab::table& t = tables[0];
  CHECK(t.rows == 10);
  CHECK(t.cols == 3);
  CHECK(t.header_rows == 1);
  const retab::cell* second = anchor(t, "二、宣传情况");
  REQUIRE(second);
  CHECK(second->colspan == 3);
  CHECK(text_at(t, second->row + 1, 0) == "发放宣传材料");
  CHECK(text_at(t, second->row + 2, 2) == "4");
  CHECK(text_at(t, 9, 2) == "26");
}

TEST_CASE("Line cells: a heading numbered as the table's last section, then a header and empty cells, starts a table",
          "[layouts][line-cell][sections]") {
  // The table's sections run 一、 二、 三、; the heading 三、复核情况 after it
  // numbers no next one, so its header with empty cells opens a new table.
  const auto src = source(line_cells({"表5 办理统计", "指标", "数量", "一、受理情况", "来访人数", "12", "二、办结情况",
                                      "当场办结数", "5", "三、回访情况", "电话回访数", "9", "三、复核情况", "类别",
                                      "甲类", "乙类", "", "复核", "3", "4", "重审", "5", "6", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(anchor(tables[0], "电话回访数") != nullptr);
  CHECK(anchor(tables[1], "甲类") != nullptr);
  CHECK(anchor(tables[0], "三、复核情况") == nullptr);
}

TEST_CASE("Line cells: a table's numbered caption is none of its sections", "[layouts][line-cell][sections]") {
  // 二、主动公开情况 captions the first table; 三、依申请情况 after it, over a
  // header that ends in an empty cell, captions the next one, not a section
  // of the first numbered next after its caption.
  const auto src = source(line_cells({"二、主动公开情况", "信息内容", "本年数", "累计数", "规章", "3", "5", "文件", "4",
                                      "6", "三、依申请情况", "申请人", "自然人", "法人", "", "新收", "1", "2", "结转",
                                      "3", "4", "以上数据截至年底。"}));
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 2);
  CHECK(anchor(tables[0], "文件") != nullptr);
  CHECK(anchor(tables[0], "三、依申请情况") == nullptr);
  CHECK(anchor(tables[1], "自然人") != nullptr);
}

TEST_CASE("Line cells: a header that fits by its repeats over one row of empty cells is a table",
          "[layouts][line-cell][empty-rows]") {
  // No value written at all (every count left empty): 甲类 乙类 合计 under
  // 复核, written again under 一审 and 二审, fit 9 columns by more than
  // their count, and 9 empty cells follow; with a page's empty column after
  // the table, the header and the row carry one empty cell more each. A
  // header row may end in empty cells of its own (after 二审). Without a
  // caption, the empty cells after the words are what sets them apart from
  // prose, whether text follows or the file ends.
  const std::vector<std::string_view> header = {"复核", "起诉", "甲类", "乙类", "合计", "一审", "二审",
                                                "甲类", "乙类", "合计", "甲类", "乙类", "合计"};
  for (const auto& [padding, after_second_row, caption, closing] :
       {std::tuple<std::size_t, std::size_t, bool, bool>{0, 0, true, true}, {2, 0, true, true}, {0, 2, true, true},
        {0, 0, false, true}, {0, 0, false, false}}) {
    std::string text = line_cells({"年内复核与起诉的情况如下表。"});
    if (caption) text += line_cells({"三、复核与起诉情况"});
    for (const std::string_view h : header) {
      text += line_cells({h});
      if (h == "二审") text += std::string(after_second_row, '\n');
    }
    text += std::string(9 + padding, '\n');
    if (closing) text += line_cells({"以上为本年度情况,后文不再赘述。"});
    const auto src = source(text);
    const auto tables = retab::find_tables(src);
    REQUIRE(tables.size() == 1);
    const retab::table& t = tables[0];
    CHECK(t.cols == 9);
    CHECK(t.rows == 4);
    CHECK(t.header_rows == 3);
    const retab::cell* suit = anchor(t, "起诉");
    REQUIRE(suit);
    CHECK((suit->col == 3 && suit->colspan == 6));
    CHECK(text_at(t, 2, 8) == "合计");
  }
}

TEST_CASE("Line cells: short lines of words over empty lines, with no header fitting them, are no table",
          "[layouts][line-cell][empty-rows]") {
  std::string text = line_cells({"会议纪要如下。", "一、会议议程", "听取汇报", "研究部署", "安排工作", "通报情况", "布置任务"});
  text += std::string(5, '\n');
  text += line_cells({"以上为会议的主要内容,请各部门抓好落实。"});
  const auto src = source(text);
  CHECK(retab::find_tables(src).empty());
}
