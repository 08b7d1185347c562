#include <retab/header_paths.hpp>
#include <retab/markdown_writer.hpp>
#include <retab/text_width.hpp>

#include "cell_number.hpp"

#include <algorithm>
#include <cctype>

namespace retab {
namespace {

/// Whether `&` at `i` opens what reads as an entity reference (`&amp;`,
/// `&#177;`): letters, digits or `#`, then `;`.
bool opens_entity(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  while (j < text.size() && j - i <= 32 && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '#')) ++j;
  return j > i + 1 && j < text.size() && text[j] == ';';
}

/// Text safe inside a GFM table cell: bars escaped, line breaks as <br>, and
/// the punctuation that would otherwise start emphasis, code, links, HTML or
/// an entity (R&D stays as it is; a literal &amp; is written \&amp;).
std::string escape_cell(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '&' && opens_entity(text, i)) {
      out.append("\\&");
      continue;
    }
    switch (c) {
      case '|': case '\\': case '*': case '_': case '`': case '[': case ']': case '<': case '>': case '~':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '\n': out.append("<br>"); break;
      case '\r': break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string escape_paragraph(std::string_view text) {
  std::string out = escape_cell(text);
  // A caption that starts like a list item or heading must stay a paragraph.
  if (!out.empty() && (out[0] == '#' || out[0] == '-' || out[0] == '+' || out[0] == '=')) out.insert(0, "\\");
  return out;
}

void pad_to(std::string& line, std::string_view text, std::size_t width, bool right) {
  const std::size_t w = display_width(text);
  const std::size_t fill = width > w ? width - w : 0;
  if (right) line.append(fill, ' ');
  line.append(text);
  if (!right) line.append(fill, ' ');
}

}  // namespace

std::string to_markdown(const table& t) {
  const std::uint32_t cols = std::max<std::uint32_t>(t.cols, 1);
  std::vector<std::string> header(cols);
  const auto paths = column_header_paths(t);
  for (std::uint32_t c = 0; c < t.cols; ++c) header[c] = escape_cell(join_path(paths[c]));

  std::vector<std::vector<std::string>> body;
  std::vector<std::size_t> numbers(cols, 0), filled(cols, 0);
  for (std::uint32_t r = t.header_rows; r < t.rows; ++r) body.emplace_back(cols);
  for (const cell& x : t.cells) {
    if (x.row < t.header_rows || x.col >= cols) continue;
    body[x.row - t.header_rows][x.col] = escape_cell(x.text);
    if (!x.text.empty()) {
      ++filled[x.col];
      if (plain_number(x.text)) ++numbers[x.col];
    }
  }
  std::vector<bool> right(cols, false);
  std::vector<std::size_t> width(cols, 3);
  for (std::uint32_t c = 0; c < cols; ++c) {
    right[c] = filled[c] > 0 && 2 * numbers[c] > filled[c];
    width[c] = std::max(width[c], display_width(header[c]));
    for (const auto& row : body) width[c] = std::max(width[c], display_width(row[c]));
  }

  std::string out;
  if (!t.caption.empty()) out.append(escape_paragraph(t.caption)).append("\n\n");
  if (!t.unit_note.empty()) out.append(escape_paragraph(t.unit_note)).append("\n\n");
  // Header titles across the whole width name no column (header_paths
  // leaves them out); they stand as a paragraph so that no text is lost.
  for (const cell& x : t.cells)
    if (x.row < t.header_rows && x.colspan == t.cols && t.cols > 1 && !x.text.empty() &&
        x.row + x.rowspan < t.header_rows)
      out.append(escape_paragraph(x.text)).append("\n\n");
  auto emit_row = [&](const std::vector<std::string>& cells) {
    out.append("|");
    for (std::uint32_t c = 0; c < cols; ++c) {
      out.push_back(' ');
      pad_to(out, cells[c], width[c], right[c]);
      out.append(" |");
    }
    out.push_back('\n');
  };
  emit_row(header);
  out.append("|");
  for (std::uint32_t c = 0; c < cols; ++c) {
    out.push_back(' ');
    out.append(width[c] - (right[c] ? 1 : 0), '-');
    if (right[c]) out.push_back(':');
    out.append(" |");
  }
  out.push_back('\n');
  for (const auto& row : body) emit_row(row);
  return out;
}

std::string to_markdown(const std::vector<table>& tables) {
  std::string out;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i) out.push_back('\n');
    out.append(to_markdown(tables[i]));
  }
  return out;
}

}  // namespace retab
