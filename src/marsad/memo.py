"""Per-word memo tables read for a whole list of words at once."""
from __future__ import annotations

from typing import Callable, Hashable, Sequence, TypeVar

V = TypeVar("V")


def remember(cache: dict, key: Hashable, value: V, limit: int = 300_000) -> V:
    """Store `value` under `key` in a per-word memo and return it; a memo past `limit`
    entries starts afresh, so that no stream of new words grows it without end."""
    if len(cache) > limit:
        cache.clear()
    cache[key] = value
    return value


def lookup_all(cache: dict[str, V], compute: Callable[[str], V], words: Sequence[str]) -> list[V]:
    """`[cache[w] if w in cache else compute(w) for w in words]`, the known words read
    by one C-level map (this runs on every word of every article). `compute` fills
    the cache itself; it must not return None."""
    out = list(map(cache.get, words))
    if None in out:
        return [x if x is not None else compute(w) for x, w in zip(out, words)]
    return out
