#!/usr/bin/python3
"""The tuning corpus's tables with other numbers, with their truth.

Reports built on one template differ in their numbers, and in how they
write a count of nothing: one writes 0 in every such cell, the next leaves
it empty. A rule that leans on the corpus's particular numbers or on where
its empty cells fall passes on the corpus and fails on the next report of
the same template. This keeps every table's words and spans and, in each
table's body, gives every number another of the same form (as many
decimals, the same sign, percent sign and stars), the numbers of a row
scaled alike so that columns that read alike still do, and writes
each count of nothing as the document does: every document picks whether
its zeros are written (0) or left empty, and the empty cells of its value
columns follow that choice too. Header cells, labels and numbers inside
words (1.属于国家秘密, 2015年) stay as they are.

With --sparse most counts are zero (80-95% of them), as in the report of an
office with little to report: tables of empty cells, or of zeros.

    renumber_corpus.py OUT_DIR [--seed S] [--corpus DIR] [--sparse]
"""
import re

import corpus_variants

# A whole cell that is a number (1552, -3, 36.5%, 1.670**); not a label that
# opens with one (1.属于国家秘密) nor a year heading (2015年).
NUMBER = re.compile(r"^(\s*)([-+]?)(\d[\d,]*)(?:\.(\d+))?([%‰]?)(\**)(\s*)$")


def body_start(truth):
    """The first row holding a number whose first column is its own: a header
    cell spanning down over it (地区 over 2015年 | 2016年) makes it a header row."""
    rows = {}
    for c in truth["cells"]:
        rows.setdefault(c["r"], []).append(c)
    covered = {r for c in truth["cells"] if c["c"] == 0 for r in range(c["r"] + 1, c["r"] + c["rowspan"])}
    return next((r for r in sorted(rows) if r not in covered and any(NUMBER.match(c["text"]) for c in rows[r])),
                truth["n_rows"])


def another_number(rng, match, factor, zeros_written, zero_share):
    """Another number written as `match` is, about `factor` times its size
    and a little more or less: same sign, decimals, percent sign and stars; a
    count of nothing is 0 or empty as the document writes it."""
    _, sign, whole, decimals, percent, stars, _ = match.groups()
    if not decimals and not percent and not stars and rng.random() < zero_share:
        return "0" if zeros_written else ""
    old = float(whole.replace(",", "") + ("." + decimals if decimals else ""))
    new = old * factor * rng.uniform(0.9, 1.1) if old else rng.randint(0, 9)
    if decimals:
        number = f"{new:,.{len(decimals)}f}" if "," in whole else f"{new:.{len(decimals)}f}"
    else:
        number = f"{round(new):,}" if "," in whole else str(round(new))
    if number.strip("0.,") == "" and not zeros_written and not decimals:
        number = ""
    return sign + number + percent + stars if number else ""


def main():
    args, rng = corpus_variants.arguments(
        __doc__, lambda ap: ap.add_argument("--sparse", action="store_true",
                                            help="most counts zero (80-95%%), as in an office with little to report"))
    zero_shares = (0.8, 0.95) if args.sparse else (0.0, 0.2, 0.5)
    style = {}

    def per_document(doc):
        # The tables of one report write their zeros alike.
        style["zeros written"] = rng.random() < 0.5
        style["zero share"] = rng.choice(zero_shares)

    def per_table(truth):
        zeros_written, zero_share = style["zeros written"], style["zero share"]
        body = body_start(truth)
        numbered_cols = {c["c"] for c in truth["cells"]
                         if c["r"] >= body and c["colspan"] == 1 and NUMBER.match(c["text"])}
        # A row that holds a number, or only empty cells beside its labels
        # (a count of nothing in every column, left empty), has counts to write.
        rows_with_counts = {c["r"] for c in truth["cells"] if c["r"] >= body and NUMBER.match(c["text"])}
        # A row's numbers change by one factor, so that columns that read
        # alike (2015年 beside 2016年) still do.
        factors = {r: rng.uniform(0.5, 2.0) for r in sorted(rows_with_counts)}

        def cell_text(c):
            if c["r"] < body or c["colspan"] != 1:
                return c["text"]
            match = NUMBER.match(c["text"])
            if match:
                return another_number(rng, match, factors[c["r"]], zeros_written, zero_share)
            if not c["text"].strip() and c["c"] in numbered_cols and c["r"] in rows_with_counts:
                return "0" if zeros_written else ""
            return c["text"]

        return truth.get("caption") or None, cell_text

    corpus_variants.write_variant(args.out, args.corpus, rng, "renumbered_", per_table, per_document)


if __name__ == "__main__":
    main()
