// Throughput of the whole path for tab-delimited input: decode (validate,
// NFC), scan, place cells, write canonical CSV. Reports bytes per second of input.
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

BENCHMARK_MAIN();
