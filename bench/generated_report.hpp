// A synthetic report of about `bytes` bytes: a heading, prose, then one
// tab-delimited table with CJK labels, numbers and empty (merged) fields.
#pragma once

#include <string>

namespace retab::bench {

inline std::string generated_tab_report(std::size_t bytes) {
  std::string s = "测试报告\n\n这是一段说明文字,用来模拟表格前面的正文。\n\n表1 生成的数据\n";
  s += "项目\t一月\t二月\t三月\t四月\t五月\t六月\t合计\n";
  unsigned long long x = 88172645463325252ull;  // xorshift: same bytes every run
  for (std::size_t row = 0; s.size() < bytes; ++row) {
    s += (row % 7 == 0) ? "(一)分项" : "\t1.细项";
    s += std::to_string(row);
    for (int c = 0; c < 7; ++c) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      s += '\t';
      if (x % 11 != 0) s += std::to_string(x % 100000);
    }
    s += '\n';
  }
  return s;
}

}  // namespace retab::bench
