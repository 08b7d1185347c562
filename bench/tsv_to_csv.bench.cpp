// Throughput of the whole path for tab-delimited input: decode (validate,
// NFC), scan, place cells, write canonical CSV. Reports bytes per second of
// input. And how finding a table of words in pipe cells grows with it.
#include "generated_report.hpp"

#include <retab/csv_writer.hpp>
#include <retab/retab.hpp>

#include <benchmark/benchmark.h>

#include <sstream>

static void tsv_to_csv(benchmark::State& state) {
  const std::string input = retab::bench::generated_tab_report(static_cast<std::size_t>(state.range(0)) << 20);
  for (auto _ : state) {
    const retab::source_text source = retab::decode(input, "generated.txt");
    const std::vector<retab::table> tables = retab::find_tables(source);
    std::ostringstream out;
    for (const retab::table& t : tables) retab::write_csv(out, t);
    benchmark::DoNotOptimize(out.str().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}
BENCHMARK(tsv_to_csv)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();

// Finding a table of words in pipe cells weighs every candidate width by
// the form of its texts; that must grow with the table, not its square.
static void pipe_cells_of_words(benchmark::State& state) {
  const std::string input = retab::bench::generated_word_pipe_cells(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    const retab::source_text source = retab::decode(input, "words.txt");
    const std::vector<retab::table> tables = retab::find_tables(source);
    benchmark::DoNotOptimize(tables.size());
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(pipe_cells_of_words)->RangeMultiplier(4)->Range(64, 4096)->Unit(benchmark::kMillisecond)->Complexity();

BENCHMARK_MAIN();
