#include "model/markdown_marks.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using retab::heading_text;
using retab::without_strong_emphasis;

TEST_CASE("A heading's text is read without Markdown's marks", "[markdown]") {
  CHECK(heading_text("## 表1 主要经济指标") == "表1 主要经济指标");
  CHECK(heading_text("# 准确率（Accuracy）") == "准确率（Accuracy）");
  CHECK(heading_text("### 二、主动公开情况 ###") == "二、主动公开情况");
  CHECK(heading_text("**表2 各区县情况**") == "表2 各区县情况");
  CHECK(heading_text("## **表3 收支**") == "表3 收支");
  // No heading: the marks are text.
  CHECK(heading_text("#5 号楼") == "#5 号楼");
  CHECK(heading_text("####### 七个井号") == "####### 七个井号");
  CHECK(heading_text("C# 的用法") == "C# 的用法");
  CHECK(heading_text("表4 第#2号") == "表4 第#2号");
  CHECK(heading_text("# ") == "# ");
  CHECK(heading_text("").empty());
}

TEST_CASE("Strong emphasis around the whole text is formatting", "[markdown]") {
  CHECK(without_strong_emphasis("**合计**") == "合计");
  CHECK(without_strong_emphasis("__42__") == "42");
  CHECK(without_strong_emphasis("**合计** 与 **小计**") == "**合计** 与 **小计**");
  CHECK(without_strong_emphasis("** 合计**") == "** 合计**");
  CHECK(without_strong_emphasis("****") == "****");
}

TEST_CASE("A Markdown heading over a table is its caption without the marks", "[markdown][scanner]") {
  const auto src = retab::test::source(
      "正文一段。\n\n## 表1 主要经济指标\n\n| 指标 | 2023年 |\n|---|---|\n| 产值 | 12 |\n| 税收 | 3 |\n\n"
      "**表2 各区情况**\n\n| 区 | 人口 |\n|---|---|\n| 东区 | 100 |\n| 西区 | 80 |\n\n"
      "### 表3 R\\&D 与 &lt;投入&gt;\n\n| 项 | 值 |\n|---|---|\n| 甲 | 1 |\n| 乙 | 2 |\n");
  const auto tables = retab::find_tables(src);
  REQUIRE(tables.size() == 3);
  CHECK(tables[0].caption == "表1 主要经济指标");
  CHECK(tables[1].caption == "表2 各区情况");
  CHECK(tables[2].caption == "表3 R&D 与 <投入>");
}

TEST_CASE("Markdown text reads as a GFM renderer shows it", "[markdown]") {
  using retab::markdown_text;
  CHECK(markdown_text("a\\*b\\_c \\| \\\\ \\[注\\]") == "a*b_c | \\ [注]");
  CHECK(markdown_text("\\中 \\a") == "\\中 \\a");  // only ASCII punctuation escapes
  CHECK(markdown_text("R&amp;D &lt;b&gt; &quot;x&quot;") == "R&D <b> \"x\"");
  CHECK(markdown_text("&plusmn;2 &times; 3 &deg;C 5&permil;") == "±2 × 3 °C 5‰");
  CHECK(markdown_text("&#177; &#xB1; &#XB1;") == "± ± ±");
  CHECK(markdown_text("&#0; &#xD800; &#x110000;") == "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
  CHECK(markdown_text("&bogus; R&D &amp &#; &#x;") == "&bogus; R&D &amp &#; &#x;");
  CHECK(markdown_text("上<br>下<BR/>左<br />右") == "上 下 左 右");
  CHECK(markdown_text("a<b>c") == "a<b>c");
}
