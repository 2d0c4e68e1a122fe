"""The embedded SQLite store: one file, WAL, records kept whole as contract JSON.

Tables: `articles` (one row per article id, the record as JSON plus the columns
filters need), and `entities`, `quotes`, `events` rows derived from the record
for querying. Ingest is idempotent (an id already stored is skipped) and each
batch is one transaction.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from ..errors import StoreError
from .base import IngestResult

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT, outlet TEXT, section TEXT, author TEXT, title TEXT,
    published TEXT, dateline TEXT, dateline_country TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL, text TEXT, type TEXT, subtype TEXT, canonical TEXT,
    country TEXT, sector TEXT, start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, eid, start)
);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL, speaker TEXT, speaker_text TEXT, cue TEXT, content TEXT,
    start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    vid TEXT NOT NULL, type TEXT, mode TEXT, modality TEXT, date TEXT,
    source_country TEXT, target_country TEXT, location TEXT, lat REAL, lon REAL,
    confidence REAL,
    PRIMARY KEY (article_id, vid)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
"""


class SQLiteStore:
    def __init__(self, path: str):
        self.url = path
        try:
            if Path(path).parent and not Path(path).parent.exists():
                raise StoreError(f"{path}: folder {Path(path).parent} does not exist")
            self.db = sqlite3.connect(path, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            with self.db:
                self.db.executescript(SCHEMA)
                row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                if row is None:
                    self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                elif int(row[0]) > SCHEMA_VERSION:
                    raise StoreError(f"{path}: store schema {row[0]} is newer than this Marsad ({SCHEMA_VERSION})")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open SQLite store: {exc}") from None

    def add_records(self, records: Iterable[dict[str, Any]]) -> IngestResult:
        """Store records in one transaction; ids already present are skipped."""
        res = IngestResult()
        try:
            with self.db:
                for rec in records:
                    if self._insert(rec):
                        res.added += 1
                    else:
                        res.skipped += 1
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.url}: write failed, batch rolled back: {exc}") from None
        return res

    def _insert(self, rec: dict[str, Any]) -> bool:
        dl = rec.get("dateline") or {}
        cur = self.db.execute(
            "INSERT OR IGNORE INTO articles (id, url, outlet, section, author, title, published, dateline,"
            " dateline_country, text, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (rec["id"], rec.get("url"), rec.get("outlet"), rec.get("section"), rec.get("author"),
             rec.get("title"), rec.get("published"), dl.get("text"), dl.get("country"), rec["text"],
             json.dumps(rec, ensure_ascii=False)),
        )
        if cur.rowcount == 0:
            return False
        aid = rec["id"]
        self.db.executemany(
            'INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)',
            [(aid, e["id"], e["text"], e["type"], e.get("subtype"), e.get("canonical"), e.get("country"),
              e.get("sector"), e["start"], e["end"]) for e in rec.get("entities", [])])
        self.db.executemany(
            'INSERT OR IGNORE INTO quotes VALUES (?,?,?,?,?,?,?,?)',
            [(aid, i, q.get("speaker"), q.get("speaker_text"), q.get("cue"), q.get("content"), q["start"], q["end"])
             for i, q in enumerate(rec.get("quotes", []))])
        self.db.executemany(
            'INSERT OR IGNORE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
            [(aid, v["id"], v["type"], v.get("mode"), v.get("modality"), v.get("date"),
              _first_country(v.get("source")), _first_country(v.get("target")),
              (v.get("location") or {}).get("text"), (v.get("location") or {}).get("lat"),
              (v.get("location") or {}).get("lon"), v.get("confidence"))
             for v in rec.get("events", [])])
        return True

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def recent(self, limit: int = 10) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, outlet, published, title FROM articles ORDER BY published DESC, rowid DESC LIMIT ?",
            (limit,)).fetchall()
        return [dict(zip(("id", "outlet", "published", "title"), r)) for r in rows]

    def close(self) -> None:
        self.db.close()


def _first_country(actors: list[dict] | None) -> str | None:
    for a in actors or []:
        if a.get("country"):
            return a["country"]
    return None
