#!/usr/bin/env bash
# Installs retab from BUILD_DIR into a scratch prefix, builds a program that
# finds it with find_package(retab), and runs it on REPORT: what the README
# promises library users.
#   embed_test.sh BUILD_DIR REPORT EXPECTED_CSV [CMAKE_ARG...]
# CMAKE_ARGs configure the program as retab was (compiler, sanitizer flags).
set -euo pipefail
build=$1 report=$2 expected=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
cmake -S "$here" -B "$scratch/build" -DCMAKE_PREFIX_PATH="$scratch/prefix" "$@" >/dev/null
cmake --build "$scratch/build" >/dev/null
"$scratch/build/embed_check" "$report" "$scratch/tables.xlsx" >"$scratch/out.txt"
# The first table: its caption line, then its CSV as the CLI writes it.
sed -n '2,$p' "$scratch/out.txt" | head -n "$(wc -l <"$expected")" | cmp - "$expected"
[ "$(head -c 2 "$scratch/tables.xlsx")" = PK ]  # a zip, as every workbook is
echo "find_package(retab) consumer built, ran and matched $(basename "$expected")"
