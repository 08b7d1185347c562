#!/usr/bin/python3
"""The tuning corpus's tables with one value column turned into words.

Reports carry columns of words among their numbers: a grade (优, 良), a
verdict (达标, 未达标), a trend (增加, 减少). Such a word looks like a label,
and a layout without row markers (line cells) then reads a row's labels and
values wrongly. This keeps every table's cells and spans and, in each table
with numbers, turns the numbers of one value column (picked at random) into
words of one small set (picked at random). Header cells, labels and the
other columns stay as they are.

    word_columns.py OUT_DIR [--seed S] [--corpus DIR]
"""
import re

import corpus_variants

# A whole number (1552, 36.5%, 34 479, 1.670**), not a label that opens
# with one (1.属于国家秘密) nor a year heading (2015年).
NUMBER = re.compile(r"^\s*[-+]?\d[\d,. ]*[%‰]?\**\s*$")
WORD_SETS = (("是", "否"), ("优", "良", "中", "差"), ("丰", "平", "枯", "特枯"), ("达标", "未达标"),
             ("高", "中", "低"), ("增加", "减少", "持平"), ("已完成", "未完成", "进行中"))


def main():
    args, rng = corpus_variants.arguments(__doc__)

    def per_table(truth):
        rows = {}
        for c in truth["cells"]:
            rows.setdefault(c["r"], []).append(c)
        # The body starts at the first row holding a number whose first
        # column is its own: a header cell spanning down over it (地区 over
        # 2015年 | 2016年) makes it a header row, numbers and all.
        covered = {r for c in truth["cells"] if c["c"] == 0 for r in range(c["r"] + 1, c["r"] + c["rowspan"])}
        body = next((r for r in sorted(rows) if r not in covered and any(NUMBER.match(c["text"]) for c in rows[r])),
                    truth["n_rows"])
        value_cols = sorted({c["c"] for c in truth["cells"]
                             if c["r"] >= body and c["colspan"] == 1 and NUMBER.match(c["text"])})
        column = rng.choice(value_cols) if value_cols else None
        words = rng.choice(WORD_SETS)

        def cell_text(c):
            if c["c"] == column and c["r"] >= body and c["colspan"] == 1 and NUMBER.match(c["text"]):
                return rng.choice(words)
            return c["text"]

        return truth.get("caption") or None, cell_text

    corpus_variants.write_variant(args.out, args.corpus, rng, "words_", per_table)


if __name__ == "__main__":
    main()
