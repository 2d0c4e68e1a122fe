"""`marsad eval coded GOLD.jsonl`: event type and actor codes against coded
sentences (format of coded-dev.jsonl: `event_coding` with PLOVER type and
"CTRY SECTOR" codes, "None" for unknown).

For each gold event: is an event of its type found in the sentence; then, among
those found, are the gold source and target country and sector among the
predicted event's actors (checked only where gold gives them).
"""
from __future__ import annotations

from ..article import Article
from ..pipeline import Pipeline
from .gold import read_jsonl


def _split(code: str) -> tuple[str | None, str | None]:
    parts = (code or "None None").split()
    c = parts[0] if parts and parts[0] != "None" else None
    s = parts[1] if len(parts) > 1 and parts[1] != "None" else None
    return c, s


def _check(r: dict) -> None:
    assert isinstance(r["text"], str) and isinstance(r["event_coding"], list)


def read_coded(path: str) -> list[dict]:
    return read_jsonl(path, _check, "{text, event_coding: [...]}")


def evaluate(gold: str, pipeline: Pipeline | None = None) -> dict:
    pipeline = pipeline or Pipeline()
    n = found = 0
    checks = {k: [0, 0] for k in ("source_country", "source_sector", "target_country", "target_sector",
                                  "any_country")}
    by_type: dict[str, list[int]] = {}
    for r in read_coded(gold):
        events = pipeline(Article(raw=r["text"], origin="<sentence>")).events
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
            ev = cands[0]
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
