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

SCHEMA_VERSION = 2
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
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
"""


class SQLiteStore:
    def __init__(self, path: str):
        self.url = path
        try:
            if Path(path).parent and not Path(path).parent.exists():
                raise StoreError(f"{path}: folder {Path(path).parent} does not exist")
            self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)
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
                elif int(row[0]) < SCHEMA_VERSION:
                    self._migrate(int(row[0]))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open SQLite store: {exc}") from None

    def _migrate(self, version: int) -> None:
        """Bring an older store up to SCHEMA_VERSION (inside the opening transaction)."""
        from ..search import index_text
        if version < 2:  # version 2 added the search index
            for rowid, title, text in self.db.execute("SELECT rowid, title, text FROM articles").fetchall():
                self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                (rowid, index_text(title or ""), index_text(text)))
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))

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
        from ..search import index_text
        self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                        (cur.lastrowid, index_text(rec.get("title") or ""), index_text(rec["text"])))
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

    # -- reading ----------------------------------------------------------------
    def _filters(self, outlet=None, date_from=None, date_to=None, event_type=None, country=None, place=None):
        where, args = [], []
        if outlet:
            where.append("a.outlet = ?")
            args.append(outlet)
        if date_from:
            where.append("a.published >= ?")
            args.append(date_from)
        if date_to:
            where.append("a.published <= ?")
            args.append(date_to)
        if event_type:
            where.append("EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.type = ?)")
            args.append(event_type)
        if country:
            where.append("EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND "
                         "(v.source_country = ? OR v.target_country = ?))")
            args += [country, country]
        if place:
            where.append("(a.dateline = ? OR EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.location = ?))")
            args += [place, place]
        return where, args

    def search(self, q: str | None = None, limit: int = 20, offset: int = 0, facets: bool = True,
               **filters) -> dict[str, Any]:
        """Articles matching `q` (Arabic, spelling-forgiving; "quoted" phrases) and filters,
        newest first, with facet counts over all matches."""
        from ..search import fts_query
        where, args = self._filters(**filters)
        base = "FROM articles a"
        if q:
            fq = fts_query(q)
            if fq is None:
                return {"total": 0, "hits": [], "facets": {}}
            base += " JOIN articles_fts f ON f.rowid = a.rowid"
            where.insert(0, "articles_fts MATCH ?")
            args.insert(0, fq)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        try:
            total = self.db.execute(f"SELECT count(*) {base}{clause}", args).fetchone()[0]
            rows = self.db.execute(
                f"SELECT a.id, a.title, a.outlet, a.published, a.dateline, substr(a.text, 1, 240) {base}{clause} "
                f"ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?", args + [limit, offset]).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}") from None
        hits = [dict(zip(("id", "title", "outlet", "published", "dateline", "snippet"), r)) for r in rows]
        out: dict[str, Any] = {"total": total, "hits": hits}
        if facets:
            out["facets"] = self._facets(base, clause, args)
        return out

    def _facets(self, base: str, clause: str, args: list) -> dict[str, dict[str, int]]:
        sub = f"SELECT a.id {base}{clause}"
        f: dict[str, dict[str, int]] = {}
        f["outlet"] = dict(self.db.execute(
            f"SELECT a.outlet, count(*) {base}{clause} GROUP BY a.outlet ORDER BY count(*) DESC LIMIT 20", args).fetchall())
        f["event_type"] = dict(self.db.execute(
            f"SELECT type, count(DISTINCT article_id) FROM events WHERE article_id IN ({sub}) "
            "GROUP BY type ORDER BY 2 DESC", args).fetchall())
        f["country"] = dict(self.db.execute(
            f"SELECT c, count(*) FROM (SELECT DISTINCT article_id, source_country AS c FROM events WHERE article_id IN ({sub}) "
            f"UNION SELECT DISTINCT article_id, target_country FROM events WHERE article_id IN ({sub})) "
            "WHERE c IS NOT NULL GROUP BY c ORDER BY 2 DESC LIMIT 20", args + args).fetchall())
        f["published"] = dict(self.db.execute(
            f"SELECT a.published, count(*) {base}{clause} GROUP BY a.published ORDER BY a.published", args).fetchall())
        f.pop(None, None)
        for k in f:
            f[k].pop(None, None)
        return f

    def events(self, limit: int = 100, offset: int = 0, **filters) -> dict[str, Any]:
        """Events with their article's metadata, filtered like search."""
        where, args = self._filters(**{k: v for k, v in filters.items() if k != "event_type"})
        if filters.get("event_type"):
            where.append("v.type = ?")
            args.append(filters["event_type"])
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        q = (f"FROM events v JOIN articles a ON a.id = v.article_id{clause}")
        total = self.db.execute(f"SELECT count(*) {q}", args).fetchone()[0]
        rows = self.db.execute(
            f"SELECT v.article_id, v.vid, v.type, v.mode, v.modality, v.date, v.source_country, v.target_country, "
            f"v.location, v.lat, v.lon, v.confidence, a.outlet, a.title {q} "
            f"ORDER BY v.date DESC, a.rowid DESC, v.vid LIMIT ? OFFSET ?", args + [limit, offset]).fetchall()
        cols = ("article_id", "id", "type", "mode", "modality", "date", "source_country", "target_country",
                "location", "lat", "lon", "confidence", "outlet", "title")
        return {"total": total, "events": [dict(zip(cols, r)) for r in rows]}

    def network(self, **filters) -> list[dict[str, Any]]:
        """Who acts on whom: counts of events by source country, target country and type."""
        where, args = self._filters(**{k: v for k, v in filters.items() if k != "event_type"})
        where += ["v.source_country IS NOT NULL", "v.target_country IS NOT NULL",
                  "v.source_country != v.target_country"]
        if filters.get("event_type"):
            where.append("v.type = ?")
            args.append(filters["event_type"])
        rows = self.db.execute(
            "SELECT v.source_country, v.target_country, v.type, count(*) FROM events v JOIN articles a "
            f"ON a.id = v.article_id WHERE {' AND '.join(where)} GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 300",
            args).fetchall()
        return [dict(zip(("source", "target", "type", "count"), r)) for r in rows]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {"articles": one("SELECT count(*) FROM articles"), "entities": one("SELECT count(*) FROM entities"),
                "quotes": one("SELECT count(*) FROM quotes"), "events": one("SELECT count(*) FROM events"),
                "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
                "first": one("SELECT min(published) FROM articles"), "last": one("SELECT max(published) FROM articles")}

    def iter_records(self, batch: int = 500):
        last = 0
        while True:
            rows = self.db.execute("SELECT rowid, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                   (last, batch)).fetchall()
            if not rows:
                return
            for rowid, rec in rows:
                yield json.loads(rec)
            last = rows[-1][0]

    def close(self) -> None:
        self.db.close()


def _first_country(actors: list[dict] | None) -> str | None:
    for a in actors or []:
        if a.get("country"):
            return a["country"]
    return None
