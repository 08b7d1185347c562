// Synthetic reports for the benchmarks, the same bytes every run.
#pragma once

#include <string>

namespace retab::bench {

/// About `bytes` bytes: a heading, prose, then one tab-delimited table with
/// CJK labels, numbers and empty (merged) fields.
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

/// A table of words in pipe cells, `groups` groups of three rows: a group's
/// label spans down, so its second and third rows are a cell short, each
/// followed by a lone padding pipe. No number tells the width; every
/// candidate width is weighed by the texts' form.
inline std::string generated_word_pipe_cells(std::size_t groups) {
  static const char* const names[] = {"企业规模", "资产负债率", "现金持有", "成长性", "股权集中度", "董事会规模"};
  static const char* const symbols[] = {"Size", "Lev", "Cash", "Growth", "Top1", "Board"};
  std::string s = "表1 变量定义\n类型 |\n名称 |\n符号 |\n定义 |\n";
  for (std::size_t g = 0; g < groups; ++g) {
    s += "第" + std::to_string(g) + "组变量 |\n";
    for (std::size_t k = 0; k < 3; ++k) {
      const std::size_t i = (g + k) % 6;
      s += std::string(names[i]) + " |\n" + symbols[i] + " |\n" + "年末数值的自然对数" + std::to_string(k) + " |\n";
      if (k > 0 && !(g + 1 == groups && k == 2)) s += "|\n";
    }
  }
  return s + "以上为全部变量。\n";
}

}  // namespace retab::bench
