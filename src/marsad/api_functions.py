"""Plain functions behind the CLI, the API and the Spark job."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from .article import Article
from .errors import InputError
from .io.readers import ReadOptions, read_inputs
from .pipeline import Pipeline
from .settings import Settings, load_settings


def read_options(settings: Settings, published: str | None = None) -> ReadOptions:
    return ReadOptions(max_bytes=int(settings.get("input", "max_bytes", 5_000_000)), published=published)


def extract(text: str, published: str | None = None, pipeline: Pipeline | None = None, **meta: Any) -> dict:
    """The contract record of one page given as a string (text or HTML)."""
    pipeline = pipeline or Pipeline()
    kind = "html" if text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")) else "text"
    article = Article(raw=text, kind=kind, origin=meta.pop("origin", "<string>"), **meta)
    article.extra["published_default"] = published
    return pipeline(article).to_record()


def extract_records(paths: Iterable[str], settings: Settings | None = None, published: str | None = None,
                    pipeline: Pipeline | None = None) -> Iterator[dict | str]:
    """Contract records for every page under `paths`; an error line (str) for each failure."""
    settings = settings or load_settings()
    pipeline = pipeline or Pipeline(settings=settings)
    for item in pipeline.pipe(read_inputs(paths, read_options(settings, published))):
        if isinstance(item, InputError):
            yield str(item)
        else:
            yield item.to_record()


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    total: int = 0
    seconds: float = 0.0


def ingest_paths(paths: Iterable[str], url: str, settings: Settings | None = None, published: str | None = None,
                 progress: bool = False, on_error: Callable[[str], None] | None = None,
                 records: bool = False) -> IngestSummary:
    """Extract `paths` into the store at `url`, one transaction per batch."""
    from .store import open_store

    settings = settings or load_settings()
    batch_size = int(settings.get("store", "batch", 200))
    store = open_store(url)
    summary = IngestSummary()
    t0 = time.perf_counter()
    try:
        batch: list[dict] = []
        bar = _progress(progress)
        with bar:
            task = bar.add_task("ingest", total=None) if progress else None
            source = _stored_records(list(paths)) if records else _records_for_ingest(list(paths), settings, published)
            for rec in source:
                if isinstance(rec, str):
                    summary.failed += 1
                    if on_error:
                        on_error(rec)
                    continue
                summary.read += 1
                batch.append(rec)
                if len(batch) >= batch_size:
                    _flush(store, batch, summary)
                if task is not None:
                    bar.update(task, advance=1)
            _flush(store, batch, summary)
        summary.total = store.count()
    finally:
        store.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _stored_records(paths: list[str]) -> Iterator[dict | str]:
    """Contract records from JSON-lines files, checked for the fields the store needs."""
    import json
    for p in paths:
        try:
            fh = open(p, encoding="utf-8")
        except OSError as exc:
            yield f"{p}: cannot read: {exc.strerror or exc}"
            continue
        with fh:
            for no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if rec.get("contract") != 1 or not isinstance(rec.get("id"), str) or \
                            not isinstance(rec.get("text"), str):
                        raise ValueError
                except (ValueError, AttributeError):
                    yield f"{p}:{no}: not a contract-1 record"
                    continue
                yield rec


def _records_for_ingest(paths: list[str], settings: Settings, published: str | None) -> Iterator[dict | str]:
    """Records to store: Spark output folders are loaded as they are, anything else is extracted."""
    from .spark_job import is_spark_output, read_records
    plain = [p for p in paths if not is_spark_output(p)]
    for p in paths:
        if p not in plain:
            yield from read_records(p)
    if plain:
        yield from extract_records(plain, settings, published)


def _flush(store, batch: list[dict], summary: IngestSummary) -> None:
    if batch:
        res = store.add_records(batch)
        summary.added += res.added
        summary.skipped += res.skipped
        batch.clear()


def _progress(enabled: bool):
    if not enabled:
        class _Null:
            def __enter__(self):
                return self

            def __exit__(self, *a):
                return False

            def add_task(self, *a, **k):
                return None

            def update(self, *a, **k):
                pass
        return _Null()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    return Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("articles"), TimeElapsedColumn(), transient=True)
