// Markdown's marks around text that PDF- and HTML-to-Markdown converters
// leave in reports: formatting, not part of what a cell or a caption says.
#pragma once

#include <string>
#include <string_view>

namespace retab {

/// `s` without strong emphasis around the whole of it (`**合计**`,
/// `__42__`): emphasis opens and closes on text, not on a blank or another
/// mark, and holds no other pair of marks; otherwise `s` as it is.
std::string_view without_strong_emphasis(std::string_view s);

/// Markdown inline text as a GFM renderer shows it: a backslash before ASCII
/// punctuation is an escape (`\|`, `\*`, as retab's own Markdown writes
/// them), an entity reference its character (`&amp;` &, `&plusmn;` ±,
/// `&#177;`; an unknown name stays as written), and a line break tag (`<br>`,
/// `<br/>`, which PDF-to-Markdown tools write inside cells) a blank.
std::string markdown_text(std::string_view s);

/// Whether markdown_text may change `s`: it holds a backslash, `&` or `<`.
bool has_markdown_escapes(std::string_view s);

/// A heading line's text: without the ATX opening (`#` to `######` and a
/// blank), the optional closing run of `#`, and strong emphasis around the
/// rest (`## 表1 主要指标`, `**表1 主要指标**`). A line that is not such a
/// heading, or that holds nothing else, comes back as it is.
std::string_view heading_text(std::string_view s);

}  // namespace retab
