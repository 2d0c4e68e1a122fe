"""The embedded SQLite store: one file, WAL, full-text search with FTS5 over
Arabic search keys (marsad.search). Records are kept whole as contract JSON."""
from __future__ import annotations

import sqlite3
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

    def _q(self, sql: str, args: Iterable[Any] = ()):
        return self.db.execute(sql, tuple(args))

    def _many(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            self.db.executemany(sql, rows)

    @contextmanager
    def _tx(self):
        with self.db:
            yield

    def _insert_article(self, rec, search_title: str, search_body: str) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO articles (id, url, outlet, section, author, title, published, dateline,"
            " dateline_country, text, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)", self._row_values(rec))
        if cur.rowcount == 0:
            return False
        self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                        (cur.lastrowid, search_title, search_body))
        return True

    def _search_join(self, kq):
        return " JOIN articles_fts f ON f.rowid = a.rowid", "articles_fts MATCH ?", [kq.fts5()]

    def close(self) -> None:
        self.db.close()
