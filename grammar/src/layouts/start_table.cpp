#include "layouts/layout_tables.hpp"

#include <string>

namespace retab {

table start_table(const std::vector<classified_line>& lines, const region& r, layout l) {
  table t;
  t.source_layout = l;
  t.first_line = r.first + 1;
  t.last_line = r.last + 1;
  const table_heading heading = heading_above(lines, r.first);
  t.caption = std::string(heading.caption);
  t.unit_note = std::string(heading.unit_note);
  return t;
}

}  // namespace retab
