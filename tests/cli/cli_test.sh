#!/usr/bin/env bash
# End-to-end checks of the retab command: exit codes, error format, outputs
# appear whole, and nothing is left behind after a failure.
set -u
fixtures=$1
bin=${RETAB:?set RETAB to the retab binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # check NAME COMMAND... ; the command must succeed
  if "${@:2}"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; fi
}

"$bin" --help >"$work/help" 2>&1
check "--help exits 0 and teaches with examples" grep -q "retab convert report.txt -o out/" "$work/help"

"$bin" convert >/dev/null 2>&1; rc=$?
check "missing input is a usage error (2)" test $rc -eq 2
"$bin" convert "$fixtures/pipe-rows/input.txt" --to pdf >/dev/null 2>&1; rc=$?
check "unknown format is a usage error (2)" test $rc -eq 2

"$bin" convert "$work/does-not-exist.txt" -o "$work/out/" 2>"$work/err"; rc=$?
check "missing file exits 1" test $rc -eq 1
check "missing file is named" grep -q "does-not-exist.txt: error:" "$work/err"
check "missing file says why" grep -q "No such file or directory" "$work/err"
mkdir "$work/a-folder"
"$bin" detect "$work/a-folder" >/dev/null 2>"$work/err"; rc=$?
check "a folder as input exits 1" test $rc -eq 1
check "a folder as input is said to be one" grep -q "a-folder: error: is a directory" "$work/err"
# A pipe has no size to ask: process substitution, zcat, named pipes.
mkfifo "$work/fifo"
cat "$fixtures/pipe-rows/input.txt" >"$work/fifo" &
"$bin" convert "$work/fifo" --to csv >"$work/fifo.csv" 2>/dev/null; rc=$?
wait
check "a named pipe reads like a file" test $rc -eq 0
check "a named pipe gives the approved CSV" cmp -s "$work/fifo.csv" "$fixtures/pipe-rows/expected-01.csv"

printf 'a | 1 |\nb\xff | 2 |\n表 | 3 |\n' >"$work/bad.txt"
printf '中文行一行二行三行四行五行六\n' >>"$work/bad.txt"
"$bin" convert "$work/bad.txt" -o "$work/bad-out/" 2>"$work/err"; rc=$?
check "invalid UTF-8 exits 1" test $rc -eq 1
check "invalid UTF-8 names file:line:col" grep -q "bad.txt:2:2: error: invalid UTF-8" "$work/err"
check "no output folder after a failed read" test ! -e "$work/bad-out"

"$bin" convert "$fixtures/sample-report/input.txt" -o "$work/out/" 2>/dev/null; rc=$?
check "convert to a folder exits 0" test $rc -eq 0
check "one CSV per table, numbered" test -f "$work/out/input-01.csv" -a -f "$work/out/input-03.csv"
check "no temporary files left" test -z "$(find "$work/out" -name '.*tmp*')"
check "folder output equals the approved CSV" cmp -s "$work/out/input-02.csv" "$fixtures/sample-report/expected-02.csv"
cp "$work/out/input-03.csv" "$work/out/input-04.csv"
"$bin" convert "$fixtures/sample-report/input.txt" -o "$work/out/" 2>"$work/err"; rc=$?
check "a file left from an earlier run is no error" test $rc -eq 0
check "a file left from an earlier run is named" grep -q "warning: .*input-04.csv is left from an earlier run (this report has 3 tables)" "$work/err"
check "a file left from an earlier run is kept" test -f "$work/out/input-04.csv"
rm "$work/out/input-04.csv"

"$bin" convert - --to csv <"$fixtures/pipe-rows/input.txt" >"$work/stdout.csv"; rc=$?
check "stdin to stdout exits 0" test $rc -eq 0
check "stdin to stdout equals the approved CSV" cmp -s "$work/stdout.csv" "$fixtures/pipe-rows/expected-01.csv"
(cd "$work" && "$bin" convert "$fixtures/pipe-rows/input.txt" -o - >"$work/dash.csv"); rc=$?
check "-o - writes to standard output" cmp -s "$work/dash.csv" "$fixtures/pipe-rows/expected-01.csv"
check "-o - leaves no file named -" test ! -e "$work/-"

