"""Month names and absolute dates written in a line ("18 أغسطس 2020", "2020/08/18").

The dates stage resolves every time expression in the body; this module only
reads the absolute forms, for page metadata and as a building block.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .lexicon import check_enum, check_int, load
from .text.normalize import fold
from .text.patterns import alternation


@lru_cache(maxsize=1)
def months() -> dict[str, tuple[int, str]]:
    """Folded month name -> (month number, calendar)."""
    out: dict[str, tuple[int, str]] = {}
    for row in load("months.tsv", ("name", "month", "calendar")):
        cal = check_enum(row, "calendar", {"gregorian", "hijri"})
        out[" ".join(fold(row["name"]).split())] = (check_int(row, "month", 1, 12), cal)
    return out


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Folded weekday name -> 0 (Monday) to 6."""
    out: dict[str, int] = {}
    for row in load("weekdays.tsv", ("name", "weekday")):
        out[" ".join(fold(row["name"]).split())] = check_int(row, "weekday", 0, 6)
    return out


@lru_cache(maxsize=1)
def _month_re() -> re.Pattern[str]:
    alt = alternation(months())
    return re.compile(rf"(?<![\w])(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({alt})\s*(?:عام|سنة|سنه)?\s*(\d{{4}})")


_NUMERIC = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_gregorian_date(line: str) -> str | None:
    """The first absolute Gregorian date written in `line`, as ISO, or None."""
    f = fold(line)
    m = _month_re().search(f)
    if m:
        month, cal = months()[" ".join(m.group(2).split())]
        if cal == "gregorian":
            v = _valid(int(m.group(3)), month, int(m.group(1)))
            if v:
                return v
    m = _NUMERIC.search(f)
    if m:
        if m.group(1):
            return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _valid(int(m.group(6)), int(m.group(5)), int(m.group(4)))
    return None
