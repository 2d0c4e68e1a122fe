"""Per-word memo tables read for a whole list of words at once."""
from __future__ import annotations

from itertools import compress
from operator import itemgetter
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


_TAIL = itemgetter(slice(1, None))


def where_in(words: Sequence[str], *keys, tail: bool = False) -> list[int]:
    """The positions, in order, of the words found in any of `keys` (sets or dicts), and with
    `tail` also of those whose word without its first letter is (a proclitic: وحماس), by
    C-level maps: the scans that run on every word of every sentence."""
    hits: set[int] = set()
    span = range(len(words))
    for ks in keys:
        hits.update(compress(span, map(ks.__contains__, words)))
        if tail:
            hits.update(compress(span, map(ks.__contains__, map(_TAIL, words))))
    return sorted(hits)
