#include "x3/pipe_line.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

struct parsed {
  bool ok;
  std::vector<std::string> cells;
  std::size_t pad;
};

parsed parse(const std::string& line) {
  retab::ast::pipe_line out;
  const char* first = line.data();
  const bool ok = boost::spirit::x3::parse(first, line.data() + line.size(), retab::grammar::pipe_line(), out);
  parsed p{ok, {}, out.pad.size()};
  for (const auto& c : out.cells) p.cells.emplace_back(c.begin(), c.end());
  return p;
}

}  // namespace

TEST_CASE("A pipe line is cells ending in a bar, then padding pipes", "[grammar][pipe]") {
  SECTION("one row per line with padding") {
    const parsed p = parse("索引号 : | 11500000009275780L/2020-11304 | 主题分类 : | 电子政务 | ||||");
    REQUIRE(p.ok);
    REQUIRE(p.cells == std::vector<std::string>{"索引号 : ", "11500000009275780L/2020-11304 ", "主题分类 : ", "电子政务 "});
    CHECK(p.pad == 4);
  }
  SECTION("one cell with padding on the same line") {
    const parsed p = parse("第二十条第(一)项 | |||");
    REQUIRE(p.ok);
    CHECK(p.cells == std::vector<std::string>{"第二十条第(一)项 "});
    CHECK(p.pad == 3);
  }
  SECTION("padding alone") {
    const parsed p = parse("|||");
    REQUIRE(p.ok);
    CHECK(p.cells.empty());
    CHECK(p.pad == 3);
  }
  SECTION("a lone bar is an empty cell") {
    const parsed p = parse("|");
    REQUIRE(p.ok);
    CHECK(p.cells == std::vector<std::string>{""});
    CHECK(p.pad == 0);
  }
  SECTION("an empty cell inside a row keeps its place") {
    const parsed p = parse("发布机构 : | | 2020 |");
    REQUIRE(p.ok);
    CHECK(p.cells == std::vector<std::string>{"发布机构 : ", "", "2020 "});
  }
}

TEST_CASE("Prose with a bar inside is not a pipe line", "[grammar][pipe]") {
  CHECK_FALSE(parse("甲|乙两种写法都可以").ok);
  CHECK_FALSE(parse("a || b |").ok);
  CHECK_FALSE(parse("no bars at all").ok);
}
