#include <retab/atomic_file.hpp>
#include <retab/diagnostic.hpp>
#include <retab/retab.hpp>
#include <retab/xlsx_writer.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace {

/// A fresh, empty folder under the system's temporary folder.
fs::path fresh_folder(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::size_t files_in(const fs::path& dir) {
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++files;
  }
  return files;
}

/// The permission bits of `p` as the system reports them.
unsigned mode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

/// Sets the umask for one scope.
struct umask_for_scope {
  explicit umask_for_scope(mode_t m) : old(::umask(m)) {}
  ~umask_for_scope() { ::umask(old); }
  mode_t old;
};

std::vector<retab::table> one_table() {
  // Cells are views into the report, which must outlive them.
  static const retab::source_text report = retab::test::source("项目\t2019年\t2020年\n收入\t12\t14\n支出\t9\t11\n");
  return retab::find_tables(report);
}

}  // namespace

TEST_CASE("Atomic writes replace the target whole and leave no temporary", "[atomic]") {
  const fs::path dir = fresh_folder("retab-atomic-test");
  const fs::path target = dir / "out.csv";
  retab::write_file_atomically(target, "first\r\n");
  retab::write_file_atomically(target, "second\r\n");
  CHECK(retab::test::slurp(target.string()) == "second\r\n");
  CHECK(files_in(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("Outputs get the permissions a new file gets, not a temporary file's owner-only ones", "[atomic][xlsx]") {
  // mkstemp makes the temporary 0600; renamed as it is, a workbook in a
  // shared archive folder could be read by its owner alone.
  const fs::path dir = fresh_folder("retab-atomic-mode-test");
  const std::vector<retab::table> tables = one_table();
  REQUIRE(tables.size() == 1);
  for (const mode_t mask : {mode_t{022}, mode_t{027}}) {
    const umask_for_scope scope(mask);
    retab::write_file_atomically(dir / "out.csv", "a,b\r\n");
    retab::write_xlsx(dir / "out.xlsx", tables, {});
    CHECK(mode_of(dir / "out.csv") == (0666 & ~mask));
    CHECK(mode_of(dir / "out.xlsx") == (0666 & ~mask));
  }
  fs::remove_all(dir);
}

TEST_CASE("A write into a missing folder says why and leaves nothing behind", "[atomic][xlsx]") {
  const fs::path dir = fresh_folder("retab-atomic-missing-test");
  // Catch2 v2's combined matchers hold their parts by reference: built in place.
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(retab::write_file_atomically(dir / "missing" / "x.csv", "x"),
                    Contains("missing/x.csv") && Contains("No such file or directory"));
  CHECK_THROWS_WITH(retab::write_xlsx(dir / "missing" / "x.xlsx", one_table(), {}),
                    Contains("missing/x.xlsx") && Contains("No such file or directory"));
  CHECK(files_in(dir) == 0);
  fs::remove_all(dir);
}
