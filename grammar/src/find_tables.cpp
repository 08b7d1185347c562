#include <retab/retab.hpp>

#include "layouts/layout_tables.hpp"
#include "model/markdown_marks.hpp"
#include "scan/line_classifier.hpp"
#include "scan/region_finder.hpp"

namespace retab {

std::vector<table> find_tables(const source_text& source) {
  const std::vector<classified_line> lines = classify_lines(source);
  std::vector<table> out;
  for (const region& r : find_regions(lines)) {
    std::vector<table> found;
    switch (r.kind) {
      case layout::pipe_row: found = pipe_row_tables(lines, r); break;
      case layout::pipe_cell: found = pipe_cell_tables(lines, r); break;
      case layout::tab: found = tab_tables(lines, r); break;
      case layout::markdown: found = markdown_tables(lines, r); break;
      case layout::line_cell: found = line_cell_tables(source, lines, r); break;
    }
    for (table& t : found) {
      if (t.rows < 2 || t.cols < 2 || t.cells.empty()) continue;
      // A Markdown heading (## 表1 ...) names its table by its text, not its
      // marks; in a Markdown document its escapes are read too (R\&D).
      t.caption = std::string(heading_text(t.caption));
      if (t.source_layout == layout::markdown && has_markdown_escapes(t.caption)) t.caption = markdown_text(t.caption);
      out.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace retab
