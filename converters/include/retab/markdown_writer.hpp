// GitHub-flavoured Markdown: each table after its caption, one header row
// whose cells are the header paths (`申请人情况 / 法人或其他组织 / 商业企业`),
// numeric columns right-aligned, columns padded to equal display width so the
// raw text lines up in a terminal (wide CJK characters count 2).
#pragma once

#include <retab/table.hpp>

#include <string>
#include <vector>

namespace retab {

std::string to_markdown(const table& t);

/// All tables in document order, a blank line between them.
std::string to_markdown(const std::vector<table>& tables);

}  // namespace retab
