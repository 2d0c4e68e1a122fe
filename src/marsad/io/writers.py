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
    """Records as Parquet tables under `out` (`marsad.io.tables`: articles with the
    contract JSON, and entities, quotes, events flattened), the layout `marsad spark` writes."""
    from pathlib import Path

    import pyarrow.parquet as pq

    from .tables import TABLES, arrow_table, rows

    collected: dict[str, list[tuple]] = {t: [] for t in TABLES}
    for r in records:
        for t, rs in rows(r).items():
            collected[t] += rs
    for name in TABLES:
        d = Path(out) / name
        d.mkdir(parents=True, exist_ok=True)
        pq.write_table(arrow_table(name, collected[name]), d / "part-0.parquet")
    return len(collected["articles"])
