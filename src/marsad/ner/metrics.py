"""Entity-level precision, recall and F1: exact spans and types."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from .conll import TYPES, spans


def score(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict:
    tp: Counter = Counter()
    ng: Counter = Counter()
    np_: Counter = Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(spans(g)), set(spans(p))
        for t, *_ in gs:
            ng[t] += 1
        for t, *_ in ps:
            np_[t] += 1
        for t, *_ in gs & ps:
            tp[t] += 1
    out = {}
    for t in TYPES + ("micro",):
        a, b, c = (sum(tp.values()), sum(np_.values()), sum(ng.values())) if t == "micro" else (tp[t], np_[t], ng[t])
        prec = a / b if b else 0.0
        rec = a / c if c else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                  "gold": c, "predicted": b, "correct": a}
    return out


def table(scores: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'type':<6} {'precision':>9} {'recall':>7} {'F1':>7} {'gold':>6} {'pred':>6}")
    for t, s in scores.items():
        lines.append(f"{t:<6} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>7.3f} {s['gold']:>6} {s['predicted']:>6}")
    return "\n".join(lines)
