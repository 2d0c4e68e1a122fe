"""Sentence detection models: does a sentence report an event of a type?

Features (hashed into `dim` buckets): folded words and word bigrams, character
n-grams of the words, and for every trigger the lexicon finds in the sentence,
its type, mode, part of speech and modality. A logistic regression (scikit-learn,
needed only to train) learns weights from labelled sentences in the format of
detection-dev.jsonl; the model is saved as JSON (models/detect-TYPE.json) and
applied without scikit-learn.
"""
from __future__ import annotations

import json
import math
import zlib
from pathlib import Path
from typing import Iterable

from ..memo import remember
from ..text import normalize, tokenize

LABELS_POSITIVE = {"yes"}
LABELS_NEGATIVE = {"easy no", "difficult no"}


def training_label(r: dict) -> int | None:
    """1 or 0 for a sentence the models learn from, None for one left out: `yes` is
    positive, `easy no` and `difficult no` negative; an `ambiguous` sentence is positive
    when more annotators accepted it than rejected it (its `accept` and `reject` votes),
    and left out otherwise. (Evaluation scores yes and no sentences only.)"""
    if r["label"] in LABELS_POSITIVE:
        return 1
    if r["label"] in LABELS_NEGATIVE:
        return 0
    if r["label"] == "ambiguous" and int(r.get("accept") or 0) > int(r.get("reject") or 0):
        return 1
    return None


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


_WORD_HASHES: dict[tuple[str, int, int], tuple[int, ...]] = {}


def _word_hashes(w: str, lo: int, hi: int) -> tuple[int, ...]:
    """Hashes of the word's features: the word and its character n-grams (lo..hi,
    with < > marking its ends); cached, since words recur."""
    key = (w, lo, hi)
    hit = _WORD_HASHES.get(key)
    if hit is None:
        padded = f"<{w}>"
        names = ["w:" + w] + ["c:" + padded[k:k + n] for n in range(lo, hi + 1)
                              for k in range(0, max(1, len(padded) - n + 1))]
        hit = tuple([_crc(x) for x in names])
        remember(_WORD_HASHES, key, hit)
    return hit


def features(sentence: str, dim: int = 2 ** 18, ngrams: tuple[int, int] = (3, 5)) -> dict[int, float]:
    """Hashed feature vector of a sentence: {bucket: value}, L2-normalised."""
    buckets, values = feature_arrays(sentence, dim, ngrams)
    return dict(zip(buckets.tolist(), values.tolist()))


def feature_arrays(sentence: str, dim: int = 2 ** 18, ngrams: tuple[int, int] = (3, 5),
                   words: list[str] | None = None, triggers: list | None = None):
    """(buckets, values) numpy arrays of the sentence's features. `words` (its folded
    tokens) and `triggers` ((start, end, Trigger, modality) as the events stage finds
    them) may be given when already known; they are computed the same way otherwise."""
    import numpy as np

    if words is None:
        words = [t.norm for t in tokenize(normalize(sentence))]
    if triggers is None:
        from ..stages.events import find_triggers, modality_of
        triggers = [(i, j, t, modality_of(words, i, j, sentence, not t.noun)) for i, j, t in find_triggers(words)]
    # every feature is a string (word, character n-gram, bigram, trigger facts) counted
    # in the sentence; it is kept as its CRC32 hash, its value is 1 + log(count),
    # and the values of features falling in one of `dim` buckets add up
    lo, hi = ngrams
    ids: list[int] = []
    for w in words:
        ids += _word_hashes(w, lo, hi)
    ids += map(_crc, [f"b:{a}|{b}" for a, b in zip(words, words[1:])])
    for i, j, t, mod in triggers:
        for f in (f"T:{t.type}", f"T:{t.type}:{t.mode}", f"T:{t.type}:{'n' if t.noun else 'v'}",
                  f"M:{t.type}:{mod}", f"P:{t.type}:{min(i, 10) // 3}"):
            ids += [_crc(f)] * 3
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    feats, counts = np.unique(np.array(ids, dtype=np.int64), return_counts=True)
    vals = 1.0 + np.log(counts)
    buckets, inv = np.unique(feats % dim, return_inverse=True)
    sums = np.bincount(inv, weights=vals)
    norm = math.sqrt(float(sums @ sums)) or 1.0
    return buckets, sums / norm


def _check(r: dict) -> None:
    assert isinstance(r["text"], str) and isinstance(r["event_type"], str) and isinstance(r["label"], str)


def read_detection(path: str) -> list[dict]:
    from ..eval.gold import read_jsonl
    return read_jsonl(path, _check, "{text, event_type, label}")


def fit(rows: Iterable[dict], event_type: str, dim: int = 2 ** 18, C: float = 8.0) -> dict:
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    X_rows, y = [], []
    for r in rows:
        label = training_label(r) if r["event_type"] == event_type else None
        if label is not None:
            X_rows.append(features(r["text"], dim))
            y.append(label)
    indptr, indices, values = [0], [], []
    for fv in X_rows:
        indices += list(fv.keys())
        values += list(fv.values())
        indptr.append(len(indices))
    X = csr_matrix((values, indices, indptr), shape=(len(X_rows), dim))
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    clf.fit(X, np.array(y))
    w = clf.coef_[0]
    nz = {int(k): round(float(w[k]), 5) for k in np.nonzero(np.abs(w) > 1e-5)[0]}
    return {"type": event_type, "dim": dim, "bias": float(clf.intercept_[0]), "weights": nz,
            "char_ngrams": [3, 5], "trained_on": len(y), "positives": int(sum(y))}


def build(data: str, out_dir: Path, types: tuple[str, ...] = ("PROTEST", "ASSAULT")) -> list[Path]:
    rows = read_detection(data)
    paths = []
    for t in types:
        model = fit(rows, t)
        p = out_dir / f"detect-{t}.json"
        p.write_text(json.dumps(model, sort_keys=True), encoding="utf-8")
        paths.append(p)
    return paths