"$bin" convert "$fixtures/no-table/input.txt" -o "$work/none/" 2>"$work/err"; rc=$?
check "no table is exit 0" test $rc -eq 0
check "no table is said on stderr" grep -q "no table found" "$work/err"
for format in csv md json xlsx; do
  "$bin" convert "$fixtures/no-table/input.txt" --to $format -o "$work/none-$format/" 2>/dev/null
  check "no table writes no $format file" test -z "$(ls -A "$work/none-$format")"
done

"$bin" detect --json "$fixtures/sample-report/input.txt" >"$work/detect.json"
check "detect --json lists three tables" test "$(grep -c '"index"' "$work/detect.json")" -eq 3
# Several reports: each listed in turn; --json gives an array of their
# documents; one that cannot be read is named and makes the exit 1.
"$bin" detect "$fixtures/sample-report/input.txt" "$work/does-not-exist.txt" "$fixtures/pipe-rows/input.txt" \
  >"$work/detect-many" 2>"$work/err"; rc=$?
check "detect of several reports lists each" test "$(grep -c ': [0-9]* tables\? (encoding' "$work/detect-many")" -eq 2
check "detect of several reports names the unreadable one" grep -q "does-not-exist.txt: error:" "$work/err"
check "detect of several reports with one unreadable exits 1" test $rc -eq 1
"$bin" detect --json "$fixtures/sample-report/input.txt" "$fixtures/pipe-rows/input.txt" >"$work/detect-many.json"
check "detect --json of several reports is an array of their documents" \
  grep -q '^\[$' "$work/detect-many.json"
if [ -x /usr/bin/python3 ]; then
  check "... which Python's json module reads as two documents" /usr/bin/python3 -c \
    'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(not (isinstance(d, list) and len(d) == 2 and d[1]["format"] == "retab-tables/1"))' \
    "$work/detect-many.json"
fi

"$bin" convert "$fixtures/pipe-rows/input.txt" --to xlsx >/dev/null 2>"$work/err"; rc=$?
check "XLSX refuses standard output (exit 1)" test $rc -eq 1
check "XLSX asks for -o" grep -q "XLSX needs -o" "$work/err"

"$bin" convert "$fixtures/pipe-rows/input.txt" "$fixtures/tab-rows/input.txt" -o "$work/one.csv" 2>/dev/null; rc=$?
check "several inputs into one file is a usage error (2)" test $rc -eq 2

mkdir -p "$work/many/a" "$work/many/b"
cp "$fixtures/pipe-rows/input.txt" "$work/many/a/water.txt"
cp "$fixtures/tab-rows/input.txt" "$work/many/b/calls.txt"
"$bin" convert "$work/many/a/water.txt" "$work/many/b/calls.txt" --to xlsx -o "$work/books/" 2>/dev/null; rc=$?
check "several inputs to a folder exit 0" test $rc -eq 0
check "one workbook per input" test -f "$work/books/water.xlsx" -a -f "$work/books/calls.xlsx"
: >"$work/many/empty.txt"
"$bin" convert "$work/many/a/water.txt" "$work/many/b/calls.txt" "$work/many/empty.txt" "$work/many/gone.txt" \
  -o "$work/batch/" 2>"$work/err"; rc=$?
check "a batch with a missing report exits 1" test $rc -eq 1
check "a batch ends in a summary line" \
  grep -q "^retab: 4 reports: [0-9]* tables converted from 2, 1 without a table, 1 failed (named above)$" "$work/err"
