// libFuzzer entry point: any bytes go through decoding, table finding and
// every text converter. Bad bytes may only raise retab::error; a crash, a
// sanitizer report or a broken table invariant (below) is a finding.
#include "retab/csv_writer.hpp"
#include "retab/header_paths.hpp"
#include "retab/json_writer.hpp"
#include "retab/markdown_writer.hpp"
#include "retab/retab.hpp"
#include "retab/tidy_writer.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "broken invariant: %s\n", what);
  std::abort();
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < n;) {
    UChar32 cp = 0;
    U8_NEXT(p, i, n, cp);
    if (cp < 0) return false;
  }
  return true;
}

/// What every converter relies on: anchors inside the grid, in row-major
/// order, covering each position at most once, with valid UTF-8 text.
void check_table(const retab::table& t, std::size_t line_count) {
  require(t.rows > 0 && t.cols > 0, "a table has rows and columns");
  require(t.header_rows <= t.rows && t.label_cols <= t.cols, "header rows and label columns inside the grid");
  require(t.first_line >= 1 && t.first_line <= t.last_line && t.last_line <= line_count, "source lines inside the input");
  std::vector<bool> covered(static_cast<std::size_t>(t.rows) * t.cols, false);
  const retab::cell* previous = nullptr;
  for (const retab::cell& c : t.cells) {
    require(c.rowspan >= 1 && c.colspan >= 1, "spans of at least one");
    require(c.row + c.rowspan <= t.rows && c.col + c.colspan <= t.cols, "cells inside the grid");
    require(!previous || previous->row < c.row || (previous->row == c.row && previous->col < c.col),
            "anchors in row-major order");
    for (std::uint32_t r = c.row; r < c.row + c.rowspan; ++r)
      for (std::uint32_t k = c.col; k < c.col + c.colspan; ++k) {
        const std::size_t at = static_cast<std::size_t>(r) * t.cols + k;
        require(!covered[at], "no position covered twice");
        covered[at] = true;
      }
    require(valid_utf8(c.text), "cell text is UTF-8");
    previous = &c;
  }
  require(valid_utf8(t.caption), "caption is UTF-8");
  require(valid_utf8(t.unit_note), "unit note is UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  retab::source_text source;
  try {
    source = retab::decode(bytes, "fuzz");
  } catch (const retab::error&) {
    return 0;  // undecodable input is reported, not read
  }
  require(valid_utf8(source.text), "decoded text is UTF-8");
  const std::vector<retab::table> tables = retab::find_tables(source);
  for (const retab::table& t : tables) {
    check_table(t, source.line_count());
    require(valid_utf8(retab::to_csv(t)), "CSV is UTF-8");
    (void)retab::to_markdown(t);
    (void)retab::column_header_paths(t);
    for (std::uint32_t r = t.header_rows; r < t.rows; ++r) (void)retab::row_label_path(t, r);
  }
  (void)retab::to_tidy_csv(tables);
  (void)retab::to_json(source, tables);
  return 0;
}
