"""The tuning corpus's tables, altered, with their truth: what
reword_corpus.py and word_columns.py share.

Each document's tables keep their cells and spans; `per_table` gives a
table's caption and the text of each of its cells. The tables are flattened
into every layout as generate_reports.py does, between prose of that file's
own. The corpus is read where it lies (../shared/corpus beside the project);
nothing of it is copied into the project.
"""
import argparse
import glob
import json
import os
import random

import generate_reports as generated


def arguments(doc, extra=None):
    """OUT_DIR [--seed S] [--corpus DIR], and the seeded random source;
    extra(parser), when given, adds a variant's own options."""
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "..", "shared", "corpus"))
    if extra:
        extra(ap)
    args = ap.parse_args()
    return args, random.Random(args.seed)


def write_variant(out, corpus, rng, prefix, per_table, per_document=None):
    """per_table(truth) -> (caption or None, cell -> text); per_document(doc),
    when given, is called before each document's tables."""
    os.makedirs(os.path.join(out, "input"), exist_ok=True)
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    for path in sorted(glob.glob(os.path.join(corpus, "truth", "*.json"))):
        doc = json.load(open(path, encoding="utf-8"))
        if not doc["tables"]:
            continue
        docid = prefix + doc["docid"]
        if per_document:
            per_document(doc)
        parts = [("prose", rng.choice(generated.PROSE))]
        tables = []
        for truth in doc["tables"]:
            caption, cell_text = per_table(truth)
            table = generated.Table(caption)
            for c in truth["cells"]:
                table.add(c["r"], c["c"], cell_text(c), c["rowspan"], c["colspan"])
            parts.append(("prose", rng.choice(generated.PROSE)))
            if caption:
                parts.append(("prose", caption))
            parts.append(("table", table))
            tables.append(dict(table.truth(), n_rows=truth["n_rows"], n_cols=truth["n_cols"]))
        parts.append(("prose", rng.choice(generated.PROSE)))
        with open(os.path.join(out, "truth", docid + ".json"), "w", encoding="utf-8") as f:
            json.dump({"docid": docid, "category": doc.get("category", prefix.rstrip("_")), "real": False,
                       "tables": tables}, f, ensure_ascii=False)
        for layout in generated.LAYOUTS:
            with open(os.path.join(out, "input", f"{docid}.{layout}.txt"), "w", encoding="utf-8") as f:
                f.write(generated.flatten(parts, layout))
