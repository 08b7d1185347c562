#!/usr/bin/python3
"""The tuning corpus's tables with their words replaced, with their truth.

A rule fitted to the corpus's wording (a header that ends in 情况, a unit
spelled 件) scores well on the corpus and fails on the next report. This
keeps every table's structure (its cells, spans and numbers) and replaces
each Chinese character of its words by a random one, then flattens the
tables into every layout as generate_reports.py does, between prose of that
file's own. What any such report shares is kept, because retab may rightly
read it: numbers and cells that start with a digit (2015年), outline numbers
(一、 (一) 1.), table labels (表3, a caption's last 表), totals and the other closed-class words
below, and cells of one or two characters (units such as 件, 万元).

The corpus is read where it lies (../shared/corpus beside the project);
nothing of it is copied into the project. The same seed gives the same
reports.

    reword_corpus.py OUT_DIR [--seed S] [--corpus DIR]
"""
import re

import corpus_variants

OUTLINE_OR_LABEL = re.compile(
    r"^(表\s*\d+(?:[.-]\d+)?|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])")
KEPT_WORDS = ("合计", "总计", "小计", "其中", "其他", "单位")
# Characters that carry evidence on their own (表 ends a caption, 年 a year);
# a random replacement must not bring them in by chance.
EVIDENCE_CHARS = set("表况计年其他注单位元件次人个项条中合总小月日")
HAN = re.compile(r"[\u4e00-\u9fff]")


class Rewording:
    """Replaces the words of cells, the same text always the same way."""

    def __init__(self, rng):
        self.rng = rng
        self.done = {}

    def han(self):
        while True:
            ch = chr(self.rng.randint(0x4E00, 0x9FA5))
            if ch not in EVIDENCE_CHARS:
                return ch

    def __call__(self, text):
        if text in self.done:
            return self.done[text]
        kept = OUTLINE_OR_LABEL.match(text)
        head = kept.group(1) if kept else ""
        tail = "表" if text.endswith("表") and len(text) > len(head) + 1 else ""
        body = text[len(head):len(text) - len(tail)]
        plain = re.sub(r"\s", "", body)
        if (len(text) <= 2 or re.match(r"^\s*[-+]?\d", text) or not HAN.search(body)
                or any(w in plain for w in KEPT_WORDS)):
            new = text
        else:
            new = head + "".join(self.han() if HAN.match(ch) else ch for ch in body) + tail
        self.done[text] = new
        return new


def main():
    args, rng = corpus_variants.arguments(__doc__)
    reword = Rewording(rng)

    def per_table(truth):
        caption = reword(truth["caption"]) if truth.get("caption") else None
        return caption, lambda c: reword(c["text"])

    corpus_variants.write_variant(args.out, args.corpus, rng, "reworded_", per_table)


if __name__ == "__main__":
    main()
