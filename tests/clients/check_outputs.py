#!/usr/bin/python3
"""Reads retab's outputs back with real clients and compares them with the
table model (`retab convert --to json`, validated against
docs/retab-tables.schema.json where python3-jsonschema is installed):
  CSV   Python's csv module: every record as wide as the table, each anchor's
        text at its position, every other position empty;
  XLSX  openpyxl: sheet names (Tables first), values and their types (plain
        numbers as numbers, all else as strings), merged ranges, frozen panes;
        gnumeric's ssconvert, where installed: each table sheet converted back
        to CSV equals retab's CSV for that table (numbers compared as numbers:
        gnumeric prints them in full precision).
Usage: check_outputs.py RETAB REPORT...   (exit 77 without openpyxl)"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("SKIPPED: python3-openpyxl is not installed")
    sys.exit(77)

try:
    import jsonschema
except ImportError:
    jsonschema = None

retab, reports = sys.argv[1], sys.argv[2:]
schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "retab-tables.schema.json")
schema = json.load(open(schema_path, encoding="utf-8"))
ssconvert = shutil.which("ssconvert")
failures = []


def fail(report, what):
    failures.append(f"{report}: {what}")


def expected_grid(t):
    grid = [[""] * t["cols"] for _ in range(t["rows"])]
    for c in t["cells"]:
        grid[c["row"]][c["col"]] = c["text"]
    return grid


with tempfile.TemporaryDirectory() as work:
    for n, report in enumerate(reports):
        out = os.path.join(work, str(n))
        os.makedirs(out)
        model = json.loads(subprocess.run([retab, "convert", report, "--to", "json"], capture_output=True, check=True).stdout)
        tables = model["tables"]
        if jsonschema is not None:
            try:
                jsonschema.validate(model, schema)
            except jsonschema.ValidationError as e:
                fail(report, f"JSON does not match docs/retab-tables.schema.json: {e.message}")
        subprocess.run([retab, "convert", report, "--to", "csv", "-o", out + "/"], capture_output=True, check=True)
        stem = os.path.splitext(os.path.basename(report))[0]
        for i, t in enumerate(tables):
            path = os.path.join(out, f"{stem}-{i + 1:02d}.csv")
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            if rows != expected_grid(t):
                fail(report, f"CSV of table {i + 1} differs from the model")
        if not tables:
            continue
        xlsx = os.path.join(out, stem + ".xlsx")
        subprocess.run([retab, "convert", report, "-o", xlsx], capture_output=True, check=True)
        wb = openpyxl.load_workbook(xlsx)
        if wb.sheetnames[0] != "Tables" or len(wb.sheetnames) != len(tables) + 1:
            fail(report, f"sheets {wb.sheetnames}")
            continue
        index = wb["Tables"]
        for i, t in enumerate(tables):
            ws = wb[wb.sheetnames[i + 1]]
            if index.cell(row=i + 2, column=1).value != ws.title:
                fail(report, f"Tables sheet row {i + 2} does not name sheet {ws.title!r}")
            merged = {str(r) for r in ws.merged_cells.ranges}
            want_merged = set()
            for c in t["cells"]:
                got = ws.cell(row=c["row"] + 1, column=c["col"] + 1).value
                if c["type"] == "number":
                    ok = isinstance(got, (int, float)) and float(got) == float(c["text"])
                elif c["text"] == "":
                    ok = got in (None, "")
                else:
                    ok = got == c["text"]
                if not ok:
                    fail(report, f"table {i + 1} cell ({c['row']},{c['col']}) want {c['text']!r} got {got!r}")
                if c["rowspan"] > 1 or c["colspan"] > 1:
                    want_merged.add(f"{get_column_letter(c['col'] + 1)}{c['row'] + 1}:"
                                    f"{get_column_letter(c['col'] + c['colspan'])}{c['row'] + c['rowspan']}")
            if merged != want_merged:
                fail(report, f"table {i + 1} merged ranges differ: {sorted(merged ^ want_merged)[:4]}")
            pane = f"{get_column_letter(t['label_cols'] + 1)}{t['header_rows'] + 1}"
            if (t["header_rows"] or t["label_cols"]) and ws.freeze_panes != pane:
                fail(report, f"table {i + 1} frozen at {ws.freeze_panes}, want {pane}")
        if ssconvert:
            target = os.path.join(out, "sheet.csv")
            r = subprocess.run([ssconvert, "-S", "-T", "Gnumeric_stf:stf_assistant",
                                "-O", "format=raw separator=, quoting-mode=auto eol=unix", xlsx, target],
                               capture_output=True)
            if r.returncode != 0:
                fail(report, "ssconvert failed: " + r.stderr.decode()[-200:])
                continue
            for i, t in enumerate(tables):
                sheet = f"{target}.{i + 1}"
                with open(sheet, encoding="utf-8", newline="") as f:
                    got = list(csv.reader(f))
                want = expected_grid(t)
                numbers = {(c["row"], c["col"]) for c in t["cells"] if c["type"] == "number"}
                # gnumeric writes a sheet only as far as it has content, and a
                # number in full precision: compare numbers as numbers.
                for r, row in enumerate(got):
                    for k, x in enumerate(row):
                        if (r, k) in numbers and r < len(want) and float(x) == float(want[r][k]):
                            row[k] = want[r][k]
                trimmed = [row[:] for row in want]
                for rows in (trimmed, got):
                    for row in rows:
                        while row and row[-1] == "":
                            row.pop()
                    while rows and not rows[-1]:
                        rows.pop()
                if got != trimmed:
                    fail(report, f"ssconvert sheet {i + 1} differs from retab's CSV")

# Text that a spreadsheet could misread must come back exactly as written.
tricky = {"_x0041_": str, "=1+1": str, "007": str, "12%": str, "3.6亿元": str, "1234567890123456": str,
          "-681": int, "311580.0109": float}
with tempfile.TemporaryDirectory() as work:
    report = os.path.join(work, "tricky.txt")
    with open(report, "w", encoding="utf-8") as f:
        f.write("名称\t值\n" + "".join(f"项{i}\t{text}\n" for i, text in enumerate(tricky)))
    xlsx = os.path.join(work, "tricky.xlsx")
    subprocess.run([retab, "convert", report, "-o", xlsx], capture_output=True, check=True)
    ws = openpyxl.load_workbook(xlsx).worksheets[1]
    for i, (text, kind) in enumerate(tricky.items()):
        got = ws.cell(row=i + 2, column=2)
        ok = (got.data_type == "s" and got.value == text) if kind is str else (
            isinstance(got.value, (int, float)) and float(got.value) == float(text))
        if not ok:
            fail("tricky.txt", f"{text!r} came back as {got.value!r} (type {got.data_type})")

for f in failures[:40]:
    print("FAIL", f)
print(f"{len(reports) - len({f.split(':')[0] for f in failures})} passed, {len({f.split(':')[0] for f in failures})} failed"
      + ("" if ssconvert else " (ssconvert absent: gnumeric check not run)"))
sys.exit(1 if failures else 0)
