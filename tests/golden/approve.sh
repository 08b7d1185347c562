#!/usr/bin/env bash
# Accepts golden-file changes (CSV and Markdown) after you have checked them by hand:
#   tests/golden/approve.sh            lists the pending *.unapproved.csv files
#   tests/golden/approve.sh --accept   renames each over its expected-NN.csv
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
mapfile -t pending < <(find "$root/fixtures" -name '*.unapproved.csv' -o -name '*.unapproved.md' | sort)
[ ${#pending[@]} -gt 0 ] || { echo "nothing to approve"; exit 0; }
for f in "${pending[@]}"; do
  case $f in *.csv) want=${f%.unapproved.csv}.csv ;; *) want=${f%.unapproved.md}.md ;; esac
  if [ "${1:-}" = "--accept" ]; then mv "$f" "$want"; echo "approved $want"
  else echo "== $want"; diff <(cat "$want" 2>/dev/null) "$f" || true; fi
done
