#include "model/continued_rows.hpp"

#include "model/value_kind.hpp"

namespace retab {

std::vector<std::uint32_t> continued_columns(const std::vector<raw_row>& rows, std::size_t body, std::uint32_t width,
                                             text_forms& forms) {
  std::vector<std::uint32_t> shifts(rows.size(), 0);
  if (body >= rows.size() || width < 2 || content_length(rows[body]) != width) return shifts;
  // Not under a header that names remarks or notes last (备注, 说明: its
  // empty cells are empty notes), nor under one repeating a run of names
  // (指令 | 作用 | 指令 | 作用: records side by side, the last row short of
  // a record).
  if (body > 0) {
    const raw_row& header = rows[body - 1];
    const std::size_t named = content_length(header);
    const bool notes_last =
        named > 0 && (looks_like_remarks(header[named - 1].text) || header[named - 1].text == "说明");
    if (repeats_of_run(header) > 0 || notes_last) return shifts;
  }
  // What each column holds, from the first rows that fill every column (a
  // few tell a column's form; all of a long table would cost its length
  // squared).
  constexpr std::size_t sample_rows = 16;
  std::vector<std::vector<const text_form*>> column_forms(width);
  std::size_t sampled = 0;
  for (std::size_t i = body; i < rows.size() && sampled < sample_rows; ++i) {
    if (content_length(rows[i]) != width) continue;
    ++sampled;
    for (std::uint32_t c = 0; c < width; ++c)
      if (!rows[i][c].text.empty()) column_forms[c].push_back(&forms.of(rows[i][c].text));
  }
  auto fit = [&](const text_form& form, std::uint32_t c) {
    if (form.length == 0 || column_forms[c].empty()) return 0.0;
    double sum = 0.0;
    for (const text_form* other : column_forms[c]) sum += form_likeness(form, *other);
    return sum / static_cast<double>(column_forms[c].size());
  };
  for (std::size_t i = body + 1; i < rows.size(); ++i) {
    const std::size_t n = content_length(rows[i]);
    if (n == 0 || n >= width) continue;
    const auto shift = static_cast<std::uint32_t>(width - n);
    const std::size_t above = content_length(rows[i - 1]);
    if (above != width && (shifts[i - 1] == 0 || shifts[i - 1] > shift)) continue;
    // A text ending in a colon names what follows it (发布机构: | |, a
    // value left empty): it opens its row.
    if (ends_in_colon(rows[i][0].text)) continue;
    double where_written = 0.0, moved = 0.0;
    std::size_t texts = 0;
    for (std::uint32_t k = 0; k < n; ++k) {
      const text_form& form = forms.of(rows[i][k].text);
      where_written += fit(form, k);
      moved += fit(form, k + shift);
      texts += form.length > 0 ? 1 : 0;
    }
    // Short rows of words under a full row are, far more often than not,
    // the rows of a label spanning down; where they stand wins only by a
    // whole sign (a script, a length) a text.
    const bool continues = where_written < moved + static_cast<double>(texts) / 3.0;
    if (continues) shifts[i] = shift;
  }
  return shifts;
}

std::vector<raw_row> body_with_rows_moved(const std::vector<raw_row>& rows, std::size_t body,
                                          const std::vector<std::uint32_t>& shifts) {
  std::vector<raw_row> out;
  for (std::size_t i = body; i < rows.size(); ++i) {
    raw_row row(shifts[i]);
    row.insert(row.end(), rows[i].begin(), rows[i].begin() + static_cast<std::ptrdiff_t>(content_length(rows[i])));
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace retab
