// What each column and each body row is called: the header cells above a
// column, and the row-label cells left of a row, outermost first.
#pragma once

#include <retab/table.hpp>

#include <string>
#include <vector>

namespace retab {

/// For every column, the texts of the header cells covering it, top to
/// bottom; a cell spanning several header rows counts once, empty texts are
/// left out, and a cell spanning several columns heads all of them only when
/// it is a group header (header cells below it), else just its first; a
/// title across the whole width is left out.
std::vector<std::vector<std::string_view>> column_header_paths(const table& t);

/// For body row `r`, the texts of the label-column cells covering it, left to right.
std::vector<std::string_view> row_label_path(const table& t, std::uint32_t r);

/// `申请人情况 / 法人或其他组织 / 商业企业`
std::string join_path(const std::vector<std::string_view>& path, std::string_view separator = " / ");

}  // namespace retab
