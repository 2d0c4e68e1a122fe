"""The embedded SQLite store: one file, WAL, full-text search with FTS5 over
Arabic search keys (marsad.search). Records are kept whole as contract JSON."""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable

from ..errors import StoreError
from .sql import SCHEMA_VERSION, TABLES, SQLStore

SCHEMA = TABLES.format(now="(strftime('%Y-%m-%dT%H:%M:%fZ','now'))") + """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
"""


class SQLiteStore(SQLStore):
    errors = (sqlite3.DatabaseError,)
    NOT_INDEXED = "+"

    def __init__(self, path: str):
        self.url = path
        try:
            if Path(path).parent and not Path(path).parent.exists():
                raise StoreError(f"{path}: folder {Path(path).parent} does not exist")
            self._local = threading.local()
            self._all: list[sqlite3.Connection] = []
            self._lock = threading.Lock()
            self.db.execute("PRAGMA journal_mode=WAL")
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

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection (SQLite connections are not shared across threads)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.url, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA temp_store=MEMORY")
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS hits (id TEXT PRIMARY KEY, published TEXT, outlet TEXT, "
                         "event_types TEXT, event_countries TEXT)")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _migrate(self, version: int) -> None:
        """Bring an older store up to SCHEMA_VERSION (inside the opening transaction)."""
        from ..search import index_text
        if version < 2:  # version 2 added the search index
            for rowid, title, text in self.db.execute("SELECT rowid, title, text FROM articles").fetchall():
                self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                (rowid, index_text(title or ""), index_text(text)))
        if version < 3:  # version 3 keeps each article's event types and countries for facets
            cols = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
            for col in ("event_types", "event_countries"):
                if col not in cols:
                    self.db.execute(f"ALTER TABLE articles ADD COLUMN {col} TEXT NOT NULL DEFAULT ''")
            self._refresh_facets()
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))

    def _q(self, sql: str, args: Iterable[Any] = ()):
        return self.db.execute(sql, tuple(args))

    def _many(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            self.db.executemany(sql, rows)

    @contextmanager
    def _tx(self):
        with self.db:
            yield

    @contextmanager
    def _reading(self):
        yield

    def _fill_hits(self, base: str, clause: str, args: list) -> None:
        self.db.execute("DELETE FROM temp.hits")
        self.db.execute(f"INSERT INTO temp.hits SELECT a.id, a.published, a.outlet, a.event_types, "
                        f"a.event_countries {base}{clause}", tuple(args))

    def _insert_article(self, rec, search_title: str, search_body: str) -> bool:
        cur = self.db.execute(
            f"INSERT OR IGNORE INTO articles ({self.ARTICLE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            self._row_values(rec))
        if cur.rowcount == 0:
            return False
        self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                        (cur.lastrowid, search_title, search_body))
        return True

    def _search_join(self, kq):
        # the full-text matches drive the query, not a filter's index (outlet, date)
        return "", "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [kq.fts5()]

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
