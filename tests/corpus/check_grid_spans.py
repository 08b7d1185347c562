#!/usr/bin/env python3
"""Holds the spans of tab and Markdown tables to floors.

These layouts write every grid position, leaving empty the positions a merged
cell covered, so retab infers the spans again; the scorer reads CSV and cannot
see them. Usage: check_grid_spans.py JSON_DIR TRUTH_DIR HEADER_FLOOR BODY_FLOOR,
where JSON_DIR holds `<stem>.json` as `retab convert --to json` wrote it for
each corpus file, and each floor is the least share (in %) of the truth's
anchors, in header rows and in body rows, whose rowspan and colspan retab
matches.
"""
import json
import pathlib
import sys


def main():
    json_dir, truth_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    floors = {"header": float(sys.argv[3]), "body": float(sys.argv[4])}
    anchors = {"header": 0, "body": 0}
    matched = {"header": 0, "body": 0}
    for truth_file in sorted(truth_dir.glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for layout in ("tab", "markdown"):
            out = json_dir / f"{truth_file.stem}.{layout}.json"
            if not out.exists():
                continue
            predicted = json.loads(out.read_text(encoding="utf-8"))["tables"]
            for want, got in zip(truth["tables"], predicted):
                spans = {(c["row"], c["col"]): (c["rowspan"], c["colspan"]) for c in got["cells"]}
                for c in want["cells"]:
                    if (c["r"], c["c"]) not in spans:
                        continue
                    part = "header" if c["r"] < got["header_rows"] else "body"
                    anchors[part] += 1
                    matched[part] += spans[(c["r"], c["c"])] == (c["rowspan"], c["colspan"])
    ok = True
    for part in ("header", "body"):
        share = 100.0 * matched[part] / anchors[part] if anchors[part] else 0.0
        print(f"tab and Markdown {part} anchors with the truth's span: {matched[part]} of {anchors[part]} "
              f"({share:.1f}%, floor {floors[part]})")
        ok = ok and anchors[part] > 0 and share >= floors[part]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
