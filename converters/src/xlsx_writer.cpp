#include <retab/diagnostic.hpp>
#include <retab/text_width.hpp>
#include <retab/xlsx_writer.hpp>

#include "cell_number.hpp"
#include "temporary_sibling.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>

namespace retab {
namespace {

[[noreturn]] void fail(const std::string& what) {
  throw error(diagnostic{error_code::io_error, 0, 0, 0, what});
}

void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) fail(what + ": " + lxw_strerror(e));
}

/// UTF-16 code units of UTF-8 text: what Excel counts.
std::size_t utf16_length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

/// Literal text that looks like Excel's escape `_x0041_` would be shown as
/// "A"; its underscore is escaped as `_x005F_` so the text shows as written.
std::string escape_literal_escapes(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool escape_like = s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' &&
                             std::isxdigit(static_cast<unsigned char>(s[i + 2])) &&
                             std::isxdigit(static_cast<unsigned char>(s[i + 3])) &&
                             std::isxdigit(static_cast<unsigned char>(s[i + 4])) &&
                             std::isxdigit(static_cast<unsigned char>(s[i + 5])) && s[i + 6] == '_';
    if (escape_like) out.append("_x005F_");
    else out.push_back(s[i]);
  }
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// Cuts UTF-8 text to at most `units` UTF-16 units, on a character boundary.
std::string cut_utf16(std::string_view s, std::size_t units) {
  std::size_t n = 0, i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::size_t w = c >= 0xF0 ? 2 : 1;
    if (n + w > units) break;
    n += w;
    i += len;
  }
  return std::string(s.substr(0, i));
}

struct sheet_writer {
  std::string where;  ///< "table 3 (sheet '...')" for messages

  void write_text(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, std::string_view text, lxw_format* f) {
    if (text.find('\0') != std::string_view::npos)
      fail(where + ", row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1) + ": text holds a NUL byte");
    if (utf16_length(text) > 32767)
      fail(where + ", row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1) + ": " +
           std::to_string(utf16_length(text)) + " UTF-16 units, more than Excel's 32,767 per cell");
    if (const auto number = plain_number(text)) {
      check(worksheet_write_number(ws, r, c, *number, f), where);
      return;
    }
    const std::string escaped = escape_literal_escapes(text);
    check(worksheet_write_string(ws, r, c, escaped.c_str(), f), where);
  }
};

}  // namespace

std::vector<std::string> sheet_names(const std::vector<std::string>& captions) {
  std::vector<std::string> names;
  std::vector<std::string> taken{"tables", "history"};
  for (std::size_t i = 0; i < captions.size(); ++i) {
    std::string name;
    for (const char c : captions[i])
      name.push_back(std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : ' ');
    while (!name.empty() && (name.front() == '\'' || name.front() == ' ')) name.erase(0, 1);
    name = cut_utf16(name, 31);
    while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
    if (name.empty()) name = "Table " + std::to_string(i + 1);
    std::string unique = name;
    for (int k = 2; std::find(taken.begin(), taken.end(), lower_ascii(unique)) != taken.end(); ++k) {
      const std::string suffix = " (" + std::to_string(k) + ")";
      unique = cut_utf16(name, 31 - suffix.size()) + suffix;
    }
    taken.push_back(lower_ascii(unique));
    names.push_back(unique);
  }
  return names;
}

