#include "model/value_kind.hpp"

#include <catch2/catch.hpp>

using namespace retab;

TEST_CASE("Numbers as reports write them", "[model][values]") {
  for (const char* s : {"0", "-681", "311580.0109", "1,234", "99.93%", "0.000***", "+5", "−3", ".5", "- 12.42"}) {
    INFO(s);
    CHECK(is_numeric(s));
  }
  for (const char* s : {"", "3.6亿元", "8(含2018年 结转1件)", "1.属于国家秘密", "2020-03-31", "-", "abc", "1.2.3x"}) {
    INFO(s);
    CHECK_FALSE(is_numeric(s));
  }
  CHECK(is_value_like(""));
  CHECK(is_value_like("—"));
  CHECK(is_value_like("------"));
  CHECK(is_value_like("0.037°"));
  CHECK(is_value_like("36.5℃"));
  CHECK(is_numeric("0.05†"));
  CHECK(is_numeric("0.001**"));
  CHECK(is_numeric("1. 01%"));
  CHECK(is_numeric("34 479"));
  CHECK(is_numeric("1 117.60"));
  CHECK_FALSE(is_numeric("12 34"));
  CHECK_FALSE(is_numeric("1.5 2"));
  CHECK_FALSE(is_numeric("1. 属于"));
  CHECK_FALSE(is_value_like("规章"));
}

TEST_CASE("A number in parentheses is an accounting negative, one or two digits an outline number",
          "[model][values]") {
  for (const char* s : {"(300.2)", "（1,280）", "(280)", "(12.5%)"}) {
    INFO(s);
    CHECK(is_numeric(s));
  }
  CHECK(numeric_value("(300.2)") == Approx(-300.2));
  CHECK(numeric_value("（1,280）") == Approx(-1280));
  for (const char* s : {"(1)", "(12)", "（3）", "(一)", "()", "(-5)", "(注)", "(2)信息不存在"}) {
    INFO(s);
    CHECK_FALSE(is_numeric(s));
  }
}

TEST_CASE("Notes under a table read as text however short", "[model][values]") {
  for (const char* s : {"注：单位为万元", "注:***表示显著", "资料来源：统计年鉴", "Note: ** p<0.01.", "Source: NBS"}) {
    INFO(s);
    CHECK(looks_like_prose(s));
  }
  for (const char* s : {"注册资本", "说明书", "Notes", "来源地"}) {
    INFO(s);
    CHECK_FALSE(looks_like_prose(s));
  }
}

TEST_CASE("Bare years are four digits from 1900 to 2100", "[model][values]") {
  for (const char* s : {"1900", "2021", "2100"}) {
    INFO(s);
    CHECK(is_year(s));
  }
  for (const char* s : {"1899", "2101", "202", "20210", "2021年", "2,021", ""}) {
    INFO(s);
    CHECK_FALSE(is_year(s));
  }
}

