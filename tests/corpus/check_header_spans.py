#!/usr/bin/env python3
"""Holds the header spans of tab and Markdown tables to a floor.

These layouts write every grid position, leaving empty the positions a merged
cell covered, so retab infers the spans of header cells again; the scorer reads
CSV and cannot see them. Usage: check_header_spans.py JSON_DIR TRUTH_DIR FLOOR,
where JSON_DIR holds `<stem>.json` as `retab convert --to json` wrote it for
each corpus file and FLOOR is the least share (in %) of truth header anchors
whose rowspan and colspan retab matches.
"""
import json
import pathlib
import sys


def main():
    json_dir, truth_dir, floor = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), float(sys.argv[3])
    anchors = matched = 0
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
                    if c["r"] >= got["header_rows"] or (c["r"], c["c"]) not in spans:
                        continue
                    anchors += 1
                    matched += spans[(c["r"], c["c"])] == (c["rowspan"], c["colspan"])
    share = 100.0 * matched / anchors if anchors else 0.0
    print(f"tab and Markdown header anchors with the truth's span: {matched} of {anchors} ({share:.1f}%, floor {floor})")
    return 0 if anchors and share >= floor else 1


if __name__ == "__main__":
    sys.exit(main())
