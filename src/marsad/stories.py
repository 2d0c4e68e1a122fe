"""Story events: one real-world event reported by many articles and outlets.

Events from different articles are the same story when they share the PLOVER
type, the actor countries (source and target), the place (GeoNames id, else
country), lie within `window_days` of each other, neither is negated or
hypothetical, and their sentences say much the same (at least `min_overlap` of
the search keys of the shorter one appear in the other: names, numbers, places). Each story lists its mentions, counts articles and outlets, and
names the first report (earliest publication).
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import Any, Iterable

from .search import keys, token_keys


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _key(ev: dict) -> tuple | None:
    src = tuple(sorted({a["country"] for a in ev.get("source", []) if a.get("country")}))
    tgt = tuple(sorted({a["country"] for a in ev.get("target", []) if a.get("country")}))
    loc = ev.get("location") or {}
    place = loc.get("geonameid") or loc.get("country")
    if not (src or tgt) or place is None:
        return None  # too little to tell one story from another
    return ev["type"], src, tgt, place


def _same_words(a: frozenset, b: frozenset, min_overlap: float) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= min_overlap


def _clusters(ms: list[dict], window_days: int, min_overlap: float) -> list[list[dict]]:
    """Mentions (sorted by date) joined when close in time and alike in words."""
    clusters: list[list[dict]] = []
    for m in ms:
        home = next((c for c in clusters if (m["date"] - c[-1]["date"]).days <= window_days
                     and any(_same_words(m["keys"], x["keys"], min_overlap) for x in c)), None)
        if home is None:
            clusters.append([m])
        else:
            home.append(m)
    return clusters


def slim(rec: dict[str, Any], tokens=None) -> dict[str, Any]:
    """What story building needs of a record: its events with their sentences' search
    keys instead of the text (small enough to gather from many workers). `tokens`,
    the article's tokens when at hand, spare tokenising the sentences again."""
    evs = []
    for ev in rec.get("events", []):
        s0, e0 = ev.get("sentence", (0, 0))
        if tokens is None:
            ks = keys(rec["text"][s0:e0])
        else:
            ks = token_keys(tokens[bisect_left(tokens, (s0,)):bisect_left(tokens, (e0,))])
        evs.append({k: ev.get(k) for k in ("id", "type", "modality", "date", "source", "target", "location")}
                   | {"keys": sorted(set(ks))})
    return {"id": rec["id"], "outlet": rec.get("outlet"), "published": rec.get("published"),
            "url": rec.get("url"), "events": evs}


def build_stories(records: Iterable[dict[str, Any]], window_days: int = 1,
                  min_overlap: float = 0.5) -> list[dict[str, Any]]:
    buckets: dict[tuple, list[dict]] = {}
    for rec in records:
        for ev in rec.get("events", []):
            if ev.get("modality") not in ("asserted", None):
                continue
            k = _key(ev)
            d = _day(ev.get("date"))
            if k is None or d is None:
                continue
            if "keys" in ev:
                words = frozenset(ev["keys"])
            else:
                s0, e0 = ev.get("sentence", (0, 0))
                words = frozenset(keys(rec["text"][s0:e0]))
            buckets.setdefault(k, []).append({"article": rec["id"], "event": ev["id"], "date": d,
                                              "outlet": rec.get("outlet"), "published": rec.get("published"),
                                              "url": rec.get("url"), "location": ev.get("location"),
                                              "keys": words})
    stories = []
    for k, ms in buckets.items():
        ms.sort(key=lambda m: (m["date"], m["article"], m["event"]))  # any input order, same stories
        for cluster in _clusters(ms, window_days, min_overlap):
            arts = {x["article"] for x in cluster}
            if len(arts) > 1:
                first = min(cluster, key=lambda x: (x["published"] or "9999", x["article"]))
                stories.append({
                    "id": f"S{len(stories) + 1}", "type": k[0], "source_countries": list(k[1]),
                    "target_countries": list(k[2]), "location": cluster[0]["location"],
                    "date": cluster[0]["date"].isoformat(), "articles": len(arts),
                    "outlets": len({x["outlet"] for x in cluster if x["outlet"]}),
                    "first_report": {"article": first["article"], "outlet": first["outlet"],
                                     "published": first["published"]},
                    "mentions": [{"article": x["article"], "event": x["event"], "outlet": x["outlet"]}
                                 for x in cluster]})
    # the biggest first; ties in an order of their own, not the input's, so that the ids are
    # the same however the records came (one Spark core or several)
    stories.sort(key=lambda s: (-s["articles"], s["date"], s["type"], s["mentions"][0]["article"],
                                s["mentions"][0]["event"]))
    for n, s in enumerate(stories, 1):
        s["id"] = f"S{n}"
    return stories
