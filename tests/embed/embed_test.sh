#!/usr/bin/env bash
# Builds a program against retab the two ways the README offers and runs it
# on REPORT:
#   embed_test.sh installed BUILD_DIR REPORT EXPECTED_CSV [CMAKE_ARG...]
#     installs retab from BUILD_DIR into a scratch prefix; find_package(retab)
#   embed_test.sh source SOURCE_DIR REPORT EXPECTED_CSV [CMAKE_ARG...]
#     add_subdirectory(SOURCE_DIR): retab's libraries built in the program's tree
# CMAKE_ARGs configure the program as retab was (compiler, sanitizer flags).
set -euo pipefail
mode=$1 from=$2 report=$3 expected=$4
shift 4
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
case $mode in
  installed)
    cmake --install "$from" --prefix "$scratch/prefix" >/dev/null
    cmake -S "$here" -B "$scratch/build" -DCMAKE_PREFIX_PATH="$scratch/prefix" "$@" >/dev/null ;;
  source)
    cmake -S "$here" -B "$scratch/build" -DRETAB_SOURCE_DIR="$from" "$@" >/dev/null ;;
  *) echo "embed_test.sh: mode is installed or source, not $mode" >&2; exit 2 ;;
esac
cmake --build "$scratch/build" --parallel 2 >/dev/null
# As a subproject, retab builds its libraries and nothing else.
if [ "$mode" = source ] && [ -e "$scratch/build/retab/cli" -o -e "$scratch/build/retab/tests" ]; then
  echo "embed_test.sh: retab built its CLI or tests as a subproject" >&2
  exit 1
fi
"$scratch/build/embed_check" "$report" "$scratch/tables.xlsx" >"$scratch/out.txt"
# The first table: its caption line, then its CSV as the CLI writes it.
sed -n '2,$p' "$scratch/out.txt" | head -n "$(wc -l <"$expected")" | cmp - "$expected"
[ "$(head -c 2 "$scratch/tables.xlsx")" = PK ]  # a zip, as every workbook is
echo "$mode retab: consumer built, ran and matched $(basename "$expected")"
