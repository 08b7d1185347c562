#!/bin/bash
# Fuzz retab's reading and converters with libFuzzer (clang, ASan, UBSan).
#   tests/fuzz/run.sh [SECONDS]        default 600, two workers
# Starts from the seeds and corpus in ../shared when present, and from the
# project's fixtures; findings land in build-fuzz/findings/ (crash-*, timeout-*).
# Reproduce one: build-fuzz/tests/fuzz/retab_fuzz build-fuzz/findings/crash-...
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work=build-fuzz/fuzz-work
mkdir -p "$work/corpus" "$work/seeds" build-fuzz/findings
for f in fixtures/*/input.txt; do cp "$f" "$work/seeds/fixture-$(basename "$(dirname "$f")").txt"; done
for d in ../shared/seeds ../shared/corpus/input; do
  [ -d "$d" ] && cp "$d"/*.txt "$work/seeds/"
done
cd "$work"
exec ../tests/fuzz/retab_fuzz -dict=../../tests/fuzz/retab.dict -max_len=32768 -timeout=20 -rss_limit_mb=4096 \
  -jobs=2 -workers=2 -max_total_time="$seconds" -artifact_prefix=../findings/ corpus seeds