TEST_CASE("Numbers of neighbouring cells fused into one are a value, not a number", "[model][values]") {
  for (const char* s : {"74.5 80.2", "0.512 -131.07", "12 34", "1.5 2 3"}) {
    INFO(s);
    CHECK(is_value_like(s));
    CHECK_FALSE(numeric_value(s));
  }
  for (const char* s : {"2019年 2020年", "A 1", "1 号楼", "3  4"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("The number a numeric cell reads as", "[model][values]") {
  CHECK(numeric_value("1 117.60") == Approx(1117.6));
  CHECK(numeric_value("172. 16") == Approx(172.16));
  CHECK(numeric_value("1,234") == Approx(1234));
  CHECK(numeric_value("-12.5%") == Approx(-12.5));
  CHECK(numeric_value("−3") == Approx(-3));
  CHECK(numeric_value("- 12.42") == Approx(-12.42));
  CHECK(numeric_value("+5") == Approx(5));
  CHECK(numeric_value(".5") == Approx(0.5));
  CHECK(numeric_value("0.05†") == Approx(0.05));
  CHECK(numeric_value("0.001**") == Approx(0.001));
  CHECK_FALSE(numeric_value("3.6亿元"));
  CHECK_FALSE(numeric_value("2015年"));
  CHECK_FALSE(numeric_value(""));
}

TEST_CASE("Outline numbering levels", "[model][values]") {
  CHECK(outline_marker_of("三、本年度办理结果") == outline_marker::han_comma);
  CHECK(outline_marker_of("(一)予以公开") == outline_marker::han_paren);
  CHECK(outline_marker_of("（二）部分公开") == outline_marker::han_paren);
  CHECK(outline_marker_of("1.属于国家秘密") == outline_marker::digit_dot);
  CHECK(outline_marker_of("2、重复申请") == outline_marker::digit_dot);
  CHECK(outline_marker_of("3﹒政务微博") == outline_marker::digit_dot);
  CHECK(outline_marker_of("(3)其他") == outline_marker::digit_paren);
  CHECK(outline_marker_of("1.5") == outline_marker::none);
  CHECK(outline_marker_of("规章") == outline_marker::none);
  CHECK(outline_marker_of("一月") == outline_marker::none);
}

TEST_CASE("Outline numbers count their sections", "[model][values]") {
  CHECK(outline_ordinal("三、咨询情况") == 3);
  CHECK(outline_ordinal("十、其他") == 10);
  CHECK(outline_ordinal("十二、附表") == 12);
  CHECK(outline_ordinal("二十三、附则") == 23);
  CHECK(outline_ordinal("（二）部分公开") == 2);
  CHECK(outline_ordinal("12.其他形式") == 12);
  CHECK(outline_ordinal("(3)其他") == 3);
  CHECK(outline_ordinal("②网上申请") == 2);
  CHECK(outline_ordinal("规章") == 0);
  CHECK(outline_ordinal("1.5") == 0);
}

TEST_CASE("Total headers", "[model][values]") {
  CHECK(looks_like_total("总计"));
  CHECK(looks_like_total("总 计"));
  CHECK(looks_like_total("Total"));
  CHECK_FALSE(looks_like_total("法人或其他组织"));
}

TEST_CASE("Breakdown headers", "[model][values]") {
  CHECK(looks_like_breakdown("其中"));
  CHECK(looks_like_breakdown("其中："));
  CHECK(looks_like_breakdown("其中:"));
  CHECK(looks_like_breakdown("Of which"));
  CHECK_FALSE(looks_like_breakdown("其中:女性"));  // names a column of its own
  CHECK_FALSE(looks_like_breakdown("其他"));
  CHECK_FALSE(looks_like_caption("其中："));  // a header cell, though it ends in a colon
  CHECK(looks_like_caption("本年度有关情况统计如下："));
}

TEST_CASE("Quantities are values, years are not", "[model][values]") {
  CHECK(is_value_like("251000元"));
  CHECK(is_value_like("3.6亿元"));
  CHECK(is_value_like("12件"));
  CHECK_FALSE(is_value_like("2000年"));
  CHECK_FALSE(is_value_like("8(含2018年 结转1件)"));
  CHECK_FALSE(is_value_like("元"));
}

TEST_CASE("Captions", "[model][values]") {
  CHECK(looks_like_caption("表2 三种方法的表现"));
  CHECK(looks_like_caption("2017年度政府信息公开申请来源统计表"));
  CHECK(looks_like_caption("三、收到和处理政府信息公开申请情况"));
  CHECK_FALSE(looks_like_caption("申请人情况"));
  CHECK_FALSE(looks_like_caption("表面积"));
  CHECK(looks_like_caption("本年度有关情况统计如下:"));
  CHECK(looks_like_caption("表 3 径流丰枯分类结果"));
  CHECK(looks_like_caption("Tab.6 Grass yield statistics"));
  CHECK_FALSE(looks_like_caption("行政许可"));
}

TEST_CASE("Unit notes and prose", "[model][values]") {
  CHECK(looks_like_unit_note("(单位:件)"));
  CHECK(looks_like_unit_note("（单位：万元）"));
  CHECK(looks_like_unit_note("单位:人次"));
  CHECK_FALSE(looks_like_unit_note("采购总金额(单位:万元)"));
  CHECK_FALSE(looks_like_unit_note("单位"));
  CHECK(looks_like_prose("正文继续,这是一段说明。"));
  CHECK_FALSE(looks_like_prose("无。"));
  CHECK_FALSE(looks_like_prose("行政事业性收费"));
}

TEST_CASE("A group header named after its first leaf", "[model][values]") {
  CHECK(names_first_leaf("M2检验", "M2"));
  CHECK(names_first_leaf("t检验", "t"));
  CHECK_FALSE(names_first_leaf("t", "t"));
  CHECK_FALSE(names_first_leaf("检验", ""));
  CHECK_FALSE(names_first_leaf("相对拟合", "拟合"));
}

TEST_CASE("Numbered block titles", "[model][values]") {
  CHECK(looks_like_numbered_title("第一项"));
  CHECK(looks_like_numbered_title("第二十条第(一)项"));
  CHECK(looks_like_numbered_title("第3部分"));
  CHECK_FALSE(looks_like_numbered_title("一、基本情况"));
  CHECK_FALSE(looks_like_numbered_title("第"));
  CHECK_FALSE(looks_like_numbered_title("类别"));
  CHECK_FALSE(looks_like_numbered_title("第次"));
}

TEST_CASE("Words that may stand among values, and a vocabulary of them", "[model][values][words]") {
  CHECK(may_be_value_word("是"));
  CHECK(may_be_value_word("未达标"));
  CHECK_FALSE(may_be_value_word("1.属于国家秘密"));
  CHECK_FALSE(may_be_value_word("合计"));
  CHECK_FALSE(may_be_value_word("万元"));
  CHECK(reads_as_vocabulary({"是", "否", "是", "是"}));
  CHECK(reads_as_vocabulary({"优", "良", "优", "良"}));
  CHECK_FALSE(reads_as_vocabulary({"达标", "未达标", "未达标"}));
  CHECK_FALSE(reads_as_vocabulary({"甲", "乙", "丙"}));
  CHECK(is_short_word("未达标"));
  CHECK(is_short_word("优"));
  CHECK_FALSE(is_short_word("媒体从业人员"));
  using words = std::vector<std::string_view>;
  CHECK(recurring_vocabulary({"否", "是", "否", "甲站", "是"}) == words{"否", "是"});
  CHECK(recurring_vocabulary({"达标", "达标", "达标"}) == words{"达标"});
  CHECK(recurring_vocabulary({"是", "是"}).empty());                  // two uses are too few
  CHECK(recurring_vocabulary({"甲", "乙", "丙", "甲"}).empty());  // one text twice, the others once
}

TEST_CASE("Statistics as papers print them are values", "[model][values]") {
  for (const char* s : {"52.3±6.1", "12.10 ± 3.45", "[2.15]", "[-0.037]", "<0.001", "< 0.05", "＜0.01", "≥90%"}) {
    INFO(s);
    CHECK(is_value_like(s));
    CHECK_FALSE(is_numeric(s));  // a spreadsheet gets them as text
  }
  for (const char* s : {"±", "年龄±", "[注]", "[1]说明", "<说明>", "≤"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("Numbers in brackets, as standard errors are printed", "[model][values]") {
  for (const char* s : {"(0.032)", "（0.118）", "[0.373]", "(-1.25)", "[2.15]"}) {
    INFO(s);
    CHECK(is_bracketed_number(s));
  }
  for (const char* s : {"0.032", "()", "[]", "(注)", "(0.03", "0.03)", "[a]", "(1)说明"}) {
    INFO(s);
    CHECK_FALSE(is_bracketed_number(s));
  }
}

TEST_CASE("Numbers typed in fullwidth forms read as the numbers they are", "[model][values]") {
  // A Chinese keyboard types １２３ and ４．５％; NFC keeps them, NFKC would
  // fold them. The cell keeps its characters; only the reading folds them.
  for (const char* s : {"１２３", "４．５％", "１，２３４", "－１２", "（３００．２）", "1２3"}) {
    INFO(s);
    CHECK(is_numeric(s));
    CHECK(is_value_like(s));
  }
  CHECK(numeric_value("１，２３４．５") == Approx(1234.5));
  CHECK(numeric_value("（３００．２）") == Approx(-300.2));
  CHECK(is_year("２０２１"));
  CHECK(is_quantity("１２件"));
  CHECK(outline_marker_of("（１）合计") == outline_marker::digit_paren);
  CHECK(outline_marker_of("１．收到") == outline_marker::digit_dot);
  for (const char* s : {"ＡＢＣ", "（一）予以公开", "第１项", "１号楼"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("A number may carry a circled footnote mark", "[model][values]") {
  CHECK(is_numeric("12①"));
  CHECK(is_numeric("3.5⑳"));
  CHECK(numeric_value("12①") == Approx(12));
  CHECK_FALSE(is_numeric("①"));
  CHECK_FALSE(is_numeric("12㉑"));
  CHECK(outline_marker_of("①收到") == outline_marker::circled);
  // The same twenty circled numbers number outline items.
  CHECK(outline_marker_of("⑫其他") == outline_marker::circled);
  CHECK(outline_marker_of("㉑其他") == outline_marker::none);
}

TEST_CASE("A blank may part a percent sign or a unit from its number", "[model][values]") {
  // PDF text and some typesetting write 12.5 % and 12 件.
  for (const char* s : {"12.5 %", "-3.0 %", "4 ‰", "１２．５ ％"}) {
    INFO(s);
    CHECK(is_numeric(s));
  }
  CHECK(numeric_value("12.5 %") == Approx(12.5));
  CHECK(is_quantity("12 件"));
  CHECK(is_quantity("3.6 亿元"));
  for (const char* s : {"12  %", "12 % 3", "% 12", "第 3 条", "2020 年"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("Estimates with their spread or interval in brackets are values", "[model][values]") {
  // Clinical and survey tables print a mean with its standard deviation,
  // n with its percentage, and an odds ratio with its confidence interval,
  // with or without a blank before the bracket.
  for (const char* s : {"45.2(8.1)", "45.2（8.1）", "23(45.1%)", "1.82(1.21-2.74)", "0.82 (0.71–0.95)",
                        "0.91（0.62～1.34）", "1.05 [0.98, 1.12]", "-0.35(-0.61, -0.09)"}) {
    INFO(s);
    CHECK(is_value_like(s));
    CHECK_FALSE(is_numeric(s));
  }
  for (const char* s : {"3.5(", "表1(续)", "1(一)", "0.5 (说明)", "12(3)项", "(n=52)", "观察组(n=52)"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("Numbers in scientific notation are values", "[model][values]") {
  for (const char* s : {"1.2e-5", "3.4E+06", "2e3", "2.1×10^-4", "2.1×10⁻⁴", "6.3e-1"}) {
    INFO(s);
    CHECK(is_value_like(s));
  }
  for (const char* s : {"1.2e", "e5", "1.2e-", "12e3件", "1.2×10", "E级", "2.1×10^"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("Ticks, the Chinese ellipsis, NA and sums with a currency sign are values", "[model][values]") {
  for (const char* s : {"√", "✓", "✔", "……", "NA", "n.a.", "N.A.", "¥1,234", "￥3.5", "$12", "€ 12.5"}) {
    INFO(s);
    CHECK(is_value_like(s));
  }
  for (const char* s : {"¥", "¥元", "$说明", "NAME", "NA值", "√说明"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("Means with the letters of a multiple comparison are values", "[model][values]") {
  // Field trials print each mean with letters: means that share one do not
  // differ (Duncan's test), lower case at 5 %, upper case at 1 %.
  for (const char* s : {"12.35a", "8.1 ab", "0.45b", "45.2±3.1a", "45.2 ± 3.1 Aa", "3.07bcd", "1.2 e"}) {
    INFO(s);
    CHECK(is_value_like(s));
    CHECK_FALSE(is_numeric(s));
  }
  // An item number has no decimals; five letters are a word; a lone e
  // written close is an exponent cut off.
  for (const char* s : {"12a", "3B", "12.3abcde", "a", "Aa", "1.2e", "12.3x", "型号12.3a"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("Changes marked with their direction are values", "[model][values]") {
  // Statistical bulletins mark a fall or a rise instead of writing a sign.
  for (const char* s : {"▲2.3", "△12", "▼3", "▽0.5", "↑5.2%", "↓ 1.5"}) {
    INFO(s);
    CHECK(is_value_like(s));
  }
  for (const char* s : {"▲", "▲说明", "↑增长", "▲▲"}) {
    INFO(s);
    CHECK_FALSE(is_value_like(s));
  }
}

TEST_CASE("Counts of ten thousands of a unit, and percentage points, are quantities", "[model][values]") {
  for (const char* s : {"12万户", "3.5亿美元", "12万千瓦", "-3.2个百分点", "0.4个百分点", "15个工作日", "12公里",
                        "8.5m²", "20 km²", "36.5°C", "120辆"}) {
    INFO(s);
    CHECK(is_quantity(s));
  }
  CHECK(looks_like_unit("万户"));
  CHECK(looks_like_unit("个百分点"));
  // A year, a month, a day and an age head columns or label rows (1日, 2日
  // down a daily table).
  for (const char* s : {"2000年", "3月", "1日", "15日", "18岁", "12万年", "12户籍"}) {
    INFO(s);
    CHECK_FALSE(is_quantity(s));
  }
}

TEST_CASE("Traditional forms of totals, units, notes and placeholders read as the simplified ones do",
          "[model][values]") {
  // Reports from Taiwan and Hong Kong write 總計, 單位, 註 and 無.
  for (const char* s : {"總計", "合計", "小計", "共計"}) {
    INFO(s);
    CHECK(looks_like_total(s));
  }
  for (const char* s : {"12條", "3.5億元", "12萬戶", "0.4個百分點", "15個工作日"}) {
    INFO(s);
    CHECK(is_quantity(s));
  }
  CHECK(is_value_like("無"));
  CHECK(looks_like_unit_note("單位：萬元"));
  CHECK(looks_like_prose("註：資料截至年底"));
  CHECK(looks_like_prose("資料來源：統計處"));
  CHECK(looks_like_caption("續表2"));
  CHECK(looks_like_caption("三、收到和處理政府資訊公開申請情況"));
  CHECK_FALSE(looks_like_caption("申請人情況"));
}