void write_xlsx(const std::filesystem::path& target, const std::vector<table>& tables, const xlsx_options& options) {
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (tables[i].rows > LXW_ROW_MAX || tables[i].cols > LXW_COL_MAX)
      fail("table " + std::to_string(i + 1) + " has " + std::to_string(tables[i].rows) + " rows and " +
           std::to_string(tables[i].cols) + " columns; Excel holds at most 1,048,576 rows and 16,384 columns");
  }
  temporary_sibling tmp(target);
  tmp.close();  // libxlsxwriter opens the file by its name
  lxw_workbook* book = nullptr;
  try {
    lxw_workbook_options wo{};
    book = workbook_new_opt(tmp.path().c_str(), &wo);
    if (book == nullptr) fail("cannot start workbook " + target.string());
    lxw_doc_properties props{};
    props.created = options.created;
    check(workbook_set_properties(book, &props), "workbook properties");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);

    std::vector<std::string> captions;
    for (const table& t : tables) captions.push_back(t.caption);
    const std::vector<std::string> names = sheet_names(captions);

    // The index sheet first.
    lxw_worksheet* index = workbook_add_worksheet(book, "Tables");
    if (index == nullptr) fail("cannot add sheet Tables");
    sheet_writer iw{"sheet Tables"};
    const char* index_header[] = {"Sheet",        "Caption", "Unit note", "Source file",
                                  "Source lines", "Layout",  "Rows",      "Columns"};
    for (lxw_col_t c = 0; c < 8; ++c) check(worksheet_write_string(index, 0, c, index_header[c], bold), iw.where);
    for (std::size_t i = 0; i < tables.size(); ++i) {
      const table& t = tables[i];
      const auto r = static_cast<lxw_row_t>(i + 1);
      check(worksheet_write_string(index, r, 0, names[i].c_str(), nullptr), iw.where);
      iw.write_text(index, r, 1, t.caption, nullptr);
      iw.write_text(index, r, 2, t.unit_note, nullptr);
      iw.write_text(index, r, 3, options.source_name, nullptr);
      const std::string lines = std::to_string(t.first_line) + "-" + std::to_string(t.last_line);
      check(worksheet_write_string(index, r, 4, lines.c_str(), nullptr), iw.where);
      check(worksheet_write_string(index, r, 5, layout_name(t.source_layout), nullptr), iw.where);
      check(worksheet_write_number(index, r, 6, t.rows, nullptr), iw.where);
      check(worksheet_write_number(index, r, 7, t.cols, nullptr), iw.where);
    }
    const double index_widths[] = {20, 40, 14, 30, 12, 10, 6, 8};
    for (lxw_col_t c = 0; c < 8; ++c) check(worksheet_set_column(index, c, c, index_widths[c], nullptr), iw.where);
    worksheet_freeze_panes(index, 1, 0);

    for (std::size_t i = 0; i < tables.size(); ++i) {
      const table& t = tables[i];
      lxw_worksheet* ws = workbook_add_worksheet(book, names[i].c_str());
      if (ws == nullptr) fail("cannot add sheet '" + names[i] + "'");
      sheet_writer w{"table " + std::to_string(i + 1) + " (sheet '" + names[i] + "')"};
      std::vector<std::size_t> width(t.cols, 6);
      for (const cell& x : t.cells) {
        const auto r = static_cast<lxw_row_t>(x.row);
        const auto c = static_cast<lxw_col_t>(x.col);
        lxw_format* f = x.row < t.header_rows ? bold : nullptr;
        if (x.rowspan > 1 || x.colspan > 1) {
          // A merged range holds text; a number is written into it afterwards.
          check(worksheet_merge_range(ws, r, c, static_cast<lxw_row_t>(x.row + x.rowspan - 1),
                                      static_cast<lxw_col_t>(x.col + x.colspan - 1), "", f),
                w.where);
        }
        w.write_text(ws, r, c, x.text, f);
        if (x.colspan == 1 && x.col < t.cols) width[x.col] = std::max(width[x.col], display_width(x.text) + 2);
      }
      for (lxw_col_t c = 0; c < t.cols; ++c)
        check(worksheet_set_column(ws, c, c, static_cast<double>(std::min<std::size_t>(width[c], 60)), nullptr), w.where);
      if (t.header_rows > 0 || t.label_cols > 0) worksheet_freeze_panes(ws, t.header_rows, static_cast<lxw_col_t>(t.label_cols));
    }
    lxw_workbook* closing = book;
    book = nullptr;  // workbook_close frees it, whatever it returns
    check(workbook_close(closing), "cannot write " + target.string());
    tmp.commit();
  } catch (...) {
    if (book != nullptr) workbook_close(book);  // frees it; tmp removes the half-written file
    throw;
  }
}

}  // namespace retab
