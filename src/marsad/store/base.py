"""Opening a store from a URL, and what every backend offers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Protocol



@dataclass
class IngestResult:
    added: int = 0
    skipped: int = 0  # already stored (same id)


class Store(Protocol):
    url: str

    def add_records(self, records: Iterable[dict[str, Any]]) -> IngestResult: ...
    def count(self) -> int: ...
    def get(self, article_id: str) -> dict[str, Any] | None: ...
    def close(self) -> None: ...


def open_store(url: str) -> Store:
    """A store for `url`: a file path or sqlite:///path (SQLite), postgresql://... ."""
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore
        return PostgresStore(url)
    from .sqlite import SQLiteStore
    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
    return SQLiteStore(path)
