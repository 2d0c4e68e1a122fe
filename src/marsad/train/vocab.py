"""Rebuild models/wordfreq.tsv.gz: folded word counts over a news corpus.

Used by the clitic segmenter to tell و+قال from وزير. Only words seen at least
`min_count` times are kept (counts, not text: no article can be rebuilt from it).
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..io.readers import read_inputs
from ..article import Article
from ..text import normalize, tokenize


def count_words(paths: Iterable[str]) -> Counter:
    counts: Counter = Counter()
    for item in read_inputs(paths):
        if isinstance(item, Article):
            for tok in tokenize(normalize(item.raw)):
                if tok.is_arabic:
                    counts[tok.norm] += 1
    return counts


def build(paths: Iterable[str], out: Path, min_count: int = 5) -> int:
    counts = count_words(paths)
    rows = sorted(((w, c) for w, c in counts.items() if c >= min_count), key=lambda x: (-x[1], x[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as gz:
        gz.write("".join(f"{w}\t{c}\n" for w, c in rows).encode("utf-8"))
    return len(rows)
