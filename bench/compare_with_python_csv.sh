#!/usr/bin/env bash
# End-to-end TSV -> CSV, retab against a named peer run side by side on the
# same file: Python's csv module (Debian /usr/bin/python3) reading TAB and
# writing RFC 4180 with CRLF. The peer does less (no table finding, no
# decoding checks, no NFC, and it streams); the ratios say what retab's extra
# work costs in time and in peak memory.
#   bench/compare_with_python_csv.sh build/cli/retab [MiB]
set -euo pipefail
bin=${1:?retab binary} mib=${2:-100}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work/in.txt" "$mib" <<'PY'
import sys
path, mib = sys.argv[1], int(sys.argv[2])
x = 88172645463325252
lines = ["测试报告", "", "表1 生成的数据", "项目\t一月\t二月\t三月\t四月\t五月\t六月\t合计"]
size = sum(len(l.encode()) + 1 for l in lines); row = 0
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
    while size < mib << 20:
        cells = [("(一)分项" if row % 7 == 0 else "\t1.细项") + str(row)]
        for _ in range(7):
            x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF; x ^= x >> 7; x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
            cells.append(str(x % 100000) if x % 11 else "")
        line = "\t".join(cells) + "\n"; f.write(line); size += len(line.encode()); row += 1
PY
peer='import csv,sys
w=csv.writer(open(sys.argv[2],"w",newline="",encoding="utf-8"),lineterminator="\r\n")
for r in csv.reader(open(sys.argv[1],encoding="utf-8"),delimiter="\t"): w.writerow(r)'
bytes=$(stat -c %s "$work/in.txt")
# Wall time and peak resident memory of one run, "SECONDS KIB"; Python's
# getrusage is used because GNU time is not on every machine.
measure() {
  /usr/bin/python3 -c 'import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
}
printf 'input %.1f MB\n' "$(echo "$bytes/1000000" | bc -l)"
for round in 1 2 3; do
  read -r r rm < <(measure "$bin" convert "$work/in.txt" -o "$work/retab.csv")
  read -r p pm < <(measure /usr/bin/python3 -c "$peer" "$work/in.txt" "$work/peer.csv")
  printf 'round %d: retab %.2fs (%.0f MB/s, peak %d MiB)  python-csv %.2fs (%.0f MB/s, peak %d MiB)  peer/retab time %.2f, memory %.2f\n' \
    "$round" "$r" "$(echo "$bytes/1000000/$r" | bc -l)" $((rm / 1024)) "$p" "$(echo "$bytes/1000000/$p" | bc -l)" $((pm / 1024)) \
    "$(echo "$p/$r" | bc -l)" "$(echo "$pm/$rm" | bc -l)"
done
