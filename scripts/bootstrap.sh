#!/usr/bin/env bash
# Installs what retab needs on Debian 12 (as root) and builds it into ./build.
#   scripts/bootstrap.sh            dependencies + build
# Re-running is cheap: apt skips what is installed, CMake rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(
  cmake g++ make pkg-config    # build
  libboost-dev                 # Boost.Spirit X3: the layout grammars
  libicu-dev                   # ICU: decoding, NFC, whitespace and display width
  libxlsxwriter-dev            # libxlsxwriter: XLSX output
  catch2                       # Catch2 v2: unit and golden tests
  libcli11-dev                 # CLI11: argument parsing and --help
  nlohmann-json3-dev           # nlohmann/json: detect --json
  libbenchmark-dev             # Google Benchmark: throughput benchmarks
  python3                      # Debian's /usr/bin/python3 runs the corpus scorer and client checks
  cmark-gfm                    # a real GFM renderer that checks our Markdown
  python3-openpyxl             # a real XLSX reader that checks our workbooks
  python3-jsonschema           # validates our JSON against docs/retab-tables.schema.json
  gnumeric                     # its ssconvert turns our workbooks back into CSV
)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRETAB_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build -j2
