"""Loading language knowledge from data files, validated once, cached.

Lexicon files live in `marsad/resources/`. The format is tab-separated text in
UTF-8: `#` starts a comment line, blank lines are skipped, the first other line is
a header naming the columns. Every row must have as many fields as the header
has required columns (trailing optional columns, named with a `?` suffix, may be
left out). A bad line raises `ResourceError` naming the file and the line.

Users extend a lexicon by putting a file of the same name in a directory listed in
the settings (`resources.extra_dirs`) or in the environment variable
`MARSAD_RESOURCES` (paths separated by `os.pathsep`): its rows are appended.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path

from .errors import ResourceError
from .text.normalize import fold

RESOURCE_DIR = Path(str(_res.files("marsad") / "resources"))


@dataclass(frozen=True, slots=True)
class Row:
    fields: dict[str, str]
    path: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.fields[key]

    def get(self, key: str, default: str = "") -> str:
        v = self.fields.get(key)
        return default if v in (None, "") else v


def _extra_dirs() -> list[Path]:
    env = os.environ.get("MARSAD_RESOURCES", "")
    return [Path(p) for p in env.split(os.pathsep) if p]


def parse_table(path: Path, columns: tuple[str, ...] | None = None) -> list[Row]:
    """Rows of one lexicon file, checked against its header (and `columns`)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(str(path), f"cannot read lexicon: {exc}") from None
    header: list[str] | None = None
    rows: list[Row] = []
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.rstrip("\r\n").split("\t")]
        if header is None:
            header = parts
            if columns is not None:
                names = [h.rstrip("?") for h in header]
                missing = [c for c in columns if c not in names]
                if missing:
                    raise ResourceError(str(path), f"header lacks column(s) {', '.join(missing)}", no)
            continue
        required = sum(1 for h in header if not h.endswith("?"))
        if len(parts) < required or len(parts) > len(header):
            raise ResourceError(
                str(path),
                f"expected {required}-{len(header)} tab-separated fields ({', '.join(header)}), got {len(parts)}",
                no,
            )
        names = [h.rstrip("?") for h in header]
        fields = dict(zip(names, parts + [""] * (len(header) - len(parts))))
        for name, value in fields.items():
            if not value and not header[names.index(name)].endswith("?"):
                raise ResourceError(str(path), f"empty required field '{name}'", no)
        rows.append(Row(fields, str(path), no))
    if header is None:
        raise ResourceError(str(path), "lexicon has no header line")
    return rows


@lru_cache(maxsize=None)
def load(name: str, columns: tuple[str, ...] | None = None) -> tuple[Row, ...]:
    """Rows of lexicon `name` (a file in resources/), with users' extra rows."""
    path = RESOURCE_DIR / name
    if not path.exists():
        raise ResourceError(str(path), "no such lexicon file")
    rows = parse_table(path, columns)
    for d in _extra_dirs():
        extra = d / name
        if extra.exists():
            rows.extend(parse_table(extra, columns))
    return tuple(rows)


def check_enum(row: Row, column: str, allowed: set[str] | frozenset[str]) -> str:
    value = row.get(column)
    if value and value not in allowed:
        raise ResourceError(row.path, f"'{column}' is '{value}', not one of {sorted(allowed)}", row.line)
    return value


def check_int(row: Row, column: str, lo: int, hi: int) -> int:
    """The whole number in `column`, from `lo` to `hi`; a ResourceError naming file and line otherwise."""
    try:
        n = int(row[column])
    except ValueError:
        raise ResourceError(row.path, f"{column} '{row[column]}' is not a number", row.line) from None
    if not lo <= n <= hi:
        raise ResourceError(row.path, f"{column} {n} is not {lo}-{hi}", row.line)
    return n


def compile_pattern(row: Row, column: str = "pattern") -> re.Pattern[str]:
    """A regular expression from a lexicon row, folded like the text it matches."""
    try:
        return re.compile(fold(row[column]))
    except re.error as exc:
        raise ResourceError(row.path, f"bad regular expression: {exc}", row.line) from None


def all_lexicons() -> list[str]:
    return sorted(p.name for p in RESOURCE_DIR.glob("*.tsv"))
