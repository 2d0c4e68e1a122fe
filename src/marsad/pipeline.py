"""Stages registered by name, and the Pipeline that runs them.

A stage is a named callable `Article -> Article` that declares the Article
fields it `needs` and the ones it `sets`. Register one with the `stage`
decorator, on a factory that receives the settings and returns the callable
(so a stage can load its lexicons or model once):

    @stage("shout", needs=("text",), sets=("warnings",))
    def make_shout(settings):
        def shout(article):
            article.warn(article.text.upper())
            return article
        return shout

`Pipeline(["clean", "metadata", ...])` builds the stages in order and refuses a
composition where a stage needs a field nothing before it sets.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from time import perf_counter
from importlib import import_module
from typing import Any, Callable, Iterable, Iterator

from .article import Article
from .errors import ConfigError, InputError
from .settings import Settings, load_settings

StageFn = Callable[[Article], Article]
Factory = Callable[[Settings], StageFn]

# fields a reader fills before any stage runs
READER_SETS = frozenset({"raw", "kind", "origin", "input_id", "url", "outlet", "author", "title", "published"})


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Factory
    needs: tuple[str, ...]
    sets: tuple[str, ...]
    doc: str


REGISTRY: dict[str, StageSpec] = {}
_BUILTIN_MODULES = ("clean", "metadata", "textlayer", "entities", "actors", "geo", "dates", "quotes", "framing", "events",
                    "contexts")


def stage(name: str, needs: Iterable[str] = (), sets: Iterable[str] = ()) -> Callable[[Factory], Factory]:
    """Register a stage factory under `name` (a later registration replaces it)."""
    def register(factory: Factory) -> Factory:
        REGISTRY[name] = StageSpec(name, factory, tuple(needs), tuple(sets),
                                   (factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else "")
        return factory
    return register


def load_builtin_stages() -> None:
    for mod in _BUILTIN_MODULES:
        import_module(f"marsad.stages.{mod}")


def get_stage(name: str) -> StageSpec:
    load_builtin_stages()
    if name not in REGISTRY:
        if "." in name:  # "package.module:stage" or "package.module" registering it on import
            import_module(name.split(":")[0])
            name = name.split(":")[-1] if ":" in name else name
        if name not in REGISTRY:
            raise ConfigError(f"no stage named '{name}' (known: {', '.join(sorted(REGISTRY))})")
    return REGISTRY[name]


class Pipeline:
    """Runs named stages, in order, over Articles."""

    def __init__(self, stages: Iterable[str] | None = None, settings: Settings | None = None):
        self.settings = settings or load_settings()
        names = list(stages) if stages is not None else list(self.settings.get("pipeline", "stages"))
        self.specs = [get_stage(n) for n in names]
        have = set(READER_SETS)
        for spec in self.specs:
            missing = [f for f in spec.needs if f not in have]
            if missing:
                raise ConfigError(f"stage '{spec.name}' needs {', '.join(missing)}, "
                                  f"which no earlier stage sets")
            have.update(spec.sets)
        self.stages: list[tuple[str, StageFn]] = [(s.name, s.factory(self.settings)) for s in self.specs]
        self.gc_threshold = _gc_threshold(self.settings.get("pipeline", "gc_threshold", []))

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.stages]

    def __call__(self, article: Article) -> Article:
        for _name, fn in self.stages:
            article = fn(article)
        return article

    def run_batch(self, articles: list[Article],
                  timings: dict[str, float] | None = None) -> list[Article | InputError]:
        """Every stage over a batch of articles, in order. A stage whose callable has
        a `batch` attribute takes the whole batch at once (the tagger decodes all
        its sentences together); the others take one article at a time. An article
        a stage rejects comes out as its InputError and skips the later stages.
        `timings`, when given, gathers the seconds each stage took, by name."""
        out: list[Article | InputError] = list(articles)
        with _collector_at(self.gc_threshold):
            self._run_stages(out, timings)
        return out

    def _run_stages(self, out: list[Article | InputError], timings: dict[str, float] | None) -> None:
        for name, fn in self.stages:
            t0 = perf_counter()
            live = [i for i, a in enumerate(out) if isinstance(a, Article)]
            batch = getattr(fn, "batch", None)
            if batch is not None and len(live) > 1:
                try:
                    done = batch([out[i] for i in live])
                except InputError:
                    done = None  # one article's fault: run them singly to find it
                if done is not None:
                    for i, a in zip(live, done):
                        out[i] = a
                    live = []
            for i in live:
                try:
                    out[i] = fn(out[i])
                except InputError as exc:
                    out[i] = exc
            if timings is not None:
                timings[name] = timings.get(name, 0.0) + perf_counter() - t0

    def pipe(self, items: Iterable[Article | InputError],
             batch_size: int | None = None) -> Iterator[Article | InputError]:
        """Run over a stream, `batch_size` articles at a time (settings
        [pipeline] batch_size); unreadable pages come out as InputErrors, in order."""
        size = max(1, int(batch_size or self.settings.get("pipeline", "batch_size", 32)))
        buf: list[Article | InputError] = []
        n_articles = 0
        for item in items:
            buf.append(item)
            n_articles += isinstance(item, Article)
            if n_articles >= size:
                yield from self._flush(buf)
                buf, n_articles = [], 0
        if buf:
            yield from self._flush(buf)

    def _flush(self, buf: list[Article | InputError]) -> Iterator[Article | InputError]:
        idx = [i for i, x in enumerate(buf) if isinstance(x, Article)]
        done = self.run_batch([buf[i] for i in idx]) if idx else []
        for i, x in zip(idx, done):
            buf[i] = x
        yield from buf


def describe() -> list[dict[str, Any]]:
    load_builtin_stages()
    return [{"name": s.name, "needs": list(s.needs), "sets": list(s.sets), "doc": s.doc}
            for s in REGISTRY.values()]


def _gc_threshold(value: Any) -> tuple[int, ...]:
    """Settings [pipeline] gc_threshold: [] or three positive integers."""
    if value in ([], None):
        return ()
    if not (isinstance(value, list) and len(value) == 3 and all(isinstance(x, int) and x > 0 for x in value)):
        raise ConfigError(f"[pipeline] gc_threshold: expected [] or three positive integers, got {value!r}")
    return tuple(value)


_GC_LOCK = threading.Lock()
_GC_STATE: dict[str, Any] = {"depth": 0, "before": None}


@contextmanager
def _collector_at(threshold: tuple[int, ...]) -> Iterator[None]:
    """Python's cyclic garbage collector at `threshold` while batches run (in any
    thread), as it was once the last of them ends."""
    if not threshold:
        yield
        return
    with _GC_LOCK:
        if _GC_STATE["depth"] == 0:
            _GC_STATE["before"] = gc.get_threshold()
            gc.set_threshold(*threshold)
        _GC_STATE["depth"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["depth"] -= 1
            if _GC_STATE["depth"] == 0:
                gc.set_threshold(*_GC_STATE["before"])
