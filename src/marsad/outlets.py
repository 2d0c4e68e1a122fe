"""Outlets and agencies from resources/outlets.tsv, looked up by any alias."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import check_enum, load
from .memo import remember
from .text.normalize import fold


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    country: str | None
    kind: str | None


def _key(s: str) -> str:
    k = " ".join(fold(s).replace(".", " ").split()).strip(" ()«»\"“”").lower()
    for prefix in ("وكاله ", "صحيفه ", "جريده ", "قناه ", "فضائيه ", "موقع "):
        if k.startswith(prefix) and len(k) > len(prefix) + 1:
            k = k[len(prefix):]
    return k


@lru_cache(maxsize=1)
def _index() -> dict[str, Outlet]:
    idx: dict[str, Outlet] = {}
    for row in load("outlets.tsv", ("name",)):
        kind = check_enum(row, "kind", {"agency", "newspaper", "channel", "site"}) or None
        o = Outlet(row["name"], row.get("country") or None, kind)
        for alias in [row["name"]] + [a for a in row.get("aliases").split("|") if a]:
            idx.setdefault(_key(alias), o)
    return idx


_FOUND: dict[str, Outlet | bool] = {}  # name -> its outlet, or False (names recur: every word of a page)


def find_outlet(name: str) -> Outlet | None:
    """The outlet called `name` (any listed spelling or id), or None."""
    if not name:
        return None
    hit = _FOUND.get(name)
    if hit is None:
        hit = remember(_FOUND, name, _index().get(_key(name)) or False)
    return hit or None
