// The usage the header retab.hpp shows, through headers and libraries as
// installed: read a report, print each table's caption and CSV, and write
// the workbook (which pulls in libxlsxwriter).
#include <retab/csv_writer.hpp>
#include <retab/retab.hpp>
#include <retab/xlsx_writer.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: embed_check REPORT WORKBOOK\n";
    return 2;
  }
  try {
    const retab::source_text source = retab::read_source(argv[1]);
    const std::vector<retab::table> tables = retab::find_tables(source);
    for (const retab::table& t : tables) {
      std::cout << t.caption << '\n';
      retab::write_csv(std::cout, t);
    }
    retab::write_xlsx(argv[2], tables, retab::xlsx_options{});
  } catch (const retab::error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
