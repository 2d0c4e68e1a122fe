"""Corpus name statistics: how a first tagger labels each word across unlabelled news.

A word the training file never shows (بولتون، المقداد، فرحات) is often tagged
right somewhere in a large corpus, where its context is plain ("قال فرحات",
"مستشار الأمن القومي جون بولتون"). A first CRF, trained without these
statistics, tags the whole corpus; for each word seen at least `MIN_SEEN`
times, the share of its occurrences inside a name of each type becomes a class
("PER3": 60 % or more, "PER2": 30 %, "PER1": 10 %), and the final CRF learns from
those classes as features (two-stage tagging with corpus-level label features).

The same is counted for clitic-free stems (بجدة، وجدة، لجدة are all جدة), so
that a word with a proclitic the corpus seldom has still gets its stem's classes.

File format (`<model>.names.tsv.gz`, beside the model that uses it): one word
per line, a tab, its classes separated by spaces; a stem is written with a
leading "+" (no folded word has one). Words that were never inside a name often
enough are not listed; the tagger tells them from words the corpus does not
have by the word-frequency table.
"""
from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator, Sequence

TYPES = ("PER", "LOC", "ORG", "MISC")
MIN_SEEN = 3
LEVELS = ((0.6, "3"), (0.3, "2"), (0.1, "1"))


def names_path(model: Path) -> Path:
    """Where the statistics of a model file live: `ner.crfsuite` -> `ner.names.tsv.gz`."""
    model = Path(model)
    return model.with_name(model.stem + ".names.tsv.gz")


def corpus_sentences(paths: Iterable[str], batch: int = 64) -> Iterator[list[str]]:
    """The folded words of every sentence of the articles under `paths`, split and
    tokenized by the pipeline's own stages (so the words are those the tagger sees)."""
    from ..article import Article
    from ..io.readers import read_inputs
    from ..pipeline import Pipeline

    pipe = Pipeline(["clean", "metadata", "sentences", "tokens"])
    pending: list[Article] = []

    def flush() -> Iterator[list[str]]:
        for a in pipe.run_batch(pending):
            if not isinstance(a, Article):
                continue
            for sent in a.sentence_tokens():
                yield [t.norm for t in sent]
        pending.clear()

    for item in read_inputs(paths):
        if isinstance(item, Article):
            pending.append(item)
            if len(pending) == batch:
                yield from flush()
    yield from flush()


STEM = "+"


def count(tagger, sentences: Sequence[list[str]], chunk: int = 2000) -> tuple[Counter, dict[str, Counter]]:
    """(occurrences of each word and of each stem ("+" and the stem), the same
    occurrences inside a name by type) under `tagger`."""
    from ..kb import strip_articles
    from ..models import word_frequencies
    from ..text.tokens import split_clitics

    vocab = word_frequencies() or {}
    stems: dict[str, str] = {}
    seen: Counter = Counter()
    inside: dict[str, Counter] = defaultdict(Counter)
    for b in range(0, len(sentences), chunk):
        part = sentences[b:b + chunk]
        for words, tags in zip(part, tagger.tag_many(part, [strip_articles(s) for s in part])):
            for w, t in zip(words, tags):
                stem = stems.get(w)
                if stem is None:
                    stem = stems[w] = STEM + split_clitics(w, vocab)[1]
                seen[w] += 1
                seen[stem] += 1
                if t != "O":
                    inside[w][t[2:]] += 1
                    inside[stem][t[2:]] += 1
    return seen, inside


def classes(seen: Counter, inside: dict[str, Counter]) -> dict[str, tuple[str, ...]]:
    """Word -> its classes ("PER3", "LOC1", ...), for words inside a name often enough."""
    out = {}
    for w, by_type in inside.items():
        n = seen[w]
        if n < MIN_SEEN:
            continue
        got = []
        for typ in TYPES:
            share = by_type.get(typ, 0) / n
            level = next((lab for floor, lab in LEVELS if share >= floor), None)
            if level:
                got.append(typ + level)
        if got:
            out[w] = tuple(got)
    return out


def write(stats: dict[str, tuple[str, ...]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as gz:
        gz.write("".join(f"{w}\t{' '.join(c)}\n" for w, c in sorted(stats.items())).encode("utf-8"))


def _parse(value: str) -> tuple[str, ...]:
    got = tuple(value.split())
    for c in got:
        if c[:-1] not in TYPES or c[-1:] not in ("1", "2", "3"):
            raise ValueError(f"class '{c}': expected a type ({', '.join(TYPES)}) and a level 1-3")
    if not got:
        raise ValueError("no classes")
    return got


def read(path: Path) -> dict[str, tuple[str, ...]] | None:
    """The statistics in `path`, or None when there is no such file."""
    from ..models import _read_pairs
    return _read_pairs(Path(path), _parse)


def build(tagger, sentences: Sequence[list[str]]) -> dict[str, tuple[str, ...]]:
    return classes(*count(tagger, sentences))
