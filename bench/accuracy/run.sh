#!/usr/bin/env bash
# Scores retab on generated reports it has never seen (generate_reports.py),
# or with --reworded on the tuning corpus's tables with their words replaced
# (reword_corpus.py), or with --word-columns on them with one value column
# turned into words (word_columns.py), or with --renumbered on them with
# other numbers (renumber_corpus.py; --sparse-counts: most of them zero),
# with the tuning corpus's scorer, so
# that rules fitted to the corpus show up as a gap between them. With
# --grouped-rows the generated tables are all in row groups; with
# --paper-shapes they are all regression, clinical or correlation tables; with
# --numbered-rows they all number their rows (序号 1, 2, 3); with --word-tables
# they hold no number, only words, their group labels spanning rows; with
# --budget-codes they list spending by classification code (201, 20101).
#   bench/accuracy/run.sh [RETAB] [--docs N] [--seed S] [--reworded | --word-columns | --renumbered | --sparse-counts |
#                         --grouped-rows | --paper-shapes | --numbered-rows | --word-tables | --budget-codes] [score.py options ...]
# Needs ../shared/tools/score.py beside the project; skips (exit 0) without it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scorer=$root/../shared/tools/score.py
bin=${1:-$root/build/cli/retab}
[ $# -gt 0 ] && shift
docs=60 seed=1 variant= variant_args=() generate_args=()
while [ $# -gt 0 ]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --reworded) variant=reword_corpus.py; shift ;;
    --word-columns) variant=word_columns.py; shift ;;
    --renumbered) variant=renumber_corpus.py; shift ;;
    --sparse-counts) variant=renumber_corpus.py variant_args=(--sparse); shift ;;
    --grouped-rows) generate_args=(--grouped-rows); shift ;;
    --paper-shapes) generate_args=(--paper-shapes); shift ;;
    --numbered-rows) generate_args=(--numbered-rows); shift ;;
    --word-tables) generate_args=(--word-tables); shift ;;
    --budget-codes) generate_args=(--budget-codes); shift ;;
    *) break ;;
  esac
done
[ -f "$scorer" ] || { echo "accuracy: SKIPPED, no scorer at $scorer" >&2; exit 0; }
[ -x "$bin" ] || { echo "accuracy: no retab binary at $bin (pass its path)" >&2; exit 2; }
work=${RETAB_ACCURACY_OUT:-$(mktemp -d /tmp/retab-accuracy.XXXXXX)}
rm -rf "$work/reports" "$work/pred"
if [ -n "$variant" ]; then
  corpus=$root/../shared/corpus
  [ -d "$corpus/truth" ] || { echo "accuracy: SKIPPED, no corpus at $corpus" >&2; exit 0; }
  /usr/bin/python3 "$here/$variant" "$work/reports" --seed "$seed" --corpus "$corpus" "${variant_args[@]}"
else
  /usr/bin/python3 "$here/generate_reports.py" "$work/reports" --docs "$docs" --seed "$seed" "${generate_args[@]}"
fi
fails=0
for f in "$work"/reports/input/*.txt; do
  stem=$(basename "$f" .txt)
  mkdir -p "$work/pred/$stem"
  if "$bin" convert "$f" --to csv -o "$work/pred/$stem/" >/dev/null 2>"$work/pred/$stem.stderr"; then
    rm -f "$work/pred/$stem.stderr"
  else
    fails=$((fails + 1))
  fi
done
echo "generated reports and outputs in $work ($fails files exited non-zero; their stderr is in $work/pred/<stem>.stderr)"
exec /usr/bin/python3 "$scorer" --truth "$work/reports/truth" --corpus "$work/reports/input" --pred "$work/pred" "$@"