mkdir -p "$work/y2019" "$work/y2020"
cp "$fixtures/pipe-rows/input.txt" "$work/y2019/report.txt"
cp "$fixtures/tab-rows/input.txt" "$work/y2020/report.txt"
"$bin" convert "$work/y2019/report.txt" "$work/y2020/report.txt" -o "$work/same-stem/" 2>"$work/err"; rc=$?
check "two inputs of one stem are a usage error (2)" test $rc -eq 2
check "two inputs of one stem are both named" grep -q "y2019/report.txt and .*y2020/report.txt would write the same outputs" "$work/err"
check "two inputs of one stem write nothing" test ! -e "$work/same-stem"
# An output named like the report itself would put the tables where it was.
cp "$fixtures/sample-report/input.txt" "$work/own.txt"
"$bin" convert "$work/own.txt" -o "$work/own.txt" 2>"$work/err"; rc=$?
check "-o naming the input is a usage error (2)" test $rc -eq 2
check "-o naming the input says so" grep -q "own.txt is the input" "$work/err"
check "-o naming the input leaves it as it was" cmp -s "$work/own.txt" "$fixtures/sample-report/input.txt"
cp "$fixtures/sample-report/input.txt" "$work/own.md"
(cd "$work" && "$bin" convert own.md --to md -o ./ 2>/dev/null); rc=$?
check "a folder output that would be the input is refused" test $rc -eq 2
check "... and the input is kept" cmp -s "$work/own.md" "$fixtures/sample-report/input.txt"
mkdir -p "$work/missing-parent"
"$bin" convert "$fixtures/sample-report/input.txt" -o "$work/missing-parent/no/r.xlsx" 2>"$work/err"; rc=$?
check "a workbook in a missing folder exits 1" test $rc -eq 1
check "a workbook in a missing folder says why" grep -q "r.xlsx: No such file or directory" "$work/err"
check "a workbook in a missing folder leaves nothing" test -z "$(ls -A "$work/missing-parent")"

"$bin" convert "$fixtures/sample-report/input.txt" -o "$work/r.md" 2>/dev/null
check "-o .md writes Markdown" cmp -s "$work/r.md" "$fixtures/sample-report/expected.md"
"$bin" convert "$fixtures/sample-report/input.txt" -o "$work/r.json" 2>/dev/null
check "-o .json writes the model" grep -q '"format": "retab-tables/1"' "$work/r.json"
"$bin" convert "$fixtures/sample-report/input.txt" --to csv --tidy -o "$work/tidy/" 2>/dev/null
check "--tidy to a folder writes <stem>-tidy.csv" test -f "$work/tidy/input-tidy.csv"

"$bin" convert "$fixtures/pipe-rows/input.txt" -o "$work/c1.xlsx" --created 2024-05-01 2>/dev/null
"$bin" convert "$fixtures/pipe-rows/input.txt" -o "$work/c2.xlsx" --created 2024-05-01 2>/dev/null
"$bin" convert "$fixtures/pipe-rows/input.txt" -o "$work/c3.xlsx" 2>/dev/null
check "same --created, same workbook bytes" cmp -s "$work/c1.xlsx" "$work/c2.xlsx"
check "another creation time, other bytes" sh -c "! cmp -s '$work/c1.xlsx' '$work/c3.xlsx'"
"$bin" convert "$fixtures/pipe-rows/input.txt" -o "$work/c4.xlsx" --created yesterday 2>/dev/null; rc=$?
check "a bad --created is an error" test $rc -ne 0
check "no partial workbook after an error" test ! -e "$work/c4.xlsx"

"$bin" detect --explain "$fixtures/sample-report/input.txt" >"$work/explain" 2>/dev/null
check "detect --explain gives the width evidence" grep -q "width 4: padding pipes fit it" "$work/explain"
check "detect --explain lists merged cells" grep -q '"来信渠道" r1 c4-8, "来信人" r2-3 c4' "$work/explain"

mkdir -p "$work/ro" && chmod 500 "$work/ro"
if [ "$(id -u)" != 0 ]; then
  "$bin" convert "$fixtures/pipe-rows/input.txt" -o "$work/ro/" 2>/dev/null; rc=$?
  check "unwritable output folder exits 1" test $rc -eq 1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
