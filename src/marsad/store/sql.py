"""What the SQLite and PostgreSQL stores share: one schema, one writer path,
the same queries. Backends differ only in how they connect, insert-or-skip and
search full text; SQL here is written with "?" placeholders and rewritten per backend."""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from ..errors import StoreError
from .base import IngestResult

SCHEMA_VERSION = 3

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT, outlet TEXT, section TEXT, author TEXT, title TEXT,
    published TEXT, dateline TEXT, dateline_country TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    event_types TEXT NOT NULL DEFAULT '',
    event_countries TEXT NOT NULL DEFAULT '',
    ingested_at TEXT NOT NULL DEFAULT {now}
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
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
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
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, type TEXT, date TEXT, articles INTEGER, outlets INTEGER, story TEXT NOT NULL
);
"""


def _event_facets(rec: dict[str, Any]) -> tuple[str, str]:
    """The article's distinct event types and actor countries, space-separated, for facets."""
    types = sorted({v["type"] for v in rec.get("events", [])})
    countries = sorted({a["country"] for v in rec.get("events", []) for side in ("source", "target")
                        for a in v.get(side, []) if a.get("country")})
    return " ".join(types), " ".join(countries)


def _first_country(actors: list[dict] | None) -> str | None:
    for a in actors or []:
        if a.get("country"):
            return a["country"]
    return None


