#!/usr/bin/env bash
# Accepts golden-file changes (CSV, Markdown, JSON, workbook dumps) after you have checked them by hand:
#   tests/golden/approve.sh            lists the pending *.unapproved.csv files
#   tests/golden/approve.sh --accept   renames each over its expected-NN.csv
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
mapfile -t pending < <(find "$root/fixtures" -name '*.unapproved.*' | sort)
[ ${#pending[@]} -gt 0 ] || { echo "nothing to approve"; exit 0; }
for f in "${pending[@]}"; do
  want=${f/.unapproved./.}
  if [ "${1:-}" = "--accept" ]; then mv "$f" "$want"; echo "approved $want"
  else echo "== $want"; diff <(cat "$want" 2>/dev/null) "$f" || true; fi
done
