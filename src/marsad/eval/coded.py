"""`marsad eval coded GOLD.jsonl`: event type and actor codes against coded
sentences (format of coded-dev.jsonl: `event_coding` with PLOVER type and
"CTRY SECTOR" codes, "None" for unknown).

For each gold event: is an event of its type found in the sentence (the one whose
trigger matches the gold trigger words, when there are several); then, among those found, are the gold source and target country and sector among the
predicted event's actors (checked only where gold gives them).
"""
from __future__ import annotations

import random

from ..article import Article
from ..text.normalize import fold
from ..pipeline import Pipeline
from .gold import read_jsonl


def _split(code: str) -> tuple[str | None, str | None]:
    parts = (code or "None None").split()
    c = parts[0] if parts and parts[0] != "None" else None
    s = parts[1] if len(parts) > 1 and parts[1] != "None" else None
    return c, s


def _aligned(cands: list[dict], gold_trigger: str) -> dict:
    """The predicted event whose trigger shares most words with the gold trigger
    (the first one when gold gives none or none shares a word)."""
    gold = {_bare(w) for w in fold(gold_trigger).split()}
    if not gold:
        return cands[0]
    def shared(e: dict) -> int:
        return sum(_bare(w) in gold for m in e.get("mentions") or [e] for w in fold(m["trigger"]["text"]).split())
    return max(cands, key=shared)  # max keeps the first of equals


def _bare(w: str) -> str:
    from ..kb import strip_article
    return strip_article(w)


def _check(r: dict) -> None:
    assert isinstance(r["text"], str) and isinstance(r["event_coding"], list)


def read_coded(path: str) -> list[dict]:
    return read_jsonl(path, _check, "{text, event_coding: [...]}")


def evaluate(gold: str, pipeline: Pipeline | None = None, detection: str | None = None, folds: int = 5,
             seed: int = 13) -> dict:
    """Type found and actor codes right per gold event. With `detection` (sentences in the
    format of detection-dev.jsonl, which may hold the gold sentences), every gold sentence
    is coded with detection models trained on those sentences less the gold sentences of
    its fold: the figures are then for sentences the models never saw."""
    pipeline = pipeline or Pipeline()
    gold_rows = read_coded(gold)

    def coded(r: dict) -> list[dict]:
        return pipeline(Article(raw=r["text"], origin="<sentence>")).events
    if detection is None:
        return _evaluate((r, coded(r)) for r in gold_rows)
    from .detect import models_trained_without
    from ..train.detect import read_detection
    rows = read_detection(detection)
    order = list(range(len(gold_rows)))
    random.Random(seed).shuffle(order)
    events: list[list[dict]] = [[] for _ in gold_rows]
    for k in range(folds):
        fold = order[k::folds]
        with models_trained_without(rows, {gold_rows[i]["text"] for i in fold}):
            for i in fold:
                events[i] = coded(gold_rows[i])
    return _evaluate(zip(gold_rows, events))


def _evaluate(pairs) -> dict:
    """The figures from (gold row, events Marsad coded in its sentence) pairs."""
    n = found = 0
    checks = {k: [0, 0] for k in ("source_country", "source_sector", "target_country", "target_sector",
                                  "any_country")}
    by_type: dict[str, list[int]] = {}
    for r, events in pairs:
        texts = {x.get("eid"): x for x in r.get("event_text") or [] if isinstance(x, dict)}
        for g in r["event_coding"]:
            t = g.get("plover")
            if not t:
                continue
            n += 1
            by_type.setdefault(t, [0, 0])[1] += 1
            cands = [e for e in events if e["type"] == t]
            if not cands:
                continue
            found += 1
            by_type[t][0] += 1
            ev = _aligned(cands, (texts.get(g.get("eid")) or {}).get("eventtext") or "")
            gold_countries = set()
            for side in ("source", "target"):
                c, s = _split(g.get(f"{side}code", ""))
                pc = {a.get("country") for a in ev[side] if a.get("country")}
                ps = {a.get("sector") for a in ev[side] if a.get("sector")}
                if c:
                    gold_countries.add(c)
                    checks[f"{side}_country"][1] += 1
                    checks[f"{side}_country"][0] += c in pc
                if s:
                    checks[f"{side}_sector"][1] += 1
                    checks[f"{side}_sector"][0] += s in ps
            if gold_countries:
                allc = {a.get("country") for side in ("source", "target") for a in ev[side]}
                checks["any_country"][1] += 1
                checks["any_country"][0] += bool(gold_countries & allc)
    out = {"events": n, "type_found": found, "type_recall": round(found / n, 4) if n else 0.0,
           "by_type": {t: {"found": f, "events": m, "recall": round(f / m, 4)} for t, (f, m) in by_type.items()}}
    for k, (ok, tot) in checks.items():
        out[k] = {"correct": ok, "checked": tot, "accuracy": round(ok / tot, 4) if tot else None}
    return out
