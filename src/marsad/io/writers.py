"""Writers: contract records out as JSONL, CSV (events) and PLOVER-style JSON."""
from __future__ import annotations

from typing import Any, Iterator


def plover_events(rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """PLOVER-style event records (field names of the PLOVER manual's data fields)."""
    for ev in rec.get("events", []):
        def actors(side):
            return [{"actor_text": a.get("text"), "country": a.get("country"), "sector_code": a.get("sector")}
                    for a in ev.get(side, [])]
        loc = ev.get("location") or {}
        yield {
            "id": f"{rec['id']}-{ev['id']}", "date": ev.get("date"), "event": ev["type"], "mode": ev.get("mode"),
            "context": ev.get("contexts", []), "actor": actors("source"), "recipient": actors("target"),
            "modality": ev.get("modality"), "geolocation": {
                "name": loc.get("text"), "lat": loc.get("lat"), "lon": loc.get("lon"), "country": loc.get("country"),
                "geonameid": loc.get("geonameid")} if loc else None,
            "source": rec.get("outlet"), "url": rec.get("url"), "published": rec.get("published"),
            "text": rec["text"][ev["sentence"][0]:ev["sentence"][1]],
            "event_text": ev.get("trigger", {}).get("text"), "confidence": ev.get("confidence"),
        }


def write_parquet(records, out: str) -> int:
    """Records as Parquet tables under `out` (articles with the contract JSON, and
    entities, quotes, events flattened), the layout `marsad spark` writes."""
    import json
    from pathlib import Path

    import pyarrow as pa
    import pyarrow.parquet as pq

    arts, ents, quotes, events = [], [], [], []
    for r in records:
        arts.append({k: r.get(k) for k in ("id", "url", "outlet", "section", "author", "title", "published", "text")}
                    | {"record": json.dumps(r, ensure_ascii=False, sort_keys=True)})
        for e in r["entities"]:
            ents.append({"article_id": r["id"], **{k: e.get(k) for k in (
                "id", "text", "type", "subtype", "canonical", "country", "sector", "role", "start", "end",
                "geonameid", "lat", "lon")}})
        for i, q in enumerate(r["quotes"]):
            quotes.append({"article_id": r["id"], "n": i, **{k: q.get(k) for k in (
                "speaker", "speaker_text", "cue", "content", "start", "end", "direct", "channel")}})
        for v in r["events"]:
            loc = v.get("location") or {}
            events.append({"article_id": r["id"], "id": v["id"], "type": v["type"], "mode": v.get("mode"),
                           "modality": v.get("modality"), "date": v.get("date"),
                           "source_countries": [a["country"] for a in v["source"] if a.get("country")],
                           "target_countries": [a["country"] for a in v["target"] if a.get("country")],
                           "location": loc.get("text"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                           "confidence": v.get("confidence"), "trigger": v["trigger"]["text"],
                           "event": json.dumps(v, ensure_ascii=False, sort_keys=True)})
    for name, rows in (("articles", arts), ("entities", ents), ("quotes", quotes), ("events", events)):
        d = Path(out) / name
        d.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({}), d / "part-0.parquet")
    return len(arts)
