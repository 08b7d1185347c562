#include "scan/line_classifier.hpp"

#include "model/cell_text.hpp"
#include "x3/markdown_row.hpp"
#include "x3/pipe_line.hpp"
#include "x3/tab_line.hpp"

namespace retab {
namespace {

namespace x3 = boost::spirit::x3;

std::string_view view(const ast::text_range& r) {
  return std::string_view(r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  // U+3000 ideographic space at either end
  while (s.substr(0, 3) == "\xE3\x80\x80") s.remove_prefix(3);
  while (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") s.remove_suffix(3);
  return s;
}

}  // namespace

bool parse_markdown_row(std::string_view line, std::vector<std::string_view>& cells) {
  ast::markdown_row row;
  const char* first = line.data();
  if (!x3::parse(first, line.data() + line.size(), grammar::markdown_row(), row)) return false;
  cells.clear();
  for (const auto& c : row) cells.push_back(view(c));
  return true;
}

bool parse_gfm_row(std::string_view line, std::vector<std::string_view>& cells) {
  ast::markdown_row pieces;
  const char* first = line.data();
  if (line.find('|') == std::string_view::npos ||
      !x3::parse(first, line.data() + line.size(), grammar::markdown_pieces(), pieces))
    return false;
  cells.clear();
  for (const auto& c : pieces) cells.push_back(view(c));
  // Outer bars open and close the row; they hold no cell.
  const bool escaped_end = line.size() >= 2 && line[line.size() - 2] == '\\';
  if (line.back() == '|' && !escaped_end && cells.size() >= 2) cells.pop_back();
  if (line.front() == '|' && cells.size() >= 2) cells.erase(cells.begin());
  return true;
}

std::vector<classified_line> classify_lines(const source_text& source) {
  std::vector<classified_line> out(source.line_count());
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    classified_line& cl = out[i];
    const std::string_view raw = source.line(i);
    if (is_blank_text(raw)) continue;
    if (raw.find('\t') != std::string_view::npos && raw.find('|') == std::string_view::npos) {
      ast::tab_line fields;
      const char* first = raw.data();
      if (x3::parse(first, raw.data() + raw.size(), grammar::tab_line(), fields)) {
        cl.kind = line_kind::tab;
        cl.text = raw;
        cl.cells.reserve(fields.size());
        for (const auto& f : fields) cl.cells.push_back(view(f));
        continue;
      }
    }
    const std::string_view line = trim(raw);
    cl.text = line;
    cl.kind = line_kind::text;
    if (line.find('|') == std::string_view::npos) continue;
    {
      ast::markdown_delimiter delim;
      const char* first = line.data();
      // `- |` is a pipe cell holding a dash; a delimiter row starts with a
      // bar or has two cells at least.
      if (x3::parse(first, line.data() + line.size(), grammar::markdown_delimiter(), delim) &&
          (line.front() == '|' || delim.size() >= 2)) {
        cl.kind = line_kind::markdown_delimiter;
        for (const auto& c : delim) cl.cells.push_back(view(c));
        continue;
      }
    }
    if (line.back() == '|') {
      ast::pipe_line pipe;
      const char* first = line.data();
      if (x3::parse(first, line.data() + line.size(), grammar::pipe_line(), pipe)) {
        cl.kind = line_kind::pipe;
        for (const auto& c : pipe.cells) cl.cells.push_back(view(c));
        cl.pad = static_cast<std::uint32_t>(pipe.pad.size());
        cl.starts_with_bar = line.front() == '|';
        continue;
      }
      if (line.front() == '|') {
        // `|a|b|`-style rows that only the Markdown grammar accepts. Their
        // opening bar is read as the pipe grammar reads it, closing an empty
        // cell; pipe_row_tables drops that cell where every row opens so.
        std::vector<std::string_view> md;
        if (parse_markdown_row(line, md)) {
          cl.kind = line_kind::pipe;
          cl.starts_with_bar = true;
          cl.cells.push_back(line.substr(0, 0));
          cl.cells.insert(cl.cells.end(), md.begin(), md.end());
        }
      }
    }
  }
  return out;
}

}  // namespace retab
