#!/usr/bin/env bash
# Runs ../shared/tools/run-corpus.sh and holds every layout to its floor: the
# foundation issue's F1 >= 95 and cell accuracy >= 90, raised to what each
# layout has reached (corpus_floors.json). Raise the floors as recognition
# improves; never lower them. No text of a table's source lines may be lost
# (check_no_text_lost.py).
set -u
bin=$1 shared=$2
[ -x /usr/bin/python3 ] || { echo "SKIPPED: /usr/bin/python3 is absent"; exit 77; }
[ -x "$shared/tools/run-corpus.sh" ] || { echo "SKIPPED: $shared/tools is absent (a user's clone)"; exit 77; }
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
"$shared/tools/run-corpus.sh" "$bin" --json "$summary" | grep -E '^(group|overall|layout:|variant:)'
here=$(cd "$(dirname "$0")" && pwd)
/usr/bin/python3 "$here/check_floors.py" "$summary" "$here/corpus_floors.json"
status=$?
# Every output format works on every corpus file (issue 3).
out=$(mktemp -d)
trap 'rm -f "$summary"; rm -rf "$out"' EXIT
formats_failed=0
for f in "$shared"/corpus/input/*.txt; do
  s=$(basename "$f" .txt)
  for args in "-o $out/$s.xlsx" "--to md -o $out/$s.md" "--to json -o $out/$s.json" "--to csv --tidy -o $out/$s-tidy.csv"; do
    # shellcheck disable=SC2086
    "$bin" convert "$f" $args 2>/dev/null || { echo "FAIL convert $s $args"; formats_failed=$((formats_failed + 1)); }
  done
done
echo "every format on every corpus file: $formats_failed failures"
# Spans of the layouts that write every grid position (tab, Markdown).
/usr/bin/python3 "$here/check_grid_spans.py" "$out" "$shared/corpus/truth" 94.0 97.5
spans_status=$?
/usr/bin/python3 "$here/check_no_text_lost.py" "$bin" "$shared"/corpus/input/*.txt | tail -n 20
lost_status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && [ "$formats_failed" -eq 0 ] && [ "$lost_status" -eq 0 ] && [ "$spans_status" -eq 0 ]
