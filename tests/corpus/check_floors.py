#!/usr/bin/python3
"""Holds each layout of a score.py summary to its floors.

    check_floors.py SUMMARY.json FLOORS.json

FLOORS.json maps a layout to {metric: minimum in %}; a metric is compared
after rounding to one decimal, as score.py prints it. Exit 1 if any is below.
"""
import json
import sys

summary = json.load(open(sys.argv[1]))
floors = json.load(open(sys.argv[2]))
groups = summary.get("groups", summary)
bad = 0
for layout, want in floors.items():
    g = groups.get("layout:" + layout)
    if g is None:
        print(f"MISSING layout {layout}")
        bad += 1
        continue
    for metric, floor in want.items():
        got = g.get(metric)
        got = None if got is None else round(100 * got, 1)
        ok = got is not None and got >= floor
        print(f"{'ok  ' if ok else 'FAIL'} {layout:18} {metric:9} {got} (floor {floor})")
        bad += 0 if ok else 1
sys.exit(1 if bad else 0)
