"""Story events: one real-world event reported by many articles and outlets.

Events from different articles are the same story when they share the PLOVER
type, the actor countries (source and target), the place (GeoNames id, else
country) and lie within `window_days` of each other, and neither is negated or
hypothetical. Each story lists its mentions, counts articles and outlets, and
names the first report (earliest publication).
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable


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


def build_stories(records: Iterable[dict[str, Any]], window_days: int = 1) -> list[dict[str, Any]]:
    buckets: dict[tuple, list[dict]] = {}
    for rec in records:
        for ev in rec.get("events", []):
            if ev.get("modality") not in ("asserted", None):
                continue
            k = _key(ev)
            d = _day(ev.get("date"))
            if k is None or d is None:
                continue
            buckets.setdefault(k, []).append({"article": rec["id"], "event": ev["id"], "date": d,
                                              "outlet": rec.get("outlet"), "published": rec.get("published"),
                                              "url": rec.get("url"), "location": ev.get("location")})
    stories = []
    for k, ms in buckets.items():
        ms.sort(key=lambda m: m["date"])
        cluster: list[dict] = []
        for m in ms + [None]:
            if cluster and (m is None or (m["date"] - cluster[-1]["date"]).days > window_days):
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
                cluster = []
            if m is not None:
                cluster.append(m)
    stories.sort(key=lambda s: (-s["articles"], s["date"]))
    for n, s in enumerate(stories, 1):
        s["id"] = f"S{n}"
    return stories
