#!/usr/bin/python3
"""Golden files for the JSON model and the workbook: for every case folder
with an input (fixtures/<case>/input.txt, or a seed read from ../shared/seeds),
`expected.json` is retab's JSON and `expected.xlsx.txt` a text dump of its
workbook: every XML part in name order, docProps (dates) left out, as
libxlsxwriter's own tests compare workbooks. A mismatch writes
`*.unapproved.*` beside the expected file for tests/golden/approve.sh.
Usage: check_golden_outputs.py RETAB FIXTURES_DIR SHARED_DIR"""
import os
import subprocess
import sys
import tempfile
import zipfile

retab, fixtures, shared = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]


def xlsx_dump(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if name.startswith("docProps/"):
                continue
            out.append(f"== {name}\n{z.read(name).decode('utf-8')}\n")
    return "".join(out)


cases = []
for case in sorted(os.listdir(fixtures)):
    if os.path.isfile(os.path.join(fixtures, case, "input.txt")):
        cases.append((os.path.join(fixtures, case), os.path.join(fixtures, case, "input.txt")))
seeds_dir = os.path.join(shared, "seeds")
if os.path.isdir(seeds_dir):
    for case in sorted(os.listdir(os.path.join(fixtures, "seeds"))):
        folder = os.path.join(fixtures, "seeds", case)
        if os.path.isdir(folder):
            cases.append((folder, os.path.join(seeds_dir, case + ".txt")))
else:
    print(f"SKIPPED seeds: {seeds_dir} is absent")

failed = 0
with tempfile.TemporaryDirectory() as work:
    for folder, report in cases:
        # Run from the report's folder so the recorded file name is stable.
        name = os.path.basename(report)
        cwd = os.path.dirname(report)
        got = {}
        got["expected.json"] = subprocess.run([retab, "convert", name, "--to", "json"], cwd=cwd,
                                              capture_output=True, check=True).stdout.decode("utf-8")
        xlsx = os.path.join(work, "out.xlsx")
        r = subprocess.run([retab, "convert", name, "-o", xlsx], cwd=cwd, capture_output=True)
        got["expected.xlsx.txt"] = xlsx_dump(xlsx) if os.path.exists(xlsx) else "(no table, no workbook)\n"
        if os.path.exists(xlsx):
            os.remove(xlsx)
        for expected, text in got.items():
            path = os.path.join(folder, expected)
            want = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if want != text:
                failed += 1
                stem, ext = expected.split(".", 1)
                with open(os.path.join(folder, f"{stem}.unapproved.{ext}"), "w", encoding="utf-8") as f:
                    f.write(text)
                print(f"FAIL {path}" + (" (missing)" if want is None else ""))
print(f"{len(cases) * 2 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
