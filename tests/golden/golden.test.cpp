// Golden files: fixtures/<case>/input.txt beside expected-NN.csv (one per
// table), and fixtures/seeds/<seed>/expected-NN.csv for the seed reports read
// from ../shared/seeds. Every case also runs with CRLF line ends, with a
// UTF-8 BOM and without its final newline. A mismatch writes
// expected-NN.unapproved.csv; tests/golden/approve.sh accepts it after review.
// expected.md, where present, is the Markdown of all the case's tables.
#include "test_support.hpp"

#include <retab/csv_writer.hpp>
#include <retab/markdown_writer.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> expected_files(const fs::path& dir) {
  std::vector<fs::path> files;
  const std::regex name("expected-[0-9]+\\.csv");
  for (const auto& e : fs::directory_iterator(dir))
    if (std::regex_match(e.path().filename().string(), name)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string with_crlf(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string without_final_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

void check_case(const fs::path& dir, const std::string& input) {
  const std::vector<fs::path> expected = expected_files(dir);
  const std::pair<const char*, std::string> variants[] = {
      {"as written", input},
      {"CRLF", with_crlf(input)},
      {"BOM", "\xEF\xBB\xBF" + input},
      {"no final newline", without_final_newline(input)},
  };
  for (const auto& [variant, bytes] : variants) {
    INFO("case " << dir.filename().string() << ", " << variant);
    const retab::source_text source = retab::decode(bytes, "input.txt");
    const std::vector<retab::table> tables = retab::find_tables(source);
    CHECK(tables.size() == expected.size());
    for (std::size_t i = 0; i < tables.size(); ++i) {
      const std::string got = retab::to_csv(tables[i]);
      const fs::path want = dir / ("expected-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1) + ".csv");
      INFO("table " << i + 1);
      const std::string wanted = fs::exists(want) ? retab::test::slurp(want.string()) : std::string();
      if (got != wanted && std::string(variant) == "as written") {
        std::ofstream(fs::path(want).replace_extension(".unapproved.csv"), std::ios::binary) << got;
      }
      CHECK(got == wanted);
    }
    // The Markdown rendering of the same tables, where the case has one.
    const fs::path md = dir / "expected.md";
    const std::string got_md = retab::to_markdown(tables);
    if (std::string(variant) == "as written" && (!fs::exists(md) || retab::test::slurp(md.string()) != got_md))
      std::ofstream(dir / "expected.unapproved.md", std::ios::binary) << got_md;
    if (fs::exists(md)) CHECK(got_md == retab::test::slurp(md.string()));
  }
}

}  // namespace

TEST_CASE("Own fixtures convert to their approved CSV", "[golden]") {
  std::size_t cases = 0;
  for (const auto& e : fs::directory_iterator(RETAB_FIXTURES_DIR)) {
    const fs::path input = e.path() / "input.txt";
    if (!e.is_directory()) continue;
    if (!fs::exists(input)) continue;
    ++cases;
    check_case(e.path(), retab::test::slurp(input.string()));
  }
  CHECK(cases >= 6);
}

TEST_CASE("Seed reports convert to their hand-checked CSV", "[golden][seeds]") {
  const fs::path seeds = fs::path(RETAB_SHARED_DIR) / "seeds";
  if (!fs::is_directory(seeds)) {
    WARN("SKIPPED: " << seeds.string() << " is absent (a user's clone has no ../shared); seed golden tests not run");
    return;
  }
  std::size_t cases = 0;
  for (const auto& e : fs::directory_iterator(fs::path(RETAB_FIXTURES_DIR) / "seeds")) {
    if (!e.is_directory()) continue;
    const fs::path input = seeds / (e.path().filename().string() + ".txt");
    REQUIRE(fs::exists(input));
    ++cases;
    check_case(e.path(), retab::test::slurp(input.string()));
  }
  CHECK(cases == 5);
}
