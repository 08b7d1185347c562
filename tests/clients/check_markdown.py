#!/usr/bin/python3
"""Renders retab's Markdown with cmark-gfm (a real GFM client) and checks
that every table comes out as one <table> with the model's shape:
one header row plus the body rows, and the model's number of columns.
Usage: check_markdown.py RETAB REPORT...   (exit 77 when cmark-gfm is absent)"""
import html.parser
import json
import shutil
import subprocess
import sys

if shutil.which("cmark-gfm") is None:
    print("SKIPPED: cmark-gfm is not installed")
    sys.exit(77)


class Tables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables = []  # list of rows; row = number of cells

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append(0)
        elif tag in ("td", "th"):
            self.tables[-1][-1] += 1


retab, reports = sys.argv[1], sys.argv[2:]
failed = 0
for report in reports:
    model = json.loads(subprocess.run([retab, "detect", "--json", report], capture_output=True, check=True).stdout)
    md = subprocess.run([retab, "convert", report, "--to", "md"], capture_output=True, check=True).stdout
    rendered = subprocess.run(["cmark-gfm", "-e", "table"], input=md, capture_output=True, check=True).stdout
    parser = Tables()
    parser.feed(rendered.decode("utf-8"))
    want = [(t["rows"] - t["header_rows"] + 1, t["cols"]) for t in model["tables"]]
    got = [(len(rows), max(rows) if rows else 0) for rows in parser.tables]
    uneven = [i for i, rows in enumerate(parser.tables) if len(set(rows)) > 1]
    ok = want == got and not uneven
    failed += 0 if ok else 1
    print(f"{'ok  ' if ok else 'FAIL'} {report}: tables (rows, cols) want {want} got {got}" + (f" uneven {uneven}" if uneven else ""))
print(f"{len(reports) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
