#include <retab/atomic_file.hpp>
#include <retab/diagnostic.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;

TEST_CASE("Atomic writes replace the target whole and leave no temporary", "[atomic]") {
  const fs::path dir = fs::temp_directory_path() / "retab-atomic-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "out.csv";
  retab::write_file_atomically(target, "first\r\n");
  retab::write_file_atomically(target, "second\r\n");
  CHECK(retab::test::slurp(target.string()) == "second\r\n");
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++files;
  }
  CHECK(files == 1);
  CHECK_THROWS_AS(retab::write_file_atomically(dir / "missing" / "x.csv", "x"), retab::error);
  fs::remove_all(dir);
}
