"""The store: contract records in SQLite (default) or PostgreSQL."""
from .base import open_store, Store, IngestResult

__all__ = ["open_store", "Store", "IngestResult"]
