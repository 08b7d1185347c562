#!/usr/bin/python3
"""Holds retab to "no silent data loss": every text written in a table's
source lines must come out in that table.

    check_no_text_lost.py RETAB REPORT...

Each report is converted to JSON; for each table the lines from first_line
to last_line are cut into cells as their layout writes them (pipes, tabs, or
one cell per line) and every non-empty cell must be found in the table, as
a whole cell or, for a cell a `<br>` split over two lines, inside one.
Spacing and full-width forms do not count (NFKC, blanks removed). Reports
that are not UTF-8 (the GB18030 and UTF-16 copies of the same text) are
skipped: their UTF-8 twin is checked. Exits 1 naming file, line and text of
every lost cell.
"""
import collections
import json
import re
import subprocess
import sys
import unicodedata


def canonical(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def source_cells(line, layout):
    if layout == "line-cell":
        return [line]
    if layout == "tab":
        return line.split("\t")
    # Pipe rows, pipe cells and Markdown, where `\|` is a pipe inside a cell; a
    # Markdown delimiter row holds only dashes and colons.
    cells = [c.replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]
    cells = [c for c in cells if not re.fullmatch(r"\s*:?-+:?\s*", c)]
    if layout == "markdown":
        # A line break inside a Markdown cell is a blank; strong emphasis
        # around the whole cell is formatting.
        cells = [re.sub(r"(?i)<br\s*/?>", " ", c).strip() for c in cells]
        cells = [re.sub(r"^(\*\*|__)(?![\s*_])(.+?)(?<![\s*_])\1$", r"\2", c) for c in cells]
    return cells


def lost_cells(retab, path):
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            lines = re.split(r"\r\n|\r|\n", f.read())
    except UnicodeDecodeError:
        return None
    run = subprocess.run([retab, "convert", path, "--to", "json", "-o", "-"], capture_output=True, text=True)
    if run.returncode != 0:
        return [(0, "retab failed: " + run.stderr.strip())]
    lost = []
    for table in json.loads(run.stdout)["tables"]:
        held = collections.Counter(canonical(c["text"]) for c in table["cells"] if c["text"].strip())
        joined = "\x00".join(held)
        for number in range(table["first_line"], table["last_line"] + 1):
            for cell in source_cells(lines[number - 1], table["layout"]):
                text = canonical(cell)
                if not text:
                    continue
                if held[text] > 0:
                    held[text] -= 1
                elif text not in joined:
                    lost.append((number, cell.strip()))
    return lost


def main():
    retab, reports = sys.argv[1], sys.argv[2:]
    checked = failed = 0
    for path in reports:
        lost = lost_cells(retab, path)
        if lost is None:
            continue
        checked += 1
        for number, text in lost:
            failed += 1
            print(f"LOST {path}:{number}: {text!r}")
    print(f"no text lost: {checked} reports checked, {failed} source cells missing from their table")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
