"""`marsad eval detect GOLD.jsonl`: sentence-level event detection per type.

A sentence counts as positive when the events stage finds an asserted event of
its type in it; `yes` is positive, `easy no` and `difficult no` negative,
`ambiguous` skipped. With `--cv K` the detection models are retrained on K-1
folds and scored on the held-out fold, so every sentence is scored by a model
that never saw it.
"""
from __future__ import annotations

import json
import random
import tempfile
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from ..article import Article
from ..pipeline import Pipeline
from ..train.detect import LABELS_NEGATIVE, LABELS_POSITIVE, read_detection


def _detected(pipeline: Pipeline, text: str, event_type: str) -> bool:
    a = Article(raw=text, origin="<sentence>")
    rec = pipeline(a)
    return any(ev["type"] == event_type and ev["modality"] == "asserted" for ev in rec.events)


def _score(rows: list[dict], preds: list[bool]) -> dict:
    out: dict = {}
    by = defaultdict(list)
    for r, p in zip(rows, preds):
        by[r["event_type"]].append((r["label"], p))
    for t, pairs in sorted(by.items()):
        tp = sum(1 for lab, p in pairs if lab in LABELS_POSITIVE and p)
        fp = sum(1 for lab, p in pairs if lab in LABELS_NEGATIVE and p)
        fn = sum(1 for lab, p in pairs if lab in LABELS_POSITIVE and not p)
        dn = sum(1 for lab, _ in pairs if lab == "difficult no")
        dfp = sum(1 for lab, p in pairs if lab == "difficult no" and p)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[t] = {"precision": round(prec, 4), "recall": round(rec, 4),
                  "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
                  "positives": tp + fn, "negatives": sum(1 for lab, _ in pairs if lab in LABELS_NEGATIVE),
                  "false_alarms_difficult_no": dfp, "difficult_no": dn}
    return out


def evaluate(gold: str, pipeline: Pipeline | None = None, cv: int = 0, seed: int = 13) -> dict:
    every = read_detection(gold)
    rows = [r for r in every if r["label"] in LABELS_POSITIVE | LABELS_NEGATIVE]
    pipeline = pipeline or Pipeline()
    if not cv:
        return _score(rows, [_detected(pipeline, r["text"], r["event_type"]) for r in rows])
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    preds = [False] * len(rows)
    for k in range(cv):
        test = set(order[k::cv])
        # ambiguous sentences are never scored; the models may learn from them (train.detect.training_label)
        with models_trained_without(every, {rows[i]["text"] for i in test}):
            for i in test:
                preds[i] = _detected(pipeline, rows[i]["text"], rows[i]["event_type"])
    return _score(rows, preds)


@contextmanager
def models_trained_without(rows: list[dict], held: set[str]):
    """While inside, the events stage uses detection models trained on `rows` (sentences
    in the format of detection-dev.jsonl) less those whose text is in `held`; the shipped
    models are back after."""
    from ..models import DetectionModel, detection_models
    from ..train.detect import fit

    train = [r for r in rows if r["text"] not in held]
    models = {}
    with tempfile.TemporaryDirectory() as d:
        for t in sorted({r["event_type"] for r in rows}):
            p = Path(d) / f"detect-{t}.json"
            p.write_text(json.dumps(fit(train, t)), encoding="utf-8")
            models[t] = DetectionModel(p)
    detection_models.cache_clear()
    _swap(models)
    try:
        yield
    finally:
        detection_models.cache_clear()
        _swap(None)  # back to the shipped models


def _swap(models: dict | None) -> None:
    from ..stages import events
    events._DETECTOR_OVERRIDE = models
    events._detectors.cache_clear()