class SQLStore:
    """Queries over the shared schema. Subclasses give `_q` (run one statement),
    `_tx` (a transaction), `_insert_article` and `_search_join`."""

    url: str
    errors: tuple[type[BaseException], ...] = ()
    NOT_INDEXED = ""  # SQLite: "+" keeps a filter column from being the index a search scans from

    # -- backend hooks ----------------------------------------------------------
    def _q(self, sql: str, args: Iterable[Any] = ()):
        raise NotImplementedError

    def _tx(self):
        raise NotImplementedError

    def _insert_article(self, rec: dict[str, Any], search_title: str, search_body: str) -> bool:
        """Insert one article row and its search text; False when the id is already stored."""
        raise NotImplementedError

    def _search_join(self, fts: str) -> tuple[str, str, list[Any]]:
        """(join clause, where condition, args) restricting articles `a` to a search."""
        raise NotImplementedError

    def _many(self, sql: str, rows: list[tuple]) -> None:
        for r in rows:
            self._q(sql, r)

    def _reading(self):
        """A context for a multi-statement read (a lock where the connection is shared)."""
        raise NotImplementedError

    def _refresh_facets(self) -> None:
        """Recompute every article's facet columns from its record (migrations)."""
        for aid, rec in self._q("SELECT id, record FROM articles").fetchall():
            types, countries = _event_facets(json.loads(rec))
            self._q("UPDATE articles SET event_types = ?, event_countries = ? WHERE id = ?", (types, countries, aid))

    # -- writing ----------------------------------------------------------------
    def add_records(self, records: Iterable[dict[str, Any]]) -> IngestResult:
        """Store records in one transaction; ids already present are skipped."""
        res = IngestResult()
        try:
            with self._tx():
                for rec in records:
                    if self._insert(rec):
                        res.added += 1
                    else:
                        res.skipped += 1
                if res.added:
                    self._bump_version()
        except self.errors as exc:
            raise StoreError(f"{self.url}: write failed, batch rolled back: {exc}") from None
        return res

    def _insert(self, rec: dict[str, Any]) -> bool:
        from ..search import index_text
        if not self._insert_article(rec, index_text(rec.get("title") or ""), index_text(rec["text"])):
            return False
        aid = rec["id"]
        self._many('INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING',
                   [(aid, e["id"], e["text"], e["type"], e.get("subtype"), e.get("canonical"), e.get("country"),
                     e.get("sector"), e["start"], e["end"]) for e in rec.get("entities", [])])
        self._many('INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING',
                   [(aid, i, q.get("speaker"), q.get("speaker_text"), q.get("cue"), q.get("content"), q["start"],
                     q["end"]) for i, q in enumerate(rec.get("quotes", []))])
        self._many('INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING',
                   [(aid, v["id"], v["type"], v.get("mode"), v.get("modality"), v.get("date"),
                     _first_country(v.get("source")), _first_country(v.get("target")),
                     (v.get("location") or {}).get("text"), (v.get("location") or {}).get("lat"),
                     (v.get("location") or {}).get("lon"), v.get("confidence"))
                    for v in rec.get("events", [])])
        return True

    ARTICLE_COLUMNS = ("id, url, outlet, section, author, title, published, dateline, dateline_country, text, "
                       "record, event_types, event_countries")

    @staticmethod
    def _row_values(rec: dict[str, Any]) -> tuple:
        dl = rec.get("dateline") or {}
        types, countries = _event_facets(rec)
        return (rec["id"], rec.get("url"), rec.get("outlet"), rec.get("section"), rec.get("author"),
                rec.get("title"), rec.get("published"), dl.get("text"), dl.get("country"), rec["text"],
                json.dumps(rec, ensure_ascii=False), types, countries)

    def _bump_version(self) -> None:
        self._q("DELETE FROM meta WHERE key = 'data_version'")
        import uuid
        self._q("INSERT INTO meta VALUES ('data_version', ?)", (uuid.uuid4().hex,))

    def save_stories(self, stories: list[dict[str, Any]]) -> None:
        """Replace the story events (they are derived from all records at once)."""
        with self._tx():
            self._bump_version()
            self._q("DELETE FROM stories")
            self._many("INSERT INTO stories VALUES (?,?,?,?,?,?)",
                       [(s["id"], s["type"], s["date"], s["articles"], s["outlets"],
                         json.dumps(s, ensure_ascii=False)) for s in stories])

    def stories(self, limit: int = 50, offset: int = 0, event_type: str | None = None) -> dict[str, Any]:
        where, args = ("WHERE type = ?", [event_type]) if event_type else ("", [])
        total = self._q(f"SELECT count(*) FROM stories {where}", args).fetchone()[0]
        rows = self._q(f"SELECT story FROM stories {where} ORDER BY articles DESC, date DESC, id LIMIT ? OFFSET ?",
                       args + [limit, offset]).fetchall()
        return {"total": total, "stories": [json.loads(r[0]) for r in rows]}

    # -- reading ----------------------------------------------------------------
    def count(self) -> int:
        return self._q("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self._q("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def recent(self, limit: int = 10) -> list[dict[str, Any]]:
        rows = self._q("SELECT id, outlet, published, title FROM articles "
                       "ORDER BY published DESC, id LIMIT ?", (limit,)).fetchall()
        return [dict(zip(("id", "outlet", "published", "title"), r)) for r in rows]

    def _filters(self, outlet=None, date_from=None, date_to=None, event_type=None, country=None, place=None):
        where, args = [], []
        if outlet:
            where.append(f"{self.NOT_INDEXED}a.outlet = ?")
            args.append(outlet)
        if date_from:
            where.append(f"{self.NOT_INDEXED}a.published >= ?")
            args.append(date_from)
        if date_to:
            where.append(f"{self.NOT_INDEXED}a.published <= ?")
            args.append(date_to)
        if event_type:
            where.append("EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.type = ?)")
            args.append(event_type)
        if country:
            where.append("EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND "
                         "(v.source_country = ? OR v.target_country = ?))")
            args += [country, country]
        if place:
            where.append("(a.dateline = ? OR EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id "
                         "AND v.location = ?))")
            args += [place, place]
        return where, args

    def _fill_hits(self, base: str, clause: str, args: list) -> None:
        """The matching articles into this connection's temporary `hits` table, so
        the count, the page and every facet read it instead of searching again."""
        raise NotImplementedError

    def _version(self) -> str:
        """Changes whenever articles are added (results cached under an older one are stale)."""
        row = self._q("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        return row[0] if row else "0"

    def _cached(self, key: tuple, compute):
        version = self._version()
        cache = self.__dict__.setdefault("_cache", {})
        hit = cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute()
        if len(cache) > 512:
            cache.clear()
        cache[key] = (version, value)
        return value

    def search(self, q: str | None = None, limit: int = 20, offset: int = 0, facets: bool = True,
               **filters) -> dict[str, Any]:
        """Articles matching `q` (Arabic, spelling-forgiving; "quoted" phrases) and filters,
        newest first, with facet counts over all matches. Results are cached until
        the store changes."""
        key = ("search", q, limit, offset, facets, tuple(sorted((k, v) for k, v in filters.items() if v)))
        return self._cached(key, lambda: self._search(q, limit, offset, facets, **filters))

    def _search(self, q: str | None, limit: int, offset: int, facets: bool, **filters) -> dict[str, Any]:
        from ..search import keys_query
        if not q and not any(filters.values()) and not facets:
            rows = self._q("SELECT id, title, outlet, published, dateline, substr(text, 1, 240) FROM articles "
                           "ORDER BY published DESC, id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
            return {"total": self.count(), "hits": [dict(zip(("id", "title", "outlet", "published", "dateline",
                                                               "snippet"), r)) for r in rows]}
        where, args = self._filters(**filters)
        base = "FROM articles a"
        if q:
            kq = keys_query(q)
            if kq is None:
                return {"total": 0, "hits": [], "facets": {}}
            join, cond, sargs = self._search_join(kq)
            base += join
            where.insert(0, cond)
            args = sargs + args
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        try:
            with self._reading():
                self._fill_hits(base, clause, args)
                total = self._q("SELECT count(*) FROM hits").fetchone()[0]
                rows = self._q("SELECT a.id, a.title, a.outlet, a.published, a.dateline, substr(a.text, 1, 240) "
                               "FROM hits h JOIN articles a ON a.id = h.id ORDER BY h.published DESC, h.id "
                               "LIMIT ? OFFSET ?", [limit, offset]).fetchall()
                facet_counts = self._facets() if facets else None
        except self.errors as exc:
            raise StoreError(f"search failed: {exc}") from None
        hits = [dict(zip(("id", "title", "outlet", "published", "dateline", "snippet"), r)) for r in rows]
        out: dict[str, Any] = {"total": total, "hits": hits}
        if facet_counts is not None:
            out["facets"] = facet_counts
        return out

    def _facets(self) -> dict[str, dict[str, int]]:
        """Facet counts over the hits, in one pass over the hits table."""
        from collections import Counter
        outlet: Counter = Counter()
        published: Counter = Counter()
        types: Counter = Counter()
        countries: Counter = Counter()
        for o, p, t, c in self._q("SELECT outlet, published, event_types, event_countries FROM hits").fetchall():
            if o:
                outlet[o] += 1
            if p:
                published[p] += 1
            types.update(t.split())
            countries.update(c.split())
        return {"outlet": dict(outlet.most_common(20)), "event_type": dict(types.most_common()),
                "country": dict(countries.most_common(20)), "published": dict(sorted(published.items()))}

    def events(self, limit: int = 100, offset: int = 0, **filters) -> dict[str, Any]:
        """Events with their article's metadata, filtered like search (cached until the store changes)."""
        key = ("events", limit, offset, tuple(sorted((k, v) for k, v in filters.items() if v)))
        return self._cached(key, lambda: self._events(limit, offset, **filters))

    def _events(self, limit: int, offset: int, **filters) -> dict[str, Any]:
        where, args = self._filters(**{k: v for k, v in filters.items() if k != "event_type"})
        if filters.get("event_type"):
            where.append("v.type = ?")
            args.append(filters["event_type"])
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        q = f"FROM events v JOIN articles a ON a.id = v.article_id{clause}"
        total = self._q(f"SELECT count(*) {q}", args).fetchone()[0]
        cols = ("article_id", "id", "type", "mode", "modality", "date", "source_country", "target_country",
                "location", "lat", "lon", "confidence", "outlet", "title")
        rows = self._q(
            f"SELECT v.article_id, v.vid, v.type, v.mode, v.modality, v.date, v.source_country, v.target_country, "
            f"v.location, v.lat, v.lon, v.confidence, a.outlet, a.title {q} "
            f"ORDER BY v.date DESC, v.article_id, v.vid LIMIT ? OFFSET ?", args + [limit, offset]).fetchall()
        return {"total": total, "events": [dict(zip(cols, r)) for r in rows]}

    def network(self, **filters) -> list[dict[str, Any]]:
        """Who acts on whom: counts of events by source country, target country and type."""
        where, args = self._filters(**{k: v for k, v in filters.items() if k != "event_type"})
        where += ["v.source_country IS NOT NULL", "v.target_country IS NOT NULL",
                  "v.source_country != v.target_country"]
        if filters.get("event_type"):
            where.append("v.type = ?")
            args.append(filters["event_type"])
        rows = self._q("SELECT v.source_country, v.target_country, v.type, count(*) FROM events v JOIN articles a "
                       f"ON a.id = v.article_id WHERE {' AND '.join(where)} GROUP BY 1, 2, 3 ORDER BY 4 DESC "
                       "LIMIT 300", args).fetchall()
        return [dict(zip(("source", "target", "type", "count"), r)) for r in rows]

    def stats(self) -> dict[str, Any]:
        return self._cached(("stats",), self._stats)

    def _stats(self) -> dict[str, Any]:
        def one(sql: str):
            return self._q(sql).fetchone()[0]
        return {"articles": one("SELECT count(*) FROM articles"), "entities": one("SELECT count(*) FROM entities"),
                "quotes": one("SELECT count(*) FROM quotes"), "events": one("SELECT count(*) FROM events"),
                "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
                "first": one("SELECT min(published) FROM articles"), "last": one("SELECT max(published) FROM articles")}

    def iter_records(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        last = ""
        while True:
            rows = self._q("SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall()
            if not rows:
                return
            for _id, rec in rows:
                yield json.loads(rec)
            last = rows[-1][0]
