"""The PostgreSQL store: the same schema and queries as SQLite, with full-text
search on a tsvector of Arabic search keys ('simple' configuration: the keys are
already folded and stemmed by marsad.search)."""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from typing import Any, Iterable

from ..errors import StoreError
from .sql import SCHEMA_VERSION, TABLES, SQLStore

SCHEMA = TABLES.format(now="(to_char(now() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))") + """
ALTER TABLE articles ADD COLUMN IF NOT EXISTS search tsvector;
CREATE INDEX IF NOT EXISTS articles_search ON articles USING gin(search);
"""
_PH = re.compile(r"\?")


class PostgresStore(SQLStore):
    def __init__(self, url: str):
        self.url = re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)  # never print a password
        try:
            import psycopg
        except ImportError:
            raise StoreError(f"{self.url}: PostgreSQL needs the psycopg package (pip install 'psycopg[binary]')") \
                from None
        self.errors = (psycopg.Error,)
        self._lock = threading.RLock()
        try:
            self.db = psycopg.connect(url, autocommit=True)
            with self.db.transaction():
                self.db.execute("SELECT pg_advisory_xact_lock(424242)")  # one creator at a time
                for stmt in filter(str.strip, SCHEMA.split(";")):
                    self.db.execute(stmt)
                row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                if row is None:
                    self.db.execute("INSERT INTO meta VALUES ('schema_version', %s)", (str(SCHEMA_VERSION),))
                elif int(row[0]) > SCHEMA_VERSION:
                    raise StoreError(f"{self.url}: store schema {row[0]} is newer than this Marsad")
                elif int(row[0]) < SCHEMA_VERSION:
                    for col in ("event_types", "event_countries"):
                        self.db.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {col} TEXT NOT NULL DEFAULT ''")
                    self._refresh_facets()
                    self.db.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        except psycopg.Error as exc:
            raise StoreError(f"{self.url}: cannot open PostgreSQL store: {exc}".strip()) from None

    def _q(self, sql: str, args: Iterable[Any] = ()):
        return self.db.execute(_PH.sub("%s", sql.replace("%", "%%")), tuple(args))

    @contextmanager
    def _tx(self):
        with self._lock, self.db.transaction():
            yield

    @contextmanager
    def _reading(self):
        with self._lock:  # one connection: a multi-statement read holds it
            yield

    def _fill_hits(self, base: str, clause: str, args: list) -> None:
        self._q("CREATE TEMP TABLE IF NOT EXISTS hits (id TEXT PRIMARY KEY, published TEXT, outlet TEXT, "
                "event_types TEXT, event_countries TEXT)")
        self._q("TRUNCATE hits")
        self._q(f"INSERT INTO hits SELECT a.id, a.published, a.outlet, a.event_types, a.event_countries "
                f"{base}{clause}", args)

    def _insert_article(self, rec, search_title: str, search_body: str) -> bool:
        cur = self._q(
            f"INSERT INTO articles ({self.ARTICLE_COLUMNS}, search) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?, "
            "setweight(to_tsvector('simple', ?), 'A') || to_tsvector('simple', ?)) ON CONFLICT (id) DO NOTHING",
            self._row_values(rec) + (search_title, search_body))
        return cur.rowcount == 1

    def _search_join(self, kq):
        return "", "a.search @@ to_tsquery('simple', ?)", [kq.tsquery()]

    def close(self) -> None:
        self.db.close()
